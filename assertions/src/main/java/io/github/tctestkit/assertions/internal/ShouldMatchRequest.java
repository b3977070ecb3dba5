package io.github.tctestkit.assertions.internal;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * Failures of the assertions on a request. Every message ends with the request block of {@link Requests#context}.
 *
 * <pre>{@code
 * Expecting parameter "InputSettings.0.AppName" of the "CreateStreamLiveInput" request to be:
 *   "live"
 * but was:
 *   "vod"
 * Request: POST / (JSON)
 *   Action: "CreateStreamLiveInput", Version: "2020-03-26", Region: "ap-guangzhou"
 * Parameters:
 *   { ... }
 * }</pre>
 */
public class ShouldMatchRequest extends BasicErrorMessageFactory {

    private ShouldMatchRequest(String format, Object... arguments) {
        super(format, arguments);
    }

    private static ErrorMessageFactory of(String format, String... arguments) {
        Object[] unquoted = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            unquoted[i] = unquotedString(arguments[i]);
        }
        return new ShouldMatchRequest(format, unquoted);
    }

    /**
     * A common parameter (action, version, region) or the encoding differs.
     *
     * @param what for example {@code "action"}
     * @param request how the request is named
     * @param actual the actual value, as shown
     * @param expected the expected value, as shown
     * @param context the request block
     * @return the factory
     */
    public static ErrorMessageFactory shouldHave(
            String what, String request, String actual, String expected, String context) {
        return of("%nExpecting %s of %s:%n  %s%nto be:%n  %s%s", what, request, actual, expected, context);
    }

    /**
     * A parameter has another value.
     *
     * @param path the dotted path, quoted
     * @param request how the request is named
     * @param actual the actual value, as shown
     * @param expected the expected value, as shown
     * @param why an explanation starting with a line break, or empty
     * @param context the request block
     * @return the factory
     */
    public static ErrorMessageFactory shouldHaveParameter(
            String path, String request, String actual, String expected, String why, String context) {
        return of(
                "%nExpecting parameter %s of %s to be:%n  %s%nbut was:%n  %s%s%s",
                path, request, expected, actual, why, context);
    }

    /**
     * A parameter is missing.
     *
     * @param path the dotted path, quoted
     * @param request how the request is named
     * @param expected the expected value as shown, or null when only presence was expected
     * @param context the request block
     * @return the factory
     */
    public static ErrorMessageFactory shouldHaveParameterPresent(
            String path, String request, String expected, String context) {
        return expected == null
                ? of("%nExpecting %s to have parameter:%n  %s%nbut it has none there.%s", request, path, context)
                : of(
                        "%nExpecting parameter %s of %s to be:%n  %s%nbut there is no such parameter.%s",
                        path, request, expected, context);
    }

    /**
     * A parameter is there that should not be.
     *
     * @param path the dotted path, quoted
     * @param request how the request is named
     * @param actual the value there, as shown
     * @param context the request block
     * @return the factory
     */
    public static ErrorMessageFactory shouldNotHaveParameter(
            String path, String request, String actual, String context) {
        return of("%nExpecting %s not to have parameter:%n  %s%nbut it has:%n  %s%s", request, path, actual, context);
    }

    /**
     * The parameters do not contain the expected ones.
     *
     * @param request how the request is named
     * @param expected the expected tree, pretty-printed and indented
     * @param difference the first difference, in words, starting with {@code but}
     * @param context the request block
     * @return the factory
     */
    public static ErrorMessageFactory shouldContainParameters(
            String request, String expected, String difference, String context) {
        return of("%nExpecting the parameters of %s to contain:%n%s%n%s%s", request, expected, difference, context);
    }
}
