package io.github.tctestkit.core.signing;

import io.github.tctestkit.core.signing.internal.Checks;
import io.github.tctestkit.core.signing.internal.Crypto;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Signs requests with TC3-HMAC-SHA256 (Tencent Cloud API signature v3).
 *
 * <p>Canonical form, as the docs describe and the Java SDK produces it:
 *
 * <ul>
 *   <li>canonical URI: the request path ({@code /} for every SDK request);
 *   <li>canonical query string: the raw query string, exactly as sent (not re-sorted);
 *   <li>canonical headers: for each signed header in ASCII order, {@code name:value\n} with the name lower-cased and
 *       the value trimmed. Values are <em>not</em> lower-cased, because the SDK signs {@code Content-Type} and
 *       {@code Host} exactly as it sends them; the one exception is {@code x-tc-action}, whose value is lower-cased as
 *       in the official demos;
 *   <li>payload hash: hex SHA-256 of the body, or of the literal {@code UNSIGNED-PAYLOAD} when the request carries
 *       {@code X-TC-Content-SHA256: UNSIGNED-PAYLOAD}.
 * </ul>
 *
 * <pre>{@code
 * SignableRequest request = SignableRequest.jsonPost("mdl.tencentcloudapi.com", "{}")
 *         .withHeader("X-TC-Action", "DescribeStreamLiveRegions");
 * Tc3Signature signature = Tc3Signer.sign(request, credentials, "mdl", Instant.now().getEpochSecond());
 * SignableRequest signed = signature.applyTo(request); // adds Authorization, X-TC-Timestamp (and X-TC-Token)
 * }</pre>
 */
public final class Tc3Signer {

    /** The algorithm name that starts the {@code Authorization} header. */
    public static final String ALGORITHM = "TC3-HMAC-SHA256";

    /** The value of {@code X-TC-Content-SHA256} that makes the payload hash cover this literal instead of the body. */
    public static final String UNSIGNED_PAYLOAD = "UNSIGNED-PAYLOAD";

    /** What the Java SDK signs: {@code content-type;host}. */
    public static final List<String> DEFAULT_SIGNED_HEADERS = List.of("content-type", "host");

    /** What the current official docs and demos sign: {@code content-type;host;x-tc-action}. */
    public static final List<String> SIGNED_HEADERS_WITH_ACTION = List.of("content-type", "host", "x-tc-action");

    /** Largest accepted timestamp: 9999-12-31T23:59:59Z. */
    static final long MAX_TIMESTAMP = 253402300799L;

    private Tc3Signer() {}

    /**
     * Signs {@code content-type;host}, like the Java SDK.
     *
     * @param request the request; must carry {@code Content-Type} and {@code Host}
     * @param credentials the keys
     * @param service the service of the credential scope, e.g. {@code mdl}
     * @param timestamp the request time in epoch seconds; also the value to send as {@code X-TC-Timestamp}
     * @return all intermediate values and the {@code Authorization} header
     * @throws IllegalArgumentException on null or invalid arguments, or when a signed header is absent
     */
    public static Tc3Signature sign(
            SignableRequest request, ApiCredentials credentials, String service, long timestamp) {
        return sign(request, credentials, service, timestamp, DEFAULT_SIGNED_HEADERS);
    }

    /**
     * Signs the given headers.
     *
     * @param request the request; must carry every signed header
     * @param credentials the keys
     * @param service the service of the credential scope
     * @param timestamp the request time in epoch seconds
     * @param signedHeaders header names to sign (any case, any order; must include {@code content-type} and
     *     {@code host})
     * @return all intermediate values and the {@code Authorization} header
     * @throws IllegalArgumentException on null or invalid arguments, or when a signed header is absent
     */
    public static Tc3Signature sign(
            SignableRequest request,
            ApiCredentials credentials,
            String service,
            long timestamp,
            List<String> signedHeaders) {
        Checks.notNull(credentials, "credentials");
        String scope = credentialScope(timestamp, service);
        List<String> names = normalizeSignedHeaders(signedHeaders);
        if (!names.contains("content-type") || !names.contains("host")) {
            throw new IllegalArgumentException("signed headers must include content-type and host but were " + names);
        }
        String canonicalRequest = canonicalRequest(request, names);
        String stringToSign = stringToSign(Long.toString(timestamp), scope, canonicalRequest);
        String date = scope.substring(0, scope.indexOf('/'));
        String signature =
                Crypto.tc3Signature(Crypto.tc3SigningKey(credentials.secretKey(), date, service), stringToSign);
        String authorization = ALGORITHM + " Credential=" + credentials.secretId() + "/" + scope + ", SignedHeaders="
                + String.join(";", names) + ", Signature=" + signature;
        return new Tc3Signature(
                canonicalRequest,
                stringToSign,
                scope,
                names,
                signature,
                authorization,
                timestamp,
                credentials.token().orElse(null));
    }

    /**
     * Builds the canonical request.
     *
     * @param request the request
     * @param signedHeaders header names to include (any case, any order)
     * @return the canonical request text
     * @throws IllegalArgumentException if an argument is null or a signed header is absent from the request
     */
    public static String canonicalRequest(SignableRequest request, List<String> signedHeaders) {
        Checks.notNull(request, "request");
        List<String> names = normalizeSignedHeaders(signedHeaders);
        StringBuilder headers = new StringBuilder();
        for (String name : names) {
            String value = request.header(name)
                    .orElseThrow(() -> new IllegalArgumentException("signed header " + name + " is absent"));
            headers.append(name).append(':').append(canonicalValue(name, value)).append('\n');
        }
        return request.method() + "\n" + request.path() + "\n" + request.query() + "\n" + headers + "\n"
                + String.join(";", names) + "\n" + hashedPayload(request);
    }

    /**
     * Returns the credential scope {@code yyyy-MM-dd/service/tc3_request}, with the UTC date of {@code timestamp}.
     *
     * @param timestamp epoch seconds, 0 to 253402300799
     * @param service the service; non-blank, without {@code /}
     * @return the scope
     * @throws IllegalArgumentException if the timestamp is out of range or the service is invalid
     */
    public static String credentialScope(long timestamp, String service) {
        Checks.notBlank(service, "service");
        if (service.indexOf('/') >= 0 || Checks.hasWhitespaceOrControl(service)) {
            throw new IllegalArgumentException(
                    "service must contain no '/', whitespace or control characters: " + Checks.quote(service));
        }
        return utcDate(timestamp) + "/" + service + "/tc3_request";
    }

    static String utcDate(long timestamp) {
        if (timestamp < 0 || timestamp > MAX_TIMESTAMP) {
            throw new IllegalArgumentException("timestamp out of range [0, " + MAX_TIMESTAMP + "]: " + timestamp);
        }
        return LocalDate.ofInstant(Instant.ofEpochSecond(timestamp), ZoneOffset.UTC)
                .toString();
    }

    static String stringToSign(String timestamp, String scope, String canonicalRequest) {
        return ALGORITHM + "\n" + timestamp + "\n" + scope + "\n" + Crypto.sha256Hex(canonicalRequest);
    }

    static String hashedPayload(SignableRequest request) {
        boolean unsigned = request.header("X-TC-Content-SHA256")
                .map(v -> v.trim().equals(UNSIGNED_PAYLOAD))
                .orElse(false);
        return unsigned ? Crypto.sha256Hex(UNSIGNED_PAYLOAD) : Crypto.sha256Hex(request.body());
    }

    static String canonicalValue(String lowerName, String value) {
        String trimmed = value.trim();
        return lowerName.equals("x-tc-action") ? trimmed.toLowerCase(Locale.ROOT) : trimmed;
    }

    private static List<String> normalizeSignedHeaders(List<String> signedHeaders) {
        Checks.notNull(signedHeaders, "signedHeaders");
        if (signedHeaders.isEmpty()) {
            throw new IllegalArgumentException("signedHeaders must not be empty");
        }
        TreeSet<String> sorted = new TreeSet<>();
        for (String name : signedHeaders) {
            Checks.notBlank(name, "signed header name");
            sorted.add(name.trim().toLowerCase(Locale.ROOT));
        }
        return List.copyOf(new ArrayList<>(sorted));
    }
}
