package io.github.tctestkit.samples;

// docs/contracts.md shows this file whole, from the tag on.
// tag::contract-default-answer[]
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tctestkit.wiremock.TencentCloudApi;
import io.github.tctestkit.wiremock.TencentCloudApiTest;
import org.junit.jupiter.api.Test;

@TencentCloudApiTest
class DefaultAnswerTest {

    @Test
    void aTestOverridesOnlyWhatItCaresAbout(TencentCloudApi api) {
        api.givenSuccess("DescribeStreamLiveChannels") // the documented example, filled out
                .with("Infos.0.State", "RUNNING")
                .with("Infos.0.Name", "evening_news");
        StreamLiveChannels channels = new StreamLiveChannels(StreamLiveSdk.client(api, 10));

        Channel channel = channels.listChannels().get(0);

        assertThat(channel.state()).isEqualTo("RUNNING");
        assertThat(channel.name()).isEqualTo("evening_news");
        assertThat(channel.id()).isEqualTo("5E95AB6430E630731B8B"); // the rest is the default answer
    }

    @Test
    void aPayloadTheRealApiCouldNeverSendIsRefused(TencentCloudApi api) {
        assertThatThrownBy(() -> api.givenSuccess("DescribeStreamLiveChannels", "{\"Infoz\": []}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("givenSuccess(\"DescribeStreamLiveChannels\", ...): the real API could never return this"
                        + " payload: \"Infoz\" is not a member of DescribeStreamLiveChannelsResponse; its members are:"
                        + " Infos, RequestId. Use givenEnvelope(...) to send it anyway.");
    }
}
// end::contract-default-answer[]
