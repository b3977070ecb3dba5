package io.github.tctestkit.assertions;

import static io.github.tctestkit.assertions.internal.ShouldBeEnvelope.shouldBeEnvelope;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tctestkit.assertions.internal.Failing;
import io.github.tctestkit.core.ApiError;
import io.github.tctestkit.core.ApiRequest;
import io.github.tctestkit.core.ApiResponse;
import io.github.tctestkit.core.MalformedEnvelopeException;
import java.net.http.HttpResponse;
import org.assertj.core.annotation.CheckReturnValue;
import org.assertj.core.api.InstanceOfAssertFactory;

/**
 * Entry point of the tctestkit assertions for Tencent Cloud API 3.0 envelopes, errors, raw HTTP responses and the
 * requests the fake cloud received.
 *
 * <pre>{@code
 * import static io.github.tctestkit.assertions.TencentCloudAssertions.assertThat;
 * import static io.github.tctestkit.assertions.TencentCloudAssertions.assertThatEnvelope;
 *
 * assertThatEnvelope(body).failedWith(CommonError.AUTH_SIGNATURE_FAILURE).hasUuidRequestId();
 * assertThat(ApiResponse.parse(body)).succeeded().field("TotalCount").asLong().isZero();
 * assertThat(httpResponse).failedWith(StreamLiveError.INVALID_PARAMETER_NOT_FOUND);
 * // from plain AssertJ
 * Assertions.assertThat(object).asInstanceOf(TencentCloudAssertions.API_RESPONSE).succeeded();
 * }</pre>
 *
 * <p>This class needs no Tencent Cloud SDK on the class path. Assertions on the SDK's {@code
 * TencentCloudSDKException} live in {@link TencentCloudSdkAssertions}, so that projects without the SDK can compile
 * against this one.
 */
@CheckReturnValue
public final class TencentCloudAssertions {

    /** For {@code asInstanceOf(API_RESPONSE)}: narrows an object to {@link ApiResponse} and returns its assert. */
    public static final InstanceOfAssertFactory<ApiResponse, ApiResponseAssert> API_RESPONSE =
            new InstanceOfAssertFactory<>(ApiResponse.class, TencentCloudAssertions::assertThat);

    /** For {@code asInstanceOf(API_ERROR)}: narrows an object to {@link ApiError} and returns its assert. */
    public static final InstanceOfAssertFactory<ApiError, ApiErrorAssert> API_ERROR =
            new InstanceOfAssertFactory<>(ApiError.class, TencentCloudAssertions::assertThat);

    /** For {@code asInstanceOf(API_REQUEST)}: narrows an object to {@link ApiRequest} and returns its assert. */
    public static final InstanceOfAssertFactory<ApiRequest, ApiRequestAssert> API_REQUEST =
            new InstanceOfAssertFactory<>(ApiRequest.class, TencentCloudAssertions::assertThat);

    /** For {@code asInstanceOf(JSON_VALUE)}: narrows an object to a Jackson {@link JsonNode} and returns its assert. */
    public static final InstanceOfAssertFactory<JsonNode, JsonValueAssert> JSON_VALUE =
            new InstanceOfAssertFactory<>(JsonNode.class, JsonValueAssert::new);

    private TencentCloudAssertions() {}

    /**
     * Creates an assert on an envelope.
     *
     * @param actual the envelope under test
     * @return the assert
     */
    public static ApiResponseAssert assertThat(ApiResponse actual) {
        return new ApiResponseAssert(actual);
    }

    /**
     * Creates an assert on the error of a failed call.
     *
     * @param actual the error under test
     * @return the assert
     */
    public static ApiErrorAssert assertThat(ApiError actual) {
        return new ApiErrorAssert(actual);
    }

    /**
     * Creates an assert on a request, for example the last one the fake cloud received.
     *
     * <pre>{@code
     * assertThat(api.lastRequest()).hasAction("CreateStreamLiveInput").hasParameter("InputSettings.0.AppName", "live");
     * }</pre>
     *
     * @param actual the request under test
     * @return the assert
     */
    public static ApiRequestAssert assertThat(ApiRequest actual) {
        return new ApiRequestAssert(actual);
    }

    /**
     * Creates an assert on a raw {@code java.net.http} response whose body is an envelope.
     *
     * @param actual the response under test
     * @return the assert
     */
    public static HttpResponseAssert assertThat(HttpResponse<String> actual) {
        return new HttpResponseAssert(actual);
    }

    /**
     * Parses a body as an envelope and creates an assert on it.
     *
     * <pre>{@code
     * // passes
     * assertThatEnvelope("{\"Response\":{\"RequestId\":\"r-1\"}}").succeeded();
     * // fails, naming the problem: "Response" has no "RequestId" (at /Response/RequestId)
     * assertThatEnvelope("{\"Response\":{}}");
     * }</pre>
     *
     * @param rawJson the body
     * @return the assert
     * @throws AssertionError if the body is not an API 3.0 envelope
     */
    public static ApiResponseAssert assertThatEnvelope(String rawJson) {
        try {
            return new ApiResponseAssert(ApiResponse.parse(rawJson));
        } catch (MalformedEnvelopeException e) {
            throw notAnEnvelope(e);
        }
    }

    /**
     * Parses a UTF-8 body as an envelope and creates an assert on it.
     *
     * <pre>{@code
     * // passes
     * assertThatEnvelope("{\"Response\":{\"RequestId\":\"r-1\"}}".getBytes(UTF_8)).succeeded();
     * // fails: not UTF-8
     * assertThatEnvelope(new byte[] {(byte) 0xff});
     * }</pre>
     *
     * @param utf8 the body
     * @return the assert
     * @throws AssertionError if the body is not UTF-8 or not an API 3.0 envelope
     */
    public static ApiResponseAssert assertThatEnvelope(byte[] utf8) {
        try {
            return new ApiResponseAssert(ApiResponse.parse(utf8));
        } catch (MalformedEnvelopeException e) {
            throw notAnEnvelope(e);
        }
    }

    static AssertionError notAnEnvelope(MalformedEnvelopeException e) {
        return Failing.plain(shouldBeEnvelope("the body", e.getMessage(), ""));
    }
}
