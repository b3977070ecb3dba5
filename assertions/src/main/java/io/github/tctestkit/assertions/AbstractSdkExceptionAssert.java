package io.github.tctestkit.assertions;

import static io.github.tctestkit.assertions.internal.ShouldHaveErrorMessage.shouldHaveErrorMessage;
import static io.github.tctestkit.assertions.internal.Texts.quote;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import io.github.tctestkit.assertions.internal.Call;
import io.github.tctestkit.assertions.internal.Checks;
import io.github.tctestkit.assertions.internal.Failing;
import io.github.tctestkit.assertions.internal.Texts;
import io.github.tctestkit.core.ErrorCode;
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
 * <p>The names are those of the envelope's assert ({@link AbstractApiResponseAssert}): {@code failedWith}, {@code
 * failedWithCodeOfKind}, {@code failedWithCategory}, {@code hasErrorMessage}, {@code hasRequestId}, ...
 *
 * <p>Extend it, the AssertJ way, to add assertions of your own; {@link SdkExceptionAssert} is the concrete assert:
 *
 * <pre>{@code
 * public class MySdkExceptionAssert extends AbstractSdkExceptionAssert<MySdkExceptionAssert> {
 *     public MySdkExceptionAssert(TencentCloudSDKException actual) {
 *         super(actual, MySdkExceptionAssert.class);
 *     }
 *
 *     public MySdkExceptionAssert isThrottled() {
 *         return failedWithCategory("RequestLimitExceeded");
 *     }
 * }
 * }</pre>
 *
 * @param <SELF> the type of the concrete assert, returned by every assertion so that calls chain
 */
public abstract class AbstractSdkExceptionAssert<SELF extends AbstractSdkExceptionAssert<SELF>>
        extends AbstractThrowableAssert<SELF, TencentCloudSDKException> {

    private static final Pattern SERVER_SIDE_MESSAGE = Pattern.compile("response code is (\\d+), not 200");

    /**
     * Creates the assert, for subclasses.
     *
     * @param actual the exception under test
     * @param selfType the class of the concrete assert
     */
    protected AbstractSdkExceptionAssert(TencentCloudSDKException actual, Class<?> selfType) {
        super(actual, selfType);
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
    public SELF failedWith(ErrorCode expected) {
        isNotNull();
        Checks.failedWith(info, call(), expected);
        return myself;
    }

    /**
     * Verifies that the exception carries exactly the given wire code.
     *
     * <pre>{@code
     * // passes
     * assertThat(new TencentCloudSDKException("busy", "r-1", "FailedOperation")).failedWith("FailedOperation");
     * // fails
     * assertThat(new TencentCloudSDKException("busy", "r-1", "FailedOperation")).failedWith("InternalError");
     * }</pre>
     *
     * @param expectedCode the expected wire code
     * @return {@code this} assertion object
     * @throws AssertionError if the exception is {@code null} or has another (or no) code
     * @throws IllegalArgumentException if {@code expectedCode} is null, blank or has white space
     */
    public SELF failedWith(String expectedCode) {
        return failedWith(ErrorCode.of(expectedCode));
    }

    /**
     * Verifies that the exception's code is the given code or one of its sub-codes.
     *
     * <pre>{@code
     * TencentCloudSDKException e = new TencentCloudSDKException("Not found.", "r-1", "InvalidParameter.NotFound");
     * // passes
     * assertThat(e).failedWithCodeOfKind(CommonError.INVALID_PARAMETER);
     * // fails
     * assertThat(e).failedWithCodeOfKind(CommonError.INVALID_PARAMETER_VALUE);
     * }</pre>
     *
     * @param expected the code whose kind is expected
     * @return {@code this} assertion object
     * @throws AssertionError if the exception is {@code null} or its code is not of that kind
     * @throws NullPointerException if {@code expected} is {@code null}
     */
    public SELF failedWithCodeOfKind(ErrorCode expected) {
        isNotNull();
        Checks.failedWithCodeOfKind(info, call(), expected);
        return myself;
    }

    /**
     * Verifies the category of the exception's code: the part before its first dot.
     *
     * <pre>{@code
     * // passes
     * assertThat(new TencentCloudSDKException("bad", "r-1", "AuthFailure.SignatureFailure"))
     *         .failedWithCategory("AuthFailure");
     * // fails
     * assertThat(new TencentCloudSDKException("oops", "r-1", "InternalError")).failedWithCategory("AuthFailure");
     * }</pre>
     *
     * @param expectedCategory the expected category, for example {@code "AuthFailure"}
     * @return {@code this} assertion object
     * @throws AssertionError if the exception is {@code null} or its code is in another category (or absent)
     * @throws NullPointerException if {@code expectedCategory} is {@code null}
     */
    public SELF failedWithCategory(String expectedCategory) {
        isNotNull();
        Checks.failedWithCategory(info, call(), expectedCategory);
        return myself;
    }

    /**
     * Verifies that the exception carries exactly the given error message, with a failure message that shows the
     * code and RequestId too (AssertJ's {@code hasMessage} works as well, on the exception's message alone).
     *
     * <pre>{@code
     * // passes
     * assertThat(new TencentCloudSDKException("Not found.", "r-1", "InvalidParameter.NotFound")).hasErrorMessage("Not found.");
     * // fails
     * assertThat(new TencentCloudSDKException("Not found.", "r-1", "InvalidParameter.NotFound")).hasErrorMessage("Gone.");
     * }</pre>
     *
     * @param expected the expected message
     * @return {@code this} assertion object
     * @throws AssertionError if the exception is {@code null} or has another message
     * @throws NullPointerException if {@code expected} is {@code null}
     */
    public SELF hasErrorMessage(String expected) {
        isNotNull();
        Checks.hasErrorMessage(info, call(), expected);
        return myself;
    }

    /**
     * Verifies that the exception's error message contains the given text.
     *
     * <pre>{@code
     * // passes
     * assertThat(new TencentCloudSDKException("Not found.", "r-1", "InvalidParameter.NotFound"))
     *         .hasErrorMessageContaining("found");
     * // fails
     * assertThat(new TencentCloudSDKException("Not found.", "r-1", "InvalidParameter.NotFound"))
     *         .hasErrorMessageContaining("Gone");
     * }</pre>
     *
     * @param expected the text the message must contain
     * @return {@code this} assertion object
     * @throws AssertionError if the exception is {@code null} or its message lacks the text
     * @throws NullPointerException if {@code expected} is {@code null}
     */
    public SELF hasErrorMessageContaining(String expected) {
        isNotNull();
        Checks.hasErrorMessageContaining(info, call(), expected);
        return myself;
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
    public SELF isServerSideError() {
        isNotNull();
        Checks.code(
                info,
                call(),
                "error code",
                serverSideText(),
                Texts.SERVER_SIDE_ERROR::equals,
                c -> c,
                Texts.SERVER_SIDE_ERROR);
        String message = actual.getMessage();
        if (message == null || !SERVER_SIDE_MESSAGE.matcher(message).matches()) {
            throw Failing.error(
                    info,
                    shouldHaveErrorMessage(
                            Call.THE_SDK_CALL, quote(message), quote("response code is <status>, not 200"), context()));
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
    public SELF isServerSideError(int httpStatus) {
        isServerSideError();
        Checks.hasErrorMessage(info, call(), "response code is " + httpStatus + ", not 200");
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
    public SELF hasRequestId(String expected) {
        isNotNull();
        Checks.hasRequestId(info, call(), expected);
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
    public SELF hasUuidRequestId() {
        isNotNull();
        Checks.hasUuidRequestId(info, call());
        return myself;
    }

    private static String serverSideText() {
        return quote(Texts.SERVER_SIDE_ERROR) + " (the HTTP status was not 200; the SDK did not read the body)";
    }

    private String context() {
        return Texts.exceptionContext(actual.getRequestId(), actual.toString());
    }

    private Call call() {
        return new Call(
                Call.THE_SDK_CALL, true, actual.getErrorCode(), actual.getMessage(), actual.getRequestId(), context());
    }
}
