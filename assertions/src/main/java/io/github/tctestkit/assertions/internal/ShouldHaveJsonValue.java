package io.github.tctestkit.assertions.internal;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Failure of navigation to a payload field or JSON pointer that is not there.
 *
 * <pre>{@code
 * Expecting the response of the call to have field:
 *   "TotalCount"
 * but it has only these payload fields:
 *   ["InstanceStatusSet"]
 * RequestId: "b5b41468-520d-4192-b42f-595cc34b6c1c"
 * Envelope:
 *   { ... }
 * }</pre>
 */
public class ShouldHaveJsonValue extends BasicErrorMessageFactory {

    private ShouldHaveJsonValue(String format, Object... arguments) {
        super(format, arguments);
    }

    /**
     * Creates the message for a missing payload field.
     *
     * @param subject what was asserted, for example {@code "the call"}
     * @param name the field name, quoted
     * @param fieldNames the payload's field names, as a list text
     * @param context (starting with a line break) the RequestId and envelope block
     * @return the factory
     */
    public static ErrorMessageFactory shouldHaveField(String subject, String name, String fieldNames, String context) {
        return new ShouldHaveJsonValue(
                "%nExpecting the response of %s to have field:%n  %s%nbut it has only these payload fields:%n  %s%s",
                unquotedString(subject), unquotedString(name), unquotedString(fieldNames), unquotedString(context));
    }

    /**
     * Creates the message for a JSON pointer that points at nothing.
     *
     * @param subject what was asserted, for example {@code "the call"}
     * @param pointer the pointer, quoted
     * @param context (starting with a line break) the RequestId and envelope block
     * @return the factory
     */
    public static ErrorMessageFactory shouldHaveValueAt(String subject, String pointer, String context) {
        return new ShouldHaveJsonValue(
                "%nExpecting the response of %s to have a value at JSON pointer:%n  %s%nbut nothing is there.%s",
                unquotedString(subject), unquotedString(pointer), unquotedString(context));
    }
}
