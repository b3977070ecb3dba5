package io.github.tctestkit.assertions.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tctestkit.core.ApiRequest;
import io.github.tctestkit.core.ApiRequest.Encoding;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Texts and comparisons of the request assertions. Not API. */
public final class Requests {

    /** How many lines of the pretty-printed parameters a message shows. */
    public static final int MAX_PARAMETER_LINES = 40;

    /** How many characters of one value a message shows. */
    public static final int MAX_VALUE_CHARS = 200;

    private static final String NL = System.lineSeparator();

    private Requests() {}

    /**
     * How messages name a request.
     *
     * @param request the request
     * @return for example {@code the "CreateStreamLiveInput" request}, or {@code the request (no action)}
     */
    public static String name(ApiRequest request) {
        return request.action().isEmpty()
                ? "the request (no action)"
                : "the " + Texts.quote(request.action()) + " request";
    }

    /**
     * The block that ends every message about a request: method, path (never the query, which may hold a SecretId),
     * encoding, common parameters, the problem reading parameters if any, and the parameters, truncated.
     *
     * @param request the request
     * @return the block, starting with a line break
     */
    public static String context(ApiRequest request) {
        String path = request.url();
        int q = path.indexOf('?');
        if (q >= 0) {
            path = path.substring(0, q);
        }
        return NL + "Request: " + request.method() + " " + path + " (" + request.encoding() + ")" + NL + "  Action: "
                + optional(request.action().isEmpty() ? Optional.empty() : Optional.of(request.action()))
                + ", Version: " + optional(request.version()) + ", Region: " + optional(request.region())
                + request.parameterProblem()
                        .map(p -> NL + "Parameters could not all be read: " + p)
                        .orElse("")
                + NL + "Parameters:" + NL + Texts.indent(truncated(Jsons.pretty(request.parameters())));
    }

    /**
     * A value that may be absent, as messages show it.
     *
     * @param value the value
     * @return the quoted value or {@code (none)}
     */
    public static String optional(Optional<String> value) {
        return value.map(Texts::quote).orElse("(none)");
    }

    /**
     * A JSON value on one line, cut at {@link #MAX_VALUE_CHARS}.
     *
     * @param node the value
     * @return compact JSON
     */
    public static String compact(JsonNode node) {
        String text = node.toString();
        return text.length() <= MAX_VALUE_CHARS
                ? text
                : text.substring(0, MAX_VALUE_CHARS) + "... (" + text.length() + " characters in all)";
    }

    /**
     * A value as an expected JSON value: a string, a number or a boolean.
     *
     * @param expected the value
     * @return compact JSON
     */
    public static String expectedText(Object expected) {
        return expected instanceof String s ? Texts.quote(s) : String.valueOf(expected);
    }

    private static String truncated(String pretty) {
        List<String> lines = pretty.lines().collect(Collectors.toList());
        if (lines.size() <= MAX_PARAMETER_LINES) {
            return pretty;
        }
        return String.join(NL, lines.subList(0, MAX_PARAMETER_LINES)) + NL + "... ("
                + (lines.size() - MAX_PARAMETER_LINES) + " more lines)";
    }

    /**
     * Whether a value read from a request matches an expected string, number or boolean. A JSON body keeps its
     * types: a string matches a JSON string, a number a JSON number of the same value ({@code 3} and {@code 3.0}
     * agree), a boolean a JSON boolean. Form and query values are all text: a string matches the same text, a number
     * text that reads as the same number, a boolean the text {@code true} or {@code false}.
     *
     * @param actual the value read
     * @param expected a {@link String}, {@link Number} or {@link Boolean}
     * @param encoding how the request carried its parameters
     * @return whether they match
     */
    public static boolean matches(JsonNode actual, Object expected, Encoding encoding) {
        boolean text = encoding != Encoding.JSON;
        if (expected instanceof String s) {
            return actual.isTextual() && actual.textValue().equals(s);
        }
        if (expected instanceof Boolean b) {
            return text
                    ? actual.isTextual() && actual.textValue().equals(b.toString())
                    : actual.isBoolean() && actual.booleanValue() == b;
        }
        BigDecimal number = decimal((Number) expected);
        if (text) {
            if (!actual.isTextual()) {
                return false;
            }
            try {
                return new BigDecimal(actual.textValue()).compareTo(number) == 0;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return actual.isNumber() && actual.decimalValue().compareTo(number) == 0;
    }

    /**
     * An expected number as a decimal.
     *
     * @param n the number
     * @return its value
     * @throws IllegalArgumentException if it is null, NaN or infinite
     */
    public static BigDecimal decimal(Number n) {
        if (n == null) {
            throw new IllegalArgumentException("The expected value should not be null");
        }
        try {
            return new BigDecimal(n.toString());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The expected number should be finite, but was " + n, e);
        }
    }

    /**
     * The first place where the actual parameters do not contain the expected ones, or empty when they do. Objects
     * may have more members than expected; lists must have as many elements, each compared the same way; scalars are
     * compared as {@link #matches} says.
     *
     * @param actual the parameters
     * @param expected the expected tree, an object
     * @param encoding how the request carried its parameters
     * @return the difference, if any
     */
    public static Optional<Difference> firstDifference(ObjectNode actual, ObjectNode expected, Encoding encoding) {
        return difference("", actual, expected, encoding);
    }

    /**
     * Where and how the parameters differ.
     *
     * @param path the dotted path of the parameter
     * @param actual the value there, or null when it is missing
     * @param expected the expected value there
     */
    public record Difference(String path, JsonNode actual, JsonNode expected) {}

    private static Optional<Difference> difference(String path, JsonNode actual, JsonNode expected, Encoding encoding) {
        if (actual == null || actual.isNull() && !expected.isNull()) {
            return Optional.of(new Difference(path, null, expected));
        }
        if (expected.isObject()) {
            if (!actual.isObject()) {
                return Optional.of(new Difference(path, actual, expected));
            }
            Iterator<Map.Entry<String, JsonNode>> members = expected.fields();
            while (members.hasNext()) {
                Map.Entry<String, JsonNode> member = members.next();
                Optional<Difference> d = difference(
                        join(path, member.getKey()), actual.get(member.getKey()), member.getValue(), encoding);
                if (d.isPresent()) {
                    return d;
                }
            }
            return Optional.empty();
        }
        if (expected.isArray()) {
            if (!actual.isArray() || actual.size() != expected.size()) {
                return Optional.of(new Difference(path, actual, expected));
            }
            for (int i = 0; i < expected.size(); i++) {
                Optional<Difference> d =
                        difference(join(path, Integer.toString(i)), actual.get(i), expected.get(i), encoding);
                if (d.isPresent()) {
                    return d;
                }
            }
            return Optional.empty();
        }
        boolean same = expected.isTextual()
                ? matches(actual, expected.textValue(), encoding)
                : expected.isNumber()
                        ? matches(actual, expected.decimalValue(), encoding)
                        : expected.isBoolean() ? matches(actual, expected.booleanValue(), encoding) : actual.isNull();
        return same ? Optional.empty() : Optional.of(new Difference(path, actual, expected));
    }

    private static String join(String path, String segment) {
        return path.isEmpty() ? segment : path + "." + segment;
    }
}
