package io.github.tctestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import io.github.tctestkit.core.ApiResponse;
import io.github.tctestkit.core.ServiceDescription;
import io.github.tctestkit.core.signing.ApiCredentials;
import io.github.tctestkit.wiremock.SdkClients.MdlClient;
import io.github.tctestkit.wiremock.SdkClients.Mode;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The real SDK against the emulated gateway: the gateway refuses what the real one would, for the same reasons. */
@TencentCloudApiTest(strict = true)
class StrictGatewayTest {

    static final String ACTION = "DescribeStreamLiveChannels";

    @BeforeEach
    void answerTheAction(TencentCloudApi api) {
        api.givenSuccess(ACTION, "{\"Infos\":[]}");
    }

    static String codeOf(ThrowingCall call) {
        try {
            call.run();
            return "(success)";
        } catch (TencentCloudSDKException e) {
            return e.getErrorCode();
        }
    }

    interface ThrowingCall {
        void run() throws TencentCloudSDKException;
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void rightKeySucceeds(Mode mode, TencentCloudApi api) throws Exception {
        String body = new MdlClient(api, api.credentials(), mode).describe(ACTION, null);

        assertThat(ApiResponse.parse(body).isSuccess()).isTrue();
        assertThat(api.rejections()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aParameterTheActionDoesNotHaveGetsUnknownParameterWithTheGatewaysMessage(Mode mode, TencentCloudApi api) {
        TencentCloudSDKException e = org.junit.jupiter.api.Assertions.assertThrows(
                TencentCloudSDKException.class,
                () -> new MdlClient(api, api.credentials(), mode).describe(ACTION, "1"));

        assertThat(e.getErrorCode()).isEqualTo("UnknownParameter");
        assertThat(e.getMessage()).isEqualTo("The parameter `PageNum` is not recognized.");
        assertThat(api.lastRejection().orElseThrow().diagnostics()).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void wrongKeyGetsSignatureFailure(Mode mode, TencentCloudApi api) {
        ApiCredentials wrong = ApiCredentials.of(api.credentials().secretId(), "not-the-right-key");

        assertThat(codeOf(() -> new MdlClient(api, wrong, mode).describe(ACTION, null)))
                .isEqualTo("AuthFailure.SignatureFailure");
        assertThat(api.lastRejection()).hasValueSatisfying(r -> {
            assertThat(r.diagnostics()).contains(mode.signMethod.startsWith("TC3") ? "TC3-HMAC-SHA256" : "Hmac");
            assertThat(r.diagnostics())
                    .doesNotContain("not-the-right-key", api.credentials().secretKey());
        });
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void unknownSecretIdGetsSecretIdNotFound(Mode mode, TencentCloudApi api) {
        ApiCredentials unknown = ApiCredentials.of("AKIDnobodyHasThisKey1234567890123456", "whatever");

        assertThat(codeOf(() -> new MdlClient(api, unknown, mode).describe(ACTION, null)))
                .isEqualTo("AuthFailure.SecretIdNotFound");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void clockSixMinutesAheadGetsSignatureExpire(Mode mode, TencentCloudApi api) {
        api.clock().advance(Duration.ofMinutes(6));

        assertThat(codeOf(() -> new MdlClient(api, api.credentials(), mode).describe(ACTION, null)))
                .isEqualTo("AuthFailure.SignatureExpire");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void clockFourMinutesAheadIsStillAccepted(Mode mode, TencentCloudApi api) {
        api.clock().advance(Duration.ofMinutes(4));

        assertThat(codeOf(() -> new MdlClient(api, api.credentials(), mode).describe(ACTION, null)))
                .isEqualTo("(success)");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void temporaryCredentialsNeedTheirToken(Mode mode, TencentCloudApi api) {
        ApiCredentials temporary = ApiCredentials.of("AKIDtemporary000000000000000000000000", "temp-key")
                .withToken("the-token");
        api.acceptCredentials(temporary);

        assertThat(codeOf(() -> new MdlClient(api, temporary, mode).describe(ACTION, null)))
                .isEqualTo("(success)");
        assertThat(api.lastRequest().token()).contains("the-token");
        assertThat(codeOf(() -> new MdlClient(api, temporary.withToken("stolen"), mode).describe(ACTION, null)))
                .isEqualTo("AuthFailure.TokenFailure");
    }

    @Test
    void commonClientCallIsVerifiedToo(TencentCloudApi api) throws Exception {
        assertThat(ApiResponse.parse(SdkErrorMappingTestSupport.commonClient(api, api.credentials())
                                .call(ACTION, "{}"))
                        .isSuccess())
                .isTrue();
    }

    @Test
    void aSignatureForAnotherServiceIsRefused(TencentCloudApi api) throws Exception {
        io.github.tctestkit.core.signing.SignableRequest signable =
                io.github.tctestkit.core.signing.SignableRequest.jsonPost(api.endpoint(), "{}")
                        .withHeader("X-TC-Action", ACTION)
                        .withHeader("X-TC-Version", "2020-03-26");
        long now = api.clock().now().getEpochSecond();
        for (String service : List.of("cvm", "mdl", "127")) {
            var signature = io.github.tctestkit.core.signing.Tc3Signer.sign(signable, api.credentials(), service, now);
            HttpRequest.Builder request = HttpRequest.newBuilder(api.baseUri())
                    .header("Content-Type", signable.header("Content-Type").orElseThrow())
                    .header("X-TC-Action", ACTION)
                    .header("X-TC-Version", "2020-03-26")
                    .POST(HttpRequest.BodyPublishers.ofString("{}"));
            signature.headers().forEach(request::header);
            HttpResponse<String> response =
                    HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
            String code = ApiResponse.parse(response.body())
                    .error()
                    .map(e -> e.code())
                    .orElse("(success)");
            assertThat(code)
                    .as("signed for %s", service)
                    .isEqualTo(service.equals("cvm") ? "AuthFailure.SignatureFailure" : "(success)");
        }
        assertThat(api.lastRejection())
                .hasValueSatisfying(r -> assertThat(r.reason())
                        .contains("the credential scope names service \"cvm\", but this endpoint is service \"mdl\""));
    }

    @Test
    void secretIdOfTheWrongShapeGetsInvalidSecretId(TencentCloudApi api) {
        ApiCredentials odd = ApiCredentials.of("not-a-tencent-key", "x");
        assertThat(codeOf(() -> new MdlClient(api, odd, Mode.TC3_POST_JSON).describe(ACTION, null)))
                .isEqualTo("AuthFailure.InvalidSecretId");
    }

    @Test
    void unknownActionVersionAndRegionGetTheirCodes(TencentCloudApi api) {
        ApiCredentials key = api.credentials();
        assertThat(codeOf(() -> new MdlClient(api, key, Mode.TC3_POST_JSON).describe("DescribeNothing", null)))
                .isEqualTo("InvalidAction");
        assertThat(codeOf(() -> new MdlClient(api, key, Mode.TC3_POST_JSON, "2019-01-01", "ap-guangzhou")
                        .describe(ACTION, null)))
                .isEqualTo("NoSuchVersion");
        assertThat(codeOf(() -> new MdlClient(api, key, Mode.TC3_POST_JSON, "2020-03-26", "xx-nowhere-1")
                        .describe(ACTION, null)))
                .isEqualTo("UnsupportedRegion");
        assertThat(api.rejections())
                .extracting(Rejection::code)
                .containsExactly("InvalidAction", "NoSuchVersion", "UnsupportedRegion");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void aBurstOverTwentyASecondGetsRequestLimitExceeded(Mode mode, TencentCloudApi api) {
        api.clock().freeze(); // the whole burst falls in one second of the server's clock
        MdlClient client = new MdlClient(api, api.credentials(), mode);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 22; i++) {
            codes.add(codeOf(() -> client.describe(ACTION, null)));
        }

        assertThat(codes.subList(0, 20)).containsOnly("(success)");
        assertThat(codes.subList(20, 22)).containsOnly("RequestLimitExceeded");

        api.clock().advance(Duration.ofSeconds(1));
        assertThat(codeOf(() -> client.describe(ACTION, null))).isEqualTo("(success)");
    }

    @Test
    void rateLimitsCountEachActionOnItsOwn(TencentCloudApi api) {
        api.clock().freeze();
        api.givenSuccess("DescribeStreamLiveInputs");
        MdlClient client = new MdlClient(api, api.credentials(), Mode.TC3_POST_JSON);
        for (int i = 0; i < 20; i++) {
            assertThat(codeOf(() -> client.describe(ACTION, null))).isEqualTo("(success)");
        }
        assertThat(codeOf(() -> client.describe("DescribeStreamLiveInputs", null)))
                .isEqualTo("(success)");
        assertThat(codeOf(() -> client.describe(ACTION, null))).isEqualTo("RequestLimitExceeded");
    }

    @Test
    void otherMethodsGetUnsupportedProtocolAndMissingActionGetsMissingParameter(TencentCloudApi api) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> put = http.send(
                HttpRequest.newBuilder(api.baseUri())
                        .header("X-TC-Action", ACTION)
                        .PUT(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> noAction = http.send(
                HttpRequest.newBuilder(api.baseUri())
                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(ApiResponse.parse(put.body()).error().orElseThrow().code()).isEqualTo("UnsupportedProtocol");
        assertThat(ApiResponse.parse(noAction.body()).error().orElseThrow().code())
                .isEqualTo("MissingParameter");
    }

    @Test
    void anUnsignedRequestIsExplained(TencentCloudApi api) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(api.baseUri())
                                .header("X-TC-Action", ACTION)
                                .header("X-TC-Version", "2020-03-26")
                                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(ApiResponse.parse(response.body()).error().orElseThrow().code())
                .isEqualTo("AuthFailure.SignatureFailure");
        assertThat(api.lastRejection())
                .hasValueSatisfying(r -> assertThat(r.reason()).containsIgnoringCase("authorization"));
    }

    @Test
    void anotherServiceCanBeDescribed(TencentCloudApi api) {
        api.describeService(ServiceDescription.builder("cvm", "2017-03-12")
                .group("Instance", "DescribeInstances")
                .regions("ap-guangzhou")
                .rateLimitPerSecond(40)
                .build());
        api.givenSuccess("DescribeInstances");
        ApiCredentials key = api.credentials();

        assertThat(codeOf(() -> new MdlClient(api, key, Mode.TC3_POST_JSON, "2017-03-12", "ap-guangzhou")
                        .describe("DescribeInstances", null)))
                .isEqualTo("(success)");
        assertThat(codeOf(() -> new MdlClient(api, key, Mode.TC3_POST_JSON).describe(ACTION, null)))
                .isEqualTo("InvalidAction");
        assertThat(api.service().name()).isEqualTo("cvm");
    }
}
