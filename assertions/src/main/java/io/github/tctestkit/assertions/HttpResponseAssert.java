package io.github.tctestkit.assertions;

import static io.github.tctestkit.assertions.error.ShouldBeEnvelope.shouldBeEnvelope;
import static io.github.tctestkit.assertions.error.ShouldHaveHttpStatus.shouldHaveHttpStatus;

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
 * <p>The class is not final and its constructor is public so that AssertJ's soft assertions can proxy it.
 */
public class HttpResponseAssert extends AbstractAssert<HttpResponseAssert, HttpResponse<String>> {

    private static final int BODY_SNIPPET = 500;
    private static final String NL = System.lineSeparator();

    SoftAssertionsProvider softly;

    /**
     * Creates the assert. Prefer {@link TencentCloudAssertions#assertThat(HttpResponse)}.
     *
     * @param actual the HTTP response under test
     */
    public HttpResponseAssert(HttpResponse<String> actual) {
        super(actual, HttpResponseAssert.class);
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
    public HttpResponseAssert hasStatus(int expected) {
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
    public HttpResponseAssert isOk() {
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
