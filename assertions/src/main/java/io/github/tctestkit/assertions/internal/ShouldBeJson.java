package io.github.tctestkit.assertions.internal;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Failure of an assertion about a JSON value of the payload.
 *
 * <pre>{@code
 * Expecting JSON value at /Response/TotalCount:
 *   1
 * to be equal to:
 *   0
 * }</pre>
 *
 * <p>With {@link #shouldBeJsonOfType} the second part reads, for example, {@code to be an integral number, but it is
 * a string}.
 */
public class ShouldBeJson extends BasicErrorMessageFactory {

    private ShouldBeJson(String format, Object... arguments) {
        super(format, arguments);
    }

    /**
     * Creates the message for unequal JSON.
     *
     * @param path where the value is, for example {@code /Response/TotalCount}
     * @param actualJson the actual value, pretty-printed and indented
     * @param expectedJson the expected value, pretty-printed and indented
     * @return the factory
     */
    public static ErrorMessageFactory shouldBeEqualJson(String path, String actualJson, String expectedJson) {
        return new ShouldBeJson(
                "%nExpecting JSON value at %s:%n%s%nto be equal to:%n%s",
                unquotedString(path), unquotedString(actualJson), unquotedString(expectedJson));
    }

    /**
     * Creates the message for a value of the wrong JSON type.
     *
     * @param path where the value is, for example {@code /Response/TotalCount}
     * @param actualJson the actual value, pretty-printed and indented
     * @param expectedType the expected type in words, for example {@code "an integral number"}
     * @param actualType the actual type in words, for example {@code "a string"}
     * @return the factory
     */
    public static ErrorMessageFactory shouldBeJsonOfType(
            String path, String actualJson, String expectedType, String actualType) {
        return new ShouldBeJson(
                "%nExpecting JSON value at %s:%n%s%nto be %s, but it is %s.",
                unquotedString(path),
                unquotedString(actualJson),
                unquotedString(expectedType),
                unquotedString(actualType));
    }
}
