package io.github.tctestkit.samples;

// docs/assertions.md shows this file whole, from the tag on.
// tag::contract-request-assertion[]
import static io.github.tctestkit.assertions.TencentCloudAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.tctestkit.wiremock.TencentCloudApi;
import io.github.tctestkit.wiremock.TencentCloudApiTest;
import org.junit.jupiter.api.Test;

@TencentCloudApiTest(strict = true) // signatures and parameters are checked as the real gateway checks them
class RequestAssertionTest {

    @Test
    void createsAnRtmpPushInput(TencentCloudApi api) {
        api.givenSuccess("CreateStreamLiveInput").with("Id", "5E7818810943216A1234");
        StreamLiveChannels channels = new StreamLiveChannels(StreamLiveSdk.client(api, 10));

        String id = channels.createRtmpPushInput("studio_a", "live", "studio-a-main");

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
        assertThat(api.rejections()).isEmpty(); // the strict gateway refused nothing
    }
}
// end::contract-request-assertion[]
