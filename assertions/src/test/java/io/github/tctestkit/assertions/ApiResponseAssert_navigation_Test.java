package io.github.tctestkit.assertions;

import static io.github.tctestkit.assertions.Fixtures.ERROR_CONTEXT;
import static io.github.tctestkit.assertions.Fixtures.SUCCESS_CONTEXT;
import static io.github.tctestkit.assertions.Fixtures.expectAssertionError;
import static io.github.tctestkit.assertions.Fixtures.failure;
import static io.github.tctestkit.assertions.Fixtures.lines;
import static io.github.tctestkit.assertions.Fixtures.success;
import static io.github.tctestkit.assertions.TencentCloudAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.tctestkit.core.ApiResponse;
import io.github.tctestkit.core.CommonError;
import org.junit.jupiter.api.Test;

class ApiResponseAssert_navigation_Test {

    private static final ApiResponse CHANNELS = ApiResponse.ofSuccess(
                    "{\"Infos\":[{\"Id\":\"ch-1\",\"Name\":\"news\"}],\"TotalNum\":1}")
            .withRequestId("r-1");

    @Test
    void should_navigate_to_the_error_of_a_failed_call() {
        assertThat(failure())
                .error()
                .failedWith(CommonError.AUTH_SIGNATURE_FAILURE)
                .failedWithCategory("AuthFailure")
                .hasErrorMessageContaining("signature");
    }

    @Test
    void should_show_the_envelope_in_failures_after_navigating_to_the_error() {
        // WHEN
        AssertionError error =
                expectAssertionError(() -> assertThat(failure()).error().hasErrorMessage("Signature expired."));
        // THEN
        then(error).hasMessage(lines("\n" + """
                        Expecting error message of the call:
                          "The provided credentials could not be validated. Please ensure your signature is correct."
                        to be:
                          "Signature expired."
                        """ + ERROR_CONTEXT));
    }

    @Test
    void should_fail_to_navigate_to_the_error_of_a_success() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(success()).error());
        // THEN
        then(error).hasMessage(lines("\n" + """
                        Expecting the call to have failed,
                        but it succeeded.
                        """ + SUCCESS_CONTEXT));
    }

    @Test
    void should_navigate_to_fields_of_the_seed_success() {
        assertThat(success()).field("TotalCount").asLong().isZero();
        assertThat(success()).field("InstanceStatusSet").isArray().isEqualToJson("[]");
    }

    @Test
    void should_fail_to_navigate_to_a_missing_field_listing_the_fields() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(success()).field("Total"));
        // THEN
        then(error).hasMessage(lines("\n" + """
                        Expecting the response of the call to have field:
                          "Total"
                        but it has only these payload fields:
                          ["TotalCount", "InstanceStatusSet"]
                        """ + SUCCESS_CONTEXT));
    }

    @Test
    void should_reach_request_id_and_error_as_fields_of_response_too() {
        assertThat(success()).field("RequestId").asText().isEqualTo("b5b41468-520d-4192-b42f-595cc34b6c1c");
        assertThat(failure()).field("Error").isObject().isEqualToJson("""
                {"Code": "AuthFailure.SignatureFailure",
                 "Message": "The provided credentials could not be validated. Please ensure your signature is correct."}
                """);
    }

    @Test
    void should_navigate_by_json_pointer() {
        assertThat(CHANNELS).at("/Infos/0/Id").asText().isEqualTo("ch-1");
        assertThat(CHANNELS).at("/TotalNum").asLong().isEqualTo(1L);
    }

    @Test
    void should_fail_to_navigate_to_a_pointer_with_nothing_there() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(success()).at("/InstanceStatusSet/0"));
        // THEN
        then(error).hasMessage(lines("\n" + """
                        Expecting the response of the call to have a value at JSON pointer:
                          "/InstanceStatusSet/0"
                        but nothing is there.
                        """ + SUCCESS_CONTEXT));
    }

    @Test
    void should_reject_an_invalid_json_pointer() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> assertThat(success()).at("Infos"));
    }

    @Test
    void should_navigate_to_the_payload() {
        assertThat(success()).payload().isObject().isEqualToJson("{\"InstanceStatusSet\": [], \"TotalCount\": 0}");
        assertThat(failure()).payload().isEqualToJson("{}");
    }

    @Test
    void should_fail_on_another_payload_naming_its_path() {
        // WHEN
        AssertionError error =
                expectAssertionError(() -> assertThat(success()).payload().isEqualToJson("{\"TotalCount\":1}"));
        // THEN
        then(error).hasMessage(lines("\n" + """
                        Expecting JSON value at /Response (payload):
                          {
                            "TotalCount" : 0,
                            "InstanceStatusSet" : [ ]
                          }
                        to be equal to:
                          {
                            "TotalCount" : 1
                          }"""));
    }

    @Test
    void should_carry_the_description_over_to_navigated_asserts() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(success())
                .as("DescribeStreamLiveChannels")
                .field("TotalCount")
                .asLong()
                .isEqualTo(3L));
        // THEN
        then(error.getMessage()).startsWith("[DescribeStreamLiveChannels] ");
    }
}
