package io.github.tctestkit.assertions.internal;

import io.github.tctestkit.core.ApiResponse;
import io.github.tctestkit.core.ErrorCode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Text building blocks for failure messages. Not API. */
public final class Texts {

    /** The error code the SDK reports when the HTTP status is not 200. */
    public static final String SERVER_SIDE_ERROR = "ServerSideError";

    /** A RequestId in the form the API uses: a canonical lower-case UUID. */
    public static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private static final String NL = System.lineSeparator();

    private Texts() {}

    /**
     * A string in double quotes with Java escapes, or {@code null}.
     *
     * @param s the string
     * @return the quoted form
     */
    public static String quote(String s) {
        return s == null ? "null" : io.github.tctestkit.core.internal.Json.snippet(s, Integer.MAX_VALUE);
    }

    /**
     * The catalogue description of a wire code: the common codes first, then every catalogue built in this JVM.
     *
     * @param wireCode the code, possibly null
     * @return the description, or empty
     */
    public static Optional<String> catalogueDescription(String wireCode) {
        if (wireCode == null) {
            return Optional.empty();
        }
        return io.github.tctestkit.core.ErrorCatalogue.findInAny(wireCode)
                .map(ErrorCode::description)
                .filter(d -> !d.isEmpty());
    }

    /**
     * A code, quoted, followed by its description in parentheses when it has one.
     *
     * @param code the expected code
     * @return for example {@code "InvalidParameter" (A parameter is wrong.)}
     */
    public static String code(ErrorCode code) {
        String description =
                code.description().isEmpty() ? catalogueDescription(code.code()).orElse("") : code.description();
        return quote(code.code()) + (description.isEmpty() ? "" : " (" + description + ")");
    }

    /**
     * A wire code, quoted, followed by its catalogue description when there is one.
     *
     * @param wireCode the code, possibly null
     * @return the text
     */
    public static String code(String wireCode) {
        return quote(wireCode)
                + catalogueDescription(wireCode).map(d -> " (" + d + ")").orElse("");
    }

    /**
     * The two lines describing an actual error, indented.
     *
     * @param wireCode the actual code
     * @param message the actual message
     * @return the block
     */
    public static String errorBlock(String wireCode, String message) {
        return "  code:    " + code(wireCode) + NL + "  message: " + quote(message);
    }

    /**
     * Every line indented by two spaces.
     *
     * @param block the text
     * @return the indented text
     */
    public static String indent(String block) {
        return block.lines().map(l -> "  " + l).collect(Collectors.joining(NL));
    }

    /**
     * The tail of every message about an envelope: its RequestId and the whole envelope, pretty-printed.
     *
     * @param response the envelope
     * @return the block
     */
    public static String envelopeContext(ApiResponse response) {
        return NL + "RequestId: " + quote(response.requestId()) + NL + "Envelope:" + NL
                + indent(response.toPrettyJson());
    }

    /**
     * The tail of every message about an SDK exception.
     *
     * @param requestId the exception's RequestId
     * @param exceptionText the exception's {@code toString()}
     * @return the block
     */
    public static String exceptionContext(String requestId, String exceptionText) {
        return NL + "RequestId: " + quote(requestId) + NL + "Exception:" + NL + indent(exceptionText);
    }

    /**
     * Names as a JSON-like list of quoted strings.
     *
     * @param names the names
     * @return for example {@code ["TotalCount", "InstanceStatusSet"]}
     */
    public static String names(List<String> names) {
        return names.stream().map(Texts::quote).collect(Collectors.joining(", ", "[", "]"));
    }

    /**
     * The start of a text, quoted, for bodies that may be long.
     *
     * @param text the text, possibly null
     * @param max how many characters at most
     * @return the quoted start
     */
    public static String snippet(String text, int max) {
        if (text == null) {
            return "null";
        }
        if (text.length() <= max) {
            return quote(text);
        }
        return quote(text.substring(0, max)) + "... (" + text.length() + " characters in all)";
    }
}
