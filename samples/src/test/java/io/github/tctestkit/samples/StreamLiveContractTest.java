package io.github.tctestkit.samples;

import static io.github.tctestkit.assertions.TencentCloudAssertions.assertThat;
import static io.github.tctestkit.assertions.TencentCloudSdkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.core.ErrorCode;
import io.github.tctestkit.core.ServiceDescription;
import io.github.tctestkit.core.StreamLiveError;
import io.github.tctestkit.wiremock.AllErrorsOf;
import io.github.tctestkit.wiremock.TencentCloudApi;
import io.github.tctestkit.wiremock.TencentCloudApiTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * {@link StreamLiveChannels} against StreamLive's contract: default answers shaped like the real ones, payloads
 * checked against the documented output, and a strict gateway that checks each request's parameters as the real one
 * does. The examples of the documentation are beside it, one file each: {@link DefaultAnswerTest}, {@link
 * RequestAssertionTest}, {@link ParameterChecksTest}.
 */
@TencentCloudApiTest(strict = true)
class StreamLiveContractTest {

    /** The backoffs the client asked for; nothing sleeps. */
    private final List<Duration> backoffs = new CopyOnWriteArrayList<>();

    StreamLiveChannels channels(TencentCloudApi api) {
        return new StreamLiveChannels(StreamLiveSdk.client(api, 10), 3, backoffs::add);
    }

    @Test
    void theDefaultAnswerIsTheDocumentedExample(TencentCloudApi api) {
        api.givenSuccess("DescribeStreamLiveChannels");

        List<Channel> listed = channels(api).listChannels();

        assertThat(listed).containsExactly(new Channel("5E95AB6430E630731B8B", "555", "IDLE"));
    }

    @Test
    void anIndexOneBeyondTheListAppendsAnItem(TencentCloudApi api) {
        api.givenSuccess("DescribeStreamLiveChannels")
                .with("Infos.1", Map.of("Id", "5F1E2B", "Name", "sport", "State", "IDLE"));

        List<Channel> listed = channels(api).listChannels();

        assertThat(listed).hasSize(2).element(1).isEqualTo(new Channel("5F1E2B", "sport", "IDLE"));
    }

    @Test
    void aMergePatchReplacesAListWhole(TencentCloudApi api) {
        api.givenSuccess("DescribeStreamLiveChannels")
                .withJson("{\"Infos\": [{\"Id\": \"5F1E2A\", \"Name\": \"news\", \"State\": \"IDLE\"}]}");

        assertThat(channels(api).listChannels()).containsExactly(new Channel("5F1E2A", "news", "IDLE"));
    }

    @Test
    void anOverrideOfTheWrongTypeIsRefused(TencentCloudApi api) {
        assertThatThrownBy(() -> api.givenSuccess("DescribeStreamLiveChannels").with("Infos.0.State", 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"Infos.0.State\" must be string, but is a number (3)");
    }

    @Test
    void startsAChannelWithAValidRequest(TencentCloudApi api) {
        api.givenSuccess("StartStreamLiveChannel");

        channels(api).startChannel("5F1E2A");

        assertThat(api.lastRequest()).hasAction("StartStreamLiveChannel").hasParameter("Id", "5F1E2A");
        assertThat(api.rejections()).isEmpty();
    }

    @Test
    void aNullIdIsAMissingParameterAndIsNotRetried(TencentCloudApi api) {
        api.givenSuccess("StartStreamLiveChannel");

        // the client sends {"Id":null}, which the gateway takes for a missing value
        StreamLiveException e =
                assertThrows(StreamLiveException.class, () -> channels(api).startChannel(null));

        assertThat(e.code()).isEqualTo("MissingParameter");
        assertThat(e).hasMessageStartingWith("MissingParameter: The request is missing a required parameter `Id`.");
        assertThat(e.retryable()).isFalse();
        assertThat(api.requestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @AllErrorsOf(action = "CreateStreamLiveInput")
    void createInputReportsEveryErrorItsDocumentationLists(ErrorCode error, TencentCloudApi api) {
        api.givenError(error).forAction("CreateStreamLiveInput");

        StreamLiveException e = assertThrows(
                StreamLiveException.class, () -> channels(api).createRtmpPushInput("studio_a", "live", "main"));

        assertThat(e.code()).isEqualTo(error.code());
        assertThat((TencentCloudSDKException) e.getCause()).failedWith(error).hasUuidRequestId();
        int attempts = e.retryable() ? 3 : 1;
        assertThat(api.requests("CreateStreamLiveInput")).hasSize(attempts);
        assertThat(backoffs).hasSize(attempts - 1);
    }

    @Test
    void createInputsDocumentedErrorsAreItsOwnStreamLiveCodes() {
        List<ErrorCode> errors = ServiceDescription.streamLive().errorsOf("CreateStreamLiveInput");

        assertThat(errors)
                .contains(
                        StreamLiveError.INVALID_PARAMETER_NOT_FOUND,
                        CommonError.INTERNAL_ERROR,
                        CommonError.INVALID_PARAMETER)
                .hasSize(CommonError.values().length + 6);
    }
}
