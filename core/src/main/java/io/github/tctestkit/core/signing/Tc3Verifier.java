package io.github.tctestkit.core.signing;

import io.github.tctestkit.core.signing.internal.Checks;
import io.github.tctestkit.core.signing.internal.Crypto;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Verifies TC3-HMAC-SHA256 signed requests, as a stub server would, and explains failures.
 *
 * <p>The service is taken from the credential scope of the {@code Authorization} header, not assumed: the SDK derives
 * it from the first DNS label of its endpoint ({@code mdl}, but also {@code localhost:8080} or {@code 127}). Checks,
 * in order: header present and parseable, algorithm, SecretId shape, SignedHeaders include {@code content-type} and
 * {@code host} and name only headers present, {@code X-TC-Timestamp} present and numeric, scope date equals its UTC
 * date, optional clock skew, SecretId known, token, signature (compared in constant time).
 *
 * <pre>{@code
 * Tc3Verifier verifier = Tc3Verifier.create(CredentialsLookup.of(ApiCredentials.of("AKIDtest1", "key")))
 *         .withMaxClockSkew(Clock.systemUTC(), Duration.ofMinutes(5));
 * VerificationResult result = verifier.verify(receivedRequest);
 * }</pre>
 *
 * <p>Immutable and thread-safe if the lookup is.
 */
public final class Tc3Verifier {

    private final CredentialsLookup lookup;
    private final Clock clock;
    private final Duration maxSkew;

    private Tc3Verifier(CredentialsLookup lookup, Clock clock, Duration maxSkew) {
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
    public static Tc3Verifier create(CredentialsLookup lookup) {
        return new Tc3Verifier(Checks.notNull(lookup, "lookup"), null, null);
    }

    /**
     * Returns a verifier that also fails with {@link FailureReason#SIGNATURE_EXPIRED} when {@code X-TC-Timestamp} is
     * further than {@code maxSkew} from {@code clock} (Tencent Cloud allows five minutes).
     *
     * @param clock the server clock
     * @param maxSkew the allowed difference, not negative
     * @return a new verifier
     * @throws IllegalArgumentException if an argument is null or the skew negative
     */
    public Tc3Verifier withMaxClockSkew(Clock clock, Duration maxSkew) {
        VerifierSupport.checkSkewArguments(clock, maxSkew);
        return new Tc3Verifier(lookup, clock, maxSkew);
    }

    /**
     * Verifies a received request. Never throws for malformed request content; exceptions thrown by the lookup
     * propagate.
     *
     * @param request the request as received (raw query, headers and body bytes)
     * @return success, or a failure with reason, message and diagnostics
     * @throws IllegalArgumentException if request is null
     */
    public VerificationResult verify(SignableRequest request) {
        Checks.notNull(request, "request");
        SignatureDiagnostics.Builder diag = SignatureDiagnostics.builder(Tc3Signer.ALGORITHM);
        Optional<String> header = request.header("Authorization");
        if (header.isEmpty() || header.get().isBlank()) {
            return fail(FailureReason.MISSING_AUTHORIZATION, "no Authorization header", null, diag);
        }
        diag.receivedAuthorization(header.get());
        Tc3Authorization auth;
        try {
            auth = Tc3Authorization.parse(header.get());
        } catch (MalformedAuthorizationException e) {
            FailureReason reason = e.isUnsupportedAlgorithm()
                    ? FailureReason.UNSUPPORTED_ALGORITHM
                    : FailureReason.MALFORMED_AUTHORIZATION;
            return fail(reason, e.getMessage(), null, diag);
        }
        String secretId = auth.secretId();
        diag.receivedSignedHeaders(auth.signedHeaders()).receivedSignature(auth.signature());
        if (!ApiCredentials.isWellFormedSecretId(secretId)) {
            return fail(
                    FailureReason.INVALID_SECRET_ID,
                    "SecretId " + Checks.quote(secretId) + " is not AKID followed by letters and digits",
                    secretId,
                    diag);
        }
        List<String> signed = auth.signedHeaders();
        if (!signed.contains("content-type") || !signed.contains("host")) {
            return fail(
                    FailureReason.SIGNED_HEADERS_INCOMPLETE,
                    "SignedHeaders " + String.join(";", signed) + " must include content-type and host",
                    secretId,
                    diag);
        }
        for (String name : signed) {
            if (request.header(name).isEmpty()) {
                return fail(
                        FailureReason.SIGNED_HEADER_ABSENT,
                        "SignedHeaders names " + name + " but the request has no such header",
                        secretId,
                        diag);
            }
        }
        String canonical = Tc3Signer.canonicalRequest(request, signed);
        diag.canonicalRequest(maskToken(canonical, signed, request));

        Optional<String> rawTimestamp = request.header("X-TC-Timestamp");
        if (rawTimestamp.isEmpty() || rawTimestamp.get().isBlank()) {
            return fail(FailureReason.MISSING_TIMESTAMP, "no X-TC-Timestamp header", secretId, diag);
        }
        long timestamp = VerifierSupport.parseTimestamp(rawTimestamp.get());
        if (timestamp < 0) {
            return fail(
                    FailureReason.INVALID_TIMESTAMP,
                    "X-TC-Timestamp " + Checks.quote(rawTimestamp.get())
                            + " is not epoch seconds (plain digits, at most " + Tc3Signer.MAX_TIMESTAMP + ")",
                    secretId,
                    diag);
        }
        String stringToSign = Tc3Signer.stringToSign(rawTimestamp.get().trim(), auth.credentialScope(), canonical);
        diag.stringToSign(stringToSign);
        String expectedDate = Tc3Signer.utcDate(timestamp);
        if (!expectedDate.equals(auth.date())) {
            return fail(
                    FailureReason.CREDENTIAL_DATE_MISMATCH,
                    "credential scope date " + auth.date() + " is not " + expectedDate
                            + ", the UTC date of X-TC-Timestamp " + timestamp,
                    secretId,
                    diag);
        }
        String skew = VerifierSupport.skewProblem(clock, maxSkew, timestamp);
        if (skew != null) {
            return fail(FailureReason.SIGNATURE_EXPIRED, skew, secretId, diag);
        }
        ApiCredentials credentials = find(secretId);
        if (credentials == null) {
            return fail(FailureReason.UNKNOWN_SECRET_ID, "SecretId " + secretId + " is not known", secretId, diag);
        }
        Optional<String> expectedToken = credentials.token();
        if (expectedToken.isPresent()) {
            Optional<String> token = request.header("X-TC-Token");
            if (token.isEmpty() || token.get().isEmpty()) {
                return fail(
                        FailureReason.TOKEN_MISSING,
                        "SecretId " + secretId + " belongs to temporary credentials but X-TC-Token is absent",
                        secretId,
                        diag);
            }
            if (!Crypto.constantTimeEquals(token.get().trim(), expectedToken.get())) {
                return fail(
                        FailureReason.TOKEN_MISMATCH,
                        "X-TC-Token does not match the token of SecretId " + secretId,
                        secretId,
                        diag);
            }
        }
        String expected = Crypto.tc3Signature(
                Crypto.tc3SigningKey(credentials.secretKey(), auth.date(), auth.service()), stringToSign);
        diag.expectedSignature(expected);
        if (!Crypto.constantTimeEquals(expected, auth.signature())) {
            return fail(
                    FailureReason.SIGNATURE_MISMATCH,
                    "signature does not match; compare the client's canonical request and string to sign with the"
                            + " server's below",
                    secretId,
                    diag);
        }
        return VerificationResult.success(secretId, diag.build());
    }

    private ApiCredentials find(String secretId) {
        Optional<ApiCredentials> found = lookup.find(secretId);
        return found == null ? null : found.orElse(null);
    }

    private static String maskToken(String canonical, List<String> signed, SignableRequest request) {
        if (!signed.contains("x-tc-token")) {
            return canonical;
        }
        String value = Tc3Signer.canonicalValue(
                "x-tc-token", request.header("x-tc-token").orElse(""));
        return value.isEmpty() ? canonical : canonical.replace("x-tc-token:" + value + "\n", "x-tc-token:****\n");
    }

    private static VerificationResult fail(
            FailureReason reason, String message, String secretId, SignatureDiagnostics.Builder diag) {
        return VerificationResult.failure(reason, message, secretId, diag.build());
    }
}
