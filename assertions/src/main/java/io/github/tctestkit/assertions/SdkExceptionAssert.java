package io.github.tctestkit.assertions;

import static io.github.tctestkit.assertions.error.ShouldHaveErrorCode.shouldHaveErrorCode;
import static io.github.tctestkit.assertions.error.ShouldHaveErrorMessage.shouldHaveErrorMessage;
import static io.github.tctestkit.assertions.error.ShouldHaveRequestId.shouldHaveRequestId;
import static io.github.tctestkit.assertions.error.ShouldHaveRequestId.shouldHaveUuidRequestId;
import static io.github.tctestkit.assertions.internal.Texts.quote;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import io.github.tctestkit.assertions.internal.Failing;
import io.github.tctestkit.assertions.internal.Texts;
import io.github.tctestkit.core.ErrorCode;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.assertj.core.api.AbstractThrowableAssert;

/**
 * Assertions on the Tencent Cloud Java SDK's {@link TencentCloudSDKException}, with everything AssertJ offers for
 * throwables ({@code hasMessage}, {@code hasMessageContaining}, {@code hasCauseInstanceOf}, ...) plus the error code,
 * the RequestId and the SDK's {@code ServerSideError} for HTTP statuses other than 200.
 *
 * <pre>{@code
 * TencentCloudSDKException e = catchThrowableOfType(TencentCloudSDKException.class, () -> client.call(...));
 * assertThat(e).failedWith(StreamLiveError.INVALID_PARAMETER_NOT_FOUND).hasUuidRequestId();
 * }</pre>
 *
 * <p>How the SDK fills the exception: for HTTP 200 with {@code Response.Error}, {@code getErrorCode()} is the code,
 * {@code getMessage()} the message and {@code getRequestId()} the RequestId; for any other status the code is {@code
 * "ServerSideError"}, the message {@code "response code is N, not 200"} and the RequestId empty.
 *
 * <p>The class is not final and its constructor is public so that AssertJ's soft assertions can proxy it.
 */
public class SdkExceptionAssert extends AbstractThrowableAssert<SdkExceptionAssert, TencentCloudSDKException> {

    private static final String SUBJECT = "the SDK call";
    private static final Pattern SERVER_SIDE_MESSAGE = Pattern.compile("response code is (\\d+), not 200");

    /**
     * Creates the assert. Prefer {@link TencentCloudSdkAssertions#assertThat(TencentCloudSDKException)}.
     *
     * @param actual the exception under test
     */
    public SdkExceptionAssert(TencentCloudSDKException actual) {
        super(actual, SdkExceptionAssert.class);
    }

    /**
     * Verifies that the exception carries exactly the given error code.
     *
     * <pre>{@code
     * TencentCloudSDKException e = new TencentCloudSDKException("Not found.", "r-1", "InvalidParameter.NotFound");
     * // passes
     * assertThat(e).failedWith(StreamLiveError.INVALID_PARAMETER_NOT_FOUND);
     * // fails
     * assertThat(e).failedWith(CommonError.INVALID_PARAMETER);
     * }</pre>
     *
     * @param expected the expected code
     * @return {@code this} assertion object
     * @throws AssertionError if the exception is {@code null} or has another (or no) code
     * @throws NullPointerException if {@code expected} is {@code null}
     */
    public SdkExceptionAssert failedWith(ErrorCode expected) {
        Objects.requireNonNull(expected, "The expected error code should not be null");
        return checkCode("error code", Texts.code(expected), expected.code()::equals, c -> c, expected.code());
    }

    /**
     * Verifies that the exception carries exactly the given wire code.
     *
     * <pre>{@code
     * // passes
     * assertThat(new TencentCloudSDKException("busy", "r-1", "FailedOperation")).hasErrorCode("FailedOperation");
     * // fails
     * assertThat(new TencentCloudSDKException("busy", "r-1", "FailedOperation")).hasErrorCode("InternalError");
     * }</pre>
     *
     * @param expectedCode the expected wire code
     * @return {@code this} assertion object
     * @throws AssertionError if the exception is {@code null} or has another (or no) code
     * @throws IllegalArgumentException if {@code expectedCode} is null, blank or has white space
     */
    public SdkExceptionAssert hasErrorCode(String expectedCode) {
        return failedWith(ErrorCode.of(expectedCode));
    }

    /**
     * Verifies that the exception's code is the given code or one of its sub-codes.
     *
     * <pre>{@code
     * TencentCloudSDKException e = new TencentCloudSDKException("Not found.", "r-1", "InvalidParameter.NotFound");
     * // passes
     * assertThat(e).hasErrorCodeOfKind(CommonError.INVALID_PARAMETER);
     * // fails
     * assertThat(e).hasErrorCodeOfKind(CommonError.INVALID_PARAMETER_VALUE);
     * }</pre>
     *
     * @param expected the code whose kind is expected
     * @return {@code this} assertion object
     * @throws AssertionError if the exception is {@code null} or its code is not of that kind
     * @throws NullPointerException if {@code expected} is {@code null}
     */
    public SdkExceptionAssert hasErrorCodeOfKind(ErrorCode expected) {
        Objects.requireNonNull(expected, "The expected error code should not be null");
        return checkCode(
                "an error code of kind",
                Texts.code(expected) + " or one of its sub-codes " + quote(expected.code() + ".*"),
                expected::includes,
                c -> c,
                expected.code());
    }

    /**
     * Verifies the category of the exception's code: the part before its first dot.
     *
     * <pre>{@code
     * // passes
     * assertThat(new TencentCloudSDKException("bad", "r-1", "AuthFailure.SignatureFailure"))
     *         .hasErrorCategory("AuthFailure");
     * // fails
     * assertThat(new TencentCloudSDKException("oops", "r-1", "InternalError")).hasErrorCategory("AuthFailure");
     * }</pre>
     *
     * @param expectedCategory the expected category, for example {@code "AuthFailure"}
     * @return {@code this} assertion object
     * @throws AssertionError if the exception is {@code null} or its code is in another category (or absent)
     * @throws NullPointerException if {@code expectedCategory} is {@code null}
     */
    public SdkExceptionAssert hasErrorCategory(String expectedCategory) {
        Objects.requireNonNull(expectedCategory, "The expected error category should not be null");
        return checkCode(
                "an error code in category",
                quote(expectedCategory),
                c -> ErrorCode.categoryOf(c).equals(expectedCategory),
                ErrorCode::categoryOf,
                expectedCategory);
    }

    /**
     * Verifies that the SDK gave up because the HTTP status was not 200: code {@code "ServerSideError"} and message
     * {@code "response code is N, not 200"}.
     *
     * <pre>{@code
     * // passes
     * assertThat(new TencentCloudSDKException("response code is 502, not 200", "", "ServerSideError"))
     *         .isServerSideError();
     * // fails: the API answered with an error envelope
     * assertThat(new TencentCloudSDKException("Not found.", "r-1", "InvalidParameter.NotFound")).isServerSideError();
     * }</pre>
     *
     * @return {@code this} assertion object
     * @throws AssertionError if the exception is {@code null}, has another code or the message is not the SDK's
     */
    public SdkExceptionAssert isServerSideError() {
        checkCode("error code", serverSideText(), Texts.SERVER_SIDE_ERROR::equals, c -> c, Texts.SERVER_SIDE_ERROR);
        String message = actual.getMessage();
        if (message == null || !SERVER_SIDE_MESSAGE.matcher(message).matches()) {
            throw assertionError(shouldHaveErrorMessage(
                    SUBJECT, quote(message), quote("response code is <status>, not 200"), context()));
        }
        return myself;
    }

    /**
     * Verifies that the SDK gave up because the HTTP status was the given one.
     *
     * <pre>{@code
     * TencentCloudSDKException e = new TencentCloudSDKException("response code is 502, not 200", "", "ServerSideError");
     * // passes
     * assertThat(e).isServerSideError(502);
     * // fails
     * assertThat(e).isServerSideError(500);
     * }</pre>
     *
     * @param httpStatus the expected HTTP status
     * @return {@code this} assertion object
     * @throws AssertionError if the exception is {@code null}, has another code or reports another status
     */
    public SdkExceptionAssert isServerSideError(int httpStatus) {
        checkCode("error code", serverSideText(), Texts.SERVER_SIDE_ERROR::equals, c -> c, Texts.SERVER_SIDE_ERROR);
        String expected = "response code is " + httpStatus + ", not 200";
        if (!expected.equals(actual.getMessage())) {
            throw Failing.diffable(
                    info,
                    shouldHaveErrorMessage(SUBJECT, quote(actual.getMessage()), quote(expected), context()),
                    actual.getMessage(),
                    expected);
        }
        return myself;
    }

    /**
     * Verifies the RequestId the exception carries.
     *
     * <pre>{@code
     * // passes
     * assertThat(new TencentCloudSDKException("Not found.", "r-1", "InvalidParameter.NotFound")).hasRequestId("r-1");
     * // fails
     * assertThat(new TencentCloudSDKException("Not found.", "r-1", "InvalidParameter.NotFound")).hasRequestId("r-2");
     * }</pre>
     *
     * @param expected the expected RequestId
     * @return {@code this} assertion object
     * @throws AssertionError if the exception is {@code null} or has another (or no) RequestId
     * @throws NullPointerException if {@code expected} is {@code null}
     */
    public SdkExceptionAssert hasRequestId(String expected) {
        Objects.requireNonNull(expected, "The expected RequestId should not be null");
        isNotNull();
        if (!expected.equals(actual.getRequestId())) {
            throw Failing.diffable(
                    info,
                    shouldHaveRequestId(SUBJECT, quote(actual.getRequestId()), quote(expected), context()),
                    actual.getRequestId(),
                    expected);
        }
        return myself;
    }

    /**
     * Verifies that the RequestId is a UUID in canonical lower-case form, as the real API sends it. Fails for {@code
     * ServerSideError}, whose RequestId is empty.
     *
     * <pre>{@code
     * // passes
     * assertThat(new TencentCloudSDKException("m", "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6", "InternalError"))
     *         .hasUuidRequestId();
     * // fails
     * assertThat(new TencentCloudSDKException("response code is 502, not 200", "", "ServerSideError"))
     *         .hasUuidRequestId();
     * }</pre>
     *
     * @return {@code this} assertion object
     * @throws AssertionError if the exception is {@code null} or its RequestId is not such a UUID
     */
    public SdkExceptionAssert hasUuidRequestId() {
        isNotNull();
        String requestId = actual.getRequestId();
        if (requestId == null || !Texts.UUID.matcher(requestId).matches()) {
            throw assertionError(shouldHaveUuidRequestId(SUBJECT, quote(requestId), context()));
        }
        return myself;
    }

    private SdkExceptionAssert checkCode(
            String expectation,
            String expectedText,
            Predicate<String> matches,
            UnaryOperator<String> diffActual,
            String diffExpected) {
        isNotNull();
        String code = actual.getErrorCode();
        if (code == null || !matches.test(code)) {
            throw Failing.diffable(
                    info,
                    shouldHaveErrorCode(
                            SUBJECT, expectation, expectedText, Texts.errorBlock(code, actual.getMessage()), context()),
                    code == null ? null : diffActual.apply(code),
                    diffExpected);
        }
        return myself;
    }

    private static String serverSideText() {
        return quote(Texts.SERVER_SIDE_ERROR) + " (the HTTP status was not 200; the SDK did not read the body)";
    }

    private String context() {
        return Texts.exceptionContext(actual.getRequestId(), actual.toString());
    }
}
