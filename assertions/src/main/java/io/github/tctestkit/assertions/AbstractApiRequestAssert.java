package io.github.tctestkit.assertions;

import static io.github.tctestkit.assertions.internal.ShouldMatchRequest.shouldContainParameters;
import static io.github.tctestkit.assertions.internal.ShouldMatchRequest.shouldHave;
import static io.github.tctestkit.assertions.internal.ShouldMatchRequest.shouldHaveParameter;
import static io.github.tctestkit.assertions.internal.ShouldMatchRequest.shouldHaveParameterPresent;
import static io.github.tctestkit.assertions.internal.ShouldMatchRequest.shouldNotHaveParameter;
import static io.github.tctestkit.assertions.internal.Texts.quote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tctestkit.assertions.internal.Failing;
import io.github.tctestkit.assertions.internal.Jsons;
import io.github.tctestkit.assertions.internal.Requests;
import io.github.tctestkit.assertions.internal.Requests.Difference;
import io.github.tctestkit.assertions.internal.Texts;
import io.github.tctestkit.core.ApiRequest;
import io.github.tctestkit.core.ApiRequest.Encoding;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Assertions on an API 3.0 request ({@link ApiRequest}) as the fake cloud received it: its action, version, region,
 * encoding and parameters, whatever the client's encoding.
 *
 * <pre>{@code
 * assertThat(api.lastRequest())
 *         .hasAction("CreateStreamLiveInput")
 *         .hasVersion("2020-03-26")
 *         .hasRegion("ap-guangzhou")
 *         .hasParameter("Name", "my_input")
 *         .hasParameter("InputSettings.0.AppName", "live")
 *         .hasNoParameter("SecurityGroupIds")
 *         .hasParameters("{\"Type\":\"RTMP_PUSH\",\"InputSettings\":[{\"AppName\":\"live\"}]}");
 * }</pre>
 *
 * <p><b>Values across encodings.</b> A TC3 request carries its parameters as a JSON body, which keeps their types; a
 * v1 request (or any GET) carries them as form or query fields, which are all text. So an expected {@link String}
 * matches a JSON string, or the same text; an expected {@link Number} matches a JSON number of the same value ({@code
 * 3} and {@code 3.0} agree), or text that reads as that number ({@code "3"}); an expected {@link Boolean} matches a
 * JSON boolean, or the text {@code "true"} / {@code "false"}. {@code hasParameter("Size", 3)} therefore passes for
 * {@code {"Size":3}} and for {@code Size=3}, and fails for {@code {"Size":"3"}}, which the real API would refuse too.
 *
 * <p>Paths are dotted with 0-based list indexes, as the gateway names parameters in its messages: {@code
 * "InputSettings.0.AppName"}. Failure messages name the action and the path, say what came back and why it differs,
 * and end with the request: method, path (never the query string, which may hold a SecretId), encoding, common
 * parameters and the parameters tree (its first {@value Requests#MAX_PARAMETER_LINES} lines).
 *
 * <p>Extend it, the AssertJ way, to add assertions of your own; {@link ApiRequestAssert} is the concrete assert:
 *
 * <pre>{@code
 * public class InputRequestAssert extends AbstractApiRequestAssert<InputRequestAssert> {
 *     public InputRequestAssert(ApiRequest actual) {
 *         super(actual, InputRequestAssert.class);
 *     }
 *
 *     public InputRequestAssert createsRtmpInput() {
 *         return hasAction("CreateStreamLiveInput").hasParameter("Type", "RTMP_PUSH");
 *     }
 * }
 * }</pre>
 *
 * @param <SELF> the type of the concrete assert, returned by every assertion so that calls chain
 */
public abstract class AbstractApiRequestAssert<SELF extends AbstractApiRequestAssert<SELF>>
        extends AbstractAssert<SELF, ApiRequest> {

    /** Set by the soft-assertion provider so that navigation returns soft asserts too. */
    SoftAssertionsProvider softly;

    /**
     * Creates the assert, for subclasses.
     *
     * @param actual the request under test
     * @param selfType the class of the concrete assert
     */
    protected AbstractApiRequestAssert(ApiRequest actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * Verifies the action: the {@code X-TC-Action} header, else the {@code Action} field.
     *
     * <pre>{@code
     * // passes for a request with X-TC-Action: CreateStreamLiveInput
     * assertThat(request).hasAction("CreateStreamLiveInput");
     * // fails for it
     * assertThat(request).hasAction("DeleteStreamLiveInput");
     * }</pre>
     *
     * @param expected the expected action
     * @return {@code this} assertion object
     * @throws AssertionError if the request is {@code null} or names another action (or none)
     * @throws NullPointerException if {@code expected} is {@code null}
     */
    public SELF hasAction(String expected) {
        Objects.requireNonNull(expected, "The expected action should not be null");
        isNotNull();
        String action = actual.action();
        return common("action", action.isEmpty() ? Optional.empty() : Optional.of(action), expected);
    }

    /**
     * Verifies that a fake cloud routed the request to this service (by version and action; see {@link
     * ApiRequest#service()}).
     *
     * <pre>{@code
     * assertThat(api.lastRequest()).hasService("cvm");
     * }</pre>
     *
     * @param expected the expected service name
     * @return {@code this} assertion object
     * @throws AssertionError if the request is {@code null}, was routed to another service, or to none
     * @throws NullPointerException if {@code expected} is {@code null}
     */
    public SELF hasService(String expected) {
        Objects.requireNonNull(expected, "The expected service should not be null");
        isNotNull();
        return common("service", actual.service(), expected);
    }

    /**
     * Verifies the API version: the {@code X-TC-Version} header, else the {@code Version} field.
     *
     * <pre>{@code
     * // passes for a request with X-TC-Version: 2020-03-26
     * assertThat(request).hasVersion("2020-03-26");
     * // fails for it
     * assertThat(request).hasVersion("2017-03-12");
     * }</pre>
     *
     * @param expected the expected version
     * @return {@code this} assertion object
     * @throws AssertionError if the request is {@code null} or names another version (or none)
     * @throws NullPointerException if {@code expected} is {@code null}
     */
    public SELF hasVersion(String expected) {
        Objects.requireNonNull(expected, "The expected version should not be null");
        isNotNull();
        return common("version", actual.version(), expected);
    }

    /**
     * Verifies the region: the {@code X-TC-Region} header, else the {@code Region} field.
     *
     * <pre>{@code
     * // passes for a request with X-TC-Region: ap-guangzhou
     * assertThat(request).hasRegion("ap-guangzhou");
     * // fails for it, and for a request without region
     * assertThat(request).hasRegion("ap-beijing");
     * }</pre>
     *
     * @param expected the expected region
     * @return {@code this} assertion object
     * @throws AssertionError if the request is {@code null} or names another region (or none)
     * @throws NullPointerException if {@code expected} is {@code null}
     */
    public SELF hasRegion(String expected) {
        Objects.requireNonNull(expected, "The expected region should not be null");
        isNotNull();
        return common("region", actual.region(), expected);
    }

    /**
     * Verifies how the request carried its parameters: {@code JSON} for TC3 POST, {@code FORM} for v1 POST, {@code
     * QUERY} for GET.
     *
     * <pre>{@code
     * // passes for a TC3 POST from the Java SDK
     * assertThat(request).usedEncoding(ApiRequest.Encoding.JSON);
     * // fails for it
     * assertThat(request).usedEncoding(ApiRequest.Encoding.FORM);
     * }</pre>
     *
     * @param expected the expected encoding
     * @return {@code this} assertion object
     * @throws AssertionError if the request is {@code null} or used another encoding
     * @throws NullPointerException if {@code expected} is {@code null}
     */
    public SELF usedEncoding(Encoding expected) {
        Objects.requireNonNull(expected, "The expected encoding should not be null");
        isNotNull();
        if (actual.encoding() != expected) {
            throw Failing.diffable(
                    info,
                    shouldHave(
                            "encoding",
                            Requests.name(actual),
                            actual.encoding().toString(),
                            expected.toString(),
                            Requests.context(actual)),
                    actual.encoding(),
                    expected);
        }
        return myself;
    }

    /**
     * Verifies that the request has a parameter at the path, whatever its value (JSON {@code null} counts as absent).
     *
     * <pre>{@code
     * // passes for {"InputSettings":[{"AppName":"live"}]}
     * assertThat(request).hasParameter("InputSettings.0.AppName");
     * // fails for it
     * assertThat(request).hasParameter("InputSettings.1");
     * }</pre>
     *
     * @param path the dotted path, for example {@code "InputSettings.0.AppName"}
     * @return {@code this} assertion object
     * @throws AssertionError if the request is {@code null} or has no such parameter
     * @throws IllegalArgumentException if the path is null, blank or has an empty segment
     */
    public SELF hasParameter(String path) {
        present(path, null);
        return myself;
    }

    /**
     * Verifies a text parameter: a JSON string, or a form or query field with this text.
     *
     * <pre>{@code
     * // passes for {"InputSettings":[{"AppName":"live"}]} and for InputSettings.0.AppName=live
     * assertThat(request).hasParameter("InputSettings.0.AppName", "live");
     * // fails for them
     * assertThat(request).hasParameter("InputSettings.0.AppName", "vod");
     * }</pre>
     *
     * @param path the dotted path
     * @param expected the expected text
     * @return {@code this} assertion object
     * @throws AssertionError if the request is {@code null}, has no such parameter or another value there
     * @throws IllegalArgumentException if the path is malformed or {@code expected} is null
     */
    public SELF hasParameter(String path, String expected) {
        return parameterIs(path, expected);
    }

    /**
     * Verifies a number parameter: a JSON number of the same value, or a form or query field that reads as it.
     *
     * <pre>{@code
     * // passes for {"Size":3}, {"Size":3.0} and Size=3
     * assertThat(request).hasParameter("Size", 3);
     * // fails for {"Size":"3"}: a JSON body keeps its types
     * assertThat(request).hasParameter("Size", 3);
     * }</pre>
     *
     * @param path the dotted path
     * @param expected the expected number
     * @return {@code this} assertion object
     * @throws AssertionError if the request is {@code null}, has no such parameter or another value there
     * @throws IllegalArgumentException if the path is malformed, or {@code expected} is null, NaN or infinite
     */
    public SELF hasParameter(String path, Number expected) {
        Requests.decimal(expected);
        return parameterIs(path, expected);
    }

    /**
     * Verifies a boolean parameter: a JSON boolean, or a form or query field {@code "true"} or {@code "false"}.
     *
     * <pre>{@code
     * // passes for {"Enabled":true} and Enabled=true
     * assertThat(request).hasParameter("Enabled", true);
     * // fails for them
     * assertThat(request).hasParameter("Enabled", false);
     * }</pre>
     *
     * @param path the dotted path
     * @param expected the expected value
     * @return {@code this} assertion object
     * @throws AssertionError if the request is {@code null}, has no such parameter or another value there
     * @throws IllegalArgumentException if the path is malformed
     */
    public SELF hasParameter(String path, boolean expected) {
        return parameterIs(path, expected);
    }

    /**
     * Verifies that the request has no parameter at the path (or JSON {@code null} there).
     *
     * <pre>{@code
     * // passes for {"Name":"in"}
     * assertThat(request).hasNoParameter("SecurityGroupIds");
     * // fails for it
     * assertThat(request).hasNoParameter("Name");
     * }</pre>
     *
     * @param path the dotted path
     * @return {@code this} assertion object
     * @throws AssertionError if the request is {@code null} or has a parameter there
     * @throws IllegalArgumentException if the path is null, blank or has an empty segment
     */
    public SELF hasNoParameter(String path) {
        isNotNull();
        Optional<JsonNode> value = actual.parameter(path);
        if (value.isPresent()) {
            throw Failing.error(
                    info,
                    shouldNotHaveParameter(
                            quote(path),
                            Requests.name(actual),
                            Requests.compact(value.get()),
                            Requests.context(actual)));
        }
        return myself;
    }

    /**
     * Verifies that the request has a parameter at the path and that it satisfies the given requirements, expressed
     * as assertions on the JSON value (form and query values are text nodes).
     *
     * <pre>{@code
     * // passes for {"Name":"my_input"}
     * assertThat(request).hasParameterSatisfying("Name", name -> assertThat(name.asText()).startsWith("my_"));
     * // fails for it
     * assertThat(request).hasParameterSatisfying("Name", name -> assertThat(name.asText()).isEmpty());
     * }</pre>
     *
     * @param path the dotted path
     * @param requirements assertions on the value
     * @return {@code this} assertion object
     * @throws AssertionError if the request is {@code null}, has no such parameter, or the requirements fail
     * @throws IllegalArgumentException if the path is malformed
     * @throws NullPointerException if {@code requirements} is {@code null}
     */
    public SELF hasParameterSatisfying(String path, Consumer<JsonNode> requirements) {
        Objects.requireNonNull(requirements, "The requirements should not be null");
        requirements.accept(present(path, null));
        return myself;
    }

    /**
     * Verifies that the parameters contain the given JSON object, leniently: every member given must be there, with
     * the same value (compared as {@link #hasParameter(String, String)} and its overloads say, so {@code {"Size":3}}
     * also matches the form field {@code Size=3}); the request may have more members. Lists must have exactly the
     * given elements, in order, each compared the same way.
     *
     * <pre>{@code
     * // passes for {"Name":"in","Type":"RTMP_PUSH","InputSettings":[{"AppName":"live","StreamName":"s"}]}
     * assertThat(request).hasParameters("{\"Type\":\"RTMP_PUSH\",\"InputSettings\":[{\"AppName\":\"live\"}]}");
     * // fails for it: another value, and a list of another length
     * assertThat(request).hasParameters("{\"Type\":\"RTMP_PULL\"}");
     * assertThat(request).hasParameters("{\"InputSettings\":[]}");
     * }</pre>
     *
     * @param expectedJson a JSON object
     * @return {@code this} assertion object
     * @throws AssertionError if the request is {@code null} or its parameters lack a member or differ
     * @throws IllegalArgumentException if {@code expectedJson} is null, not JSON or not an object
     */
    public SELF hasParameters(String expectedJson) {
        JsonNode expected = Jsons.parse(expectedJson);
        if (!(expected instanceof ObjectNode expectedObject)) {
            throw new IllegalArgumentException(
                    "The expected parameters should be a JSON object, but were " + Jsons.type(expected));
        }
        isNotNull();
        Optional<Difference> difference =
                Requests.firstDifference(actual.parameters(), expectedObject, actual.encoding());
        if (difference.isPresent()) {
            Difference d = difference.get();
            String where = quote(d.path());
            String why = d.actual() == null
                    ? "but there is no parameter " + where + "."
                    : d.actual().isArray() && d.expected().isArray()
                            ? "but parameter " + where + " has " + d.actual().size() + " elements, not "
                                    + d.expected().size() + ":" + System.lineSeparator() + "  "
                                    + Requests.compact(d.actual())
                            : "but parameter " + where + " was:" + System.lineSeparator() + "  "
                                    + Requests.compact(d.actual()) + explain(d.actual(), d.expected());
            throw Failing.error(
                    info,
                    shouldContainParameters(
                            Requests.name(actual),
                            Texts.indent(Jsons.pretty(expected)),
                            why,
                            Requests.context(actual)));
        }
        return myself;
    }

    /**
     * Navigates to one parameter, to go on with the JSON assertions ({@code isEqualToJson}, {@code isArray}, {@code
     * asText}, ...). Form and query values are text nodes: use {@code asText()} on them.
     *
     * <pre>{@code
     * // passes for {"InputSettings":[{"AppName":"live","StreamName":"s"}]}
     * assertThat(request).parameter("InputSettings.0").isEqualToJson("{\"AppName\":\"live\",\"StreamName\":\"s\"}");
     * // fails for it: nothing there
     * assertThat(request).parameter("InputSettings.1");
     * }</pre>
     *
     * @param path the dotted path
     * @return an assert on the JSON value
     * @throws AssertionError if the request is {@code null} or has no such parameter
     * @throws IllegalArgumentException if the path is malformed
     */
    public JsonValueAssert parameter(String path) {
        JsonNode value = null;
        try {
            value = present(path, null);
        } catch (AssertionError e) {
            Navigation.failed(softly, e);
        }
        return json(
                value, "parameter " + quote(path) + " of " + (actual == null ? "the request" : Requests.name(actual)));
    }

    /**
     * Navigates to all the parameters, as one JSON object.
     *
     * <pre>{@code
     * // passes for {"Name":"in"} and Name=in
     * assertThat(request).parameters().isEqualToJson("{\"Name\":\"in\"}");
     * // fails for them
     * assertThat(request).parameters().isEqualToJson("{}");
     * }</pre>
     *
     * @return an assert on the parameters
     * @throws AssertionError if the request is {@code null}
     */
    public JsonValueAssert parameters() {
        JsonNode value = null;
        try {
            isNotNull();
            value = actual.parameters();
        } catch (AssertionError e) {
            Navigation.failed(softly, e);
        }
        return json(value, "the parameters of " + (actual == null ? "the request" : Requests.name(actual)));
    }

    private SELF common(String what, Optional<String> value, String expected) {
        if (!value.equals(Optional.of(expected))) {
            throw Failing.diffable(
                    info,
                    shouldHave(
                            what,
                            Requests.name(actual),
                            Requests.optional(value),
                            quote(expected),
                            Requests.context(actual)),
                    value.orElse(null),
                    expected);
        }
        return myself;
    }

    private JsonNode present(String path, String expectedText) {
        isNotNull();
        Optional<JsonNode> value = actual.parameter(path);
        if (value.isEmpty()) {
            throw Failing.error(
                    info,
                    shouldHaveParameterPresent(
                            quote(path), Requests.name(actual), expectedText, Requests.context(actual)));
        }
        return value.get();
    }

    private SELF parameterIs(String path, Object expected) {
        if (expected == null) {
            throw new IllegalArgumentException("The expected value should not be null");
        }
        String expectedText = Requests.expectedText(expected);
        JsonNode value = present(path, expectedText);
        if (!Requests.matches(value, expected, actual.encoding())) {
            String actualText = Requests.compact(value);
            throw Failing.diffable(
                    info,
                    shouldHaveParameter(
                            quote(path),
                            Requests.name(actual),
                            actualText,
                            expectedText,
                            explain(value, expected),
                            Requests.context(actual)),
                    actualText,
                    expectedText);
        }
        return myself;
    }

    /** Why a value of the right text still differs: a JSON body keeps its types. */
    private String explain(JsonNode value, Object expected) {
        if (actual.encoding() != Encoding.JSON) {
            return "";
        }
        String expectedType = expected instanceof JsonNode node
                ? Jsons.type(node)
                : expected instanceof String ? "a string" : expected instanceof Boolean ? "a boolean" : "a number";
        String actualType = Jsons.type(value);
        if (expectedType.equals(actualType) || actualType.endsWith("number") && expectedType.endsWith("number")) {
            return "";
        }
        return System.lineSeparator() + "which is " + actualType + ", not " + expectedType
                + ": a JSON body keeps its types";
    }

    private JsonValueAssert json(JsonNode value, String path) {
        JsonValueAssert child =
                Navigation.child(this, softly, JsonValueAssert.class, JsonNode.class, value, JsonValueAssert::new);
        child.softly = softly;
        child.path = path;
        return child;
    }
}
