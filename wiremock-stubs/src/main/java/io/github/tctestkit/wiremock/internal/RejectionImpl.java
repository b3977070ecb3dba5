package io.github.tctestkit.wiremock.internal;

import io.github.tctestkit.wiremock.RecordedRequest;
import io.github.tctestkit.wiremock.Rejection;

/**
 * A refusal by the emulated gateway. Not API.
 *
 * @param code the error code answered
 * @param reason why, in words
 * @param diagnostics details (canonical request, members that exist, ...), possibly empty
 * @param request the refused request
 * @param message the envelope's message: the real gateway's exact text where it is known, else ours
 */
public record RejectionImpl(String code, String reason, String diagnostics, RecordedRequest request, String message)
        implements Rejection {

    /**
     * A refusal whose envelope message is ours: reason and diagnostics, marked as coming from tctestkit.
     *
     * @param code the error code
     * @param reason why
     * @param diagnostics details, possibly empty
     * @param request the request
     * @return the refusal
     */
    public static RejectionImpl of(String code, String reason, String diagnostics, RecordedRequest request) {
        return new RejectionImpl(
                code,
                reason,
                diagnostics,
                request,
                "tctestkit gateway: " + reason + (diagnostics.isEmpty() ? "" : "\n" + diagnostics));
    }

    /**
     * A refusal whose envelope message is the real gateway's exact text; the reason adds our explanation where it is
     * one line (for {@code UnknownParameter}, the members that exist there), and the diagnostics keep it whole.
     *
     * @param code the error code
     * @param message the real gateway's message
     * @param diagnostics our explanation
     * @param request the request
     * @return the refusal
     */
    public static RejectionImpl exact(String code, String message, String diagnostics, RecordedRequest request) {
        String reason =
                diagnostics.isEmpty() || diagnostics.contains("\n") ? message : message + " (" + diagnostics + ")";
        return new RejectionImpl(code, reason, diagnostics, request, message);
    }

    @Override
    public String toString() {
        return code + ": " + reason + (diagnostics.isEmpty() ? "" : "\n" + diagnostics);
    }
}
