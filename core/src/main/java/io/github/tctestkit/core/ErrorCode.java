package io.github.tctestkit.core;

import io.github.tctestkit.core.internal.SimpleErrorCode;

/**
 * An error code of Tencent Cloud API 3.0, as it appears in {@code Response.Error.Code}.
 *
 * <p>Codes are dotted: the part before the first dot is the <em>category</em> ({@code AuthFailure} in {@code
 * AuthFailure.SignatureFailure}), and a longer code is a <em>kind of</em> a shorter one when it extends it by a dot
 * ({@code InvalidParameter.NotFound} is a kind of {@code InvalidParameter}).
 *
 * <p>The catalogues {@link CommonError} (the 26 codes every service can return) and {@link StreamLiveError}
 * (StreamLive's own codes) implement this interface; {@link #of(String)} wraps any other code string.
 *
 * <pre>{@code
 * ErrorCode code = CommonError.AUTH_SIGNATURE_FAILURE;
 * code.code();                                  // "AuthFailure.SignatureFailure"
 * code.category();                              // "AuthFailure"
 * CommonError.INVALID_PARAMETER.includes("InvalidParameter.NotFound"); // true
 * ErrorCode custom = ErrorCode.of("FailedOperation.ChannelBusy");
 * }</pre>
 */
public interface ErrorCode {

    /**
     * The code exactly as sent on the wire, for example {@code "AuthFailure.SignatureFailure"}.
     *
     * @return the wire code, never blank
     */
    String code();

    /**
     * A one-line explanation of what the code means, in English; empty for codes outside the catalogues.
     *
     * @return the description, never {@code null}
     */
    String description();

    /**
     * The category: the part of the code before its first dot, or the whole code when it has no dot.
     *
     * @return the category, for example {@code "AuthFailure"}
     */
    default String category() {
        return categoryOf(code());
    }

    /**
     * Whether a wire code is this code or a kind of it: equal to it, or starting with it followed by a dot.
     *
     * <pre>{@code
     * CommonError.INVALID_PARAMETER.includes("InvalidParameter");          // true
     * CommonError.INVALID_PARAMETER.includes("InvalidParameter.NotFound"); // true
     * CommonError.INVALID_PARAMETER.includes("InvalidParameterValue");     // false
     * }</pre>
     *
     * @param wireCode a code as received; {@code null} is never included
     * @return {@code true} when {@code wireCode} is this code or one of its sub-codes
     */
    default boolean includes(String wireCode) {
        return isKindOf(wireCode, code());
    }

    /**
     * Wraps any code string, for codes that no catalogue lists.
     *
     * @param code the wire code, for example {@code "FailedOperation.ChannelBusy"}
     * @return an error code with an empty description
     * @throws IllegalArgumentException when {@code code} is null, blank or contains white space
     */
    static ErrorCode of(String code) {
        return new SimpleErrorCode(code, "");
    }

    /**
     * Wraps any code string with a description.
     *
     * @param code the wire code
     * @param description what it means
     * @return an error code
     * @throws IllegalArgumentException when {@code code} is null, blank or contains white space, or {@code
     *     description} is null
     */
    static ErrorCode of(String code, String description) {
        return new SimpleErrorCode(code, description);
    }

    /**
     * The category of a wire code: the part before its first dot.
     *
     * @param wireCode a code, for example {@code "AuthFailure.TokenFailure"}
     * @return the category, for example {@code "AuthFailure"}
     * @throws IllegalArgumentException when {@code wireCode} is null
     */
    static String categoryOf(String wireCode) {
        if (wireCode == null) {
            throw new IllegalArgumentException("error code must not be null");
        }
        int dot = wireCode.indexOf('.');
        return dot < 0 ? wireCode : wireCode.substring(0, dot);
    }

    /**
     * Whether {@code wireCode} equals {@code parent} or extends it by a dot ({@code "A.B"} is a kind of {@code "A"},
     * {@code "AB"} is not).
     *
     * @param wireCode the code received; {@code null} gives {@code false}
     * @param parent the code or category to compare with; {@code null} gives {@code false}
     * @return whether {@code wireCode} is {@code parent} or one of its sub-codes
     */
    static boolean isKindOf(String wireCode, String parent) {
        if (wireCode == null || parent == null || parent.isEmpty()) {
            return false;
        }
        return wireCode.equals(parent) || (wireCode.startsWith(parent) && wireCode.charAt(parent.length()) == '.');
    }
}
