package io.github.tctestkit.assertions;

import static io.github.tctestkit.assertions.Fixtures.ERROR_BLOCK;
import static io.github.tctestkit.assertions.Fixtures.ERROR_CONTEXT;
import static io.github.tctestkit.assertions.Fixtures.SEED_ERROR;
import static io.github.tctestkit.assertions.Fixtures.SEED_SUCCESS;
import static io.github.tctestkit.assertions.Fixtures.expectAssertionError;
import static io.github.tctestkit.assertions.Fixtures.lines;
import static io.github.tctestkit.assertions.TencentCloudAssertions.assertThat;
import static org.assertj.core.api.BDDAssertions.then;

import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.core.StreamLiveError;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class HttpResponseAssert_Test {

    private static final HttpResponse<String> OK_SUCCESS = StubHttpResponse.of(200, SEED_SUCCESS);
    private static final HttpResponse<String> OK_ERROR = StubHttpResponse.of(200, SEED_ERROR);
    private static final HttpResponse<String> BAD_GATEWAY = StubHttpResponse.of(502, "<html>Bad Gateway</html>");

    @Test
    void should_pass_on_the_status() {
        assertThat(OK_SUCCESS).hasStatus(200).isOk();
        assertThat(BAD_GATEWAY).hasStatus(502);
    }

    @Test
    void should_fail_on_another_status_with_request_and_body() {
        // WHEN
        AssertionError error =
                expectAssertionError(() -> assertThat(BAD_GATEWAY).isOk());
        // THEN
        then(error).hasMessage(lines("\n" + """
                        Expecting HTTP status of the response:
                          502
                        to be:
                          200
                        Request: POST https://mdl.tencentcloudapi.com/
                        Body:
                          "<html>Bad Gateway</html>\""""));
        AssertionFailedError diff = (AssertionFailedError) error;
        then(diff.getActual().getValue()).isEqualTo(502);
        then(diff.getExpected().getValue()).isEqualTo(200);
    }

    @Test
    void should_navigate_to_the_envelope() {
        assertThat(OK_SUCCESS)
                .envelope()
                .succeeded()
                .field("TotalCount")
                .asLong()
                .isZero();
    }

    @Test
    void should_fail_to_navigate_to_a_body_that_is_not_an_envelope() {
        // WHEN
        AssertionError error = expectAssertionError(
                () -> assertThat(StubHttpResponse.of(200, "{\"Foo\":1}")).envelope());
        // THEN
        then(error).hasMessage(lines("\n" + """
                        Expecting the body of the HTTP response to be a Tencent Cloud API 3.0 envelope,
                        but it is not:
                          Not an API 3.0 envelope: the body has no "Response" field (at /Response). Body: "{\\"Foo\\":1}"
                        HTTP status: 200
                        Request: POST https://mdl.tencentcloudapi.com/"""));
    }

    @Test
    void should_pass_succeeded_on_200_with_a_success_envelope() {
        assertThat(OK_SUCCESS).succeeded().hasRequestId("b5b41468-520d-4192-b42f-595cc34b6c1c");
    }

    @Test
    void should_fail_succeeded_on_200_with_an_error_envelope() {
        // WHEN
        AssertionError error = expectAssertionError(() -> assertThat(OK_ERROR).succeeded());
        // THEN
        then(error).hasMessage(lines("\n" + """
                        Expecting the call to have succeeded,
                        but it failed with error:
                        """ + ERROR_BLOCK + "\n" + ERROR_CONTEXT));
    }

    @Test
    void should_fail_succeeded_and_failed_with_on_a_non_200_status() {
        // WHEN
        AssertionError succeeded =
                expectAssertionError(() -> assertThat(BAD_GATEWAY).succeeded());
        AssertionError failedWith =
                expectAssertionError(() -> assertThat(BAD_GATEWAY).failedWith(CommonError.INTERNAL_ERROR));
        // THEN
        then(succeeded.getMessage()).startsWith(lines("\nExpecting HTTP status of the response:\n  502\n"));
        then(failedWith.getMessage()).isEqualTo(succeeded.getMessage());
    }

    @Test
    void should_pass_failed_with_on_200_with_that_error() {
        assertThat(OK_ERROR).failedWith(CommonError.AUTH_SIGNATURE_FAILURE).hasUuidRequestId();
        assertThat(OK_ERROR).failedWith("AuthFailure.SignatureFailure");
    }

    @Test
    void should_fail_failed_with_on_another_code() {
        // WHEN
        AssertionError error = expectAssertionError(
                () -> assertThat(OK_ERROR).failedWith(StreamLiveError.INVALID_PARAMETER_NOT_FOUND));
        // THEN
        then(error).hasMessage(lines("\n" + """
                        Expecting the call to have failed with error code:
                          "InvalidParameter.NotFound" (The referenced item was not found.)
                        but it failed with error:
                        """ + ERROR_BLOCK + "\n" + ERROR_CONTEXT));
        expectAssertionError(() -> assertThat(OK_SUCCESS).failedWith("AuthFailure.SignatureFailure"));
    }
}
