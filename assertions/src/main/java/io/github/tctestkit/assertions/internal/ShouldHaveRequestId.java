package io.github.tctestkit.assertions.internal;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Failure of an assertion about a RequestId.
 *
 * <pre>{@code
 * Expecting RequestId of the call:
 *   "req-1"
 * to be:
 *   "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"
 * RequestId: "req-1"
 * Envelope:
 *   { ... }
 * }</pre>
 *
 * <p>With {@link #shouldHaveUuidRequestId} the second part reads {@code to be a UUID in canonical lower-case form,
 * like "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"}.
 */
public class ShouldHaveRequestId extends BasicErrorMessageFactory {

    private ShouldHaveRequestId(String subject, String actual, String expected, String context) {
        super(
                "%nExpecting RequestId of %s:%n  %s%nto be:%n  %s%s",
                unquotedString(subject), unquotedString(actual), unquotedString(expected), unquotedString(context));
    }

    private ShouldHaveRequestId(String subject, String actual, String context) {
        super(
                "%nExpecting RequestId of %s:%n  %s%nto be a UUID in canonical lower-case form, like"
                        + " \"ed93f3cb-f35e-473f-b9f3-0d451b8b79c6\"%s",
                unquotedString(subject), unquotedString(actual), unquotedString(context));
    }

    /**
     * Creates the message for an exact comparison.
     *
     * @param subject what was asserted, for example {@code "the call"}
     * @param actual the actual RequestId, quoted
     * @param expected the expected RequestId, quoted
     * @param context (starting with a line break) the RequestId and envelope (or exception) block
     * @return the factory
     */
    public static ErrorMessageFactory shouldHaveRequestId(
            String subject, String actual, String expected, String context) {
        return new ShouldHaveRequestId(subject, actual, expected, context);
    }

    /**
     * Creates the message for a RequestId that is not a UUID.
     *
     * @param subject what was asserted, for example {@code "the call"}
     * @param actual the actual RequestId, quoted
     * @param context (starting with a line break) the RequestId and envelope (or exception) block
     * @return the factory
     */
    public static ErrorMessageFactory shouldHaveUuidRequestId(String subject, String actual, String context) {
        return new ShouldHaveRequestId(subject, actual, context);
    }
}
