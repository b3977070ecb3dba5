package io.github.tctestkit.core.signing;

import io.github.tctestkit.core.signing.internal.Checks;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The parts of an HTTP request that Tencent Cloud signatures cover: method, path, raw query string, headers and body.
 *
 * <p>Immutable. Header names are case-insensitive (one value per name; setting a name again replaces the value) and
 * values are kept exactly as given. The query string is kept raw, exactly as sent or received and never re-sorted or
 * re-encoded: the Java SDK signs GET query strings in {@code HashMap} order, so a verifier must use what it received.
 *
 * <pre>{@code
 * SignableRequest request = SignableRequest.builder("POST")
 *         .header("Host", "mdl.tencentcloudapi.com")
 *         .header("Content-Type", "application/json; charset=utf-8")
 *         .header("X-TC-Action", "DescribeStreamLiveRegions")
 *         .body("{}")
 *         .build();
 * // or, for the common case:
 * SignableRequest same = SignableRequest.jsonPost("mdl.tencentcloudapi.com", "{}");
 * }</pre>
 */
public final class SignableRequest {

    /** The Content-Type the Java SDK sends (and signs) for JSON POST requests. */
    public static final String JSON_CONTENT_TYPE = "application/json; charset=utf-8";

    private final String method;
    private final String path;
    private final String query;
    /** Lower-cased name to (original name, value). */
    private final Map<String, String[]> headers;

    private final byte[] body;

    private SignableRequest(Builder b) {
        this.method = b.method;
        this.path = b.path;
        this.query = b.query;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
        this.body = b.body.clone();
    }

    /**
     * Starts a builder.
     *
     * @param method the HTTP method as sent, e.g. {@code POST}
     * @return a builder with path {@code /}, no query, no headers and an empty body
     * @throws IllegalArgumentException if the method is null, blank or not an HTTP token
     */
    public static Builder builder(String method) {
        return new Builder(method);
    }

    /**
     * A JSON POST to {@code /} as the Java SDK sends it: {@code Host} and
     * {@code Content-Type: application/json; charset=utf-8}, body in UTF-8.
     *
     * @param host the Host header value, port included if the client sends one
     * @param json the body
     * @return the request
     */
    public static SignableRequest jsonPost(String host, String json) {
        return builder("POST")
                .header("Host", host)
                .header("Content-Type", JSON_CONTENT_TYPE)
                .body(Checks.notNull(json, "json"))
                .build();
    }

    /**
     * Returns the HTTP method as given.
     *
     * @return the method
     */
    public String method() {
        return method;
    }

    /**
     * Returns the request path; {@code /} unless set.
     *
     * @return the path
     */
    public String path() {
        return path;
    }

    /**
     * Returns the raw query string without the leading {@code ?}.
     *
     * @return the query string; empty if there is none
     */
    public String query() {
        return query;
    }

    /**
     * Looks a header up by case-insensitive name.
     *
     * @param name the header name
     * @return the value as given, or empty if absent
     */
    public Optional<String> header(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String[] entry = headers.get(name.toLowerCase(Locale.ROOT));
        return entry == null ? Optional.empty() : Optional.of(entry[1]);
    }

    /**
     * Returns all headers with their names as first given, in insertion order.
     *
     * @return an unmodifiable copy
     */
    public Map<String, String> headers() {
        Map<String, String> out = new LinkedHashMap<>();
        headers.values().forEach(e -> out.put(e[0], e[1]));
        return Collections.unmodifiableMap(out);
    }

    /**
     * Returns the body bytes.
     *
     * @return a copy of the body; empty if none
     */
    public byte[] body() {
        return body.clone();
    }

    /**
     * Returns the body decoded as UTF-8 (malformed sequences become U+FFFD).
     *
     * @return the body text
     */
    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * Returns a builder pre-filled with this request.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(method).path(path).query(query).body(body);
        headers.values().forEach(e -> b.header(e[0], e[1]));
        return b;
    }

    /**
     * Returns a copy with one header set (replacing any value under the same case-insensitive name).
     *
     * @param name the header name
     * @param value the value
     * @return the new request
     */
    public SignableRequest withHeader(String name, String value) {
        return toBuilder().header(name, value).build();
    }

    /** Summary without the body; the values of {@code Authorization} and {@code X-TC-Token} are masked. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("SignableRequest{")
                .append(method)
                .append(' ')
                .append(path)
                .append(query.isEmpty() ? "" : "?" + query)
                .append(", headers={");
        String sep = "";
        for (Map.Entry<String, String[]> e : headers.entrySet()) {
            boolean secret = e.getKey().equals("x-tc-token") || e.getKey().equals("authorization");
            b.append(sep).append(e.getValue()[0]).append('=').append(secret ? "****" : e.getValue()[1]);
            sep = ", ";
        }
        return b.append("}, body=").append(body.length).append(" bytes}").toString();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof SignableRequest)) {
            return false;
        }
        SignableRequest other = (SignableRequest) o;
        return method.equals(other.method)
                && path.equals(other.path)
                && query.equals(other.query)
                && headers().equals(other.headers())
                && Arrays.equals(body, other.body);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hash(method, path, query, headers()) + Arrays.hashCode(body);
    }

    /** Builder for {@link SignableRequest}. Not thread-safe. */
    public static final class Builder {
        private String method;
        private String path = "/";
        private String query = "";
        private final Map<String, String[]> headers = new LinkedHashMap<>();
        private byte[] body = new byte[0];

        private Builder(String method) {
            method(method);
        }

        /**
         * Sets the HTTP method.
         *
         * @param method the method as sent, e.g. {@code GET}
         * @return this builder
         * @throws IllegalArgumentException if null, blank or not an HTTP token
         */
        public Builder method(String method) {
            Checks.notBlank(method, "method");
            if (!isToken(method)) {
                throw new IllegalArgumentException("method is not an HTTP token: " + Checks.quote(method));
            }
            this.method = method;
            return this;
        }

        /**
         * Sets the path.
         *
         * @param path the path, starting with {@code /}
         * @return this builder
         * @throws IllegalArgumentException if null or not starting with {@code /}, or containing whitespace
         */
        public Builder path(String path) {
            Checks.notNull(path, "path");
            if (!path.startsWith("/") || Checks.hasWhitespaceOrControl(path) || path.indexOf('?') >= 0) {
                throw new IllegalArgumentException(
                        "path must start with '/' and contain no '?', whitespace or control characters: "
                                + Checks.quote(path));
            }
            this.path = path;
            return this;
        }

        /**
         * Sets the raw query string, exactly as sent or received.
         *
         * @param rawQuery the query without the leading {@code ?}; empty for none
         * @return this builder
         * @throws IllegalArgumentException if null, starting with {@code ?} or containing whitespace
         */
        public Builder query(String rawQuery) {
            Checks.notNull(rawQuery, "query");
            if (rawQuery.startsWith("?")) {
                throw new IllegalArgumentException("pass the query string without the leading '?'");
            }
            if (Checks.hasWhitespaceOrControl(rawQuery) || rawQuery.indexOf('#') >= 0) {
                throw new IllegalArgumentException(
                        "query must contain no whitespace, control characters or '#': " + Checks.quote(rawQuery));
            }
            this.query = rawQuery;
            return this;
        }

        /**
         * Sets a header, replacing any value under the same case-insensitive name.
         *
         * @param name the header name (an HTTP token)
         * @param value the value as sent; may be empty, must not be null
         * @return this builder
         * @throws IllegalArgumentException if the name is not an HTTP token or the value is null
         */
        public Builder header(String name, String value) {
            Checks.notBlank(name, "header name");
            if (!isToken(name)) {
                throw new IllegalArgumentException("header name is not an HTTP token: " + Checks.quote(name));
            }
            Checks.notNull(value, "value of header " + name);
            headers.put(name.toLowerCase(Locale.ROOT), new String[] {name, value});
            return this;
        }

        /**
         * Sets several headers, see {@link #header(String, String)}.
         *
         * @param headers name to value
         * @return this builder
         */
        public Builder headers(Map<String, String> headers) {
            Checks.notNull(headers, "headers");
            headers.forEach(this::header);
            return this;
        }

        /**
         * Removes a header if present.
         *
         * @param name the case-insensitive name
         * @return this builder
         */
        public Builder removeHeader(String name) {
            if (name != null) {
                headers.remove(name.toLowerCase(Locale.ROOT));
            }
            return this;
        }

        /**
         * Sets the body bytes.
         *
         * @param body the body; copied
         * @return this builder
         */
        public Builder body(byte[] body) {
            this.body = Checks.notNull(body, "body").clone();
            return this;
        }

        /**
         * Sets the body to the UTF-8 bytes of {@code body}.
         *
         * @param body the body text
         * @return this builder
         */
        public Builder body(String body) {
            return body(Checks.notNull(body, "body").getBytes(StandardCharsets.UTF_8));
        }

        /**
         * Builds the immutable request.
         *
         * @return the request
         */
        public SignableRequest build() {
            return new SignableRequest(this);
        }

        private static boolean isToken(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                boolean ok = (c >= 'a' && c <= 'z')
                        || (c >= 'A' && c <= 'Z')
                        || (c >= '0' && c <= '9')
                        || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
                if (!ok) {
                    return false;
                }
            }
            return true;
        }
    }
}
