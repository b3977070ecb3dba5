package io.github.tctestkit.samples;

// docs/stateful.md shows this file whole, from the tag on.
// tag::stateful-workflow[]
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.wiremock.StreamLiveResources;
import io.github.tctestkit.wiremock.TencentCloudApi;
import io.github.tctestkit.wiremock.TencentCloudApiTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sample client in a workflow against a stateful StreamLive, through the strict gateway. */
@TencentCloudApiTest(strict = true, stateful = true) // an in-memory StreamLive: resources live between calls
class StreamLiveWorkflowTest {

    /** The client under test, on the real SDK; one attempt per call. */
    static StreamLiveChannels client(TencentCloudApi api) {
        return new StreamLiveChannels(StreamLiveSdk.client(api, 10), 1, backoff -> {});
    }

    @Test
    void aRunningChannelCannotBeDeleted(TencentCloudApi api) {
        StreamLiveChannels client = client(api);
        String input = client.createRtmpPushInput("camera_1", "live", "main"); // created in the fake through the SDK
        StreamLiveResources.ChannelView channel = api.streamLive().givenChannel("news", List.of(input)); // seeded

        client.startChannel(channel.id());

        assertThat(client.listChannels()).containsExactly(new Channel(channel.id(), "news", "RUNNING"));
        StreamLiveException e = assertThrows(StreamLiveException.class, () -> client.deleteChannel(channel.id()));
        assertThat(e.code()).isEqualTo("InvalidParameter.StateError");
        assertThat(api.streamLive().channels())
                .singleElement()
                .extracting(c -> c.state())
                .isEqualTo("RUNNING");
    }

    @Test
    void anUnknownChannelIsNotFoundAndAnIdleOneIsDeleted(TencentCloudApi api) {
        StreamLiveChannels client = client(api);
        StreamLiveResources.ChannelView channel = api.streamLive().givenChannel("news", List.of());

        StreamLiveException e =
                assertThrows(StreamLiveException.class, () -> client.startChannel("5F000000000000000000"));
        assertThat(e.code()).isEqualTo("InvalidParameter.NotFound");

        client.deleteChannel(channel.id());
        assertThat(client.listChannels()).isEmpty();
    }

    @Test
    void anErrorInjectedInTheMiddleOfTheWorkflowWinsOverTheState(TencentCloudApi api) {
        StreamLiveChannels client = client(api);
        StreamLiveResources.ChannelView channel = api.streamLive().givenChannel("news", List.of());
        api.givenError(CommonError.RESOURCE_UNAVAILABLE)
                .forAction("StartStreamLiveChannel")
                .times(1);

        StreamLiveException e = assertThrows(StreamLiveException.class, () -> client.startChannel(channel.id()));
        assertThat(e.code()).isEqualTo("ResourceUnavailable");
        assertThat(api.streamLive().channels().get(0).state()).isEqualTo("IDLE");

        client.startChannel(channel.id());
        assertThat(api.streamLive().channels().get(0).state()).isEqualTo("RUNNING");
    }
}
// end::stateful-workflow[]
