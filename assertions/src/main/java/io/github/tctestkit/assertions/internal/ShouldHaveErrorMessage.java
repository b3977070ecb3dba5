package io.github.tctestkit.assertions.internal;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Failure of an assertion about the error message of a failed call.
 *
 * <pre>{@code
 * Expecting error message of the call:
 *   "The provided credentials could not be validated. ..."
 * to be:
 *   "Not found."
 * RequestId: "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"
 * Envelope:
 *   { ... }
 * }</pre>
 *
 * <p>With {@link #shouldHaveErrorMessageContaining} the second label is {@code to contain:}.
 */
public class ShouldHaveErrorMessage extends BasicErrorMessageFactory {

    private ShouldHaveErrorMessage(
            String subject, String relation, String actualMessage, String expected, String context) {
        super(
                "%nExpecting error message of %s:%n  %s%n%s:%n  %s%s",
                unquotedString(subject),
                unquotedString(actualMessage),
                unquotedString(relation),
                unquotedString(expected),
                unquotedString(context));
    }

    /**
     * Creates the message for an exact comparison.
     *
     * @param subject what was asserted, for example {@code "the call"}
     * @param actualMessage the actual message, quoted
     * @param expected the expected message, quoted
     * @param context (starting with a line break) the RequestId and envelope (or exception) block
     * @return the factory
     */
    public static ErrorMessageFactory shouldHaveErrorMessage(
            String subject, String actualMessage, String expected, String context) {
        return new ShouldHaveErrorMessage(subject, "to be", actualMessage, expected, context);
    }

    /**
     * Creates the message for a containment check.
     *
     * @param subject what was asserted, for example {@code "the call"}
     * @param actualMessage the actual message, quoted
     * @param expected the expected part, quoted
     * @param context (starting with a line break) the RequestId and envelope (or exception) block
     * @return the factory
     */
    public static ErrorMessageFactory shouldHaveErrorMessageContaining(
            String subject, String actualMessage, String expected, String context) {
        return new ShouldHaveErrorMessage(subject, "to contain", actualMessage, expected, context);
    }
}
