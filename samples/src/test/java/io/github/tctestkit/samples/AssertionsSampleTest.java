package io.github.tctestkit.samples;

// docs/assertions.md shows this file whole, from the tag on.
// tag::assertions[]
import static io.github.tctestkit.assertions.TencentCloudAssertions.assertThat;
import static io.github.tctestkit.assertions.TencentCloudAssertions.assertThatEnvelope;
import static io.github.tctestkit.assertions.TencentCloudSdkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import io.github.tctestkit.assertions.TencentCloudSoftAssertions;
import io.github.tctestkit.core.ApiResponse;
import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.core.StreamLiveError;
import io.github.tctestkit.wiremock.TencentCloudApi;
import io.github.tctestkit.wiremock.TencentCloudApiTest;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

@TencentCloudApiTest
class AssertionsSampleTest {

    /** The failure example of the API documentation, as the real API sends it. */
    static final String DOCUMENTED_FAILURE = """
            {"Response": {"Error": {"Code": "AuthFailure.SignatureFailure", "Message": "The provided credentials \
            could not be validated. Please ensure your signature is correct."}, \
            "RequestId": "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"}}""";

    @Test
    void envelopes() {
        assertThat(ApiResponse.parse(DOCUMENTED_FAILURE))
                .failedWith(CommonError.AUTH_SIGNATURE_FAILURE)
                .hasErrorMessageContaining("credentials could not be validated")
                .hasUuidRequestId();
        assertThatEnvelope("""
                {"Response": {"TotalCount": 0, "Infos": [], "RequestId": "ed93f3cb-f35e-473f-b9f3-0d451b8b79c6"}}""").succeeded().field("TotalCount").asLong().isZero();
    }

    @Test
    void httpResponses(TencentCloudApi api) throws Exception {
        api.givenError(StreamLiveError.INVALID_PARAMETER_NOT_FOUND).forAction("DescribeStreamLiveChannel");
        HttpRequest request = HttpRequest.newBuilder(api.baseUri())
                .header("Content-Type", "application/json")
                .header("X-TC-Action", "DescribeStreamLiveChannel")
                .header("X-TC-Version", "2020-03-26")
                .POST(HttpRequest.BodyPublishers.ofString("{\"Id\": \"5F1E2A\"}"))
                .build();

        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response)
                .failedWith("InvalidParameter.NotFound") // checks HTTP 200 first, then the envelope
                .hasUuidRequestId()
                .error()
                .failedWithCodeOfKind(CommonError.INVALID_PARAMETER)
                .failedWithCategory("InvalidParameter");
    }

    @Test
    void sdkExceptions(TencentCloudApi api) {
        api.givenError(CommonError.REQUEST_LIMIT_EXCEEDED);

        TencentCloudSDKException e = assertThrows(
                TencentCloudSDKException.class,
                () -> StreamLiveSdk.client(api, 10).call("DescribeStreamLiveChannels", "{}"));

        assertThat(e).failedWith(CommonError.REQUEST_LIMIT_EXCEEDED).hasUuidRequestId();
        assertThat(api.requestCount()).isEqualTo(1); // AssertJ's own assertThat, beside tctestkit's
    }

    @Test
    void softly() {
        TencentCloudSoftAssertions.assertSoftly(softly -> {
            softly.assertThatEnvelope(DOCUMENTED_FAILURE).failedWithCategory("AuthFailure");
            softly.assertThat(ApiResponse.parse(DOCUMENTED_FAILURE).requestId()).hasSize(36);
        });
    }
}
// end::assertions[]
