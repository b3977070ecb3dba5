package io.github.tctestkit.assertions;

import static io.github.tctestkit.assertions.internal.ShouldBeEnvelope.shouldBeEnvelope;
import static io.github.tctestkit.assertions.internal.ShouldHaveHttpStatus.shouldHaveHttpStatus;

import io.github.tctestkit.assertions.internal.Failing;
import io.github.tctestkit.assertions.internal.Texts;
import io.github.tctestkit.core.ApiResponse;
import io.github.tctestkit.core.ErrorCode;
import io.github.tctestkit.core.MalformedEnvelopeException;
import java.net.http.HttpResponse;
import java.util.Objects;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Assertions on a raw {@link HttpResponse} from {@code java.net.http} whose body is a Tencent Cloud API 3.0
 * envelope.
 *
 * <p>The real API answers with HTTP 200 whether the call succeeded or failed; the envelope says which. So {@link
 * #succeeded()} and {@link #failedWith(ErrorCode)} check the status 200 first and then the envelope.
 *
 * <pre>{@code
 * HttpResponse<String> http = client.send(request, BodyHandlers.ofString());
 * assertThat(http).failedWith(CommonError.AUTH_SIGNATURE_FAILURE).hasUuidRequestId();
 * assertThat(http).isOk().envelope().field("TotalCount").asLong().isZero();
 * }</pre>
 *
 * <p>Extend it, the AssertJ way, to add assertions of your own; {@link HttpResponseAssert} is the concrete assert:
 *
 * <pre>{@code
 * public class GatewayResponseAssert extends AbstractHttpResponseAssert<GatewayResponseAssert> {
 *     public GatewayResponseAssert(HttpResponse<String> actual) {
 *         super(actual, GatewayResponseAssert.class);
 *     }
 *
 *     public GatewayResponseAssert isThrottled() {
 *         failedWithCategory("RequestLimitExceeded");
 *         return myself;
 *     }
 * }
 * }</pre>
 *
 * @param <SELF> the type of the concrete assert, returned by every assertion so that calls chain
 */
public abstract class AbstractHttpResponseAssert<SELF extends AbstractHttpResponseAssert<SELF>>
        extends AbstractAssert<SELF, HttpResponse<String>> {

    private static final int BODY_SNIPPET = 500;
    private static final String NL = System.lineSeparator();

    SoftAssertionsProvider softly;

    /**
     * Creates the assert, for subclasses.
     *
     * @param actual the HTTP response under test
     * @param selfType the class of the concrete assert
     */
    protected AbstractHttpResponseAssert(HttpResponse<String> actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * Verifies the HTTP status code.
     *
     * <pre>{@code
     * // passes when the server answered 200
     * assertThat(http).hasStatus(200);
     * // fails when it answered 502
     * assertThat(http).hasStatus(200);
     * }</pre>
     *
     * @param expected the expected status
     * @return {@code this} assertion object
     * @throws AssertionError if the response is {@code null} or has another status
     */
    public SELF hasStatus(int expected) {
        isNotNull();
        if (actual.statusCode() != expected) {
            throw Failing.diffable(
                    info,
                    shouldHaveHttpStatus(actual.statusCode(), expected, context()),
                    actual.statusCode(),
                    expected);
        }
        return myself;
    }

    /**
     * Verifies that the HTTP status is 200, as it is for every answer of the real API, failures included.
     *
     * <pre>{@code
     * // passes when the server answered 200
     * assertThat(http).isOk();
     * // fails when it answered 500
     * assertThat(http).isOk();
     * }</pre>
     *
     * @return {@code this} assertion object
     * @throws AssertionError if the response is {@code null} or its status is not 200
     */
    public SELF isOk() {
        return hasStatus(200);
    }

    /**
     * Parses the body as an envelope and navigates to it. The status is not checked.
     *
     * <pre>{@code
     * // passes when the body is an envelope
     * assertThat(http).envelope().hasUuidRequestId();
     * // fails when the body is, say, an HTML error page
     * assertThat(http).envelope();
     * }</pre>
     *
     * @return an assert on the envelope
     * @throws AssertionError if the response is {@code null} or its body is not an envelope
     */
    public ApiResponseAssert envelope() {
        ApiResponse envelope = null;
        try {
            isNotNull();
            try {
                envelope = ApiResponse.parse(actual.body());
            } catch (MalformedEnvelopeException e) {
                throw assertionError(shouldBeEnvelope(
                        "the body of the HTTP response",
                        e.getMessage(),
                        NL + "HTTP status: " + actual.statusCode() + requestLine()));
            }
        } catch (AssertionError e) {
            Navigation.failed(softly, e);
        }
        ApiResponseAssert child = Navigation.child(
                this, softly, ApiResponseAssert.class, ApiResponse.class, envelope, ApiResponseAssert::new);
        child.softly = softly;
        return child;
    }

    /**
     * Verifies that the status is 200 and the envelope in the body reports success.
     *
     * <pre>{@code
     * // passes for 200 {"Response":{"TotalCount":0,"RequestId":"..."}}
     * assertThat(http).succeeded().field("TotalCount").asLong().isZero();
     * // fails for 200 {"Response":{"Error":{...},"RequestId":"..."}} and for any non-200 status
     * assertThat(http).succeeded();
     * }</pre>
     *
     * @return an assert on the envelope, to go on with
     * @throws AssertionError if the response is {@code null}, its status is not 200, its body is not an envelope or
     *     the envelope has an {@code Error}
     */
    public ApiResponseAssert succeeded() {
        return onOkEnvelope(ApiResponseAssert::succeeded);
    }

    /**
     * Verifies that the status is 200 and the envelope in the body reports exactly the given error code.
     *
     * <pre>{@code
     * // passes for 200 {"Response":{"Error":{"Code":"AuthFailure.SignatureFailure",...},...}}
     * assertThat(http).failedWith(CommonError.AUTH_SIGNATURE_FAILURE);
     * // fails for a success envelope, another code, or a non-200 status
     * assertThat(http).failedWith(CommonError.AUTH_SIGNATURE_FAILURE);
     * }</pre>
     *
     * @param expected the expected code
     * @return an assert on the envelope, to go on with
     * @throws AssertionError if the response is {@code null}, its status is not 200, its body is not an envelope, the
     *     call succeeded or failed with another code
     * @throws NullPointerException if {@code expected} is {@code null}
     */
    public ApiResponseAssert failedWith(ErrorCode expected) {
        Objects.requireNonNull(expected, "The expected error code should not be null");
        return onOkEnvelope(envelope -> envelope.failedWith(expected));
    }

    /**
     * Verifies that the status is 200 and the envelope in the body reports exactly the given wire code.
     *
     * <pre>{@code
     * // passes for 200 with Error.Code "InvalidParameter.NotFound"
     * assertThat(http).failedWith("InvalidParameter.NotFound");
     * // fails for another code
     * assertThat(http).failedWith("InvalidParameter");
     * }</pre>
     *
     * @param expectedCode the expected wire code
     * @return an assert on the envelope, to go on with
     * @throws AssertionError if the response is {@code null}, its status is not 200, its body is not an envelope, the
     *     call succeeded or failed with another code
     * @throws IllegalArgumentException if {@code expectedCode} is null, blank or has white space
     */
    public ApiResponseAssert failedWith(String expectedCode) {
        return failedWith(ErrorCode.of(expectedCode));
    }

    /**
     * Verifies that the status is 200 and the envelope in the body reports the given code or one of its sub-codes.
     *
     * <pre>{@code
     * // passes for 200 with Error.Code "InvalidParameter.NotFound"
     * assertThat(http).failedWithCodeOfKind(CommonError.INVALID_PARAMETER);
     * // fails for Error.Code "InvalidParameterValue"
     * assertThat(http).failedWithCodeOfKind(CommonError.INVALID_PARAMETER);
     * }</pre>
     *
     * @param expected the code whose kind is expected
     * @return an assert on the envelope, to go on with
     * @throws AssertionError if the response is {@code null}, its status is not 200, its body is not an envelope, the
     *     call succeeded or failed with a code of another kind
     * @throws NullPointerException if {@code expected} is {@code null}
     */
    public ApiResponseAssert failedWithCodeOfKind(ErrorCode expected) {
        Objects.requireNonNull(expected, "The expected error code should not be null");
        return onOkEnvelope(envelope -> envelope.failedWithCodeOfKind(expected));
    }

    /**
     * Verifies that the status is 200 and the envelope in the body reports an error code in the given category.
     *
     * <pre>{@code
     * // passes for 200 with Error.Code "AuthFailure.SignatureFailure"
     * assertThat(http).failedWithCategory("AuthFailure");
     * // fails for Error.Code "InternalError"
     * assertThat(http).failedWithCategory("AuthFailure");
     * }</pre>
     *
     * @param expectedCategory the category, for example {@code "AuthFailure"}
     * @return an assert on the envelope, to go on with
     * @throws AssertionError if the response is {@code null}, its status is not 200, its body is not an envelope, the
     *     call succeeded or failed with a code in another category
     * @throws NullPointerException if {@code expectedCategory} is {@code null}
     */
    public ApiResponseAssert failedWithCategory(String expectedCategory) {
        Objects.requireNonNull(expectedCategory, "The expected error category should not be null");
        return onOkEnvelope(envelope -> envelope.failedWithCategory(expectedCategory));
    }

    /**
     * Verifies that the status is 200 and the envelope in the body reports exactly the given error message.
     *
     * <pre>{@code
     * // passes for 200 with Error.Message "Not found."
     * assertThat(http).hasErrorMessage("Not found.");
     * // fails for another message or a success envelope
     * assertThat(http).hasErrorMessage("Gone.");
     * }</pre>
     *
     * @param expected the expected message
     * @return an assert on the envelope, to go on with
     * @throws AssertionError if the response is {@code null}, its status is not 200, its body is not an envelope, the
     *     call succeeded or its message differs
     * @throws NullPointerException if {@code expected} is {@code null}
     */
    public ApiResponseAssert hasErrorMessage(String expected) {
        Objects.requireNonNull(expected, "The expected error message should not be null");
        return onOkEnvelope(envelope -> envelope.hasErrorMessage(expected));
    }

    /**
     * Verifies that the status is 200 and the envelope in the body reports an error message containing the text.
     *
     * <pre>{@code
     * // passes for 200 with Error.Message "Not found."
     * assertThat(http).hasErrorMessageContaining("found");
     * // fails for a message without the text or a success envelope
     * assertThat(http).hasErrorMessageContaining("Gone");
     * }</pre>
     *
     * @param expected the text the message must contain
     * @return an assert on the envelope, to go on with
     * @throws AssertionError if the response is {@code null}, its status is not 200, its body is not an envelope, the
     *     call succeeded or its message lacks the text
     * @throws NullPointerException if {@code expected} is {@code null}
     */
    public ApiResponseAssert hasErrorMessageContaining(String expected) {
        Objects.requireNonNull(expected, "The expected part of the error message should not be null");
        return onOkEnvelope(envelope -> envelope.hasErrorMessageContaining(expected));
    }

    /**
     * Verifies that the status is 200 and the envelope in the body has the given RequestId.
     *
     * <pre>{@code
     * // passes for 200 {"Response":{...,"RequestId":"r-1"}}
     * assertThat(http).hasRequestId("r-1");
     * // fails for another RequestId or a non-200 status
     * assertThat(http).hasRequestId("r-2");
     * }</pre>
     *
     * @param expected the expected RequestId
     * @return an assert on the envelope, to go on with
     * @throws AssertionError if the response is {@code null}, its status is not 200, its body is not an envelope or
     *     the envelope has another RequestId
     * @throws NullPointerException if {@code expected} is {@code null}
     */
    public ApiResponseAssert hasRequestId(String expected) {
        Objects.requireNonNull(expected, "The expected RequestId should not be null");
        return onOkEnvelope(envelope -> envelope.hasRequestId(expected));
    }

    /**
     * Verifies that the status is 200 and the envelope in the body has a RequestId in canonical UUID form.
     *
     * <pre>{@code
     * // passes for 200 {"Response":{...,"RequestId":"ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"}}
     * assertThat(http).hasUuidRequestId();
     * // fails for "RequestId":"req-1"
     * assertThat(http).hasUuidRequestId();
     * }</pre>
     *
     * @return an assert on the envelope, to go on with
     * @throws AssertionError if the response is {@code null}, its status is not 200, its body is not an envelope or
     *     its RequestId is not such a UUID
     */
    public ApiResponseAssert hasUuidRequestId() {
        return onOkEnvelope(ApiResponseAssert::hasUuidRequestId);
    }

    /**
     * Checks the status, then the envelope. In soft mode a failure is collected rather than thrown, and the envelope
     * assert is still returned, so that chained assertions neither throw nor meet a {@code null}.
     */
    private ApiResponseAssert onOkEnvelope(Consumer<ApiResponseAssert> check) {
        boolean ok = true;
        try {
            isOk();
        } catch (AssertionError e) {
            Navigation.failed(softly, e);
            ok = false;
        }
        ApiResponseAssert envelope = ok ? envelope() : nullEnvelope();
        if (envelope.actual() != null) {
            try {
                check.accept(envelope);
            } catch (AssertionError e) {
                Navigation.failed(softly, e);
            }
        }
        return envelope;
    }

    private ApiResponseAssert nullEnvelope() {
        ApiResponseAssert child = Navigation.child(
                this, softly, ApiResponseAssert.class, ApiResponse.class, null, ApiResponseAssert::new);
        child.softly = softly;
        return child;
    }

    private String context() {
        return requestLine() + NL + "Body:" + NL + "  " + Texts.snippet(actual.body(), BODY_SNIPPET);
    }

    private String requestLine() {
        return actual.request() == null
                ? ""
                : NL + "Request: " + actual.request().method() + " "
                        + actual.request().uri();
    }
}
