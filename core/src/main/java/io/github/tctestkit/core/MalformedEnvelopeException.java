package io.github.tctestkit.core;

/**
 * Thrown when a body is not a valid API 3.0 response envelope. The message says what is wrong and where, as a JSON
 * pointer ({@code /Response/Error/Code}), and quotes the start of the input.
 *
 * <pre>{@code
 * try {
 *     ApiResponse.parse("{\"Response\":{}}");
 * } catch (MalformedEnvelopeException e) {
 *     e.pointer();   // "/Response/RequestId"
 *     e.getMessage(); // Not an API 3.0 envelope: /Response/RequestId is missing ...
 * }
 * }</pre>
 */
public final class MalformedEnvelopeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String pointer;

    /**
     * Creates the exception.
     *
     * @param pointer where the problem is, as a JSON pointer ({@code ""} for the whole document)
     * @param message the full message
     * @param cause the parser's exception, or {@code null}
     */
    public MalformedEnvelopeException(String pointer, String message, Throwable cause) {
        super(message, cause);
        this.pointer = pointer == null ? "" : pointer;
    }

    /**
     * Where in the document the problem is, as a JSON pointer: {@code ""} for the whole document, {@code "/Response"}
     * for the envelope object, {@code "/Response/Error/Code"} for the error code.
     *
     * @return the JSON pointer, never {@code null}
     */
    public String pointer() {
        return pointer;
    }
}
