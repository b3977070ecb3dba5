package io.github.tctestkit.core.signing;

/**
 * Thrown by {@link Tc3Authorization#parse(String)} when an {@code Authorization} header does not have the TC3 shape.
 * The message names the part that is wrong.
 */
public final class MalformedAuthorizationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final boolean unsupportedAlgorithm;

    MalformedAuthorizationException(String message, boolean unsupportedAlgorithm) {
        super(message);
        this.unsupportedAlgorithm = unsupportedAlgorithm;
    }

    /**
     * Tells whether the header was rejected only because its algorithm is not {@code TC3-HMAC-SHA256} (for example
     * {@code SKIP}, which the SDK sends for requests it does not sign).
     *
     * @return true for an unsupported algorithm, false for any other problem
     */
    public boolean isUnsupportedAlgorithm() {
        return unsupportedAlgorithm;
    }
}
