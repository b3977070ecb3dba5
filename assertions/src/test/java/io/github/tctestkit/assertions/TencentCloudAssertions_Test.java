package io.github.tctestkit.assertions;

import static io.github.tctestkit.assertions.Fixtures.SEED_ERROR;
import static io.github.tctestkit.assertions.Fixtures.SEED_SUCCESS;
import static io.github.tctestkit.assertions.Fixtures.expectAssertionError;
import static io.github.tctestkit.assertions.Fixtures.lines;
import static io.github.tctestkit.assertions.TencentCloudAssertions.API_ERROR;
import static io.github.tctestkit.assertions.TencentCloudAssertions.API_RESPONSE;
import static io.github.tctestkit.assertions.TencentCloudAssertions.assertThatEnvelope;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.tctestkit.core.ApiError;
import io.github.tctestkit.core.ApiResponse;
import io.github.tctestkit.core.CommonError;
import java.nio.charset.StandardCharsets;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class TencentCloudAssertions_Test {

    @Test
    void should_parse_and_assert_the_seed_success_envelope_verbatim() {
        assertThatEnvelope(SEED_SUCCESS)
                .succeeded()
                .hasRequestId("b5b41468-520d-4192-b42f-595cc34b6c1c")
                .hasUuidRequestId()
                .payload()
                .isEqualToJson("{\"TotalCount\":0,\"InstanceStatusSet\":[]}");
        assertThatEnvelope(SEED_SUCCESS).field("TotalCount").asLong().isZero();
    }

    @Test
    void should_parse_and_assert_the_seed_error_envelope_verbatim() {
        assertThatEnvelope(SEED_ERROR)
                .failedWith(CommonError.AUTH_SIGNATURE_FAILURE)
                .failedWith("AuthFailure.SignatureFailure")
                .failedWithCategory("AuthFailure")
                .failedWithCodeOfKind(CommonError.AUTH_SIGNATURE_FAILURE)
                .hasErrorMessage(
                        "The provided credentials could not be validated. Please ensure your signature is correct.")
                .hasRequestId("ed93f3cb-f35e-473f-b9f3-0d451b8b79c6")
                .hasUuidRequestId();
    }

    @Test
    void should_parse_utf8_bytes() {
        assertThatEnvelope(SEED_ERROR.getBytes(StandardCharsets.UTF_8)).failedWith(CommonError.AUTH_SIGNATURE_FAILURE);
    }

    @Test
    void should_fail_with_an_assertion_error_naming_the_problem_when_the_body_is_not_an_envelope() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThatEnvelope("{\"Response\":{}}"));
        // THEN
        then(error).hasMessage(lines("\n" + """
                        Expecting the body to be a Tencent Cloud API 3.0 envelope,
                        but it is not:
                          Not an API 3.0 envelope: "Response" has no "RequestId" (at /Response/RequestId). Body: "{\\"Response\\":{}}\""""));
    }

    @Test
    void should_fail_with_an_assertion_error_on_null_and_on_bytes_that_are_not_utf8() {
        // WHEN
        AssertionError nullBody = expectAssertionError(() -> assertThatEnvelope((String) null));
        AssertionError notUtf8 = expectAssertionError(() -> assertThatEnvelope(new byte[] {(byte) 0xff}));
        // THEN
        then(nullBody).hasMessage(lines("\n" + """
                        Expecting the body to be a Tencent Cloud API 3.0 envelope,
                        but it is not:
                          Not an API 3.0 envelope: the body is null"""));
        then(notUtf8.getMessage()).contains("Not an API 3.0 envelope: the body is not valid UTF-8 (1 bytes)");
    }

    @Test
    void should_go_from_plain_assertj_with_as_instance_of() {
        // GIVEN
        Object response = ApiResponse.parse(SEED_ERROR);
        Object error = ApiError.of("InvalidParameter.NotFound", "Not found.");
        // WHEN / THEN
        Assertions.assertThat(response).asInstanceOf(API_RESPONSE).failedWithCategory("AuthFailure");
        Assertions.assertThat(error).asInstanceOf(API_ERROR).failedWithCategory("InvalidParameter");
        expectAssertionError(() -> Assertions.assertThat(error).asInstanceOf(API_RESPONSE));
    }
}
