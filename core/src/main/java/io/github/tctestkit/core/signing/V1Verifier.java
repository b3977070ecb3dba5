package io.github.tctestkit.core.signing;

import io.github.tctestkit.core.signing.internal.Checks;
import io.github.tctestkit.core.signing.internal.Crypto;
import io.github.tctestkit.core.signing.internal.FormCodec;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Verifies signature v1 ({@code HmacSHA1} / {@code HmacSHA256}) requests and explains failures.
 *
 * <p>Parameters are read from the query string of a GET, or from the body of a POST whose Content-Type is
 * {@code application/x-www-form-urlencoded}, and URL-decoded as UTF-8. Uses {@code SecretId}, {@code Signature},
 * {@code SignatureMethod} (HmacSHA1 when absent), {@code Timestamp} and {@code Token}; the plaintext is rebuilt from
 * the method, the {@code Host} header, the path and all parameters except {@code Signature}.
 *
 * <pre>{@code
 * V1Verifier verifier = V1Verifier.create(CredentialsLookup.of(credentials));
 * VerificationResult result = verifier.verify(receivedRequest);
 * }</pre>
 *
 * <p>Immutable and thread-safe if the lookup is.
 */
public final class V1Verifier {

    private final CredentialsLookup lookup;
    private final Clock clock;
    private final Duration maxSkew;

    private V1Verifier(CredentialsLookup lookup, Clock clock, Duration maxSkew) {
        this.lookup = lookup;
        this.clock = clock;
        this.maxSkew = maxSkew;
    }

    /**
     * Creates a verifier that does not check the timestamp against a clock.
     *
     * @param lookup finds credentials by SecretId
     * @return the verifier
     * @throws IllegalArgumentException if lookup is null
     */
    public static V1Verifier create(CredentialsLookup lookup) {
        return new V1Verifier(Checks.notNull(lookup, "lookup"), null, null);
    }

    /**
     * Returns a verifier that also fails with {@link FailureReason#SIGNATURE_EXPIRED} when {@code Timestamp} is further
     * than {@code maxSkew} from {@code clock}.
     *
     * @param clock the server clock
     * @param maxSkew the allowed difference, not negative
     * @return a new verifier
     * @throws IllegalArgumentException if an argument is null or the skew negative
     */
    public V1Verifier withMaxClockSkew(Clock clock, Duration maxSkew) {
        VerifierSupport.checkSkewArguments(clock, maxSkew);
        return new V1Verifier(lookup, clock, maxSkew);
    }

    /**
     * Verifies a received request. Never throws for malformed request content; exceptions thrown by the lookup
     * propagate.
     *
     * @param request the request as received
     * @return success, or a failure with reason, message and diagnostics
     * @throws IllegalArgumentException if request is null
     */
    public VerificationResult verify(SignableRequest request) {
        Checks.notNull(request, "request");
        SignatureDiagnostics.Builder diag = SignatureDiagnostics.builder(V1SignatureMethod.HMAC_SHA1.parameterValue());
        String method = request.method();
        String encoded;
        if (method.equals("GET")) {
            encoded = request.query();
        } else if (method.equals("POST")) {
            String contentType =
                    request.header("Content-Type").orElse("").trim().toLowerCase(Locale.ROOT);
            if (!contentType.startsWith("application/x-www-form-urlencoded")) {
                return fail(
                        FailureReason.MALFORMED_REQUEST,
                        "v1 POST needs an application/x-www-form-urlencoded body, Content-Type was "
                                + Checks.quote(request.header("Content-Type").orElse(null)),
                        null,
                        diag);
            }
            encoded = request.bodyAsString();
        } else {
            return fail(
                    FailureReason.MALFORMED_REQUEST,
                    "v1 supports GET and POST, not " + Checks.quote(method),
                    null,
                    diag);
        }
        Map<String, String> params;
        try {
            params = FormCodec.decode(encoded);
        } catch (IllegalArgumentException e) {
            return fail(FailureReason.MALFORMED_REQUEST, e.getMessage(), null, diag);
        }
        String received = params.get("Signature");
        if (received == null || received.isEmpty()) {
            return fail(FailureReason.MISSING_AUTHORIZATION, "no Signature parameter", null, diag);
        }
        diag.receivedSignature(received);
        String secretId = params.get("SecretId");
        if (secretId == null || secretId.isEmpty()) {
            return fail(FailureReason.MALFORMED_AUTHORIZATION, "no SecretId parameter", null, diag);
        }
        String methodName = params.getOrDefault("SignatureMethod", V1SignatureMethod.HMAC_SHA1.parameterValue());
        Optional<V1SignatureMethod> signatureMethod = V1SignatureMethod.fromParameter(methodName);
        if (signatureMethod.isEmpty()) {
            diag.algorithm(methodName);
            return fail(
                    FailureReason.UNSUPPORTED_ALGORITHM,
                    "SignatureMethod " + Checks.quote(methodName) + " is neither HmacSHA1 nor HmacSHA256",
                    secretId,
                    diag);
        }
        diag.algorithm(signatureMethod.get().parameterValue());
        if (!isBase64(received)) {
            return fail(
                    FailureReason.MALFORMED_AUTHORIZATION,
                    "Signature " + Checks.quote(received) + " is not Base64",
                    secretId,
                    diag);
        }
        if (!ApiCredentials.isWellFormedSecretId(secretId)) {
            return fail(
                    FailureReason.INVALID_SECRET_ID,
                    "SecretId " + Checks.quote(secretId) + " is not AKID followed by letters and digits",
                    secretId,
                    diag);
        }
        Optional<String> host = request.header("Host");
        if (host.isEmpty() || host.get().isBlank()) {
            return fail(FailureReason.MALFORMED_REQUEST, "no Host header", secretId, diag);
        }
        String plaintext = V1Signer.plaintext(method, host.get().trim(), request.path(), params);
        diag.stringToSign(maskToken(plaintext, params.get("Token")));
        String rawTimestamp = params.get("Timestamp");
        if (rawTimestamp == null || rawTimestamp.isBlank()) {
            return fail(FailureReason.MISSING_TIMESTAMP, "no Timestamp parameter", secretId, diag);
        }
        long timestamp = VerifierSupport.parseTimestamp(rawTimestamp);
        if (timestamp < 0) {
            return fail(
                    FailureReason.INVALID_TIMESTAMP,
                    "Timestamp " + Checks.quote(rawTimestamp) + " is not epoch seconds",
                    secretId,
                    diag);
        }
        String skew = VerifierSupport.skewProblem(clock, maxSkew, timestamp);
        if (skew != null) {
            return fail(FailureReason.SIGNATURE_EXPIRED, skew, secretId, diag);
        }
        Optional<ApiCredentials> found = lookup.find(secretId);
        ApiCredentials credentials = found == null ? null : found.orElse(null);
        if (credentials == null) {
            return fail(FailureReason.UNKNOWN_SECRET_ID, "SecretId " + secretId + " is not known", secretId, diag);
        }
        Optional<String> expectedToken = credentials.token();
        if (expectedToken.isPresent()) {
            String token = params.get("Token");
            if (token == null || token.isEmpty()) {
                return fail(
                        FailureReason.TOKEN_MISSING,
                        "SecretId " + secretId + " belongs to temporary credentials but Token is absent",
                        secretId,
                        diag);
            }
            if (!Crypto.constantTimeEquals(token, expectedToken.get())) {
                return fail(
                        FailureReason.TOKEN_MISMATCH,
                        "Token does not match the token of SecretId " + secretId,
                        secretId,
                        diag);
            }
        }
        String expected = V1Signer.signature(plaintext, credentials.secretKey(), signatureMethod.get());
        diag.expectedSignature(expected);
        if (!Crypto.constantTimeEquals(expected, received)) {
            return fail(
                    FailureReason.SIGNATURE_MISMATCH,
                    "signature does not match; compare the client's plaintext with the server's below",
                    secretId,
                    diag);
        }
        return VerificationResult.success(secretId, diag.build());
    }

    static String maskToken(String plaintext, String token) {
        if (token == null || token.isEmpty()) {
            return plaintext;
        }
        return plaintext.replace("Token=" + token, "Token=****");
    }

    private static boolean isBase64(String s) {
        try {
            Base64.getDecoder().decode(s);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static VerificationResult fail(
            FailureReason reason, String message, String secretId, SignatureDiagnostics.Builder diag) {
        return VerificationResult.failure(reason, message, secretId, diag.build());
    }
}
