package io.github.tctestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import io.github.tctestkit.core.ApiResponse;
import io.github.tctestkit.core.CommonError;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A stateful StreamLive, driven by the real SDK through the strict gateway. */
class StatefulTest {

    static String call(CommonClient sdk, String action, String json) throws TencentCloudSDKException {
        return sdk.call(action, json);
    }

    static String codeOf(StrictGatewayTest.ThrowingCall call) {
        return StrictGatewayTest.codeOf(call);
    }

    static String field(String body, String pointer) {
        return ApiResponse.parse(body)
                .at(pointer)
                .orElseThrow(() -> new AssertionError(pointer + " in " + body))
                .asText();
    }

    @Nested
    @TencentCloudApiTest(strict = true, stateful = true)
    class Workflow {

        @Test
        void theSdkWalksAWholeWorkflowInTheRightOrder(TencentCloudApi api) throws Exception {
            CommonClient sdk = SdkErrorMappingTestSupport.commonClient(api, api.credentials());

            String group = field(
                    call(
                            sdk,
                            "CreateStreamLiveInputSecurityGroup",
                            "{\"Name\":\"office\",\"Whitelist\":[\"10.0.0.0/8\"]}"),
                    "/Id");
            String input = field(
                    call(
                            sdk,
                            "CreateStreamLiveInput",
                            "{\"Name\":\"camera_1\",\"Type\":\"RTMP_PUSH\",\"SecurityGroupIds\":[\"" + group + "\"]}"),
                    "/Id");
            String channel = field(
                    call(
                            sdk,
                            "CreateStreamLiveChannel",
                            "{\"Name\":\"evening_news\",\"AttachedInputs\":[{\"Id\":\"" + input + "\"}],"
                                    + "\"OutputGroups\":[{\"Name\":\"hls\",\"Type\":\"HLS\",\"Outputs\":[{\"Name\":\"main\"}],"
                                    + "\"Destinations\":[{\"OutputUrl\":\"http://example.invalid/live/1\"}]}]}"),
                    "/Id");
            assertThat(List.of(group, input, channel)).allMatch(id -> id.matches("[0-9A-F]{20}"));

            call(sdk, "StartStreamLiveChannel", "{\"Id\":\"" + channel + "\"}");
            assertThat(field(call(sdk, "DescribeStreamLiveChannel", "{\"Id\":\"" + channel + "\"}"), "/Info/State"))
                    .isEqualTo("RUNNING");
            assertThat(api.streamLive().channels())
                    .singleElement()
                    .satisfies(c -> assertThat(c.state()).isEqualTo("RUNNING"))
                    .satisfies(c -> assertThat(c.attachedInputIds()).containsExactly(input));

            call(sdk, "StopStreamLiveChannel", "{\"Id\":\"" + channel + "\"}");
            call(sdk, "DeleteStreamLiveChannel", "{\"Id\":\"" + channel + "\"}");
            call(sdk, "DeleteStreamLiveInput", "{\"Id\":\"" + input + "\"}");
            call(sdk, "DeleteStreamLiveInputSecurityGroup", "{\"Id\":\"" + group + "\"}");

            assertThat(api.streamLive().channels()).isEmpty();
            assertThat(api.streamLive().inputs()).isEmpty();
            assertThat(api.streamLive().inputSecurityGroups()).isEmpty();
            assertThat(api.rejections()).isEmpty();
        }

        @Test
        void eachStepInTheWrongOrderGetsItsProductError(TencentCloudApi api) {
            CommonClient sdk = SdkErrorMappingTestSupport.commonClient(api, api.credentials());
            var group = api.streamLive().givenInputSecurityGroup("office", List.of("10.0.0.0/8"));
            var input = api.streamLive().givenInput("camera_1", List.of(group.id()));
            var channel = api.streamLive().givenChannel("news", List.of(input.id()));

            assertThat(codeOf(() -> call(sdk, "DeleteStreamLiveInputSecurityGroup", "{\"Id\":\"" + group.id() + "\"}")))
                    .isEqualTo("InvalidParameter.AlreadyAssociatedInput");
            assertThat(codeOf(() -> call(sdk, "DeleteStreamLiveInput", "{\"Id\":\"" + input.id() + "\"}")))
                    .isEqualTo("InvalidParameter.AlreadyAssociatedChannel");
            assertThat(codeOf(() -> call(sdk, "StopStreamLiveChannel", "{\"Id\":\"" + channel.id() + "\"}")))
                    .isEqualTo("InvalidParameter.StateError");
            assertThat(codeOf(() -> call(sdk, "StartStreamLiveChannel", "{\"Id\":\"" + channel.id() + "\"}")))
                    .isEqualTo("(success)");
            assertThat(codeOf(() -> call(sdk, "DeleteStreamLiveChannel", "{\"Id\":\"" + channel.id() + "\"}")))
                    .isEqualTo("InvalidParameter.StateError");
            assertThat(codeOf(() -> call(sdk, "DescribeStreamLiveChannel", "{\"Id\":\"5F00000000000000DEAD\"}")))
                    .isEqualTo("InvalidParameter.NotFound");
            assertThat(codeOf(() -> call(
                            sdk,
                            "CreateStreamLiveChannel",
                            "{\"Name\":\"second\",\"AttachedInputs\":[{\"Id\":\"" + input.id() + "\"}],"
                                    + "\"OutputGroups\":[{\"Name\":\"hls\",\"Type\":\"HLS\",\"Outputs\":[{\"Name\":\"main\"}],"
                                    + "\"Destinations\":[{\"OutputUrl\":\"http://example.invalid/live/1\"}]}]}")))
                    .isEqualTo("InvalidParameter.AlreadyAssociatedChannel");
            assertThat(codeOf(() -> call(
                            sdk,
                            "CreateStreamLiveInputSecurityGroup",
                            "{\"Name\":\"bad name!\",\"Whitelist\":[\"10.0.0.0/8\"]}")))
                    .isEqualTo("InvalidParameter.Name");
        }

        @Test
        void aConfiguredErrorTakesPrecedenceInTheMiddleOfAWorkflow(TencentCloudApi api) throws Exception {
            CommonClient sdk = SdkErrorMappingTestSupport.commonClient(api, api.credentials());
            var channel = api.streamLive().givenChannel("news", List.of());
            api.givenError(CommonError.INTERNAL_ERROR)
                    .forAction("StartStreamLiveChannel")
                    .times(1);

            assertThat(codeOf(() -> call(sdk, "StartStreamLiveChannel", "{\"Id\":\"" + channel.id() + "\"}")))
                    .isEqualTo("InternalError");
            assertThat(api.streamLive().channels().get(0).state()).isEqualTo("IDLE");
            assertThat(codeOf(() -> call(sdk, "StartStreamLiveChannel", "{\"Id\":\"" + channel.id() + "\"}")))
                    .isEqualTo("(success)");
            assertThat(api.streamLive().channels().get(0).state()).isEqualTo("RUNNING");
        }

        @Test
        void stateBelongsToARegion(TencentCloudApi api) throws Exception {
            var channel = api.streamLive().givenChannel("news", List.of());
            CommonClient singapore = new CommonClient(
                    "mdl",
                    "2020-03-26",
                    SdkClients.credential(api.credentials()),
                    "ap-singapore",
                    SdkClients.profile(api, SdkClients.Mode.TC3_POST_JSON));

            assertThat(codeOf(() -> call(singapore, "DescribeStreamLiveChannel", "{\"Id\":\"" + channel.id() + "\"}")))
                    .isEqualTo("InvalidParameter.NotFound");
            assertThat(ApiResponse.parse(call(singapore, "DescribeStreamLiveChannels", "{}"))
                            .at("/Infos")
                            .orElseThrow()
                            .size())
                    .isZero();
            assertThat(api.streamLive().inRegion("ap-singapore").channels()).isEmpty();
            assertThat(api.streamLive().channels()).hasSize(1);
        }

        @Test
        void eachTestStartsWithNoResources(TencentCloudApi api) {
            assertThat(api.streamLive().channels()).isEmpty();
            api.streamLive().givenChannel("left_behind", List.of());
        }

        @Test
        void andAnotherTestSeesNoneLeftBehind(TencentCloudApi api) {
            assertThat(api.streamLive().channels()).isEmpty();
            api.streamLive().givenChannel("left_behind", List.of());
        }
    }

    @Nested
    @TencentCloudApiTest
    class NotStateful {

        @Test
        void theHandleSaysHowToSwitchItOn(TencentCloudApi api) {
            assertThatThrownBy(api::streamLive)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("@TencentCloudApiTest(stateful = true)");
        }
    }

    @Test
    void theStandAloneEmulatorIsStatefulByDefault() throws Exception {
        try (TencentCloudEmulator emulator = TencentCloudEmulator.start()) {
            TencentCloudApi api = emulator.api();
            String created = RawHttp.exchange(
                            api.port(),
                            RawHttp.post(
                                    api.port(),
                                    "CreateStreamLiveInputSecurityGroup",
                                    "{\"Name\":\"office\",\"Whitelist\":[\"10.0.0.1\"]}"))
                    .body();
            String id = field(created, "/Id");

            String listed = RawHttp.exchange(
                            api.port(), RawHttp.post(api.port(), "DescribeStreamLiveInputSecurityGroups", "{}"))
                    .body();

            assertThat(field(listed, "/Infos/0/Id")).isEqualTo(id);
            assertThat(api.streamLive().inputSecurityGroups()).hasSize(1);
            assertThat(ApiResponse.parse(RawHttp.exchange(api.port(), RawHttp.post(api.port(), "NoSuchAction", "{}"))
                                    .body())
                            .error()
                            .orElseThrow()
                            .code())
                    .isEqualTo("InvalidAction");
        }
    }
}
