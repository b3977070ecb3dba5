package io.github.tctestkit.assertions.internal;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Failure of {@code succeeded()}: the call failed.
 *
 * <pre>{@code
 * Expecting the call to have succeeded,
 * but it failed with error:
 *   code:    "AuthFailure.SignatureFailure" (The signature does not match ...)
 *   message: "The provided credentials could not be validated. ..."
 * RequestId: "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"
 * Envelope:
 *   { ... }
 * }</pre>
 */
public class ShouldHaveSucceeded extends BasicErrorMessageFactory {

    private ShouldHaveSucceeded(String subject, String errorBlock, String context) {
        super(
                "%nExpecting %s to have succeeded,%nbut it failed with error:%n%s%s",
                unquotedString(subject), unquotedString(errorBlock), unquotedString(context));
    }

    /**
     * Creates the message.
     *
     * @param subject what was asserted, for example {@code "the call"}
     * @param errorBlock the actual error, see {@code Texts.errorBlock}
     * @param context (starting with a line break) the RequestId and envelope (or exception) block
     * @return the factory
     */
    public static ErrorMessageFactory shouldHaveSucceeded(String subject, String errorBlock, String context) {
        return new ShouldHaveSucceeded(subject, errorBlock, context);
    }
}
