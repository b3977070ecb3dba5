package io.github.tctestkit.assertions;

import static io.github.tctestkit.assertions.internal.ShouldBeJson.shouldBeEqualJson;
import static io.github.tctestkit.assertions.internal.ShouldBeJson.shouldBeJsonOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tctestkit.assertions.internal.Failing;
import io.github.tctestkit.assertions.internal.Jsons;
import io.github.tctestkit.assertions.internal.Texts;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AbstractLongAssert;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.LongAssert;
import org.assertj.core.api.SoftAssertionsProvider;
import org.assertj.core.api.StringAssert;

/**
 * Assertions on one JSON value of a response: a payload field, a value found by JSON pointer, or the whole payload.
 *
 * <pre>{@code
 * assertThat(response).field("TotalCount").asLong().isZero();
 * assertThat(response).field("InstanceStatusSet").isArray().isEqualToJson("[]");
 * assertThat(response).at("/Infos/0/Name").asText().startsWith("ch-");
 * }</pre>
 *
 * <p>Failure messages name where the value is, as a JSON pointer from the root of the envelope ({@code
 * /Response/TotalCount}). The class is not final and its constructor is public so that AssertJ's soft assertions can
 * proxy it.
 */
public class JsonValueAssert extends AbstractAssert<JsonValueAssert, JsonNode> {

    SoftAssertionsProvider softly;

    /** Where the value is, for messages. */
    String path = "$";

    /**
     * Creates the assert on a Jackson value. Usually reached through {@link ApiResponseAssert#field(String)}.
     *
     * @param actual the JSON value under test
     */
    public JsonValueAssert(JsonNode actual) {
        super(actual, JsonValueAssert.class);
    }

    /**
     * Verifies that the value equals the given JSON, compared as JSON trees: white space and object member order do
     * not matter, numbers are compared by value ({@code 1} equals {@code 1.0}).
     *
     * <pre>{@code
     * // passes
     * assertThat(response).field("InstanceStatusSet").isEqualToJson("[ ]");
     * assertThat(response).payload().isEqualToJson("{\"InstanceStatusSet\": [], \"TotalCount\": 0}");
     * // fails
     * assertThat(response).field("TotalCount").isEqualToJson("1");
     * }</pre>
     *
     * @param expectedJson the expected value as JSON text
     * @return {@code this} assertion object
     * @throws AssertionError if the value is {@code null} or differs; the error carries both values pretty-printed
     *     for IDE diffs
     * @throws IllegalArgumentException if {@code expectedJson} is null or not JSON
     */
    public JsonValueAssert isEqualToJson(String expectedJson) {
        JsonNode expected = Jsons.parse(expectedJson);
        isNotNull();
        if (!actual.equals(Jsons.NUMERIC_AWARE, expected)) {
            String actualText = Jsons.pretty(actual);
            String expectedText = Jsons.pretty(expected);
            throw Failing.diffable(
                    info,
                    shouldBeEqualJson(path, Texts.indent(actualText), Texts.indent(expectedText)),
                    actualText,
                    expectedText);
        }
        return myself;
    }

    /**
     * Verifies that the value is a JSON array.
     *
     * <pre>{@code
     * // passes
     * assertThat(response).field("InstanceStatusSet").isArray();
     * // fails
     * assertThat(response).field("TotalCount").isArray();
     * }</pre>
     *
     * @return {@code this} assertion object
     * @throws AssertionError if the value is {@code null} or not an array
     */
    public JsonValueAssert isArray() {
        isNotNull();
        if (!actual.isArray()) {
            throw typeError("an array");
        }
        return myself;
    }

    /**
     * Verifies that the value is a JSON object.
     *
     * <pre>{@code
     * // passes
     * assertThat(response).payload().isObject();
     * // fails
     * assertThat(response).field("TotalCount").isObject();
     * }</pre>
     *
     * @return {@code this} assertion object
     * @throws AssertionError if the value is {@code null} or not an object
     */
    public JsonValueAssert isObject() {
        isNotNull();
        if (!actual.isObject()) {
            throw typeError("an object");
        }
        return myself;
    }

    /**
     * Verifies that the value is a JSON string and returns an AssertJ assert on its text.
     *
     * <pre>{@code
     * // passes
     * assertThat(response).at("/Infos/0/Id").asText().isEqualTo("ch-1");
     * // fails: a number is not a string
     * assertThat(response).field("TotalCount").asText();
     * }</pre>
     *
     * @return an assert on the string
     * @throws AssertionError if the value is {@code null} or not a string
     */
    public AbstractStringAssert<?> asText() {
        String text = null;
        try {
            isNotNull();
            if (!actual.isTextual()) {
                throw typeError("a string");
            }
            text = actual.textValue();
        } catch (AssertionError e) {
            Navigation.failed(softly, e);
        }
        return Navigation.child(this, softly, StringAssert.class, String.class, text, StringAssert::new);
    }

    /**
     * Verifies that the value is an integral JSON number that fits a {@code long} and returns an AssertJ assert on it.
     *
     * <pre>{@code
     * // passes
     * assertThat(response).field("TotalCount").asLong().isZero();
     * // fails: a string is not a number
     * assertThat(response).at("/Infos/0/Id").asLong();
     * }</pre>
     *
     * @return an assert on the number
     * @throws AssertionError if the value is {@code null}, not an integral number, or too large for a {@code long}
     */
    public AbstractLongAssert<?> asLong() {
        Long value = null;
        try {
            isNotNull();
            if (!actual.isIntegralNumber() || !actual.canConvertToLong()) {
                throw typeError("an integral number that fits a long");
            }
            value = actual.longValue();
        } catch (AssertionError e) {
            Navigation.failed(softly, e);
        }
        // AssertJ's soft proxies already turn the result of a method named asLong into a soft assert
        LongAssert result = new LongAssert(value);
        if (info.hasDescription()) {
            result.describedAs(info.description());
        }
        return result;
    }

    private AssertionError typeError(String expectedType) {
        return assertionError(
                shouldBeJsonOfType(path, Texts.indent(Jsons.pretty(actual)), expectedType, Jsons.type(actual)));
    }
}
