package io.github.tctestkit.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.core.StreamLiveError;
import io.github.tctestkit.wiremock.AllStreamLiveErrors;
import io.github.tctestkit.wiremock.Fault;
import io.github.tctestkit.wiremock.RecordedRequest;
import io.github.tctestkit.wiremock.TencentCloudApi;
import io.github.tctestkit.wiremock.TencentCloudApiTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The contract of {@link StreamLiveChannels}, against the fake cloud through the real SDK. The examples of the
 * documentation are beside it, one file each: {@link EveryCommonErrorTest}, {@link RetryTest}, {@link FaultsTest}.
 */
@TencentCloudApiTest
class StreamLiveChannelsTest {

    /** The backoffs the client asked for; nothing sleeps. */
    private final List<Duration> backoffs = new CopyOnWriteArrayList<>();

    /** The client under test: at most 3 attempts, and a sleeper that only records the backoff. */
    StreamLiveChannels channels(TencentCloudApi api) {
        return new StreamLiveChannels(StreamLiveSdk.client(api, 10), 3, backoffs::add);
    }

    @ParameterizedTest
    @AllStreamLiveErrors(categories = "InvalidParameter")
    void reportsStreamLiveParameterErrorsAtOnce(StreamLiveError error, TencentCloudApi api) {
        api.givenError(error, "Channel 5F1E2A: " + error.description()).forAction("StartStreamLiveChannel");

        StreamLiveException e =
                assertThrows(StreamLiveException.class, () -> channels(api).startChannel("5F1E2A"));

        assertThat(e.code()).isEqualTo(error.code());
        assertThat(e.retryable()).isFalse();
        assertThat(e).hasMessageContaining("Channel 5F1E2A: " + error.description());
        assertThat(api.requests("StartStreamLiveChannel")).hasSize(1);
    }

    @Test
    void givesUpAfterThreeAttempts(TencentCloudApi api) {
        api.givenError(CommonError.INTERNAL_ERROR).forAction("DeleteStreamLiveChannel");

        StreamLiveException e =
                assertThrows(StreamLiveException.class, () -> channels(api).deleteChannel("5F1E2A"));

        assertThat(e.code()).isEqualTo("InternalError");
        assertThat(e.retryable()).isTrue();
        assertThat(api.requests("DeleteStreamLiveChannel")).hasSize(3);
        assertThat(backoffs).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    @Test
    void faultsAreNotRetried(TencentCloudApi api) {
        api.givenSuccess("StartStreamLiveChannel");
        api.givenFault(Fault.SERVICE_UNAVAILABLE_503)
                .forAction("StartStreamLiveChannel")
                .times(1);

        StreamLiveException e =
                assertThrows(StreamLiveException.class, () -> channels(api).startChannel("5F1E2A"));

        assertThat(e.code()).isEqualTo(StreamLiveException.SERVER_SIDE_ERROR);
        assertThat(e.requestId()).isEmpty();
        assertThat(e).hasMessageContaining("503");
        assertThat(api.requestCount()).isEqualTo(1);
    }

    @Test
    void sendsTheActionVersionRegionAndParameters(TencentCloudApi api) {
        api.givenSuccess("DeleteStreamLiveChannel");

        channels(api).deleteChannel("5F1E2A");

        RecordedRequest request = api.lastRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.action()).isEqualTo("DeleteStreamLiveChannel");
        assertThat(request.version()).contains("2020-03-26");
        assertThat(request.region()).contains("ap-guangzhou");
        assertThat(request.bodyAsString()).isEqualTo("{\"Id\":\"5F1E2A\"}");
    }

    @Test
    void listsNoChannelWhenThereAreNone(TencentCloudApi api) {
        api.givenSuccess("DescribeStreamLiveChannels", "{\"Infos\": []}");

        assertThat(channels(api).listChannels()).isEmpty();
        assertThat(api.lastRequest().bodyAsString()).isEqualTo("{}");
    }
}
