package io.github.tctestkit.assertions.internal;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Failure of an assertion about an HTTP status.
 *
 * <pre>{@code
 * Expecting HTTP status of the response:
 *   500
 * to be:
 *   200
 * Request: POST https://mdl.tencentcloudapi.com/
 * Body:
 *   "oops"
 * }</pre>
 */
public class ShouldHaveHttpStatus extends BasicErrorMessageFactory {

    private ShouldHaveHttpStatus(int actual, int expected, String context) {
        super(
                "%nExpecting HTTP status of the response:%n  %s%nto be:%n  %s%s",
                actual, expected, unquotedString(context));
    }

    /**
     * Creates the message.
     *
     * @param actual the actual status
     * @param expected the expected status
     * @param context (starting with a line break) the request line and body block
     * @return the factory
     */
    public static ErrorMessageFactory shouldHaveHttpStatus(int actual, int expected, String context) {
        return new ShouldHaveHttpStatus(actual, expected, context);
    }
}
