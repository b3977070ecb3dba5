package io.github.tctestkit.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tctestkit.core.ApiRequest;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A request read once: see {@link ApiRequest}. Not API. */
public class ReadRequest implements ApiRequest {

    private final String method;
    private final String url;
    private final Map<String, List<String>> headers;
    private final Map<String, String> lowerHeaders;
    private final byte[] body;
    /** Form and query fields, decoded, in order: where v1 requests keep Action, Version, ... */
    private final Map<String, String> fields;

    private final List<Map.Entry<String, String>> decoded;
    private final String contentType;
    private final Encoding encoding;
    private final String action;
    private volatile Parsed parsed;

    /**
     * Reads a request, taking ownership of {@code body} (no copy: a subclass hands over an array nobody else keeps).
     *
     * @param method the HTTP method
     * @param url path and raw query
     * @param headers headers as received
     * @param body body bytes
     */
    protected ReadRequest(String method, String url, Map<String, List<String>> headers, byte[] body) {
        if (method == null || url == null || headers == null || body == null) {
            throw new IllegalArgumentException("method, url, headers and body must not be null, but "
                    + (method == null ? "method" : url == null ? "url" : headers == null ? "headers" : "body")
                    + " was");
        }
        this.method = method;
        this.url = url;
        Map<String, List<String>> h = new LinkedHashMap<>();
        Map<String, String> lower = new LinkedHashMap<>();
        headers.forEach((name, values) -> {
            List<String> copy = values == null ? List.of() : List.copyOf(values);
            h.put(name, copy);
            if (!copy.isEmpty()) {
                lower.putIfAbsent(name.toLowerCase(Locale.ROOT), copy.get(0));
            }
        });
        this.headers = Collections.unmodifiableMap(h);
        this.lowerHeaders = lower;
        this.body = body; // owned: of(...) copies the caller's array, subclasses hand over their own

        String contentType = lower.getOrDefault("content-type", "").toLowerCase(Locale.ROOT);
        boolean form = contentType.startsWith("application/x-www-form-urlencoded");
        int q = url.indexOf('?');
        List<Map.Entry<String, String>> decoded = new ArrayList<>();
        if (q >= 0) {
            decodeInto(url.substring(q + 1), decoded);
        }
        if (form && body.length > 0) {
            decodeInto(new String(body, StandardCharsets.UTF_8), decoded);
        }
        Map<String, String> f = new LinkedHashMap<>();
        decoded.forEach(e -> f.putIfAbsent(e.getKey(), e.getValue()));
        this.fields = f;

        String a = lower.get("x-tc-action");
        this.action = a != null ? a : f.getOrDefault("Action", "");

        this.decoded = decoded;
        if (method.equalsIgnoreCase("GET")) {
            this.encoding = Encoding.QUERY;
        } else if (form) {
            this.encoding = Encoding.FORM;
        } else if (contentType.startsWith("application/json")
                || contentType.isEmpty() && lower.containsKey("x-tc-action")) {
            this.encoding = Encoding.JSON;
        } else {
            this.encoding = Encoding.OTHER;
        }
        this.contentType = contentType;
    }

    /** The parameters and the problem reading them, read on first use: a request nobody asks about costs nothing. */
    private Parsed parsed() {
        Parsed p = parsed;
        if (p == null) {
            p = parse();
            parsed = p;
        }
        return p;
    }

    private record Parsed(ObjectNode parameters, String problem) {}

    private Parsed parse() {
        switch (encoding) {
            case QUERY:
            case FORM: {
                FlatParameters.Result r = FlatParameters.unflatten(decoded, COMMON_PARAMETERS);
                return new Parsed(r.tree(), r.problem());
            }
            case JSON: {
                if (body.length == 0) {
                    return new Parsed(JsonNodeFactory.instance.objectNode(), null);
                }
                try {
                    JsonNode tree = Json.STRICT.readTree(body);
                    return tree instanceof ObjectNode object
                            ? new Parsed(object, null)
                            : new Parsed(
                                    JsonNodeFactory.instance.objectNode(),
                                    "the JSON body is " + Json.describe(tree) + ", not an object");
                } catch (JsonProcessingException e) {
                    return new Parsed(
                            JsonNodeFactory.instance.objectNode(), "the body is not JSON: " + e.getOriginalMessage());
                } catch (IOException e) {
                    return new Parsed(
                            JsonNodeFactory.instance.objectNode(), "the body cannot be read: " + e.getMessage());
                }
            }
            default:
                return new Parsed(
                        JsonNodeFactory.instance.objectNode(),
                        contentType.isEmpty()
                                ? null
                                : "the content type " + contentType + " is not read; parameters come as JSON, form"
                                        + " fields or a query string");
        }
    }

    /**
     * Reads a request.
     *
     * @param method the HTTP method
     * @param url path and raw query
     * @param headers headers as received
     * @param body body bytes
     * @return the request
     */
    public static ReadRequest of(String method, String url, Map<String, List<String>> headers, byte[] body) {
        return new ReadRequest(method, url, headers, body == null ? null : body.clone());
    }

    private static void decodeInto(String form, List<Map.Entry<String, String>> out) {
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String rawKey = eq < 0 ? pair : pair.substring(0, eq);
            String rawValue = eq < 0 ? "" : pair.substring(eq + 1);
            out.add(new AbstractMap.SimpleImmutableEntry<>(decode(rawKey), decode(rawValue)));
        }
    }

    /** Decodes one form component; a malformed %-escape keeps the raw text rather than lose the field. */
    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException badEscape) {
            return raw;
        }
    }

    /**
     * A common parameter: its header, else its form or query field.
     *
     * @param header the lower-case header name
     * @param field the field name
     * @return the value, if present
     */
    protected final Optional<String> common(String header, String field) {
        String v = lowerHeaders.get(header);
        return Optional.ofNullable(v != null ? v : fields.get(field));
    }

    /**
     * A decoded form or query field.
     *
     * @param name the field name
     * @return its first value, if present
     */
    public final Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /**
     * Whether the request is signed with v1 (HmacSHA1, HmacSHA256): common parameters in the query or form, and no
     * Authorization header.
     *
     * @return true for v1
     */
    public final boolean isV1() {
        return !lowerHeaders.containsKey("authorization")
                && !lowerHeaders.containsKey("x-tc-action")
                && (fields.containsKey("Signature") || fields.containsKey("SecretId"));
    }

    /**
     * The body's length without a copy.
     *
     * @return bytes
     */
    public final int bodyLength() {
        return body.length;
    }

    /**
     * The body without a copy, for code that only reads it.
     *
     * @return the body bytes; do not change them
     */
    public final byte[] bodyBytes() {
        return body;
    }

    /**
     * The parameters without a copy, for code that only reads them.
     *
     * @return the tree; do not change it
     */
    public final ObjectNode parametersTree() {
        return parsed().parameters();
    }

    @Override
    public final String method() {
        return method;
    }

    @Override
    public final String url() {
        return url;
    }

    @Override
    public final String action() {
        return action;
    }

    @Override
    public final Optional<String> version() {
        return common("x-tc-version", "Version");
    }

    @Override
    public final Optional<String> region() {
        return common("x-tc-region", "Region");
    }

    @Override
    public final Optional<Instant> timestamp() {
        return common("x-tc-timestamp", "Timestamp").flatMap(t -> {
            try {
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(t.trim())));
            } catch (NumberFormatException | DateTimeException e) {
                return Optional.empty();
            }
        });
    }

    @Override
    public final Optional<String> token() {
        return common("x-tc-token", "Token");
    }

    @Override
    public final Optional<String> header(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(lowerHeaders.get(name.toLowerCase(Locale.ROOT)));
    }

    @Override
    public final Map<String, List<String>> headers() {
        return headers;
    }

    @Override
    public final Encoding encoding() {
        return encoding;
    }

    @Override
    public final ObjectNode parameters() {
        return parsed().parameters().deepCopy();
    }

    @Override
    public final Optional<JsonNode> parameter(String path) {
        return FlatParameters.at(parsed().parameters(), path).map(JsonNode::deepCopy);
    }

    @Override
    public final Optional<String> parameterProblem() {
        return Optional.ofNullable(parsed().problem());
    }

    @Override
    public final byte[] body() {
        return body.clone();
    }

    @Override
    public final String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public final JsonNode bodyJson() {
        if (body.length == 0) {
            throw new IllegalStateException("the body of this " + method + " request for action " + describeAction()
                    + " is empty, so it has" + " no JSON");
        }
        try {
            return Json.STRICT.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "the body of this " + method + " request for action " + describeAction() + " is not JSON: "
                            + e.getOriginalMessage(),
                    e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the body: " + e.getMessage(), e);
        }
    }

    private String describeAction() {
        return action.isEmpty() ? "(none)" : "\"" + action + "\"";
    }

    @Override
    public String toString() {
        return method + " " + url + " action=" + (action.isEmpty() ? "(none)" : action)
                + version().map(v -> " version=" + v).orElse("")
                + region().map(r -> " region=" + r).orElse("")
                + " body=" + body.length + " bytes";
    }
}
