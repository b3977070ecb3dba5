package io.github.tctestkit.assertions.internal;

import static io.github.tctestkit.assertions.internal.ShouldHaveErrorCode.shouldHaveErrorCode;
import static io.github.tctestkit.assertions.internal.ShouldHaveErrorMessage.shouldHaveErrorMessage;
import static io.github.tctestkit.assertions.internal.ShouldHaveErrorMessage.shouldHaveErrorMessageContaining;
import static io.github.tctestkit.assertions.internal.ShouldHaveFailed.shouldHaveFailed;
import static io.github.tctestkit.assertions.internal.ShouldHaveRequestId.shouldHaveRequestId;
import static io.github.tctestkit.assertions.internal.ShouldHaveRequestId.shouldHaveUuidRequestId;
import static io.github.tctestkit.assertions.internal.ShouldHaveSucceeded.shouldHaveSucceeded;
import static io.github.tctestkit.assertions.internal.Texts.quote;

import io.github.tctestkit.core.ErrorCode;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.assertj.core.api.WritableAssertionInfo;

/**
 * The checks on the outcome of a call, each written once and used by the asserts on envelopes, errors, SDK exceptions
 * and (through the envelope) HTTP responses. Each throws the assertion error, or returns when the check passes. Not
 * API.
 */
public final class Checks {

    private Checks() {}

    /**
     * The call succeeded.
     *
     * @param info the assertion's info
     * @param call the call
     */
    public static void succeeded(WritableAssertionInfo info, Call call) {
        if (call.failed()) {
            throw Failing.error(info, shouldHaveSucceeded(call.subject(), call.errorBlock(), call.context()));
        }
    }

    /**
     * The call failed with exactly this code.
     *
     * @param info the assertion's info
     * @param call the call
     * @param expected the code
     */
    public static void failedWith(WritableAssertionInfo info, Call call, ErrorCode expected) {
        Objects.requireNonNull(expected, "The expected error code should not be null");
        code(info, call, "error code", Texts.code(expected), expected.code()::equals, c -> c, expected.code());
    }

    /**
     * The call failed with this code or one of its sub-codes.
     *
     * @param info the assertion's info
     * @param call the call
     * @param expected the code whose kind is expected
     */
    public static void failedWithCodeOfKind(WritableAssertionInfo info, Call call, ErrorCode expected) {
        Objects.requireNonNull(expected, "The expected error code should not be null");
        code(
                info,
                call,
                "an error code of kind",
                Texts.code(expected) + " or one of its sub-codes " + quote(expected.code() + ".*"),
                expected::includes,
                c -> c,
                expected.code());
    }

    /**
     * The call failed with a code in this category.
     *
     * @param info the assertion's info
     * @param call the call
     * @param expectedCategory the category, for example {@code "AuthFailure"}
     */
    public static void failedWithCategory(WritableAssertionInfo info, Call call, String expectedCategory) {
        Objects.requireNonNull(expectedCategory, "The expected error category should not be null");
        code(
                info,
                call,
                "an error code in category",
                quote(expectedCategory),
                c -> ErrorCode.categoryOf(c).equals(expectedCategory),
                ErrorCode::categoryOf,
                expectedCategory);
    }

    /**
     * The call failed with a code that matches; a success or a missing code fails.
     *
     * @param info the assertion's info
     * @param call the call
     * @param expectation what was expected, for example {@code "error code"}
     * @param expectedText the expected value as messages show it
     * @param matches whether an actual code matches
     * @param diffActual the actual value offered for IDE diffs, from the actual code
     * @param diffExpected the expected value offered for IDE diffs
     */
    public static void code(
            WritableAssertionInfo info,
            Call call,
            String expectation,
            String expectedText,
            Predicate<String> matches,
            UnaryOperator<String> diffActual,
            String diffExpected) {
        failed(info, call, expectation, expectedText);
        String code = call.code();
        if (code == null || !matches.test(code)) {
            throw Failing.diffable(
                    info,
                    shouldHaveErrorCode(call.subject(), expectation, expectedText, call.errorBlock(), call.context()),
                    code == null ? null : diffActual.apply(code),
                    diffExpected);
        }
    }

    /**
     * The call failed with exactly this message.
     *
     * @param info the assertion's info
     * @param call the call
     * @param expected the message
     */
    public static void hasErrorMessage(WritableAssertionInfo info, Call call, String expected) {
        Objects.requireNonNull(expected, "The expected error message should not be null");
        failed(info, call, "error message", quote(expected));
        if (!expected.equals(call.message())) {
            throw Failing.diffable(
                    info,
                    shouldHaveErrorMessage(call.subject(), quote(call.message()), quote(expected), call.context()),
                    call.message(),
                    expected);
        }
    }

    /**
     * The call failed with a message containing this text.
     *
     * @param info the assertion's info
     * @param call the call
     * @param expected the text
     */
    public static void hasErrorMessageContaining(WritableAssertionInfo info, Call call, String expected) {
        Objects.requireNonNull(expected, "The expected part of the error message should not be null");
        failed(info, call, "an error message containing", quote(expected));
        if (call.message() == null || !call.message().contains(expected)) {
            throw Failing.error(
                    info,
                    shouldHaveErrorMessageContaining(
                            call.subject(), quote(call.message()), quote(expected), call.context()));
        }
    }

    /**
     * The call has exactly this RequestId.
     *
     * @param info the assertion's info
     * @param call the call
     * @param expected the RequestId
     */
    public static void hasRequestId(WritableAssertionInfo info, Call call, String expected) {
        Objects.requireNonNull(expected, "The expected RequestId should not be null");
        if (!expected.equals(call.requestId())) {
            throw Failing.diffable(
                    info,
                    shouldHaveRequestId(call.subject(), quote(call.requestId()), quote(expected), call.context()),
                    call.requestId(),
                    expected);
        }
    }

    /**
     * The call has a RequestId in the form the API uses: a canonical lower-case UUID.
     *
     * @param info the assertion's info
     * @param call the call
     */
    public static void hasUuidRequestId(WritableAssertionInfo info, Call call) {
        if (call.requestId() == null || !Texts.UUID.matcher(call.requestId()).matches()) {
            throw Failing.error(info, shouldHaveUuidRequestId(call.subject(), quote(call.requestId()), call.context()));
        }
    }

    private static void failed(WritableAssertionInfo info, Call call, String expectation, String expectedText) {
        if (!call.failed()) {
            throw Failing.error(info, shouldHaveFailed(call.subject(), expectation, expectedText, call.context()));
        }
    }
}
