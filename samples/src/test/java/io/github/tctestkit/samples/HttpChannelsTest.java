package io.github.tctestkit.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.core.signing.ApiCredentials;
import io.github.tctestkit.wiremock.Fault;
import io.github.tctestkit.wiremock.RecordedRequest;
import io.github.tctestkit.wiremock.TencentCloudApi;
import io.github.tctestkit.wiremock.TencentCloudApiTest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The contract of {@link HttpChannels}, a client without the SDK, against a gateway that checks signatures. */
@TencentCloudApiTest(strict = true)
class HttpChannelsTest {

    @BeforeEach
    void oneChannel(TencentCloudApi api) {
        api.givenSuccess("DescribeStreamLiveChannels", """
                {"Infos": [{"Id": "5F1E2A", "Name": "news", "State": "IDLE"}]}""");
    }

    static HttpChannels signedWith(TencentCloudApi api, ApiCredentials credentials) {
        return new HttpChannels(api.baseUri(), credentials, "ap-guangzhou");
    }

    @Test
    void signsWithTheCredentialsTheGatewayAccepts(TencentCloudApi api) {
        assertThat(signedWith(api, api.credentials()).listChannels())
                .containsExactly(new Channel("5F1E2A", "news", "IDLE"));

        RecordedRequest request = api.lastRequest();
        assertThat(request.header("Authorization"))
                .hasValueSatisfying(authorization -> assertThat(authorization)
                        .startsWith("TC3-HMAC-SHA256 Credential="
                                + api.credentials().secretId() + "/")
                        .contains("/mdl/tc3_request"));
        assertThat(request.version()).contains("2020-03-26");
        assertThat(request.region()).contains("ap-guangzhou");
        assertThat(api.rejections()).isEmpty();
    }

    @Test
    void aWrongKeyGetsSignatureFailureAndTheGatewaySaysWhy(TencentCloudApi api) {
        ApiCredentials wrongKey = ApiCredentials.of(api.credentials().secretId(), "not-the-secret-key");

        StreamLiveException e = assertThrows(StreamLiveException.class, signedWith(api, wrongKey)::listChannels);

        assertThat(e.code()).isEqualTo(CommonError.AUTH_SIGNATURE_FAILURE.code());
        assertThat(e.retryable()).isFalse();
        assertThat(api.lastRejection()).hasValueSatisfying(why -> {
            assertThat(why.code()).isEqualTo(e.code());
            assertThat(why.diagnostics()).contains("canonical request").doesNotContain("not-the-secret-key");
        });
    }

    @Test
    void aClockSixMinutesBehindTheServerGetsSignatureExpire(TencentCloudApi api) {
        api.clock().advance(Duration.ofMinutes(6));

        StreamLiveException e =
                assertThrows(StreamLiveException.class, signedWith(api, api.credentials())::listChannels);

        assertThat(e.code()).isEqualTo(CommonError.AUTH_SIGNATURE_EXPIRE.code());
    }

    @Test
    void temporaryCredentialsSendTheirToken(TencentCloudApi api) {
        ApiCredentials temporary = ApiCredentials.of("AKIDtemporary000000000000000000000000", "temporary-key")
                .withToken("session-token");
        api.acceptCredentials(temporary);
        api.givenSuccess("StartStreamLiveChannel");

        signedWith(api, temporary).startChannel("5F1E2A");

        assertThat(api.lastRequest().token()).contains("session-token");
        assertThat(api.lastRequest().bodyAsString()).isEqualTo("{\"Id\":\"5F1E2A\"}");
    }

    @ParameterizedTest
    @CsvSource({
        "SERVICE_UNAVAILABLE_503, ServerSideError",
        "NOT_JSON,                MalformedResponse",
        "EMPTY_JSON_OBJECT,       MalformedResponse",
        "CONNECTION_RESET,        NetworkError",
    })
    void mapsBrokenAnswersLikeTheSdkClient(Fault fault, String expectedCode, TencentCloudApi api) {
        api.givenFault(fault).forAction("DescribeStreamLiveChannels");

        StreamLiveException e =
                assertThrows(StreamLiveException.class, signedWith(api, api.credentials())::listChannels);

        assertThat(e.code()).isEqualTo(expectedCode);
    }
}
