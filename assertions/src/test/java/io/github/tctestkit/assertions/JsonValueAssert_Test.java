package io.github.tctestkit.assertions;

import static io.github.tctestkit.assertions.Fixtures.expectAssertionError;
import static io.github.tctestkit.assertions.Fixtures.lines;
import static io.github.tctestkit.assertions.Fixtures.success;
import static io.github.tctestkit.assertions.TencentCloudAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.tctestkit.core.ApiResponse;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class JsonValueAssert_Test {

    private static final ApiResponse RESPONSE = ApiResponse.ofSuccess(
            "{\"Name\":\"news\",\"Count\":3,\"Big\":12345678901234567890,\"Ratio\":1.50,\"Tags\":[\"a\"],\"Obj\":{\"x\":1}}");

    @Test
    void should_compare_json_ignoring_white_space_member_order_and_number_form() {
        assertThat(RESPONSE).field("Obj").isEqualToJson(" { \"x\" : 1.0 } ");
        assertThat(RESPONSE).field("Ratio").isEqualToJson("1.5");
        assertThat(RESPONSE).field("Tags").isEqualToJson("[\"a\"]");
        assertThat(RESPONSE).field("Name").isEqualToJson("\"news\"");
    }

    @Test
    void should_fail_on_other_json_with_pretty_actual_and_expected_for_diffs() {
        // WHEN
        AssertionError error =
                expectAssertionError(() -> assertThat(RESPONSE).field("Obj").isEqualToJson("{\"x\":2}"));
        // THEN
        then(error).hasMessage(lines("\n" + """
                        Expecting JSON value at /Response/Obj:
                          {
                            "x" : 1
                          }
                        to be equal to:
                          {
                            "x" : 2
                          }"""));
        AssertionFailedError diff = (AssertionFailedError) error;
        then(diff.getActual().getStringRepresentation()).contains("\"x\" : 1");
        then(diff.getExpected().getStringRepresentation()).contains("\"x\" : 2");
    }

    @Test
    void should_reject_expected_text_that_is_not_json() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> assertThat(RESPONSE).field("Obj").isEqualToJson("{x"))
                .withMessageStartingWith("The expected JSON is not valid: ");
    }

    @Test
    void should_give_text_of_strings() {
        assertThat(RESPONSE).field("Name").asText().isEqualTo("news");
    }

    @Test
    void should_fail_to_give_text_of_a_number() {
        // WHEN
        AssertionError error = expectAssertionError(
                () -> assertThat(success()).field("TotalCount").asText());
        // THEN
        then(error).hasMessage(lines("\n" + """
                        Expecting JSON value at /Response/TotalCount:
                          0
                        to be a string, but it is an integral number."""));
    }

    @Test
    void should_give_longs_of_integral_numbers() {
        assertThat(RESPONSE).field("Count").asLong().isEqualTo(3L);
    }

    @Test
    void should_fail_to_give_longs_of_strings_decimals_and_numbers_too_large() {
        // WHEN
        AssertionError error =
                expectAssertionError(() -> assertThat(RESPONSE).field("Name").asLong());
        // THEN
        then(error).hasMessage(lines("\n" + """
                        Expecting JSON value at /Response/Name:
                          "news"
                        to be an integral number that fits a long, but it is a string."""));
        expectAssertionError(() -> assertThat(RESPONSE).field("Ratio").asLong());
        expectAssertionError(() -> assertThat(RESPONSE).field("Big").asLong());
    }

    @Test
    void should_check_arrays_and_objects() {
        assertThat(RESPONSE).field("Tags").isArray();
        assertThat(RESPONSE).field("Obj").isObject();
    }

    @Test
    void should_fail_on_the_wrong_container_type() {
        // WHEN
        AssertionError error =
                expectAssertionError(() -> assertThat(RESPONSE).field("Obj").isArray());
        // THEN
        then(error).hasMessage(lines("\n" + """
                        Expecting JSON value at /Response/Obj:
                          {
                            "x" : 1
                          }
                        to be an array, but it is an object."""));
        expectAssertionError(() -> assertThat(RESPONSE).field("Tags").isObject());
    }

    @Test
    void should_work_from_plain_jackson_nodes_too() {
        // WHEN
        AssertionError error = expectAssertionError(
                () -> new JsonValueAssert(RESPONSE.payload().get("Count")).isEqualToJson("4"));
        // THEN
        then(error).hasMessage(lines("\n" + """
                        Expecting JSON value at $:
                          3
                        to be equal to:
                          4"""));
    }
}
