package io.github.tctestkit.core.contract.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tctestkit.core.contract.ActionContract;
import io.github.tctestkit.core.contract.Member;
import io.github.tctestkit.core.contract.Structure;
import io.github.tctestkit.core.internal.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks an action's request parameters as the API gateway does, and reports the first problem with the gateway's
 * code and exact message.
 *
 * <pre>{@code
 * ActionContract action = ServiceContract.streamLive().action("CreateStreamLiveInput");
 * // JSON body (TC3):
 * Optional<ParameterProblem> p = RequestChecker.check(action, (ObjectNode) Json.STRICT.readTree(body), false);
 * // form or query (v1 signatures, GET): every value is text
 * Optional<ParameterProblem> q = RequestChecker.check(action, apiRequest.parameters(), true); // a form request
 * q.map(ParameterProblem::message);   // "The parameter `InputSettings.0.AppNme` is not recognized."
 * }</pre>
 *
 * <h2>What is checked, and in which order</h2>
 *
 * <p>The checker makes three passes over the parameter tree; the first problem of the first pass that finds one is the
 * answer, so the codes rank <b>UnknownParameter, then MissingParameter, then InvalidParameter</b>. An unknown name
 * goes first because a misspelt name usually also leaves a required one missing, and naming the misspelling is the
 * better answer; a missing parameter goes before a wrong type because it says more about what the client forgot.
 *
 * <ol>
 *   <li>Unknown: a name the structure at that place does not have. At the top level the common parameters
 *       ({@link #COMMON_PARAMETERS}) are never unknown (unless the action's input declares the same name, which is
 *       then checked as a member).
 *   <li>Missing: a required member absent or {@code null} where its parent is present. With
 *       {@link Options#nestedRequired()} false only the top level is checked. An empty string or empty list counts as
 *       present.
 *   <li>Invalid: a value of the wrong type. Strings must be JSON strings (a JSON number for a string member is
 *       refused); {@code int64} and {@code uint64} members must be integers in range (so a negative value for a
 *       {@code uint64}, a fraction, {@code 1.0} or a boolean is refused); {@code float} members must be numbers;
 *       {@code bool} members JSON booleans; {@code datetime}, {@code datetime_iso} and {@code date} members are strings (their format is
 *       not checked); objects must be objects and lists arrays, whose items must not be {@code null}. A JSON string
 *       of digits is a valid number, and a JSON string {@code "true"} or {@code "false"} (any case) a valid bool, only
 *       with {@link Options#lenientNumbers()} (the default); with form encoding every value is text and is always
 *       read by the member's type ({@code "12"} is a valid integer, {@code "abc"} is not; {@code "true"},
 *       {@code "False"} are valid bools, as the SDKs write them, {@code "1"} is not).
 * </ol>
 *
 * <p>Within a pass the walk starts at the top: at each object it looks at that object's own parameters first, then
 * goes into its nested objects and list items (in the structure's documented member order, items by index), depth
 * first. Among an object's own parameters the unknown pass names the unknown name that comes first in code-point
 * order ({@code Limit} before {@code Offset}), the other passes the first member in documented order. Nothing depends
 * on the order the request lists its parameters in: that order is the client's (the Java SDK writes a form from a
 * hash map, a JSON body in the order of its fields), and the same parameters get the same answer whether they come
 * as JSON, a form or a query string.
 *
 * <p>JSON {@code null} is treated as absent everywhere: it is never unknown nor of the wrong type, and a required
 * member holding it is missing (a {@code null} list item is a wrong type).
 *
 * <p>Paths and messages: every message names the flattened path, with dots and 0-based indexes, as the gateway does
 * for type errors ({@code OutputGroups.0.Destinations.1.OutputUrl}). The gateway has been seen naming a nested missing
 * parameter by its leaf only once; we use the full path for missing and unknown parameters too, which is
 * unambiguous.
 */
public final class RequestChecker {

    /** The common parameters of API 3.0 and of the v1 signature; never unknown at the top level. */
    public static final Set<String> COMMON_PARAMETERS =
            Collections.unmodifiableSet(new LinkedHashSet<>(io.github.tctestkit.core.ApiRequest.COMMON_PARAMETERS));

    /**
     * How strict the check is.
     *
     * @param nestedRequired check required members of nested objects and list items where their parent is present
     *     (default true); false checks the top level only
     * @param lenientNumbers accept a JSON string of digits for an integer or float member, and a JSON string
     *     {@code "true"} or {@code "false"} (any case) for a bool member (default true; Tencent's own
     *     CreateStreamLiveChannel example sends its numbers so, and several examples their booleans); false refuses
     *     them. Form values are always read by type.
     */
    public record Options(boolean nestedRequired, boolean lenientNumbers) {

        /** Nested required members are checked, numbers in strings are accepted. */
        public static final Options DEFAULTS = new Options(true, true);

        /**
         * A copy with another {@code nestedRequired}.
         *
         * @param value the new setting
         * @return the options
         */
        public Options withNestedRequired(boolean value) {
            return new Options(value, lenientNumbers);
        }

        /**
         * A copy with another {@code lenientNumbers}.
         *
         * @param value the new setting
         * @return the options
         */
        public Options withLenientNumbers(boolean value) {
            return new Options(nestedRequired, value);
        }
    }

    private final boolean form;
    private final Options options;

    private RequestChecker(boolean form, Options options) {
        this.form = form;
        this.options = options;
    }

    /**
     * Checks with {@link Options#DEFAULTS}.
     *
     * @param action the action
     * @param params the parameters as one tree (for form and query encodings, as {@link io.github.tctestkit.core.ApiRequest#parameters()} gives them);
     *     common parameters may be included
     * @param formEncoded whether the values came from a form or query string (every leaf is then text)
     * @return the first problem, or empty when the request passes
     * @throws IllegalArgumentException when {@code action} or {@code params} is null
     */
    public static Optional<ParameterProblem> check(ActionContract action, ObjectNode params, boolean formEncoded) {
        return check(action, params, formEncoded, Options.DEFAULTS);
    }

    /**
     * Checks the parameters of one request.
     *
     * @param action the action
     * @param params the parameters as one tree; common parameters may be included
     * @param formEncoded whether the values came from a form or query string (every leaf is then text)
     * @param options how strict to be
     * @return the first problem, or empty when the request passes
     * @throws IllegalArgumentException when an argument is null
     */
    public static Optional<ParameterProblem> check(
            ActionContract action, ObjectNode params, boolean formEncoded, Options options) {
        if (action == null || params == null || options == null) {
            throw new IllegalArgumentException("action, params and options must not be null");
        }
        RequestChecker checker = new RequestChecker(formEncoded, options);
        Structure input = action.input();
        ParameterProblem p = checker.unknown(params, input, "", true);
        if (p == null) {
            p = checker.missing(params, input, "");
        }
        if (p == null) {
            p = checker.types(params, input, "");
        }
        return Optional.ofNullable(p);
    }

    private static boolean absent(JsonNode v) {
        return v == null || v.isNull();
    }

    private ParameterProblem unknown(ObjectNode node, Structure s, String prefix, boolean top) {
        // the first unknown name in code-point order, not in the order the request lists them: that order is the
        // client's (the Java SDK writes a form from a HashMap), and the same parameters must get the same answer
        // whichever encoding or SDK sends them
        String first = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String name = e.getKey();
            if (absent(e.getValue()) || s.member(name).isPresent() || (top && COMMON_PARAMETERS.contains(name))) {
                continue;
            }
            if (first == null || name.compareTo(first) < 0) {
                first = name;
            }
        }
        if (first != null) {
            return ParameterProblem.unknown(
                    prefix + first,
                    "\"" + prefix + first + "\" is not a member of " + s.name() + "; its members are: "
                            + String.join(", ", s.memberNames())
                            + (top ? " (and the common parameters " + String.join(", ", COMMON_PARAMETERS) + ")" : ""));
        }
        return descendAll(node, s, prefix, Pass.UNKNOWN);
    }

    private ParameterProblem missing(ObjectNode node, Structure s, String prefix) {
        for (Member m : s.members()) {
            if (m.isRequired() && absent(node.get(m.name()))) {
                List<String> has = new ArrayList<>();
                node.fieldNames().forEachRemaining(has::add);
                return ParameterProblem.missing(
                        prefix + m.name(),
                        (prefix.isEmpty() ? s.name() : prefix.substring(0, prefix.length() - 1) + " (" + s.name() + ")")
                                + " requires " + m.name() + "; "
                                + (has.isEmpty()
                                        ? "the request has no parameter there"
                                        : "present: " + String.join(", ", has)));
            }
        }
        if (!options.nestedRequired()) {
            return null;
        }
        return descendAll(node, s, prefix, Pass.MISSING);
    }

    private ParameterProblem types(ObjectNode node, Structure s, String prefix) {
        for (Member m : s.members()) {
            JsonNode v = node.get(m.name());
            if (!absent(v)) {
                ParameterProblem p = value(m, v, prefix + m.name());
                if (p != null) {
                    return p;
                }
            }
        }
        return descendAll(node, s, prefix, Pass.TYPES);
    }

    private enum Pass {
        UNKNOWN,
        MISSING,
        TYPES
    }

    private ParameterProblem descendAll(ObjectNode node, Structure s, String prefix, Pass pass) {
        for (Member m : s.members()) {
            JsonNode v = node.get(m.name());
            if (m.isStructured() && !absent(v)) {
                ParameterProblem p = descend(m, v, prefix + m.name(), pass);
                if (p != null) {
                    return p;
                }
            }
        }
        return null;
    }

    /** Runs a pass in the object, or in each object item, that a structured member holds; other shapes are skipped. */
    private ParameterProblem descend(Member m, JsonNode v, String path, Pass pass) {
        Structure inner = m.structure().orElseThrow();
        if (m.kind() == Member.Kind.OBJECT) {
            return v.isObject() ? run(pass, (ObjectNode) v, inner, path + ".") : null;
        }
        if (v.isArray()) {
            for (int i = 0; i < v.size(); i++) {
                JsonNode item = v.get(i);
                if (item.isObject()) {
                    ParameterProblem p = run(pass, (ObjectNode) item, inner, path + "." + i + ".");
                    if (p != null) {
                        return p;
                    }
                }
            }
        }
        return null;
    }

    private ParameterProblem run(Pass pass, ObjectNode node, Structure s, String prefix) {
        switch (pass) {
            case UNKNOWN:
                return unknown(node, s, prefix, false);
            case MISSING:
                return missing(node, s, prefix);
            default:
                return types(node, s, prefix);
        }
    }

    private ParameterProblem value(Member m, JsonNode v, String path) {
        switch (m.kind()) {
            case OBJECT:
                return v.isObject() ? null : invalid(path, Values.expected(m), v);
            case LIST:
                if (!v.isArray()) {
                    return invalid(path, Values.expected(m), v);
                }
                for (int i = 0; i < v.size(); i++) {
                    JsonNode item = v.get(i);
                    String itemPath = path + "." + i;
                    if (m.isStructured()) {
                        if (!item.isObject()) {
                            return invalid(itemPath, "an object " + m.type(), item);
                        }
                    } else if (!scalar(m.type(), item)) {
                        return invalid(itemPath, Values.expected(m.type()), item);
                    }
                }
                return null;
            default:
                return scalar(m.type(), v) ? null : invalid(path, Values.expected(m.type()), v);
        }
    }

    private boolean scalar(String type, JsonNode v) {
        boolean textAllowed = form || options.lenientNumbers();
        switch (type) {
            case "string":
            case "datetime":
            case "datetime_iso":
            case "date":
                return v.isTextual();
            case "bool":
                return v.isBoolean() || (textAllowed && v.isTextual() && Values.isBooleanText(v.asText()));
            case "float":
                return v.isNumber() || (textAllowed && v.isTextual() && Values.isDecimalText(v.asText()));
            default:
                return v.isNumber()
                        ? Values.isIntegerNumber(v, type)
                        : textAllowed && v.isTextual() && Values.isIntegerText(v.asText(), type);
        }
    }

    private ParameterProblem invalid(String path, String expected, JsonNode v) {
        String got = v.isTextual() ? "the text " + Json.snippet(v.asText(), 40) : Json.describe(v);
        String hint = !form && v.isTextual() && !options.lenientNumbers() && !expected.startsWith("string")
                ? " (strict typing: a JSON string is not a " + (expected.startsWith("bool") ? "boolean" : "number")
                        + ")"
                : "";
        return ParameterProblem.invalid(path, path + " must be " + expected + ", but the request has " + got + hint);
    }
}
