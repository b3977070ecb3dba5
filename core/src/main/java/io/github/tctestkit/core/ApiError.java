package io.github.tctestkit.core;

import java.util.Objects;

/**
 * The {@code Response.Error} object of a failed call: its {@code Code} and {@code Message}.
 *
 * <pre>{@code
 * ApiError error = ApiResponse.parse(body).error().orElseThrow();
 * error.code();        // "AuthFailure.SignatureFailure"
 * error.message();     // "The provided credentials could not be validated. ..."
 * error.category();    // "AuthFailure"
 * error.is(CommonError.AUTH_SIGNATURE_FAILURE); // true
 * }</pre>
 *
 * <p>Instances are immutable.
 */
public final class ApiError {

    private final String code;
    private final String message;

    private ApiError(String code, String message) {
        this.code = code;
        this.message = message;
    }

    /**
     * Creates an error.
     *
     * @param code the wire code; must not be null, blank or contain white space
     * @param message the message; must not be null (may be empty)
     * @return the error
     * @throws IllegalArgumentException when a part is invalid
     */
    public static ApiError of(String code, String message) {
        ErrorCode.of(code); // validates
        if (message == null) {
            throw new IllegalArgumentException("message of error \"" + code + "\" must not be null");
        }
        return new ApiError(code, message);
    }

    /**
     * The wire code, for example {@code "InvalidParameter.NotFound"}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The human-readable message. Tencent says messages may change as services update: assert on the code.
     *
     * @return the message
     */
    public String message() {
        return message;
    }

    /**
     * The category: the code up to its first dot.
     *
     * @return for example {@code "AuthFailure"}
     */
    public String category() {
        return ErrorCode.categoryOf(code);
    }

    /**
     * Whether the code is exactly {@code expected}'s code.
     *
     * @param expected the code to compare with
     * @return {@code true} on an exact match
     */
    public boolean is(ErrorCode expected) {
        return expected != null && code.equals(expected.code());
    }

    /**
     * The code as an {@link ErrorCode}: the catalogue entry ({@link CommonError} first, then {@link StreamLiveError})
     * when one has exactly this code, else a plain wrapper with an empty description.
     *
     * @return the matching error code
     */
    public ErrorCode errorCode() {
        return CommonError.fromCode(code)
                .<ErrorCode>map(e -> e)
                .or(() -> StreamLiveError.fromCode(code))
                .orElseGet(() -> ErrorCode.of(code));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApiError other && code.equals(other.code) && message.equals(other.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, message);
    }

    @Override
    public String toString() {
        return code + ": " + message;
    }
}
