package io.github.tctestkit.core.signing;

import io.github.tctestkit.core.signing.internal.Checks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of {@link Tc3Signer#sign}: every intermediate value plus the {@code Authorization} header.
 *
 * <p>Contains no secret key, derived key or token in any accessor or in {@link #toString()}; the token is only
 * written to a request by {@link #applyTo(SignableRequest)}.
 *
 * <pre>{@code
 * Tc3Signature s = Tc3Signer.sign(request, credentials, "cvm", 1551113065L);
 * s.credentialScope();   // "2019-02-25/cvm/tc3_request"
 * s.authorization();     // "TC3-HMAC-SHA256 Credential=AKID.../2019-02-25/cvm/tc3_request, SignedHeaders=..."
 * }</pre>
 */
public final class Tc3Signature {

    private final String canonicalRequest;
    private final String stringToSign;
    private final String credentialScope;
    private final List<String> signedHeaders;
    private final String signature;
    private final String authorization;
    private final long timestamp;
    private final String token;

    Tc3Signature(
            String canonicalRequest,
            String stringToSign,
            String credentialScope,
            List<String> signedHeaders,
            String signature,
            String authorization,
            long timestamp,
            String token) {
        this.canonicalRequest = canonicalRequest;
        this.stringToSign = stringToSign;
        this.credentialScope = credentialScope;
        this.signedHeaders = List.copyOf(signedHeaders);
        this.signature = signature;
        this.authorization = authorization;
        this.timestamp = timestamp;
        this.token = token;
    }

    /**
     * Returns the canonical request.
     *
     * @return the canonical request text
     */
    public String canonicalRequest() {
        return canonicalRequest;
    }

    /**
     * Returns the string to sign.
     *
     * @return the string to sign
     */
    public String stringToSign() {
        return stringToSign;
    }

    /**
     * Returns the credential scope.
     *
     * @return {@code yyyy-MM-dd/service/tc3_request}
     */
    public String credentialScope() {
        return credentialScope;
    }

    /**
     * Returns the signed header names.
     *
     * @return lower-case, sorted
     */
    public List<String> signedHeaders() {
        return signedHeaders;
    }

    /**
     * Returns the signature.
     *
     * @return 64 lower-case hex digits
     */
    public String signature() {
        return signature;
    }

    /**
     * Returns the {@code Authorization} header value.
     *
     * @return the header value
     */
    public String authorization() {
        return authorization;
    }

    /**
     * Returns the timestamp that was signed; send it as {@code X-TC-Timestamp}.
     *
     * @return epoch seconds
     */
    public long timestamp() {
        return timestamp;
    }

    /**
     * Returns the headers to add to the request: {@code Authorization}, {@code X-TC-Timestamp} and, for temporary
     * credentials, {@code X-TC-Token}.
     *
     * @return header name to value, in that order
     */
    public Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", authorization);
        headers.put("X-TC-Timestamp", Long.toString(timestamp));
        if (token != null) {
            headers.put("X-TC-Token", token);
        }
        return headers;
    }

    /**
     * Returns a copy of {@code request} with {@link #headers()} set. Pass the request that was signed: headers that
     * were signed must not change.
     *
     * @param request the request that was signed
     * @return the signed request
     */
    public SignableRequest applyTo(SignableRequest request) {
        return Checks.notNull(request, "request").toBuilder().headers(headers()).build();
    }

    /** Shows the Authorization header and scope; never a key or token. */
    @Override
    public String toString() {
        return "Tc3Signature{" + authorization + "}";
    }
}
