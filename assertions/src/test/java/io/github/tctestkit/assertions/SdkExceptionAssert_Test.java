package io.github.tctestkit.assertions;

import static io.github.tctestkit.assertions.Fixtures.expectAssertionError;
import static io.github.tctestkit.assertions.Fixtures.lines;
import static io.github.tctestkit.assertions.TencentCloudSdkAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.core.StreamLiveError;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class SdkExceptionAssert_Test {

    /** What the SDK throws for HTTP 200 with the seed's error envelope. */
    private static final TencentCloudSDKException SIGNATURE = new TencentCloudSDKException(
            "The provided credentials could not be validated. Please ensure your signature is correct.",
            "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6",
            "AuthFailure.SignatureFailure");

    private static final TencentCloudSDKException NOT_FOUND =
            new TencentCloudSDKException("Not found.", "req-err", "InvalidParameter.NotFound");

    /** What the SDK throws for any HTTP status other than 200. */
    private static final TencentCloudSDKException SERVER_SIDE =
            new TencentCloudSDKException("response code is 502, not 200", "", "ServerSideError");

    private static final String NOT_FOUND_CONTEXT = """
            RequestId: "req-err"
            Exception:
              [TencentCloudSDKException]code: InvalidParameter.NotFound message:Not found. requestId:req-err""";

    @Test
    void should_pass_on_the_code_of_the_exception() {
        assertThat(SIGNATURE)
                .failedWith(CommonError.AUTH_SIGNATURE_FAILURE)
                .failedWith("AuthFailure.SignatureFailure")
                .failedWithCategory("AuthFailure")
                .failedWithCodeOfKind(CommonError.AUTH_SIGNATURE_FAILURE)
                .hasRequestId("ed93f3cb-f35e-473f-b9f3-0d451b8b79c6")
                .hasUuidRequestId()
                .hasMessageContaining("signature");
        assertThat(NOT_FOUND).failedWithCodeOfKind(CommonError.INVALID_PARAMETER);
    }

    @Test
    void should_fail_on_another_code_with_a_diffable_error() {
        // WHEN
        AssertionError error =
                expectAssertionError(() -> assertThat(NOT_FOUND).failedWith(CommonError.INVALID_PARAMETER));
        // THEN
        then(error).hasMessage(lines("\n" + """
                        Expecting the SDK call to have failed with error code:
                          "InvalidParameter" (A parameter is wrong.)
                        but it failed with error:
                          code:    "InvalidParameter.NotFound" (The referenced item was not found.)
                          message: "Not found."
                        """ + NOT_FOUND_CONTEXT));
        AssertionFailedError diff = (AssertionFailedError) error;
        then(diff.getActual().getValue()).isEqualTo("InvalidParameter.NotFound");
        then(diff.getExpected().getValue()).isEqualTo("InvalidParameter");
    }

    @Test
    void should_fail_on_another_wire_code() {
        expectAssertionError(() -> assertThat(NOT_FOUND).failedWith("InvalidParameter"));
    }

    @Test
    void should_fail_on_a_code_of_another_kind_and_another_category() {
        // WHEN
        AssertionError kind = expectAssertionError(
                () -> assertThat(NOT_FOUND).failedWithCodeOfKind(CommonError.INVALID_PARAMETER_VALUE));
        AssertionError category =
                expectAssertionError(() -> assertThat(NOT_FOUND).failedWithCategory("AuthFailure"));
        // THEN
        then(kind).hasMessage(lines("\n" + """
                        Expecting the SDK call to have failed with an error code of kind:
                          "InvalidParameterValue" (A parameter has a value that is not allowed.) or one of its sub-codes "InvalidParameterValue.*"
                        but it failed with error:
                          code:    "InvalidParameter.NotFound" (The referenced item was not found.)
                          message: "Not found."
                        """ + NOT_FOUND_CONTEXT));
        then(category).hasMessage(lines("\n" + """
                        Expecting the SDK call to have failed with an error code in category:
                          "AuthFailure"
                        but it failed with error:
                          code:    "InvalidParameter.NotFound" (The referenced item was not found.)
                          message: "Not found."
                        """ + NOT_FOUND_CONTEXT));
    }

    @Test
    void should_fail_on_an_exception_without_code() {
        // GIVEN: what the SDK throws when the connection is refused
        TencentCloudSDKException refused =
                new TencentCloudSDKException("", new java.net.ConnectException("Connection refused"));
        // WHEN
        AssertionError error =
                expectAssertionError(() -> assertThat(refused).failedWith(StreamLiveError.INTERNAL_ERROR));
        // THEN
        then(error).hasMessage(lines("\n" + """
                        Expecting the SDK call to have failed with error code:
                          "InternalError" (StreamLive failed internally.)
                        but it failed with error:
                          code:    null
                          message: ""
                        RequestId: null
                        Exception:
                          [TencentCloudSDKException]code: null message: requestId:null cause:java.net.ConnectException: Connection refused"""));
    }

    @Test
    void should_fail_on_another_request_id() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(NOT_FOUND).hasRequestId("req-ok"));
        // THEN
        then(error).hasMessage(lines("\n" + """
                        Expecting RequestId of the SDK call:
                          "req-err"
                        to be:
                          "req-ok"
                        """ + NOT_FOUND_CONTEXT));
        then(((AssertionFailedError) error).getActual().getValue()).isEqualTo("req-err");
    }

    @Test
    void should_fail_on_a_request_id_that_is_not_a_uuid() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(NOT_FOUND).hasUuidRequestId());
        // THEN
        then(error).hasMessage(lines("\n" + """
                        Expecting RequestId of the SDK call:
                          "req-err"
                        to be a UUID in canonical lower-case form, like "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"
                        """ + NOT_FOUND_CONTEXT));
        expectAssertionError(() -> assertThat(SERVER_SIDE).hasUuidRequestId());
    }

    @Test
    void should_recognise_the_server_side_error_of_non_200_statuses() {
        assertThat(SERVER_SIDE).isServerSideError().isServerSideError(502).hasRequestId("");
    }

    @Test
    void should_fail_server_side_error_on_an_api_error() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(NOT_FOUND).isServerSideError());
        // THEN
        then(error).hasMessage(lines("\n" + """
                        Expecting the SDK call to have failed with error code:
                          "ServerSideError" (the HTTP status was not 200; the SDK did not read the body)
                        but it failed with error:
                          code:    "InvalidParameter.NotFound" (The referenced item was not found.)
                          message: "Not found."
                        """ + NOT_FOUND_CONTEXT));
        expectAssertionError(() -> assertThat(NOT_FOUND).isServerSideError(502));
    }

    @Test
    void should_fail_server_side_error_on_another_status() {
        // WHEN
        AssertionError error =
                expectAssertionError(() -> assertThat(SERVER_SIDE).isServerSideError(500));
        // THEN
        then(error).hasMessage(lines("\n" + """
                        Expecting error message of the SDK call:
                          "response code is 502, not 200"
                        to be:
                          "response code is 500, not 200"
                        RequestId: ""
                        Exception:
                          [TencentCloudSDKException]code: ServerSideError message:response code is 502, not 200 requestId:"""));
    }

    @Test
    void should_fail_server_side_error_when_the_message_is_not_the_sdk_one() {
        // GIVEN
        TencentCloudSDKException odd = new TencentCloudSDKException("odd", "", "ServerSideError");
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(odd).isServerSideError());
        // THEN
        then(error.getMessage()).startsWith(lines("\n" + """
                        Expecting error message of the SDK call:
                          "odd"
                        to be:
                          "response code is <status>, not 200"
                        """));
    }

    @Test
    void should_fail_on_null() {
        expectAssertionError(() -> assertThat((TencentCloudSDKException) null).failedWith(CommonError.INTERNAL_ERROR));
    }
}
