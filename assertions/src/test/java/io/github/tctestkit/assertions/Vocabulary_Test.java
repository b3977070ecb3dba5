package io.github.tctestkit.assertions;

import static io.github.tctestkit.assertions.Fixtures.ERROR_BLOCK;
import static io.github.tctestkit.assertions.Fixtures.ERROR_CONTEXT;
import static io.github.tctestkit.assertions.Fixtures.SEED_ERROR;
import static io.github.tctestkit.assertions.Fixtures.SEED_SUCCESS;
import static io.github.tctestkit.assertions.Fixtures.SUCCESS_CONTEXT;
import static io.github.tctestkit.assertions.Fixtures.expectAssertionError;
import static io.github.tctestkit.assertions.Fixtures.failure;
import static io.github.tctestkit.assertions.Fixtures.lines;
import static org.assertj.core.api.BDDAssertions.then;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import io.github.tctestkit.core.ApiError;
import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.core.ErrorCode;
import java.lang.reflect.Method;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The same check has the same name, and the same message, on the envelope, the error, the SDK exception and HTTP. */
class Vocabulary_Test {

    private static final TencentCloudSDKException SIGNATURE = new TencentCloudSDKException(
            "The provided credentials could not be validated. Please ensure your signature is correct.",
            "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6",
            "AuthFailure.SignatureFailure");

    private static final HttpResponse<String> OK_ERROR = StubHttpResponse.of(200, SEED_ERROR);
    private static final HttpResponse<String> OK_SUCCESS = StubHttpResponse.of(200, SEED_SUCCESS);

    private static final List<String> CALL_CHECKS = List.of(
            "failedWith", "failedWithCodeOfKind", "failedWithCategory", "hasErrorMessage", "hasErrorMessageContaining");

    @Test
    void should_offer_every_check_under_one_name_on_every_assert() {
        for (Class<?> type : List.of(
                AbstractApiResponseAssert.class,
                AbstractApiErrorAssert.class,
                AbstractSdkExceptionAssert.class,
                AbstractHttpResponseAssert.class)) {
            then(names(type)).as(type.getSimpleName()).containsAll(CALL_CHECKS);
        }
        for (Class<?> type : List.of(
                AbstractApiResponseAssert.class, AbstractSdkExceptionAssert.class, AbstractHttpResponseAssert.class)) {
            then(names(type)).as(type.getSimpleName()).contains("hasRequestId", "hasUuidRequestId");
        }
        then(names(AbstractApiResponseAssert.class)).contains("succeeded");
        then(names(AbstractHttpResponseAssert.class)).contains("succeeded");
        // the names this vocabulary replaced are gone
        for (Class<?> type : List.of(
                AbstractApiResponseAssert.class, AbstractApiErrorAssert.class, AbstractSdkExceptionAssert.class)) {
            then(names(type))
                    .as(type.getSimpleName())
                    .doesNotContain(
                            "failedWithKindOf",
                            "hasCode",
                            "hasCategory",
                            "hasErrorCode",
                            "hasErrorCodeOfKind",
                            "hasErrorCategory");
        }
    }

    @Test
    void should_pass_the_same_checks_on_every_assert() {
        TencentCloudAssertions.assertThat(failure())
                .failedWith(CommonError.AUTH_SIGNATURE_FAILURE)
                .failedWith("AuthFailure.SignatureFailure")
                .failedWithCodeOfKind(ErrorCode.of("AuthFailure"))
                .failedWithCategory("AuthFailure")
                .hasErrorMessage(SIGNATURE.getMessage())
                .hasErrorMessageContaining("signature")
                .hasRequestId(SIGNATURE.getRequestId())
                .hasUuidRequestId();
        TencentCloudAssertions.assertThat(failure().error().orElseThrow())
                .failedWith(CommonError.AUTH_SIGNATURE_FAILURE)
                .failedWith("AuthFailure.SignatureFailure")
                .failedWithCodeOfKind(ErrorCode.of("AuthFailure"))
                .failedWithCategory("AuthFailure")
                .hasErrorMessage(SIGNATURE.getMessage())
                .hasErrorMessageContaining("signature");
        TencentCloudSdkAssertions.assertThat(SIGNATURE)
                .failedWith(CommonError.AUTH_SIGNATURE_FAILURE)
                .failedWith("AuthFailure.SignatureFailure")
                .failedWithCodeOfKind(ErrorCode.of("AuthFailure"))
                .failedWithCategory("AuthFailure")
                .hasErrorMessage(SIGNATURE.getMessage())
                .hasErrorMessageContaining("signature")
                .hasRequestId(SIGNATURE.getRequestId())
                .hasUuidRequestId();
        TencentCloudAssertions.assertThat(OK_ERROR).failedWith(CommonError.AUTH_SIGNATURE_FAILURE);
        TencentCloudAssertions.assertThat(OK_ERROR).failedWith("AuthFailure.SignatureFailure");
        TencentCloudAssertions.assertThat(OK_ERROR).failedWithCodeOfKind(ErrorCode.of("AuthFailure"));
        TencentCloudAssertions.assertThat(OK_ERROR).failedWithCategory("AuthFailure");
        TencentCloudAssertions.assertThat(OK_ERROR).hasErrorMessage(SIGNATURE.getMessage());
        TencentCloudAssertions.assertThat(OK_ERROR).hasErrorMessageContaining("signature");
        TencentCloudAssertions.assertThat(OK_ERROR).hasRequestId(SIGNATURE.getRequestId());
        TencentCloudAssertions.assertThat(OK_ERROR).hasUuidRequestId().failedWith(CommonError.AUTH_SIGNATURE_FAILURE);
    }

    @Test
    void should_fail_the_kind_check_with_the_same_message_on_error_and_http() {
        // WHEN
        AssertionError onError = expectAssertionError(() -> TencentCloudAssertions.assertThat(failure())
                .error()
                .failedWithCodeOfKind(CommonError.INVALID_PARAMETER));
        AssertionError onHttp = expectAssertionError(
                () -> TencentCloudAssertions.assertThat(OK_ERROR).failedWithCodeOfKind(CommonError.INVALID_PARAMETER));
        // THEN
        String expected = lines("\n" + """
                Expecting the call to have failed with an error code of kind:
                  "InvalidParameter" (A parameter is wrong.) or one of its sub-codes "InvalidParameter.*"
                but it failed with error:
                """ + ERROR_BLOCK + "\n" + ERROR_CONTEXT);
        then(onError).hasMessage(expected);
        then(onHttp).hasMessage(expected);
        then(((AssertionFailedError) onHttp).getExpected().getValue()).isEqualTo("InvalidParameter");
    }

    @Test
    void should_fail_the_message_checks_of_an_sdk_exception_with_its_code_and_request_id() {
        // GIVEN
        TencentCloudSDKException notFound =
                new TencentCloudSDKException("Not found.", "req-err", "InvalidParameter.NotFound");
        String context = """
                RequestId: "req-err"
                Exception:
                  [TencentCloudSDKException]code: InvalidParameter.NotFound message:Not found. requestId:req-err""";
        // WHEN
        AssertionError exact = expectAssertionError(
                () -> TencentCloudSdkAssertions.assertThat(notFound).hasErrorMessage("Gone."));
        AssertionError part = expectAssertionError(
                () -> TencentCloudSdkAssertions.assertThat(notFound).hasErrorMessageContaining("Gone"));
        // THEN
        then(exact).hasMessage(lines("\n" + """
                Expecting error message of the SDK call:
                  "Not found."
                to be:
                  "Gone."
                """ + context));
        then(((AssertionFailedError) exact).getActual().getValue()).isEqualTo("Not found.");
        then(part).hasMessage(lines("\n" + """
                Expecting error message of the SDK call:
                  "Not found."
                to contain:
                  "Gone"
                """ + context));
    }

    @Test
    void should_fail_the_message_checks_of_an_sdk_exception_without_message() {
        // GIVEN
        TencentCloudSDKException noMessage = new TencentCloudSDKException(null, "r-1", "InternalError");
        // WHEN
        AssertionError exact = expectAssertionError(
                () -> TencentCloudSdkAssertions.assertThat(noMessage).hasErrorMessage("oops"));
        AssertionError part = expectAssertionError(
                () -> TencentCloudSdkAssertions.assertThat(noMessage).hasErrorMessageContaining("oops"));
        // THEN
        then(exact.getMessage()).contains(lines("of the SDK call:\n  null\nto be:\n  \"oops\""));
        then(part.getMessage()).contains(lines("of the SDK call:\n  null\nto contain:\n  \"oops\""));
    }

    @Test
    void should_fail_the_checks_of_http_on_a_success_or_another_request_id() {
        // WHEN
        AssertionError message = expectAssertionError(
                () -> TencentCloudAssertions.assertThat(OK_SUCCESS).hasErrorMessage("oops"));
        AssertionError requestId = expectAssertionError(
                () -> TencentCloudAssertions.assertThat(OK_SUCCESS).hasRequestId("r-2"));
        AssertionError uuid = expectAssertionError(() -> TencentCloudAssertions.assertThat(
                        StubHttpResponse.of(200, "{\"Response\":{\"RequestId\":\"req-1\"}}"))
                .hasUuidRequestId());
        AssertionError category = expectAssertionError(
                () -> TencentCloudAssertions.assertThat(OK_SUCCESS).failedWithCategory("AuthFailure"));
        AssertionError part = expectAssertionError(
                () -> TencentCloudAssertions.assertThat(OK_SUCCESS).hasErrorMessageContaining("oops"));
        // THEN
        then(message).hasMessage(lines("\n" + """
                Expecting the call to have failed with error message:
                  "oops"
                but it succeeded.
                """ + SUCCESS_CONTEXT));
        then(requestId).hasMessage(lines("\n" + """
                Expecting RequestId of the call:
                  "b5b41468-520d-4192-b42f-595cc34b6c1c"
                to be:
                  "r-2"
                """ + SUCCESS_CONTEXT));
        then(uuid.getMessage()).startsWith(lines("\nExpecting RequestId of the call:\n  \"req-1\"\nto be a UUID"));
        then(category.getMessage())
                .startsWith(lines("\nExpecting the call to have failed with an error code in category:"));
        then(part.getMessage())
                .startsWith(lines("\nExpecting the call to have failed with an error message containing:"));
    }

    @Test
    void should_reject_null_expected_values_on_http_before_reading_the_body() {
        HttpResponseAssert http = TencentCloudAssertions.assertThat(OK_ERROR);
        then(catchNpe(() -> http.failedWithCodeOfKind(null))).hasMessage("The expected error code should not be null");
        then(catchNpe(() -> http.failedWithCategory(null)))
                .hasMessage("The expected error category should not be null");
        then(catchNpe(() -> http.hasErrorMessage(null))).hasMessage("The expected error message should not be null");
        then(catchNpe(() -> http.hasErrorMessageContaining(null)))
                .hasMessage("The expected part of the error message should not be null");
        then(catchNpe(() -> http.hasRequestId(null))).hasMessage("The expected RequestId should not be null");
        ApiErrorAssert error = TencentCloudAssertions.assertThat(ApiError.of("InternalError", "oops"));
        then(catchNpe(() -> error.failedWithCodeOfKind(null))).hasMessage("The expected error code should not be null");
    }

    private static NullPointerException catchNpe(Runnable code) {
        try {
            code.run();
        } catch (NullPointerException e) {
            return e;
        }
        throw new AssertionError("Expecting a NullPointerException");
    }

    private static Set<String> names(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> java.lang.reflect.Modifier.isPublic(m.getModifiers()))
                .map(Method::getName)
                .collect(Collectors.toSet());
    }
}
