package io.github.tctestkit.assertions.internal;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Failure of an assertion about the error code of a call that failed with another code.
 *
 * <pre>{@code
 * Expecting the call to have failed with error code:
 *   "InvalidParameter.NotFound" (The referenced item was not found.)
 * but it failed with error:
 *   code:    "AuthFailure.SignatureFailure" (The signature does not match ...)
 *   message: "The provided credentials could not be validated. ..."
 * RequestId: "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"
 * Envelope:
 *   { ... }
 * }</pre>
 */
public class ShouldHaveErrorCode extends BasicErrorMessageFactory {

    private ShouldHaveErrorCode(
            String subject, String expectation, String expected, String actualErrorBlock, String context) {
        super(
                "%nExpecting %s to have failed with %s:%n  %s%nbut it failed with error:%n%s%s",
                unquotedString(subject),
                unquotedString(expectation),
                unquotedString(expected),
                unquotedString(actualErrorBlock),
                unquotedString(context));
    }

    /**
     * Creates the message.
     *
     * @param subject what was asserted, for example {@code "the call"}
     * @param expectation what was expected, for example {@code "error code"} or {@code "an error code in category"}
     * @param expected the expected code, quoted, with its description
     * @param actualErrorBlock the actual error, see {@code Texts.errorBlock}
     * @param context (starting with a line break) the RequestId and envelope (or exception) block
     * @return the factory
     */
    public static ErrorMessageFactory shouldHaveErrorCode(
            String subject, String expectation, String expected, String actualErrorBlock, String context) {
        return new ShouldHaveErrorCode(subject, expectation, expected, actualErrorBlock, context);
    }
}
