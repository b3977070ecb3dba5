package io.github.tctestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import io.github.tctestkit.core.ApiResponse;
import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.core.ErrorCode;
import io.github.tctestkit.core.contract.ActionContract;
import io.github.tctestkit.core.contract.Member;
import io.github.tctestkit.core.contract.ServiceContract;
import io.github.tctestkit.core.contract.Structure;
import io.github.tctestkit.core.contract.internal.Payloads;
import io.github.tctestkit.core.internal.FlatParameters;
import io.github.tctestkit.core.signing.V1Signature;
import io.github.tctestkit.core.signing.V1SignatureMethod;
import io.github.tctestkit.core.signing.V1Signer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** StreamLive's contract in the fake: requests checked against the real schema, answers shaped like the real ones. */
class ContractTest {

    static final ServiceContract CONTRACT = ServiceContract.streamLive();

    static Stream<String> actions() {
        return CONTRACT.actionNames().stream().sorted();
    }

    static String code(String body) {
        return ApiResponse.parse(body).error().map(e -> e.code()).orElse("(success)");
    }

    static String message(String body) {
        return ApiResponse.parse(body).error().orElseThrow().message();
    }

    /** Every member the docs say is always returned is there, recursively, in present structures. */
    static void assertAlwaysReturnedPresent(Structure s, JsonNode node, String path) {
        for (Member m : s.members()) {
            if (m.isAlwaysReturned() && !m.isDisabled() && !m.name().equals("RequestId")) {
                assertThat(node.has(m.name()))
                        .as("%s%s is always returned", path, m.name())
                        .isTrue();
            }
            JsonNode value = node.get(m.name());
            if (value == null || value.isNull() || m.structure().isEmpty()) {
                continue;
            }
            if (value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    assertAlwaysReturnedPresent(m.structure().get(), value.get(i), path + m.name() + "." + i + ".");
                }
            } else {
                assertAlwaysReturnedPresent(m.structure().get(), value, path + m.name() + ".");
            }
        }
    }

    /** A v1 HmacSHA256 form POST, as the Node.js SDK sends by default, with the example flattened. */
    static String v1FormPost(TencentCloudApi api, String action, ObjectNode params) throws Exception {
        Map<String, String> fields = new LinkedHashMap<>(FlatParameters.flatten(params));
        fields.put("Action", action);
        fields.put("Version", "2020-03-26");
        fields.put("Region", "ap-guangzhou");
        fields.put("Timestamp", Long.toString(api.clock().now().getEpochSecond()));
        fields.put("Nonce", "12345");
        fields.put("Language", "en-US");
        fields.put("RequestClient", "SDK_NODEJS_3.0.0");
        V1Signature signed =
                V1Signer.sign("POST", api.endpoint(), "/", fields, api.credentials(), V1SignatureMethod.HMAC_SHA256);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + api.endpoint() + "/"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(signed.encodedParameters()))
                .build();
        return Signed.HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    @Nested
    @TencentCloudApiTest(strict = true)
    class OfficialExamples {

        @ParameterizedTest
        @MethodSource("io.github.tctestkit.wiremock.ContractTest#actions")
        void theRealSdkSendsEachOfficialExampleAndGetsTheDocumentedShape(String action, TencentCloudApi api)
                throws Exception {
            api.givenSuccess(action);
            ActionContract contract = CONTRACT.action(action);

            String body = SdkErrorMappingTestSupport.commonClient(api, api.credentials())
                    .call(action, contract.exampleRequest().toString());

            ApiResponse response = ApiResponse.parse(body);
            assertThat(response.isSuccess()).as(body).isTrue();
            assertThat(UUID.fromString(response.requestId())).isNotNull();
            Payloads.check(contract.output(), response.payload());
            assertAlwaysReturnedPresent(contract.output(), response.payload(), "");
            assertThat(api.rejections()).isEmpty();
            assertThat(api.lastRequest().parameters()).isEqualTo(contract.exampleRequest());
        }

        @ParameterizedTest
        @MethodSource("io.github.tctestkit.wiremock.ContractTest#actions")
        void eachOfficialExampleAlsoPassesAsAV1Form(String action, TencentCloudApi api) throws Exception {
            api.givenSuccess(action);

            String body = v1FormPost(api, action, CONTRACT.action(action).exampleRequest());

            assertThat(code(body)).as(body).isEqualTo("(success)");
            assertThat(api.lastRequest().encoding()).isEqualTo(io.github.tctestkit.core.ApiRequest.Encoding.FORM);
        }
    }

    /** One rule, one broken request, over JSON (the SDK, TC3) and over a v1 form. */
    static Stream<Arguments> brokenRequests() {
        return Stream.of(
                Arguments.of(
                        "DescribeStreamLiveChannel",
                        "{}",
                        "MissingParameter",
                        "The request is missing a required parameter `Id`."),
                Arguments.of(
                        "DescribeStreamLiveChannel",
                        "{\"Id\":\"5F8D4A0B00003F9A1B2C\",\"Idd\":\"x\"}",
                        "UnknownParameter",
                        "The parameter `Idd` is not recognized."),
                Arguments.of(
                        "CreateStreamLiveInput",
                        "{\"Name\":\"in\",\"Type\":\"RTMP_PUSH\",\"SecurityGroupIds\":[\"1\"],"
                                + "\"InputSettings\":[{\"AppName\":\"live\",\"StreamNamee\":\"s\"}]}",
                        "UnknownParameter",
                        "The parameter `InputSettings.0.StreamNamee` is not recognized."),
                Arguments.of(
                        "CreateStreamLivePlan",
                        "{\"ChannelId\":\"5F8D4A0B00003F9A1B2C\",\"Plan\":{\"EventName\":\"e\"}}",
                        "MissingParameter",
                        "The request is missing a required parameter `Plan.TimingSettings`."),
                Arguments.of(
                        "DescribeStreamLiveChannel",
                        "{\"Offset\":\"0\",\"Id\":\"5F8D4A0B00003F9A1B2C\",\"Limit\":\"1\"}",
                        "UnknownParameter",
                        // the first by name, whatever order the client writes (the SDK's form: a hash map's)
                        "The parameter `Limit` is not recognized."),
                Arguments.of(
                        "DescribeStreamLiveChannel",
                        // a form writes the member "" as the field ".Region", which reads back as the member ""
                        "{\"Id\":\"5F8D4A0B00003F9A1B2C\",\"\":{\"Region\":\"x\"}}",
                        "UnknownParameter",
                        "The parameter `` is not recognized."));
    }

    @Nested
    @TencentCloudApiTest(strict = true)
    class EachRule {

        @ParameterizedTest
        @MethodSource("io.github.tctestkit.wiremock.ContractTest#brokenRequests")
        void overJsonFromTheSdk(String action, String params, String code, String message, TencentCloudApi api) {
            api.givenSuccess(action);

            TencentCloudSDKException e = org.junit.jupiter.api.Assertions.assertThrows(
                    TencentCloudSDKException.class,
                    () -> SdkErrorMappingTestSupport.commonClient(api, api.credentials())
                            .call(action, params));

            assertThat(e.getErrorCode()).isEqualTo(code);
            assertThat(e.getMessage()).isEqualTo(message);
            // the client gets the gateway's exact message; the rejection adds what exists there
            Rejection rejection = api.lastRejection().orElseThrow();
            assertThat(rejection.diagnostics()).isNotBlank();
            assertThat(rejection.reason()).isEqualTo(message + " (" + rejection.diagnostics() + ")");
        }

        @ParameterizedTest
        @MethodSource("io.github.tctestkit.wiremock.ContractTest#brokenRequests")
        void overAV1Form(String action, String params, String code, String message, TencentCloudApi api)
                throws Exception {
            api.givenSuccess(action);
            ObjectNode tree = (ObjectNode) io.github.tctestkit.core.internal.Json.STRICT.readTree(params);

            String body = v1FormPost(api, action, tree);

            assertThat(code(body)).as(body).isEqualTo(code);
            assertThat(message(body)).isEqualTo(message);
        }

        @Test
        void aValueOfTheWrongTypeIsNamedByItsFlattenedPath(TencentCloudApi api) throws Exception {
            api.givenSuccess("CreateStreamLiveInput");
            String params = "{\"Name\":\"in\",\"Type\":\"RTMP_PUSH\",\"SecurityGroupIds\":[\"1\"],"
                    + "\"InputSettings\":[{\"AppName\":7}]}";

            TencentCloudSDKException e = org.junit.jupiter.api.Assertions.assertThrows(
                    TencentCloudSDKException.class,
                    () -> SdkErrorMappingTestSupport.commonClient(api, api.credentials())
                            .call("CreateStreamLiveInput", params));

            assertThat(e.getErrorCode()).isEqualTo("InvalidParameter");
            assertThat(e.getMessage()).isEqualTo("The value type of parameter `InputSettings.0.AppName` is not valid.");
        }

        @Test
        void aNegativeValueForAnUnsignedMemberIsATypeErrorOverAFormToo(TencentCloudApi api) throws Exception {
            api.givenSuccess("GetAbWatermarkPlayUrl");
            ObjectNode params = (ObjectNode) io.github.tctestkit.core.internal.Json.STRICT.readTree(
                    CONTRACT.action("GetAbWatermarkPlayUrl").exampleRequest().toString());
            String unsigned =
                    firstUnsignedMember(CONTRACT.action("GetAbWatermarkPlayUrl").input());
            params.put(unsigned, "-1");

            String body = v1FormPost(api, "GetAbWatermarkPlayUrl", params);

            assertThat(code(body)).isEqualTo("InvalidParameter");
            assertThat(message(body)).isEqualTo("The value type of parameter `" + unsigned + "` is not valid.");
        }

        @Test
        void theCommonParametersOfAFormAreNeverUnknown(TencentCloudApi api) throws Exception {
            api.givenSuccess("DescribeStreamLiveChannels");

            String body = v1FormPost(
                    api,
                    "DescribeStreamLiveChannels",
                    io.github.tctestkit.core.internal.Json.STRICT.createObjectNode());

            assertThat(code(body)).isEqualTo("(success)");
        }
    }

    static String firstUnsignedMember(Structure s) {
        for (Member m : s.members()) {
            if (m.type().equals("uint64")) {
                return m.name();
            }
        }
        throw new AssertionError("no uint64 member in " + s.name());
    }

    @Nested
    @TencentCloudApiTest(validateRequests = true, strictTypes = true)
    class StrictTypes {

        @Test
        void digitsInAStringAreRefusedWhereANumberBelongs(TencentCloudApi api) throws Exception {
            api.givenSuccess("CreateStreamLiveChannel");

            TencentCloudSDKException e = org.junit.jupiter.api.Assertions.assertThrows(
                    TencentCloudSDKException.class,
                    () -> SdkErrorMappingTestSupport.commonClient(api, api.credentials())
                            .call(
                                    "CreateStreamLiveChannel",
                                    CONTRACT.action("CreateStreamLiveChannel")
                                            .exampleRequest()
                                            .toString()));

            assertThat(e.getErrorCode()).isEqualTo("InvalidParameter");
            assertThat(e.getMessage())
                    .startsWith("The value type of parameter `")
                    .endsWith("` is not valid.");
        }
    }

    @Nested
    @TencentCloudApiTest(validateRequests = true, nestedRequired = false)
    class TopLevelRequiredOnly {

        @Test
        void aMissingNestedMemberPassesATopLevelOneDoesNot(TencentCloudApi api) throws Exception {
            api.givenSuccess("CreateStreamLivePlan");
            var client = SdkErrorMappingTestSupport.commonClient(api, api.credentials());

            assertThat(code(client.call(
                            "CreateStreamLivePlan", "{\"ChannelId\":\"5F8D4A0B00003F9A1B2C\",\"Plan\":{}}")))
                    .isEqualTo("(success)");
            TencentCloudSDKException e = org.junit.jupiter.api.Assertions.assertThrows(
                    TencentCloudSDKException.class, () -> client.call("CreateStreamLivePlan", "{\"Plan\":{}}"));
            assertThat(e.getMessage()).isEqualTo("The request is missing a required parameter `ChannelId`.");
        }
    }

    @Nested
    @TencentCloudApiTest
    class Answers {

        @Test
        void everyDefaultAnswerHasTheDocumentedShape(TencentCloudApi api) throws Exception {
            for (Iterator<String> it = actions().iterator(); it.hasNext(); ) {
                String action = it.next();
                api.givenSuccess(action);
                ApiResponse r = ApiResponse.parse(RawHttp.exchange(api.port(), RawHttp.post(api.port(), action, "{}"))
                        .body());
                Payloads.check(CONTRACT.action(action).output(), r.payload());
                assertAlwaysReturnedPresent(CONTRACT.action(action).output(), r.payload(), action + ": ");
            }
        }

        @Test
        void aTestChangesOnlyWhatItCaresAbout(TencentCloudApi api) throws Exception {
            api.givenSuccess("DescribeStreamLiveChannels")
                    .with("Infos.0.State", "RUNNING")
                    .withJson("{\"Infos\":[{\"Name\":\"evening_news\",\"State\":\"RUNNING\"}]}");

            ApiResponse r = ApiResponse.parse(
                    RawHttp.exchange(api.port(), RawHttp.post(api.port(), "DescribeStreamLiveChannels", "{}"))
                            .body());

            assertThat(r.at("/Infos/0/State").orElseThrow().asText()).isEqualTo("RUNNING");
            assertThat(r.at("/Infos/0/Name").orElseThrow().asText()).isEqualTo("evening_news");
        }

        @Test
        void anOverrideThatTheRealApiCouldNotReturnIsRefusedAtOnce(TencentCloudApi api) {
            SuccessStubbing answer = api.givenSuccess("DescribeStreamLiveChannels");

            assertThatThrownBy(() -> answer.with("Infos.0.Stat", "RUNNING"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Infos.0.Stat")
                    .hasMessageContaining("State");
            assertThatThrownBy(() -> answer.with("Infos.0.State", List.of(1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Infos.0.State");
        }

        @Test
        void aHandWrittenPayloadTheRealApiCouldNotReturnIsRefused(TencentCloudApi api) {
            assertThatThrownBy(() -> api.givenSuccess("DescribeStreamLiveChannels", "{\"Infoz\":[]}"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("givenSuccess(\"DescribeStreamLiveChannels\", ...): the real API could never return"
                            + " this payload: \"Infoz\" is not a member of DescribeStreamLiveChannelsResponse; its"
                            + " members are: Infos, RequestId. Use givenEnvelope(...) to send it anyway.");
            assertThatThrownBy(() -> api.givenSuccess("DescribeStreamLiveChannels", "{\"Infos\":{}}"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("\"Infos\"");
        }

        @Test
        void envelopesAndRawResponsesStayUncheckedForDeliberateBreakage(TencentCloudApi api) throws Exception {
            api.givenEnvelope(ApiResponse.ofSuccess("{\"Infoz\":[]}").withRequestId("r"))
                    .forAction("DescribeStreamLiveChannels");
            api.givenHttpResponse(200, "{\"Response\":{\"Whatever\":1}}").forAction("DescribeStreamLiveInputs");

            assertThat(RawHttp.exchange(api.port(), RawHttp.post(api.port(), "DescribeStreamLiveChannels", "{}"))
                            .body())
                    .isEqualTo("{\"Response\":{\"Infoz\":[],\"RequestId\":\"r\"}}");
            assertThat(RawHttp.exchange(api.port(), RawHttp.post(api.port(), "DescribeStreamLiveInputs", "{}"))
                            .body())
                    .isEqualTo("{\"Response\":{\"Whatever\":1}}");
        }
    }

    @Test
    void theErrorsOfAnActionAreTheCommonOnesPlusItsDocumentedOnes() {
        List<ErrorCode> errors =
                io.github.tctestkit.core.ServiceDescription.streamLive().errorsOf("DeleteStreamLiveChannel");

        assertThat(errors.subList(0, 26)).containsExactly(CommonError.values());
        assertThat(errors.stream().skip(26).map(ErrorCode::code))
                .containsExactlyElementsOf(CONTRACT.action("DeleteStreamLiveChannel").productErrors().stream()
                        .filter(c -> CommonError.fromCode(c).isEmpty())
                        .toList());
    }
}
