package io.github.tctestkit.wiremock.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;
import io.github.tctestkit.wiremock.RecordedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** A received request, read once. Not API. */
final class ParsedRequest implements RecordedRequest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The security token of a v1 request in the query string, masked in {@link #toString()}. */
    private static final Pattern TOKEN_PARAMETER = Pattern.compile("([?&]Token=)[^&]*");

    private final String method;
    private final String url;
    private final Map<String, List<String>> headers;
    private final Map<String, String> lowerHeaders;
    private final byte[] body;
    private final Map<String, String> v1Params;
    private final String action;
    private final Instant receivedAt;

    private ParsedRequest(Request request, Instant receivedAt) {
        this.method = request.getMethod().getName();
        this.url = request.getUrl();
        Map<String, List<String>> h = new LinkedHashMap<>();
        Map<String, String> lower = new LinkedHashMap<>();
        for (HttpHeader header : request.getHeaders().all()) {
            h.put(header.key(), List.copyOf(header.values()));
            lower.putIfAbsent(header.key().toLowerCase(Locale.ROOT), header.firstValue());
        }
        this.headers = Collections.unmodifiableMap(h);
        this.lowerHeaders = lower;
        byte[] b = request.getBody();
        this.body = b == null ? new byte[0] : b;
        this.v1Params = lower.containsKey("x-tc-action") ? Map.of() : v1Params(url, lower, body);
        String a = lower.get("x-tc-action");
        if (a == null) {
            a = v1Params.get("Action");
        }
        this.action = a == null ? "" : a;
        this.receivedAt = receivedAt;
    }

    static ParsedRequest of(Request request, Instant receivedAt) {
        return new ParsedRequest(request, receivedAt);
    }

    /** Query parameters, plus form parameters of a urlencoded POST: where v1 requests keep Action, Version, ... */
    private static Map<String, String> v1Params(String url, Map<String, String> lower, byte[] body) {
        Map<String, String> params = new LinkedHashMap<>();
        int q = url.indexOf('?');
        if (q >= 0) {
            decodeInto(url.substring(q + 1), params);
        }
        String contentType = lower.getOrDefault("content-type", "");
        if (contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded") && body.length > 0) {
            decodeInto(new String(body, StandardCharsets.UTF_8), params);
        }
        return params;
    }

    private static void decodeInto(String form, Map<String, String> params) {
        for (String pair : form.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            try {
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                params.putIfAbsent(k, v);
            } catch (IllegalArgumentException badEscape) {
                // a malformed %-escape: keep the raw text rather than lose the parameter
                params.putIfAbsent(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
            }
        }
    }

    private Optional<String> common(String header, String v1Param) {
        String v = lowerHeaders.get(header);
        if (v == null) {
            v = v1Params.get(v1Param);
        }
        return Optional.ofNullable(v);
    }

    /** Whether this is a v1-signed request (common parameters in the query or form, no Authorization header). */
    boolean isV1() {
        return !lowerHeaders.containsKey("authorization")
                && !lowerHeaders.containsKey("x-tc-action")
                && (v1Params.containsKey("Signature") || v1Params.containsKey("SecretId"));
    }

    int bodyLength() {
        return body.length;
    }

    /** The request as the signature verifiers see it: raw query, headers as received, body bytes. */
    io.github.tctestkit.core.signing.SignableRequest toSignable() {
        int q = url.indexOf('?');
        io.github.tctestkit.core.signing.SignableRequest.Builder b =
                io.github.tctestkit.core.signing.SignableRequest.builder(method)
                        .path(q < 0 ? url : url.substring(0, q))
                        .query(q < 0 ? "" : url.substring(q + 1))
                        .body(body);
        for (Map.Entry<String, List<String>> h : headers.entrySet()) {
            if (!h.getValue().isEmpty()) {
                b.header(h.getKey(), h.getValue().get(0));
            }
        }
        return b.build();
    }

    @Override
    public String method() {
        return method;
    }

    @Override
    public String url() {
        return url;
    }

    @Override
    public String action() {
        return action;
    }

    @Override
    public Optional<String> version() {
        return common("x-tc-version", "Version");
    }

    @Override
    public Optional<String> region() {
        return common("x-tc-region", "Region");
    }

    @Override
    public Optional<Instant> timestamp() {
        return common("x-tc-timestamp", "Timestamp").flatMap(t -> {
            try {
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(t.trim())));
            } catch (NumberFormatException | java.time.DateTimeException e) {
                return Optional.empty();
            }
        });
    }

    @Override
    public Optional<String> token() {
        return common("x-tc-token", "Token");
    }

    @Override
    public Optional<String> header(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(lowerHeaders.get(name.toLowerCase(Locale.ROOT)));
    }

    @Override
    public Map<String, List<String>> headers() {
        return headers;
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public JsonNode bodyJson() {
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new IllegalStateException("the body of this " + method + " request for action \"" + action
                        + "\" is empty, so it has no JSON");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "the body of this " + method + " request for action \"" + action + "\" is not JSON: "
                            + e.getOriginalMessage(),
                    e);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read the body: " + e.getMessage(), e);
        }
    }

    @Override
    public Instant receivedAt() {
        return receivedAt;
    }

    @Override
    public String toString() {
        return method + " " + TOKEN_PARAMETER.matcher(url).replaceAll("$1****") + " action="
                + (action.isEmpty() ? "(none)" : action)
                + version().map(v -> " version=" + v).orElse("")
                + region().map(r -> " region=" + r).orElse("")
                + " body=" + body.length + " bytes";
    }
}
