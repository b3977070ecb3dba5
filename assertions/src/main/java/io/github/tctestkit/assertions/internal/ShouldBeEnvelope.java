package io.github.tctestkit.assertions.internal;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Failure when a body is not a Tencent Cloud API 3.0 envelope.
 *
 * <pre>{@code
 * Expecting the body to be a Tencent Cloud API 3.0 envelope,
 * but it is not:
 *   Not an API 3.0 envelope: "Response" has no "RequestId" (at /Response/RequestId). Body: "{\"Response\":{}}"
 * }</pre>
 */
public class ShouldBeEnvelope extends BasicErrorMessageFactory {

    private ShouldBeEnvelope(String subject, String problem, String context) {
        super(
                "%nExpecting %s to be a Tencent Cloud API 3.0 envelope,%nbut it is not:%n  %s%s",
                unquotedString(subject), unquotedString(problem), unquotedString(context));
    }

    /**
     * Creates the message.
     *
     * @param subject what was parsed, for example {@code "the body"}
     * @param problem the parser's explanation
     * @param context extra lines (starting with a line break), or empty
     * @return the factory
     */
    public static ErrorMessageFactory shouldBeEnvelope(String subject, String problem, String context) {
        return new ShouldBeEnvelope(subject, problem, context);
    }
}
