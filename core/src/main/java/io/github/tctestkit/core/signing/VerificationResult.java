package io.github.tctestkit.core.signing;

import java.util.Optional;

/**
 * The outcome of {@link Tc3Verifier#verify} or {@link V1Verifier#verify}: success, or a failure with a
 * {@link FailureReason} and a message naming the problem. Both carry {@link SignatureDiagnostics}.
 *
 * <pre>{@code
 * VerificationResult result = verifier.verify(request);
 * if (!result.isValid()) {
 *     String code = result.failureReason().orElseThrow().suggestedErrorCode();
 *     log.warn("{}\n{}", result.message(), result.diagnostics().describe());
 * }
 * }</pre>
 */
public final class VerificationResult {

    private final FailureReason reason;
    private final String message;
    private final String secretId;
    private final SignatureDiagnostics diagnostics;

    private VerificationResult(FailureReason reason, String message, String secretId, SignatureDiagnostics d) {
        this.reason = reason;
        this.message = message;
        this.secretId = secretId;
        this.diagnostics = d;
    }

    static VerificationResult success(String secretId, SignatureDiagnostics diagnostics) {
        return new VerificationResult(null, "signature is valid", secretId, diagnostics);
    }

    static VerificationResult failure(
            FailureReason reason, String message, String secretId, SignatureDiagnostics diagnostics) {
        return new VerificationResult(reason, message, secretId, diagnostics);
    }

    /**
     * Tells whether the signature was verified.
     *
     * @return true on success
     */
    public boolean isValid() {
        return reason == null;
    }

    /**
     * Returns why verification failed.
     *
     * @return the reason, or empty on success
     */
    public Optional<FailureReason> failureReason() {
        return Optional.ofNullable(reason);
    }

    /**
     * Returns a one-line explanation for a human.
     *
     * @return {@code "signature is valid"} or what is wrong
     */
    public String message() {
        return message;
    }

    /**
     * Returns the SecretId the request claimed, once it could be read.
     *
     * @return the SecretId, or empty
     */
    public Optional<String> secretId() {
        return Optional.ofNullable(secretId);
    }

    /**
     * Returns what was received and computed.
     *
     * @return the diagnostics, never null
     */
    public SignatureDiagnostics diagnostics() {
        return diagnostics;
    }

    @Override
    public String toString() {
        return (reason == null ? "VALID" : reason.name()) + ": " + message + "\n" + diagnostics.describe();
    }
}
