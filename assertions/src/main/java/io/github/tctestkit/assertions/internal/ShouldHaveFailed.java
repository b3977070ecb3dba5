package io.github.tctestkit.assertions.internal;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Failure of an assertion about the error of a call that succeeded.
 *
 * <pre>{@code
 * Expecting the call to have failed with error code:
 *   "AuthFailure.SignatureFailure" (The signature does not match ...)
 * but it succeeded.
 * RequestId: "b5b41468-520d-4192-b42f-595cc34b6c1c"
 * Envelope:
 *   { ... }
 * }</pre>
 */
public class ShouldHaveFailed extends BasicErrorMessageFactory {

    private ShouldHaveFailed(String subject, String expectation, String expected, String context) {
        super(
                "%nExpecting %s to have failed with %s:%n  %s%nbut it succeeded.%s",
                unquotedString(subject),
                unquotedString(expectation),
                unquotedString(expected),
                unquotedString(context));
    }

    private ShouldHaveFailed(String subject, String context) {
        super("%nExpecting %s to have failed,%nbut it succeeded.%s", unquotedString(subject), unquotedString(context));
    }

    /**
     * Creates the message for an expected error detail.
     *
     * @param subject what was asserted, for example {@code "the call"}
     * @param expectation what was expected, for example {@code "error code"}
     * @param expected the expected value, already quoted
     * @param context (starting with a line break) the RequestId and envelope block
     * @return the factory
     */
    public static ErrorMessageFactory shouldHaveFailed(
            String subject, String expectation, String expected, String context) {
        return new ShouldHaveFailed(subject, expectation, expected, context);
    }

    /**
     * Creates the message for navigation to the error of a call that succeeded.
     *
     * @param subject what was asserted, for example {@code "the call"}
     * @param context (starting with a line break) the RequestId and envelope block
     * @return the factory
     */
    public static ErrorMessageFactory shouldHaveFailed(String subject, String context) {
        return new ShouldHaveFailed(subject, context);
    }
}
