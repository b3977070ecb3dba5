package io.github.tctestkit.assertions;

import static io.github.tctestkit.assertions.Fixtures.ERROR_BLOCK;
import static io.github.tctestkit.assertions.Fixtures.ERROR_CONTEXT;
import static io.github.tctestkit.assertions.Fixtures.SUCCESS_CONTEXT;
import static io.github.tctestkit.assertions.Fixtures.expectAssertionError;
import static io.github.tctestkit.assertions.Fixtures.failure;
import static io.github.tctestkit.assertions.Fixtures.lines;
import static io.github.tctestkit.assertions.Fixtures.success;
import static io.github.tctestkit.assertions.TencentCloudAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.tctestkit.core.ApiResponse;
import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.core.ErrorCode;
import io.github.tctestkit.core.StreamLiveError;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class ApiResponseAssert_failedWith_Test {

    private static final ApiResponse NOT_FOUND =
            ApiResponse.ofError(StreamLiveError.INVALID_PARAMETER_NOT_FOUND, "Not found.");

    @Nested
    class With_error_code {

        @Test
        void should_pass_on_the_same_code() {
            assertThat(failure()).failedWith(CommonError.AUTH_SIGNATURE_FAILURE);
        }

        @Test
        void should_pass_with_a_code_of_another_catalogue_with_the_same_wire_code() {
            assertThat(ApiResponse.ofError(CommonError.INTERNAL_ERROR)).failedWith(StreamLiveError.INTERNAL_ERROR);
        }

        @Test
        void should_fail_on_a_success_showing_that_the_call_succeeded() {
            // WHEN
            AssertionError error =
                    expectAssertionError(() -> assertThat(success()).failedWith(CommonError.AUTH_SIGNATURE_FAILURE));
            // THEN
            then(error).hasMessage(lines("\n" + """
                            Expecting the call to have failed with error code:
                              "AuthFailure.SignatureFailure" (The signature does not match the request; the credentials could not be validated.)
                            but it succeeded.
                            """ + SUCCESS_CONTEXT));
        }

        @Test
        void should_fail_on_another_code_with_a_diffable_error() {
            // WHEN
            AssertionError error = expectAssertionError(
                    () -> assertThat(failure()).failedWith(StreamLiveError.INVALID_PARAMETER_NOT_FOUND));
            // THEN
            then(error).hasMessage(lines("\n" + """
                            Expecting the call to have failed with error code:
                              "InvalidParameter.NotFound" (The referenced item was not found.)
                            but it failed with error:
                            """ + ERROR_BLOCK + "\n" + ERROR_CONTEXT));
            then(error).isInstanceOf(AssertionFailedError.class);
            AssertionFailedError diff = (AssertionFailedError) error;
            then(diff.getActual().getValue()).isEqualTo("AuthFailure.SignatureFailure");
            then(diff.getExpected().getValue()).isEqualTo("InvalidParameter.NotFound");
        }

        @Test
        void should_fail_on_a_sub_code_of_the_expected_code() {
            // WHEN
            AssertionError error =
                    expectAssertionError(() -> assertThat(NOT_FOUND).failedWith(CommonError.INVALID_PARAMETER));
            // THEN
            then(error.getMessage()).startsWith(lines("\n" + """
                            Expecting the call to have failed with error code:
                              "InvalidParameter" (A parameter is wrong.)
                            but it failed with error:
                              code:    "InvalidParameter.NotFound" (The referenced item was not found.)
                              message: "Not found."
                            RequestId: \""""));
        }

        @Test
        void should_reject_a_null_code() {
            assertThatNullPointerException()
                    .isThrownBy(() -> assertThat(failure()).failedWith((ErrorCode) null))
                    .withMessage("The expected error code should not be null");
        }
    }

    @Nested
    class With_wire_code {

        @Test
        void should_pass_on_the_same_code_even_outside_the_catalogues() {
            assertThat(ApiResponse.ofError("FailedOperation.ChannelBusy", "busy"))
                    .failedWith("FailedOperation.ChannelBusy");
        }

        @Test
        void should_fail_on_another_code_without_description_for_unknown_codes() {
            // WHEN
            AssertionError error =
                    expectAssertionError(() -> assertThat(failure()).failedWith("Foo.Bar"));
            // THEN
            then(error).hasMessage(lines("\n" + """
                            Expecting the call to have failed with error code:
                              "Foo.Bar"
                            but it failed with error:
                            """ + ERROR_BLOCK + "\n" + ERROR_CONTEXT));
        }

        @Test
        void should_reject_a_blank_code() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> assertThat(failure()).failedWith(" "));
        }
    }

    @Nested
    class With_kind_of {

        @Test
        void should_pass_on_the_code_itself_and_on_sub_codes() {
            assertThat(NOT_FOUND).failedWithCodeOfKind(CommonError.INVALID_PARAMETER);
            assertThat(ApiResponse.ofError(CommonError.INVALID_PARAMETER))
                    .failedWithCodeOfKind(CommonError.INVALID_PARAMETER);
        }

        @Test
        void should_fail_on_a_code_that_only_shares_a_prefix() {
            // WHEN
            AssertionError error = expectAssertionError(
                    () -> assertThat(ApiResponse.ofError(CommonError.INVALID_PARAMETER_VALUE, "bad value")
                                    .withRequestId("r-1"))
                            .failedWithCodeOfKind(CommonError.INVALID_PARAMETER));
            // THEN
            then(error).hasMessage(lines("\n" + """
                            Expecting the call to have failed with an error code of kind:
                              "InvalidParameter" (A parameter is wrong.) or one of its sub-codes "InvalidParameter.*"
                            but it failed with error:
                              code:    "InvalidParameterValue" (A parameter has a value that is not allowed.)
                              message: "bad value"
                            RequestId: "r-1"
                            Envelope:
                              {
                                "Response" : {
                                  "Error" : {
                                    "Code" : "InvalidParameterValue",
                                    "Message" : "bad value"
                                  },
                                  "RequestId" : "r-1"
                                }
                              }"""));
        }

        @Test
        void should_fail_on_a_success() {
            // WHEN
            AssertionError error = expectAssertionError(
                    () -> assertThat(success()).failedWithCodeOfKind(CommonError.INVALID_PARAMETER));
            // THEN
            then(error).hasMessage(lines("\n" + """
                            Expecting the call to have failed with an error code of kind:
                              "InvalidParameter" (A parameter is wrong.) or one of its sub-codes "InvalidParameter.*"
                            but it succeeded.
                            """ + SUCCESS_CONTEXT));
        }
    }

    @Nested
    class With_category {

        @Test
        void should_pass_on_a_code_of_the_category() {
            assertThat(failure()).failedWithCategory("AuthFailure");
        }

        @Test
        void should_fail_on_another_category_with_a_diff_of_the_categories() {
            // WHEN
            AssertionError error =
                    expectAssertionError(() -> assertThat(failure()).failedWithCategory("InvalidParameter"));
            // THEN
            then(error).hasMessage(lines("\n" + """
                            Expecting the call to have failed with an error code in category:
                              "InvalidParameter"
                            but it failed with error:
                            """ + ERROR_BLOCK + "\n" + ERROR_CONTEXT));
            AssertionFailedError diff = (AssertionFailedError) error;
            then(diff.getActual().getValue()).isEqualTo("AuthFailure");
            then(diff.getExpected().getValue()).isEqualTo("InvalidParameter");
        }

        @Test
        void should_fail_on_a_success() {
            // WHEN
            AssertionError error =
                    expectAssertionError(() -> assertThat(success()).failedWithCategory("AuthFailure"));
            // THEN
            then(error).hasMessage(lines("\n" + """
                            Expecting the call to have failed with an error code in category:
                              "AuthFailure"
                            but it succeeded.
                            """ + SUCCESS_CONTEXT));
        }
    }
}
