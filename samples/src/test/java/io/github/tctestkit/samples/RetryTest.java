package io.github.tctestkit.samples;

// docs/extension.md shows this file whole, from the tag on.
// tag::retry[]
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.wiremock.AllCommonErrors;
import io.github.tctestkit.wiremock.TencentCloudApi;
import io.github.tctestkit.wiremock.TencentCloudApiTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

@TencentCloudApiTest
class RetryTest {

    /** The backoffs the client asked for; nothing sleeps. */
    private final List<Duration> backoffs = new CopyOnWriteArrayList<>();

    /** The client under test: at most 3 attempts, and a sleeper that only records the backoff. */
    StreamLiveChannels channels(TencentCloudApi api) {
        return new StreamLiveChannels(StreamLiveSdk.client(api, 10), 3, backoffs::add);
    }

    @Test
    void retriesThrottledCallsWithAGrowingBackoff(TencentCloudApi api) {
        api.givenSuccess("DescribeStreamLiveChannels", """
                {"Infos": [{"Id": "5F1E2A", "Name": "news", "State": "RUNNING"}]}""");
        api.givenError(CommonError.REQUEST_LIMIT_EXCEEDED)
                .forAction("DescribeStreamLiveChannels")
                .times(2); // two throttled answers, then the success above

        List<Channel> listed = channels(api).listChannels();

        assertThat(listed).containsExactly(new Channel("5F1E2A", "news", "RUNNING"));
        assertThat(api.requests("DescribeStreamLiveChannels")).hasSize(3);
        assertThat(backoffs).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    @ParameterizedTest
    @AllCommonErrors(categories = "AuthFailure")
    void neverRetriesAnAuthFailure(CommonError error, TencentCloudApi api) {
        api.givenSuccess("StartStreamLiveChannel");
        api.givenError(error).forAction("StartStreamLiveChannel").times(1); // a retry would succeed

        StreamLiveException e =
                assertThrows(StreamLiveException.class, () -> channels(api).startChannel("5F1E2A"));

        assertThat(e.code()).isEqualTo(error.code());
        assertThat(api.requestCount()).isEqualTo(1);
        assertThat(backoffs).isEmpty();
    }
}
// end::retry[]
