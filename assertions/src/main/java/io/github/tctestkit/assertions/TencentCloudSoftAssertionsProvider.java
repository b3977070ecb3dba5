package io.github.tctestkit.assertions;

import io.github.tctestkit.core.ApiError;
import io.github.tctestkit.core.ApiRequest;
import io.github.tctestkit.core.ApiResponse;
import io.github.tctestkit.core.MalformedEnvelopeException;
import java.net.http.HttpResponse;
import org.assertj.core.annotation.CheckReturnValue;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Soft versions of the {@link TencentCloudAssertions} entry points, to mix into your own soft-assertion class.
 *
 * <pre>{@code
 * class MySoftAssertions extends AbstractSoftAssertions
 *         implements TencentCloudSoftAssertionsProvider, StandardSoftAssertionsProvider {}
 * }</pre>
 *
 * <p>Navigation ({@code error()}, {@code field(..)}, {@code envelope()}, ...) stays soft. When navigation itself fails
 * (no such field, say), the failure is collected and the returned assert is on {@code null}, so assertions chained on
 * it are collected as failures too.
 */
@CheckReturnValue
public interface TencentCloudSoftAssertionsProvider extends SoftAssertionsProvider {

    /**
     * Creates a soft assert on an envelope.
     *
     * @param actual the envelope under test
     * @return the soft assert
     */
    default ApiResponseAssert assertThat(ApiResponse actual) {
        ApiResponseAssert softAssert = proxy(ApiResponseAssert.class, ApiResponse.class, actual);
        softAssert.softly = this;
        return softAssert;
    }

    /**
     * Creates a soft assert on the error of a failed call.
     *
     * @param actual the error under test
     * @return the soft assert
     */
    default ApiErrorAssert assertThat(ApiError actual) {
        return proxy(ApiErrorAssert.class, ApiError.class, actual);
    }

    /**
     * Creates a soft assert on a request.
     *
     * @param actual the request under test
     * @return the soft assert
     */
    default ApiRequestAssert assertThat(ApiRequest actual) {
        ApiRequestAssert softAssert = proxy(ApiRequestAssert.class, ApiRequest.class, actual);
        softAssert.softly = this;
        return softAssert;
    }

    /**
     * Creates a soft assert on a raw {@code java.net.http} response.
     *
     * @param actual the response under test
     * @return the soft assert
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    default HttpResponseAssert assertThat(HttpResponse<String> actual) {
        HttpResponseAssert softAssert = proxy(HttpResponseAssert.class, (Class) HttpResponse.class, actual);
        softAssert.softly = this;
        return softAssert;
    }

    /**
     * Parses a body as an envelope and creates a soft assert on it. When the body is not an envelope, the failure is
     * collected and the returned assert is on {@code null}.
     *
     * @param rawJson the body
     * @return the soft assert
     */
    default ApiResponseAssert assertThatEnvelope(String rawJson) {
        ApiResponse envelope = null;
        try {
            envelope = ApiResponse.parse(rawJson);
        } catch (MalformedEnvelopeException e) {
            collectAssertionError(TencentCloudAssertions.notAnEnvelope(e));
        }
        return assertThat(envelope);
    }

    /**
     * Parses a UTF-8 body as an envelope and creates a soft assert on it. When the body is not an envelope, the
     * failure is collected and the returned assert is on {@code null}.
     *
     * @param utf8 the body
     * @return the soft assert
     */
    default ApiResponseAssert assertThatEnvelope(byte[] utf8) {
        ApiResponse envelope = null;
        try {
            envelope = ApiResponse.parse(utf8);
        } catch (MalformedEnvelopeException e) {
            collectAssertionError(TencentCloudAssertions.notAnEnvelope(e));
        }
        return assertThat(envelope);
    }
}
