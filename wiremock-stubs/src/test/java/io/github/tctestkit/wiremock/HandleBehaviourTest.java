package io.github.tctestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.tctestkit.core.ApiResponse;
import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.core.ErrorCode;
import io.github.tctestkit.core.StreamLiveError;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the handle configures is what a plain HTTP client receives. */
@TencentCloudApiTest(services = "mdl", service = TestService.class)
class HandleBehaviourTest {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    static HttpResponse<String> call(TencentCloudApi api, String action) throws IOException, InterruptedException {
        return call(api, action, "{}", Duration.ofSeconds(30));
    }

    static HttpResponse<String> call(TencentCloudApi api, String action, String body, Duration timeout)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(api.baseUri())
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header("X-TC-Version", "2020-03-26")
                .header("X-TC-Region", "ap-guangzhou")
                .header("X-TC-Timestamp", "1551113065")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (action != null) {
            b.header("X-TC-Action", action);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String code(HttpResponse<String> response) {
        return ApiResponse.parse(response.body()).error().map(e -> e.code()).orElse("(success)");
    }

    @Test
    void endpointIsLoopbackWithThePort(TencentCloudApi api) {
        assertThat(api.endpoint()).isEqualTo("127.0.0.1:" + api.port());
        assertThat(api.baseUri()).hasToString("http://127.0.0.1:" + api.port() + "/");
    }

    @Test
    void unconfiguredRequestGetsAVisibleNoAnswerEnvelope(TencentCloudApi api) throws Exception {
        HttpResponse<String> response = call(api, "DescribeStreamLiveChannels");

        assertThat(response.statusCode()).isEqualTo(200);
        ApiResponse envelope = ApiResponse.parse(response.body());
        assertThat(envelope.error()).hasValueSatisfying(e -> {
            assertThat(e.code()).isEqualTo(TencentCloudApi.NO_ANSWER_CODE);
            assertThat(e.message())
                    .contains("no answer is configured for action \"DescribeStreamLiveChannels\"")
                    .contains("unconfiguredRequestGetsAVisibleNoAnswerEnvelope")
                    .contains("api.givenSuccess(\"DescribeStreamLiveChannels\"");
        });
    }

    @Test
    void requestWithoutActionIsExplained(TencentCloudApi api) throws Exception {
        HttpResponse<String> response = call(api, null);
        assertThat(ApiResponse.parse(response.body()).error().orElseThrow().message())
                .contains("the request names no action");
    }

    @Test
    void successCarriesPayloadAndAFreshRequestIdEachTime(TencentCloudApi api) throws Exception {
        api.givenSuccess("DescribeStreamLiveChannels", "{\"Infos\":[{\"Id\":\"5F1E2A\"}]}");

        ApiResponse first =
                ApiResponse.parse(call(api, "DescribeStreamLiveChannels").body());
        ApiResponse second =
                ApiResponse.parse(call(api, "DescribeStreamLiveChannels").body());

        assertThat(first.isSuccess()).isTrue();
        assertThat(first.at("/Infos/0/Id"))
                .hasValueSatisfying(n -> assertThat(n.asText()).isEqualTo("5F1E2A"));
        assertThat(first.fieldNames()).containsExactly("Infos");
        assertThat(first.requestId()).isNotEqualTo(second.requestId());
    }

    @Test
    void errorForOneActionLeavesOthersAlone(TencentCloudApi api) throws Exception {
        api.givenSuccess("DescribeStreamLiveChannels");
        api.givenSuccess("DeleteStreamLiveChannel");
        api.givenError(StreamLiveError.INVALID_PARAMETER_STATE_ERROR).forAction("DeleteStreamLiveChannel");

        assertThat(code(call(api, "DescribeStreamLiveChannels"))).isEqualTo("(success)");
        assertThat(code(call(api, "DeleteStreamLiveChannel"))).isEqualTo("InvalidParameter.StateError");
    }

    @Test
    void theMostRecentMatchingAnswerWinsWhetherForOneActionOrForAll(TencentCloudApi api) throws Exception {
        api.givenSuccess("DescribeStreamLiveChannels");
        api.givenError(CommonError.INTERNAL_ERROR);
        assertThat(code(call(api, "DescribeStreamLiveChannels"))).isEqualTo("InternalError");

        api.givenSuccess("DescribeStreamLiveChannels");
        assertThat(code(call(api, "DescribeStreamLiveChannels"))).isEqualTo("(success)");
        assertThat(code(call(api, "StartStreamLiveChannel"))).isEqualTo("InternalError");
    }

    @Test
    void anAnswerForEveryActionLimitedInTimesFallsBackToTheActionsOwnAnswer(TencentCloudApi api) throws Exception {
        api.givenSuccess("DescribeStreamLiveChannels");
        api.givenError(CommonError.REQUEST_LIMIT_EXCEEDED).times(1);

        assertThat(code(call(api, "DescribeStreamLiveChannels"))).isEqualTo("RequestLimitExceeded");
        assertThat(code(call(api, "DescribeStreamLiveChannels"))).isEqualTo("(success)");
    }

    @Test
    void narrowingAnOlderAnswerKeepsItsPlaceInTime(TencentCloudApi api) throws Exception {
        Stubbing older = api.givenError(CommonError.RESOURCE_NOT_FOUND);
        api.givenSuccess("DescribeStreamLiveChannel");
        older.forAction("DescribeStreamLiveChannel");

        assertThat(code(call(api, "DescribeStreamLiveChannel"))).isEqualTo("(success)");
        assertThat(code(call(api, "StopStreamLiveChannel"))).isEqualTo(TencentCloudApi.NO_ANSWER_CODE);
    }

    @Test
    void limitedAnswerFallsBackToThePreviousOne(TencentCloudApi api) throws Exception {
        api.givenSuccess("DescribeStreamLiveChannels");
        Stubbing throttled = api.givenError(CommonError.REQUEST_LIMIT_EXCEEDED)
                .forAction("DescribeStreamLiveChannels")
                .times(2);

        assertThat(throttled.remaining()).isEqualTo(2);
        assertThat(code(call(api, "DescribeStreamLiveChannels"))).isEqualTo("RequestLimitExceeded");
        assertThat(code(call(api, "DescribeStreamLiveChannels"))).isEqualTo("RequestLimitExceeded");
        assertThat(code(call(api, "DescribeStreamLiveChannels"))).isEqualTo("(success)");
        assertThat(throttled.remaining()).isZero();
        assertThat(api.requests("DescribeStreamLiveChannels")).hasSize(3);
    }

    @Test
    void latestAnswerWins(TencentCloudApi api) throws Exception {
        api.givenError(CommonError.INTERNAL_ERROR);
        api.givenError(CommonError.RESOURCE_NOT_FOUND, "no such channel");

        HttpResponse<String> response = call(api, "DescribeStreamLiveChannel");
        assertThat(ApiResponse.parse(response.body()).error().orElseThrow().toString())
                .isEqualTo("ResourceNotFound: no such channel");
    }

    @Test
    void anyCodeStringCanBeAnswered(TencentCloudApi api) throws Exception {
        api.givenError(ErrorCode.of("FailedOperation.ChannelBusy"), "busy");
        assertThat(code(call(api, "StopStreamLiveChannel"))).isEqualTo("FailedOperation.ChannelBusy");
    }

    @Test
    void exactEnvelopeKeepsItsRequestId(TencentCloudApi api) throws Exception {
        ApiResponse envelope = ApiResponse.ofSuccess("{\"TotalCount\":0}").withRequestId("fixed-id");
        api.givenEnvelope(envelope).forAction("DescribeStreamLiveInputs");

        assertThat(call(api, "DescribeStreamLiveInputs").body()).isEqualTo(envelope.toJson());
    }

    @Test
    void httpStatusFaultsCarryTheirStatus(TencentCloudApi api) throws Exception {
        api.givenFault(Fault.SERVICE_UNAVAILABLE_503).forAction("A");
        api.givenFault(Fault.INTERNAL_SERVER_ERROR_500).forAction("B");
        api.givenFault(Fault.BAD_GATEWAY_502).forAction("C");
        api.givenFault(Fault.GATEWAY_TIMEOUT_504).forAction("D");
        api.givenHttpResponse(418, "teapot").forAction("E");

        assertThat(call(api, "A").statusCode()).isEqualTo(503);
        HttpResponse<String> b = call(api, "B");
        assertThat(b.statusCode()).isEqualTo(500);
        assertThat(ApiResponse.parse(b.body()).error()).isPresent();
        assertThat(call(api, "C").body()).contains("502 Bad Gateway");
        assertThat(call(api, "D").body()).isEmpty();
        HttpResponse<String> e = call(api, "E");
        assertThat(e.statusCode()).isEqualTo(418);
        assertThat(e.body()).isEqualTo("teapot");
    }

    @Test
    void bodyFaultsBreakTheEnvelope(TencentCloudApi api) throws Exception {
        api.givenFault(Fault.NOT_JSON).forAction("A");
        api.givenFault(Fault.EMPTY_BODY).forAction("B");
        api.givenFault(Fault.EMPTY_JSON_OBJECT).forAction("C");

        assertThat(call(api, "A").body()).isEqualTo("this is not json");
        assertThat(call(api, "B").body()).isEmpty();
        assertThat(call(api, "C").body()).isEqualTo("{}");
    }

    @Test
    void connectionFaultsSurfaceAsIoErrorsAndTheServerKeepsAnswering(TencentCloudApi api) throws Exception {
        api.givenSuccess("Ok");
        for (Fault fault : List.of(Fault.CONNECTION_RESET, Fault.EMPTY_RESPONSE, Fault.RANDOM_DATA_THEN_CLOSE)) {
            api.givenFault(fault).forAction("Broken").times(1);
            assertThatThrownBy(() -> call(api, "Broken")).as("fault %s", fault).isInstanceOf(IOException.class);
            assertThat(code(call(api, "Ok"))).isEqualTo("(success)");
        }
    }

    @Test
    void slowAnswerTripsTheClientTimeout(TencentCloudApi api) throws Exception {
        api.givenSuccess("Slow").delayedBy(Duration.ofMillis(1500));
        assertThatThrownBy(() -> call(api, "Slow", "{}", Duration.ofMillis(300)))
                .isInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void requestsAreRecordedWithTheirApiParts(TencentCloudApi api) throws Exception {
        api.givenSuccess("CreateStreamLiveChannel");
        call(api, "CreateStreamLiveChannel", "{\"Name\":\"n未\",\"AttachedInputs\":[]}", Duration.ofSeconds(30));

        RecordedRequest request = api.lastRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.url()).isEqualTo("/");
        assertThat(request.action()).isEqualTo("CreateStreamLiveChannel");
        assertThat(request.version()).contains("2020-03-26");
        assertThat(request.region()).contains("ap-guangzhou");
        assertThat(request.timestamp())
                .hasValueSatisfying(t -> assertThat(t.getEpochSecond()).isEqualTo(1551113065L));
        // exactly as sent: Jetty's header cache would otherwise answer "charset=UTF-8", breaking TC3 signatures
        assertThat(request.header("content-type")).contains("application/json; charset=utf-8");
        assertThat(request.bodyJson().get("Name").asText()).isEqualTo("n未");
        assertThat(request.token()).isEmpty();
        assertThat(api.requestCount()).isEqualTo(1);
        assertThat(api.droppedRequestCount()).isZero();
    }

    @Test
    void nonJsonBodyIsExplainedWhenReadAsJson(TencentCloudApi api) throws Exception {
        api.givenSuccess("X");
        call(api, "X", "not json", Duration.ofSeconds(30));
        assertThatThrownBy(() -> api.lastRequest().bodyJson())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("request for action \"X\" is not JSON");
    }

    @Test
    void lastRequestBeforeAnyRequestSaysWhatToCheck(TencentCloudApi api) {
        assertThatThrownBy(api::lastRequest)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has received no request in HandleBehaviourTest.lastRequestBeforeAnyRequest")
                .hasMessageContaining("was the client pointed at " + api.endpoint());
    }

    @Test
    void resetForgetsAnswersAndRequests(TencentCloudApi api) throws Exception {
        api.givenSuccess("X");
        call(api, "X");
        api.reset();

        assertThat(api.requests()).isEmpty();
        assertThat(code(call(api, "X"))).isEqualTo(TencentCloudApi.NO_ANSWER_CODE);
    }

    @Test
    void wireMockStubsTakePrecedence(TencentCloudApi api) throws Exception {
        api.givenSuccess("X");
        api.wireMock()
                .stubFor(WireMock.post("/")
                        .willReturn(WireMock.aResponse().withStatus(299).withBody("raw")));

        HttpResponse<String> response = call(api, "X");
        assertThat(response.statusCode()).isEqualTo(299);
        assertThat(response.body()).isEqualTo("raw");
    }

    @Test
    void chosenErrorHeaderAnswersWithThatError(TencentCloudApi api) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(api.baseUri())
                .header("X-TC-Action", "DescribeStreamLiveChannels")
                .header("X-TcTestKit-Error", "AuthFailure.SignatureExpire")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
        assertThat(code(HTTP.send(request, HttpResponse.BodyHandlers.ofString())))
                .isEqualTo("AuthFailure.SignatureExpire");
    }

    @Test
    void badArgumentsAreNamed(TencentCloudApi api) {
        assertThatThrownBy(() -> api.givenError(null)).hasMessage("error must not be null");
        assertThatThrownBy(() -> api.givenSuccess(" ")).hasMessageContaining("action must not be null or blank");
        assertThatThrownBy(() -> api.givenSuccess("A B")).hasMessageContaining("must not contain white space");
        assertThatThrownBy(() -> api.givenSuccess("A", "[1]")).hasMessageContaining("must be a JSON object");
        assertThatThrownBy(() -> api.givenSuccess("A", "{\"RequestId\":\"x\"}"))
                .hasMessageContaining("must not contain \"RequestId\"");
        assertThatThrownBy(() -> api.givenError(CommonError.INTERNAL_ERROR).times(0))
                .hasMessageContaining("at least 1");
        assertThatThrownBy(() -> api.givenSuccess("A").delayedBy(Duration.ofHours(1)))
                .hasMessageContaining("between 0 and 10 minutes");
        assertThatThrownBy(() -> api.givenHttpResponse(700, "")).hasMessageContaining("between 100 and 599");
        assertThatThrownBy(() -> api.givenFault(null)).hasMessage("fault must not be null");
    }
}
