package io.github.tctestkit.assertions;

import io.github.tctestkit.assertions.internal.Call;
import io.github.tctestkit.assertions.internal.Checks;
import io.github.tctestkit.core.ApiError;
import io.github.tctestkit.core.ErrorCode;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the {@code Response.Error} object of a failed call ({@link ApiError}), with the same names as on the
 * envelope ({@link AbstractApiResponseAssert}) and the SDK exception ({@link AbstractSdkExceptionAssert}).
 *
 * <p>Reached from {@link AbstractApiResponseAssert#error()}, whose envelope then appears in every failure message, or
 * directly from {@link TencentCloudAssertions#assertThat(ApiError)}.
 *
 * <pre>{@code
 * assertThat(response).error()
 *         .failedWithCategory("AuthFailure")
 *         .failedWith(CommonError.AUTH_SIGNATURE_FAILURE)
 *         .hasErrorMessageContaining("signature");
 * }</pre>
 *
 * <p>Extend it, the AssertJ way, to add assertions of your own; {@link ApiErrorAssert} is the concrete assert:
 *
 * <pre>{@code
 * public class MyErrorAssert extends AbstractApiErrorAssert<MyErrorAssert> {
 *     public MyErrorAssert(ApiError actual) {
 *         super(actual, MyErrorAssert.class);
 *     }
 *
 *     public MyErrorAssert isRetryable() {
 *         return failedWithCategory("LimitExceeded");
 *     }
 * }
 * }</pre>
 *
 * @param <SELF> the type of the concrete assert, returned by every assertion so that calls chain
 */
public abstract class AbstractApiErrorAssert<SELF extends AbstractApiErrorAssert<SELF>>
        extends AbstractAssert<SELF, ApiError> {

    /** The envelope block shown in messages, or empty when the error is asserted on its own. */
    String context = "";

    /**
     * Creates the assert, for subclasses.
     *
     * @param actual the error under test
     * @param selfType the class of the concrete assert
     */
    protected AbstractApiErrorAssert(ApiError actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * Verifies that the error has exactly the given code.
     *
     * <pre>{@code
     * ApiError error = ApiError.of("AuthFailure.SignatureFailure", "bad signature");
     * // passes
     * assertThat(error).failedWith(CommonError.AUTH_SIGNATURE_FAILURE);
     * // fails
     * assertThat(error).failedWith(CommonError.AUTH_SIGNATURE_EXPIRE);
     * }</pre>
     *
     * @param expected the expected code
     * @return {@code this} assertion object
     * @throws AssertionError if the error is {@code null} or has another code
     * @throws NullPointerException if {@code expected} is {@code null}
     */
    public SELF failedWith(ErrorCode expected) {
        isNotNull();
        Checks.failedWith(info, call(), expected);
        return myself;
    }

    /**
     * Verifies that the error has exactly the given wire code.
     *
     * <pre>{@code
     * // passes
     * assertThat(ApiError.of("InvalidParameter.NotFound", "Not found.")).failedWith("InvalidParameter.NotFound");
     * // fails
     * assertThat(ApiError.of("InvalidParameter.NotFound", "Not found.")).failedWith("InvalidParameter");
     * }</pre>
     *
     * @param expectedCode the expected wire code
     * @return {@code this} assertion object
     * @throws AssertionError if the error is {@code null} or has another code
     * @throws IllegalArgumentException if {@code expectedCode} is null, blank or has white space
     */
    public SELF failedWith(String expectedCode) {
        return failedWith(ErrorCode.of(expectedCode));
    }

    /**
     * Verifies that the error code is the given code or one of its sub-codes: {@code InvalidParameter.NotFound} is a
     * kind of {@code InvalidParameter}, {@code InvalidParameterValue} is not.
     *
     * <pre>{@code
     * // passes
     * assertThat(ApiError.of("InvalidParameter.NotFound", "Not found.")).failedWithCodeOfKind(CommonError.INVALID_PARAMETER);
     * // fails
     * assertThat(ApiError.of("InvalidParameterValue", "Bad.")).failedWithCodeOfKind(CommonError.INVALID_PARAMETER);
     * }</pre>
     *
     * @param expected the code whose kind is expected
     * @return {@code this} assertion object
     * @throws AssertionError if the error is {@code null} or its code is not of that kind
     * @throws NullPointerException if {@code expected} is {@code null}
     */
    public SELF failedWithCodeOfKind(ErrorCode expected) {
        isNotNull();
        Checks.failedWithCodeOfKind(info, call(), expected);
        return myself;
    }

    /**
     * Verifies the category of the error code: the part before its first dot.
     *
     * <pre>{@code
     * // passes
     * assertThat(ApiError.of("AuthFailure.SignatureFailure", "bad")).failedWithCategory("AuthFailure");
     * // fails
     * assertThat(ApiError.of("InternalError", "oops")).failedWithCategory("AuthFailure");
     * }</pre>
     *
     * @param expectedCategory the expected category, for example {@code "AuthFailure"}
     * @return {@code this} assertion object
     * @throws AssertionError if the error is {@code null} or its code is in another category
     * @throws NullPointerException if {@code expectedCategory} is {@code null}
     */
    public SELF failedWithCategory(String expectedCategory) {
        isNotNull();
        Checks.failedWithCategory(info, call(), expectedCategory);
        return myself;
    }

    /**
     * Verifies that the error has exactly the given message.
     *
     * <pre>{@code
     * // passes
     * assertThat(ApiError.of("InvalidParameter.NotFound", "Not found.")).hasErrorMessage("Not found.");
     * // fails
     * assertThat(ApiError.of("InvalidParameter.NotFound", "Not found.")).hasErrorMessage("not found");
     * }</pre>
     *
     * @param expected the expected message
     * @return {@code this} assertion object
     * @throws AssertionError if the error is {@code null} or has another message
     * @throws NullPointerException if {@code expected} is {@code null}
     */
    public SELF hasErrorMessage(String expected) {
        isNotNull();
        Checks.hasErrorMessage(info, call(), expected);
        return myself;
    }

    /**
     * Verifies that the error message contains the given text.
     *
     * <pre>{@code
     * // passes
     * assertThat(ApiError.of("InvalidParameter.NotFound", "Not found.")).hasErrorMessageContaining("found");
     * // fails
     * assertThat(ApiError.of("InvalidParameter.NotFound", "Not found.")).hasErrorMessageContaining("Gone");
     * }</pre>
     *
     * @param expected the text the message must contain
     * @return {@code this} assertion object
     * @throws AssertionError if the error is {@code null} or its message lacks the text
     * @throws NullPointerException if {@code expected} is {@code null}
     */
    public SELF hasErrorMessageContaining(String expected) {
        isNotNull();
        Checks.hasErrorMessageContaining(info, call(), expected);
        return myself;
    }

    private Call call() {
        return Call.of(actual, context);
    }
}
