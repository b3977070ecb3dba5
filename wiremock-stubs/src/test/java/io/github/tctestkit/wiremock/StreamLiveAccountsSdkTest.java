package io.github.tctestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import com.tencentcloudapi.common.CommonClient;
import io.github.tctestkit.core.ApiResponse;
import io.github.tctestkit.core.signing.ApiCredentials;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * StreamLive on the resource engine keeps one account, as it did before: requests of every accepted SecretId see the
 * same state, and so does {@code api.streamLive()}.
 */
@TencentCloudApiTest(strict = true, stateful = true)
class StreamLiveAccountsSdkTest {

    static final ApiCredentials OTHER =
            ApiCredentials.of("AKIDstreamliveother00000000000000000", "streamlive-other-secret-key-0123456789");

    static CommonClient sdk(TencentCloudApi api, ApiCredentials credentials, String region) {
        return new CommonClient(
                "mdl",
                "2020-03-26",
                SdkClients.credential(credentials),
                region,
                SdkClients.profile(api, SdkClients.Mode.TC3_POST_JSON));
    }

    static String field(String body, String pointer) {
        return ApiResponse.parse(body)
                .at(pointer)
                .orElseThrow(() -> new AssertionError(pointer + " in " + body))
                .asText();
    }

    @Test
    void everySecretIdSeesTheSameStreamLive(TencentCloudApi api) throws Exception {
        api.acceptCredentials(OTHER);
        CommonClient mine = sdk(api, api.credentials(), "ap-guangzhou");
        CommonClient theirs = sdk(api, OTHER, "ap-guangzhou");
        String group = field(
                mine.call("CreateStreamLiveInputSecurityGroup", "{\"Name\":\"office\",\"Whitelist\":[\"10.0.0.1\"]}"),
                "/Id");
        String seeded = api.streamLive().givenInput("cam", List.of(group)).id();

        assertThat(field(theirs.call("DescribeStreamLiveInputSecurityGroups", "{}"), "/Infos/0/Id"))
                .isEqualTo(group);
        assertThat(field(theirs.call("DescribeStreamLiveInput", "{\"Id\":\"" + seeded + "\"}"), "/Info/Name"))
                .isEqualTo("cam");
        String channel = api.streamLive().givenChannel("news", List.of(seeded)).id();
        theirs.call("StartStreamLiveChannel", "{\"Id\":\"" + channel + "\"}");
        assertThat(api.streamLive().channels().get(0).state()).isEqualTo(StreamLiveResources.RUNNING);
        assertThat(field(mine.call("DescribeStreamLiveChannel", "{\"Id\":\"" + channel + "\"}"), "/Info/State"))
                .isEqualTo(StreamLiveResources.RUNNING);
        String singapore = sdk(api, api.credentials(), "ap-singapore").call("DescribeStreamLiveChannels", "{}");
        assertThat(ApiResponse.parse(singapore).at("/Infos").orElseThrow().size())
                .isZero();
        assertThat(api.rejections()).isEmpty();
    }
}
