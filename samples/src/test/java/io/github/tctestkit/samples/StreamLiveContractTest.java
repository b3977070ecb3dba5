package io.github.tctestkit.samples;

import static io.github.tctestkit.assertions.TencentCloudAssertions.assertThat;
import static io.github.tctestkit.assertions.TencentCloudSdkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tencentcloudapi.common.CommonClient;
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
 * does.
 */
@TencentCloudApiTest(strict = true)
class StreamLiveContractTest {

    /** The backoffs the client asked for; nothing sleeps. */
    private final List<Duration> backoffs = new CopyOnWriteArrayList<>();

    static CommonClient sdk(TencentCloudApi api) {
        return StreamLiveChannelsTest.sdkClient(api, 10);
    }

    StreamLiveChannels channels(TencentCloudApi api) {
        return new StreamLiveChannels(sdk(api), 3, backoffs::add);
    }

    @Test
    void theDefaultAnswerIsTheDocumentedExample(TencentCloudApi api) {
        api.givenSuccess("DescribeStreamLiveChannels");

        List<Channel> listed = channels(api).listChannels();

        assertThat(listed).containsExactly(new Channel("5E95AB6430E630731B8B", "555", "IDLE"));
    }

    @Test
    void aTestOverridesOnlyWhatItCaresAbout(TencentCloudApi api) {
        // tag::contract-default-answer[]
        api.givenSuccess("DescribeStreamLiveChannels") // the documented example, filled out
                .with("Infos.0.State", "RUNNING")
                .with("Infos.0.Name", "evening_news");

        Channel channel = channels(api).listChannels().get(0);

        assertThat(channel.state()).isEqualTo("RUNNING");
        assertThat(channel.name()).isEqualTo("evening_news");
        assertThat(channel.id()).isEqualTo("5E95AB6430E630731B8B"); // the rest is the default answer
        // end::contract-default-answer[]
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
    void aPayloadTheRealApiCouldNeverSendIsRefused(TencentCloudApi api) {
        assertThatThrownBy(() -> api.givenSuccess("DescribeStreamLiveChannels", "{\"Infoz\": []}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("givenSuccess(\"DescribeStreamLiveChannels\", ...): the real API could never return this"
                        + " payload: \"Infoz\" is not a member of DescribeStreamLiveChannelsResponse; its members are:"
                        + " Infos, RequestId. Use givenEnvelope(...) to send it anyway.");
    }

    @Test
    void anOverrideOfTheWrongTypeIsRefused(TencentCloudApi api) {
        assertThatThrownBy(() -> api.givenSuccess("DescribeStreamLiveChannels").with("Infos.0.State", 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("\"Infos.0.State\" must be string, but is a number (3)");
    }

    @Test
    void createsAnRtmpPushInput(TencentCloudApi api) {
        api.givenSuccess("CreateStreamLiveInput").with("Id", "5E7818810943216A1234");

        // tag::contract-request-assertion[]
        String id = channels(api).createRtmpPushInput("studio_a", "live", "studio-a-main");

        assertThat(id).isEqualTo("5E7818810943216A1234");
        assertThat(api.lastRequest())
                .hasAction("CreateStreamLiveInput")
                .hasVersion("2020-03-26")
                .hasRegion("ap-guangzhou")
                .hasParameter("Name", "studio_a")
                .hasParameter("InputSettings.0.AppName", "live")
                .hasParameter("InputSettings.0.StreamName", "studio-a-main")
                .hasNoParameter("SecurityGroupIds")
                .hasParameters("{\"Type\": \"RTMP_PUSH\"}");
        // end::contract-request-assertion[]
        assertThat(api.rejections()).isEmpty();
    }

    @Test
    void startsAChannelWithAValidRequest(TencentCloudApi api) {
        api.givenSuccess("StartStreamLiveChannel");

        channels(api).startChannel("5F1E2A");

        assertThat(api.lastRequest()).hasAction("StartStreamLiveChannel").hasParameter("Id", "5F1E2A");
        assertThat(api.rejections()).isEmpty();
    }

    @Test
    void strictModeCatchesAMisspeltParameter(TencentCloudApi api) {
        api.givenSuccess("StartStreamLiveChannel");

        // tag::contract-strict-misspelt[]
        // a client bug: "Idd" instead of "Id"; the gateway refuses it before any configured answer
        TencentCloudSDKException e = assertThrows(
                TencentCloudSDKException.class, () -> sdk(api).call("StartStreamLiveChannel", "{\"Idd\":\"5F1E2A\"}"));

        assertThat(e)
                .failedWith(CommonError.UNKNOWN_PARAMETER)
                .hasErrorMessage("The parameter `Idd` is not recognized.");
        // end::contract-strict-misspelt[]
        assertThat(api.lastRejection())
                .hasValueSatisfying(why -> assertThat(why.code()).isEqualTo("UnknownParameter"));
    }

    @Test
    void strictModeCatchesAMissingRequiredParameter(TencentCloudApi api) {
        api.givenSuccess("CreateStreamLiveInput");

        TencentCloudSDKException e = assertThrows(
                TencentCloudSDKException.class,
                () -> sdk(api).call("CreateStreamLiveInput", "{\"Type\":\"RTMP_PUSH\"}"));

        assertThat(e)
                .failedWith(CommonError.MISSING_PARAMETER)
                .hasErrorMessage("The request is missing a required parameter `Name`.");
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
