package io.github.tctestkit.assertions.internal;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Failure when the payload of a call cannot be bound to a type of the user's.
 *
 * <pre>{@code
 * Expecting the payload of the call to bind to:
 *   com.example.Channels
 * but it cannot: cannot bind the payload of RequestId ... to com.example.Channels: ...
 * RequestId: "b5b41468-520d-4192-b42f-595cc34b6c1c"
 * Envelope:
 *   { ... }
 * }</pre>
 */
public class ShouldBindPayload extends BasicErrorMessageFactory {

    private ShouldBindPayload(String subject, String typeName, String problem, String context) {
        super(
                "%nExpecting the payload of %s to bind to:%n  %s%nbut it cannot: %s%s",
                unquotedString(subject), unquotedString(typeName), unquotedString(problem), unquotedString(context));
    }

    /**
     * Creates the message.
     *
     * @param subject what was asserted, for example {@code "the call"}
     * @param typeName the target type's name
     * @param problem the binder's explanation
     * @param context (starting with a line break) the RequestId and envelope block
     * @return the factory
     */
    public static ErrorMessageFactory shouldBindPayload(
            String subject, String typeName, String problem, String context) {
        return new ShouldBindPayload(subject, typeName, problem, context);
    }
}
