package io.github.tctestkit.core.signing;

import io.github.tctestkit.core.signing.internal.FormCodec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The result of {@link V1Signer#sign}: the plaintext, the signature and the parameters to send.
 *
 * <p>The parameters and plaintext include the {@code Token} of temporary credentials, as they must be sent;
 * {@link #toString()} masks it.
 *
 * <pre>{@code
 * V1Signature s = V1Signer.sign("POST", host, "/", params, credentials, V1SignatureMethod.HMAC_SHA1);
 * String body = s.encodedParameters();   // ...&Signature=EliP9YW3pW28FpsEdkXt%2F%2BWcGeI%3D
 * }</pre>
 */
public final class V1Signature {

    private final String httpMethod;
    private final String host;
    private final String path;
    private final Map<String, String> parameters;
    private final String plaintext;
    private final String signature;

    V1Signature(
            String httpMethod,
            String host,
            String path,
            Map<String, String> signedParams,
            String plaintext,
            String signature) {
        this.httpMethod = httpMethod;
        this.host = host;
        this.path = path;
        Map<String, String> all = new LinkedHashMap<>(signedParams);
        all.put("Signature", signature);
        this.parameters = Collections.unmodifiableMap(all);
        this.plaintext = plaintext;
        this.signature = signature;
    }

    /**
     * Returns the plaintext that was signed.
     *
     * @return the plaintext
     */
    public String plaintext() {
        return plaintext;
    }

    /**
     * Returns the signature.
     *
     * @return Base64, not URL-encoded
     */
    public String signature() {
        return signature;
    }

    /**
     * Returns all parameters to send, {@code Signature} last.
     *
     * @return decoded name to value, unmodifiable
     */
    public Map<String, String> parameters() {
        return parameters;
    }

    /**
     * Returns the parameters form-encoded (UTF-8, {@code java.net.URLEncoder}), {@code Signature} last: the query
     * string of a GET or the body of a POST.
     *
     * @return the encoded parameters
     */
    public String encodedParameters() {
        return FormCodec.encode(parameters);
    }

    /**
     * Builds the request as the SDK sends it: GET with the parameters in the query string, or POST with them as an
     * {@code application/x-www-form-urlencoded; charset=utf-8} body. Sets {@code Host}; no {@code X-TC-*} headers.
     *
     * @return the request
     */
    public SignableRequest toRequest() {
        SignableRequest.Builder b =
                SignableRequest.builder(httpMethod).path(path).header("Host", host);
        if (httpMethod.equals("GET")) {
            b.query(encodedParameters());
        } else {
            b.header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
                    .body(encodedParameters());
        }
        return b.build();
    }

    /** Shows the plaintext with any Token value masked. */
    @Override
    public String toString() {
        return "V1Signature{signature=" + signature + ", plaintext="
                + V1Verifier.maskToken(plaintext, parameters.get("Token")) + "}";
    }
}
