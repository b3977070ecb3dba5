package io.github.tctestkit.assertions.internal;

import io.github.tctestkit.core.ApiError;
import io.github.tctestkit.core.ApiResponse;

/**
 * What every assert on the outcome of a call knows about it, whatever it holds (an envelope, its error or an SDK
 * exception): how messages name it, its error if it failed, its RequestId and the block that ends every message. Not
 * API.
 *
 * @param subject how messages name the call, for example {@code "the call"}
 * @param failed whether the call failed
 * @param code the error code, or null (success, or an SDK exception without code)
 * @param message the error message, or null
 * @param requestId the RequestId, or null when the value asserted on has none
 * @param context (starting with a line break) the RequestId and envelope or exception block, or empty
 */
public record Call(String subject, boolean failed, String code, String message, String requestId, String context) {

    /** How messages name an envelope, or an error on its own. */
    public static final String THE_CALL = "the call";

    /** How messages name an SDK exception (built by its assert, so that this class never loads the SDK). */
    public static final String THE_SDK_CALL = "the SDK call";

    /**
     * The call an envelope reports.
     *
     * @param response the envelope, not null
     * @return the call
     */
    public static Call of(ApiResponse response) {
        ApiError error = response.error().orElse(null);
        return new Call(
                THE_CALL,
                error != null,
                error == null ? null : error.code(),
                error == null ? null : error.message(),
                response.requestId(),
                Texts.envelopeContext(response));
    }

    /**
     * The failed call an error reports.
     *
     * @param error the error, not null
     * @param context the block of the envelope it came from, or empty when asserted on its own
     * @return the call
     */
    public static Call of(ApiError error, String context) {
        return new Call(THE_CALL, true, error.code(), error.message(), null, context);
    }

    /**
     * The actual error, as messages show it.
     *
     * @return the code and message lines
     */
    public String errorBlock() {
        return Texts.errorBlock(code, message);
    }
}
