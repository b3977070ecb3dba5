package io.github.tctestkit.assertions;

import static io.github.tctestkit.assertions.error.ShouldHaveErrorCode.shouldHaveErrorCode;
import static io.github.tctestkit.assertions.error.ShouldHaveErrorMessage.shouldHaveErrorMessage;
import static io.github.tctestkit.assertions.error.ShouldHaveErrorMessage.shouldHaveErrorMessageContaining;
import static io.github.tctestkit.assertions.internal.Texts.quote;

import io.github.tctestkit.assertions.internal.Failing;
import io.github.tctestkit.assertions.internal.Texts;
import io.github.tctestkit.core.ApiError;
import io.github.tctestkit.core.ErrorCode;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on the {@code Response.Error} object of a failed call ({@link ApiError}).
 *
 * <p>Reached from {@link ApiResponseAssert#error()}, whose envelope then appears in every failure message, or
 * directly from {@link TencentCloudAssertions#assertThat(ApiError)}.
 *
 * <pre>{@code
 * assertThat(response).error()
 *         .hasCategory("AuthFailure")
 *         .hasCode(CommonError.AUTH_SIGNATURE_FAILURE)
 *         .hasMessageContaining("signature");
 * }</pre>
 *
 * <p>The class is not final and its constructor is public so that AssertJ's soft assertions can proxy it.
 */
public class ApiErrorAssert extends AbstractAssert<ApiErrorAssert, ApiError> {

    /** The envelope block shown in messages, or empty when the error is asserted on its own. */
    String context = "";

    /**
     * Creates the assert. Prefer {@link TencentCloudAssertions#assertThat(ApiError)}.
     *
     * @param actual the error under test
     */
    public ApiErrorAssert(ApiError actual) {
        super(actual, ApiErrorAssert.class);
    }

    /**
     * Verifies that the error has exactly the given code.
     *
     * <pre>{@code
     * ApiError error = ApiError.of("AuthFailure.SignatureFailure", "bad signature");
     * // passes
     * assertThat(error).hasCode(CommonError.AUTH_SIGNATURE_FAILURE);
     * // fails
     * assertThat(error).hasCode(CommonError.AUTH_SIGNATURE_EXPIRE);
     * }</pre>
     *
     * @param expected the expected code
     * @return {@code this} assertion object
     * @throws AssertionError if the error is {@code null} or has another code
     * @throws NullPointerException if {@code expected} is {@code null}
     */
    public ApiErrorAssert hasCode(ErrorCode expected) {
        Objects.requireNonNull(expected, "The expected error code should not be null");
        isNotNull();
        if (!actual.code().equals(expected.code())) {
            throw Failing.diffable(
                    info,
                    shouldHaveErrorCode(
                            ApiResponseAssert.SUBJECT,
                            "error code",
                            Texts.code(expected),
                            Texts.errorBlock(actual.code(), actual.message()),
                            context),
                    actual.code(),
                    expected.code());
        }
        return myself;
    }

    /**
     * Verifies that the error has exactly the given wire code.
     *
     * <pre>{@code
     * // passes
     * assertThat(ApiError.of("InvalidParameter.NotFound", "Not found.")).hasCode("InvalidParameter.NotFound");
     * // fails
     * assertThat(ApiError.of("InvalidParameter.NotFound", "Not found.")).hasCode("InvalidParameter");
     * }</pre>
     *
     * @param expectedCode the expected wire code
     * @return {@code this} assertion object
     * @throws AssertionError if the error is {@code null} or has another code
     * @throws IllegalArgumentException if {@code expectedCode} is null, blank or has white space
     */
    public ApiErrorAssert hasCode(String expectedCode) {
        return hasCode(ErrorCode.of(expectedCode));
    }

    /**
     * Verifies the category of the error code: the part before its first dot.
     *
     * <pre>{@code
     * // passes
     * assertThat(ApiError.of("AuthFailure.SignatureFailure", "bad")).hasCategory("AuthFailure");
     * // fails
     * assertThat(ApiError.of("InternalError", "oops")).hasCategory("AuthFailure");
     * }</pre>
     *
     * @param expectedCategory the expected category, for example {@code "AuthFailure"}
     * @return {@code this} assertion object
     * @throws AssertionError if the error is {@code null} or its code is in another category
     * @throws NullPointerException if {@code expectedCategory} is {@code null}
     */
    public ApiErrorAssert hasCategory(String expectedCategory) {
        Objects.requireNonNull(expectedCategory, "The expected error category should not be null");
        isNotNull();
        if (!actual.category().equals(expectedCategory)) {
            throw Failing.diffable(
                    info,
                    shouldHaveErrorCode(
                            ApiResponseAssert.SUBJECT,
                            "an error code in category",
                            quote(expectedCategory),
                            Texts.errorBlock(actual.code(), actual.message()),
                            context),
                    actual.category(),
                    expectedCategory);
        }
        return myself;
    }

    /**
     * Verifies that the error has exactly the given message.
     *
     * <pre>{@code
     * // passes
     * assertThat(ApiError.of("InvalidParameter.NotFound", "Not found.")).hasMessage("Not found.");
     * // fails
     * assertThat(ApiError.of("InvalidParameter.NotFound", "Not found.")).hasMessage("not found");
     * }</pre>
     *
     * @param expected the expected message
     * @return {@code this} assertion object
     * @throws AssertionError if the error is {@code null} or has another message
     * @throws NullPointerException if {@code expected} is {@code null}
     */
    public ApiErrorAssert hasMessage(String expected) {
        Objects.requireNonNull(expected, "The expected error message should not be null");
        isNotNull();
        if (!actual.message().equals(expected)) {
            throw Failing.diffable(
                    info,
                    shouldHaveErrorMessage(
                            ApiResponseAssert.SUBJECT, quote(actual.message()), quote(expected), context),
                    actual.message(),
                    expected);
        }
        return myself;
    }

    /**
     * Verifies that the error message contains the given text.
     *
     * <pre>{@code
     * // passes
     * assertThat(ApiError.of("InvalidParameter.NotFound", "Not found.")).hasMessageContaining("found");
     * // fails
     * assertThat(ApiError.of("InvalidParameter.NotFound", "Not found.")).hasMessageContaining("Gone");
     * }</pre>
     *
     * @param expected the text the message must contain
     * @return {@code this} assertion object
     * @throws AssertionError if the error is {@code null} or its message lacks the text
     * @throws NullPointerException if {@code expected} is {@code null}
     */
    public ApiErrorAssert hasMessageContaining(String expected) {
        Objects.requireNonNull(expected, "The expected part of the error message should not be null");
        isNotNull();
        if (!actual.message().contains(expected)) {
            throw assertionError(shouldHaveErrorMessageContaining(
                    ApiResponseAssert.SUBJECT, quote(actual.message()), quote(expected), context));
        }
        return myself;
    }
}
