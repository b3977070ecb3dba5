package io.github.tctestkit.samples;

import static io.github.tctestkit.assertions.TencentCloudSdkAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.core.StreamLiveError;
import io.github.tctestkit.wiremock.AllCommonErrors;
import io.github.tctestkit.wiremock.AllStreamLiveErrors;
import io.github.tctestkit.wiremock.Fault;
import io.github.tctestkit.wiremock.RecordedRequest;
import io.github.tctestkit.wiremock.TencentCloudApi;
import io.github.tctestkit.wiremock.TencentCloudApiTest;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The contract of {@link StreamLiveChannels}, against the fake cloud through the real SDK. */
@TencentCloudApiTest
class StreamLiveChannelsTest {

    /** The backoffs the client asked for; nothing sleeps. */
    private final List<Duration> backoffs = new CopyOnWriteArrayList<>();

    /** The real SDK client, pointed at the fake cloud. */
    static CommonClient sdkClient(TencentCloudApi api, int readTimeoutSeconds) {
        HttpProfile http = new HttpProfile();
        http.setEndpoint(api.endpoint());
        http.setProtocol("http://");
        http.setReadTimeout(readTimeoutSeconds);
        Credential credential =
                new Credential(api.credentials().secretId(), api.credentials().secretKey());
        return new CommonClient(
                "mdl", "2020-03-26", credential, "ap-guangzhou", new ClientProfile(ClientProfile.SIGN_TC3_256, http));
    }

    /** The client under test: at most 3 attempts, and a sleeper that only records the backoff. */
    StreamLiveChannels channels(TencentCloudApi api) {
        return new StreamLiveChannels(sdkClient(api, 10), 3, backoffs::add);
    }

    // tag::all-common-errors[]
    @ParameterizedTest
    @AllCommonErrors
    void reportsEveryCommonErrorWithItsCodeAndRequestId(CommonError error, TencentCloudApi api) {
        api.givenError(error);

        StreamLiveException e = assertThrows(StreamLiveException.class, channels(api)::listChannels);

        assertThat(e.code()).isEqualTo(error.code());
        // the cause is the SDK's exception, with the RequestId the fake cloud generated
        TencentCloudSDKException sdkError = (TencentCloudSDKException) e.getCause();
        assertThat(sdkError).failedWith(error).hasUuidRequestId();
        assertThat(e.requestId()).isEqualTo(sdkError.getRequestId());
        // only throttling and internal errors are worth a retry, and the client made 3 attempts at most
        boolean transientError = error == CommonError.REQUEST_LIMIT_EXCEEDED || error == CommonError.INTERNAL_ERROR;
        assertThat(e.retryable()).isEqualTo(transientError);
        assertThat(api.requests("DescribeStreamLiveChannels")).hasSize(transientError ? 3 : 1);
    }
    // end::all-common-errors[]

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

    // tag::retry[]
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
    // end::retry[]

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

    // tag::faults[]
    @ParameterizedTest
    @CsvSource({
        "INTERNAL_SERVER_ERROR_500, ServerSideError",
        "BAD_GATEWAY_502,           ServerSideError",
        "SERVICE_UNAVAILABLE_503,   ServerSideError",
        "GATEWAY_TIMEOUT_504,       ServerSideError",
        "NOT_JSON,                  MalformedResponse",
        "EMPTY_BODY,                MalformedResponse", // the SDK throws a NullPointerException
        "EMPTY_JSON_OBJECT,         MalformedResponse", // the SDK throws a NullPointerException
        "CONNECTION_RESET,          NetworkError",
        "EMPTY_RESPONSE,            NetworkError",
        "RANDOM_DATA_THEN_CLOSE,    NetworkError",
    })
    void reportsBrokenAnswersAsAStreamLiveException(Fault fault, String expectedCode, TencentCloudApi api) {
        api.givenFault(fault);

        StreamLiveException e = assertThrows(StreamLiveException.class, channels(api)::listChannels);

        assertThat(e.code()).isEqualTo(expectedCode);
    }

    @Test
    void reportsATimeout(TencentCloudApi api) {
        api.givenSuccess("DescribeStreamLiveChannels").delayedBy(Duration.ofSeconds(3));
        StreamLiveChannels impatient = new StreamLiveChannels(sdkClient(api, 1), 3, backoffs::add);

        StreamLiveException e = assertThrows(StreamLiveException.class, impatient::listChannels);

        assertThat(e.code()).isEqualTo(StreamLiveException.NETWORK_ERROR);
        assertThat(e.getCause()).hasCauseInstanceOf(SocketTimeoutException.class); // the SDK's exception wraps it
    }
    // end::faults[]

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
