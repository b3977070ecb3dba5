package io.github.tctestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tctestkit.core.ApiResponse;
import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.core.ErrorCode;
import io.github.tctestkit.core.ServiceRegistry;
import io.github.tctestkit.core.signing.ApiCredentials;
import io.github.tctestkit.core.signing.SignableRequest;
import io.github.tctestkit.core.signing.Tc3Signer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every built-in service on one server: routing by version and action, and a handle that knows services. */
class ServicesTest {

    /** A TC3 request signed for {@code signingService}, with the given version, as the raw answer. */
    static ApiResponse send(TencentCloudApi api, String signingService, String version, String action, String body)
            throws Exception {
        ApiCredentials key = api.credentials();
        SignableRequest request = SignableRequest.builder("POST")
                .header("Host", api.endpoint())
                .header("Content-Type", SignableRequest.JSON_CONTENT_TYPE)
                .header("X-TC-Action", action)
                .header("X-TC-Version", version)
                .header("X-TC-Region", "ap-guangzhou")
                .body(body.getBytes(StandardCharsets.UTF_8))
                .build();
        SignableRequest signed = Tc3Signer.sign(
                        request, key, signingService, api.clock().now().getEpochSecond())
                .applyTo(request);
        HttpRequest.Builder b = HttpRequest.newBuilder(api.baseUri())
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(signed.body()));
        for (Map.Entry<String, String> h : signed.headers().entrySet()) {
            if (!h.getKey().equalsIgnoreCase("host")) {
                b.header(h.getKey(), h.getValue());
            }
        }
        HttpResponse<String> response = Signed.HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return ApiResponse.parse(response.body());
    }

    static String code(ApiResponse response) {
        return response.error().map(e -> e.code()).orElse("(success)");
    }

    @Nested
    @TencentCloudApiTest(strict = true)
    class StrictOverEveryService {

        @Test
        void servesEveryBuiltInServiceByDefault(TencentCloudApi api) {
            ServiceRegistry served = api.services();
            assertThat(served.services()).hasSize(156);
            assertThat(served.names()).hasSize(140).contains("cvm", "vpc", "cbs", "mdl", "tke");
            assertThat(served.versionsOf("tke"))
                    .extracting(s -> s.version())
                    .containsExactly("2018-05-25", "2022-05-01");
            assertThat(served.actionCount()).isEqualTo(8584);
            assertThatThrownBy(api::service)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("serves 156 service versions, not one");
        }

        @Test
        void aPairTwoServicesShareIsRefusedNamingTheCandidatesAndHowToChoose(TencentCloudApi api) throws Exception {
            ApiResponse answer = send(api, "127", "2020-12-29", "CancelTask", "{}");

            assertThat(code(answer)).isEqualTo("TcTestKit.AmbiguousService");
            Rejection r = api.lastRejection().orElseThrow();
            assertThat(r.reason())
                    .isEqualTo("action CancelTask of version 2020-12-29 belongs to several services served:"
                            + " ams 2020-12-29, vm 2020-12-29");
            assertThat(r.diagnostics())
                    .contains("services = ...")
                    .contains("--services")
                    .contains("Host header");
        }

        @Test
        void anUnknownActionIsInvalidActionWithTheClosestActionsOfTheServicesServed(TencentCloudApi api)
                throws Exception {
            ApiResponse answer = send(api, "cvm", "2017-03-12", "DescribeInstancesz", "{}");

            assertThat(code(answer)).isEqualTo("InvalidAction");
            assertThat(api.lastRejection().orElseThrow().diagnostics())
                    .startsWith("did you mean DescribeInstances")
                    .endsWith("(140 services served)");
        }

        @Test
        void aVersionNoServiceWithTheActionHasIsNoSuchVersionNamingTheVersionsThatExist(TencentCloudApi api)
                throws Exception {
            ApiResponse answer = send(api, "cvm", "2099-01-01", "RunInstances", "{}");

            assertThat(code(answer)).isEqualTo("NoSuchVersion");
            assertThat(api.lastRejection().orElseThrow().reason())
                    .isEqualTo("no service with action RunInstances has API version \"2099-01-01\" (the versions"
                            + " that have it: cvm 2017-03-12, ecm 2019-07-19)");
        }

        @Test
        void theRecordedRequestKnowsItsService(TencentCloudApi api) throws Exception {
            api.givenSuccess("DescribeStreamLiveRegions");
            assertThat(code(send(api, "mdl", "2020-03-26", "DescribeStreamLiveRegions", "{}")))
                    .isEqualTo("(success)");

            assertThat(api.lastRequest().service()).contains("mdl");
            assertThat(api.service("mdl").requests()).hasSize(1);
            assertThat(api.service("mdl").requests("DescribeStreamLiveRegions")).hasSize(1);
            assertThat(api.service("cvm").requests()).isEmpty();
        }
    }

    @Nested
    @TencentCloudApiTest
    class TheHandle {

        @Test
        void aMisspeltActionIsRefusedWhenConfiguredWithTheClosestNames(TencentCloudApi api) {
            assertThatThrownBy(() -> api.givenSuccess("DescribeStreamLiveChanels"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("givenSuccess(\"DescribeStreamLiveChanels\"): no service served here has"
                            + " action \"DescribeStreamLiveChanels\"; did you mean DescribeStreamLiveChannels");
            assertThatThrownBy(() -> api.givenError(CommonError.INTERNAL_ERROR).forAction("StartStreamLiveChanel"))
                    .hasMessageStartingWith("forAction(\"StartStreamLiveChanel\"): no service served here has action"
                            + " \"StartStreamLiveChanel\"; did you mean StartStreamLiveChannel");
            assertThatThrownBy(() ->
                            api.givenError(CommonError.INTERNAL_ERROR).times(2).forAction("Nope"))
                    .hasMessageContaining("did you mean");
        }

        @Test
        void aSharedActionNameNeedsItsServiceAndAUniqueOneNeedsNothing(TencentCloudApi api) {
            assertThatThrownBy(() -> api.givenError(CommonError.INTERNAL_ERROR).forAction("DescribeInstances"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith(
                            "forAction(\"DescribeInstances\"): action \"DescribeInstances\" belongs to ")
                    .hasMessageContaining("cvm")
                    .hasMessageContaining("redis")
                    .hasMessageEndingWith("say which, for example with api.service(\"cdwdoris\")");

            Stubbing cvmOnly = api.service("cvm")
                    .givenError(ErrorCode.of("InvalidInstanceId.NotFound"))
                    .forAction("DescribeInstances");
            assertThat(cvmOnly.toString()).contains("for action DescribeInstances of cvm");
            Stubbing unique = api.givenError(CommonError.INTERNAL_ERROR).forAction("DescribeStreamLiveChannels");
            assertThat(unique.toString()).contains("for action DescribeStreamLiveChannels of mdl");
        }

        @Test
        void aServiceThatIsNotServedIsNamedWithTheClosestOnes(TencentCloudApi api) {
            assertThatThrownBy(() -> api.service("cvmm"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("no service \"cvmm\" is served here; closest: cvm");
            assertThatThrownBy(() -> api.service("cvm")
                            .givenError(CommonError.INTERNAL_ERROR)
                            .forAction("RunInstance"))
                    .hasMessage("forAction(\"RunInstance\"): service cvm has no action \"RunInstance\"; did you mean"
                            + " RunInstances, RenewInstances, ResetInstance?");
        }

        @Test
        void anAnswerForOneServiceDoesNotAnswerAnother(TencentCloudApi api) throws Exception {
            api.service("vpc").givenError(CommonError.REQUEST_LIMIT_EXCEEDED);

            assertThat(code(send(api, "vpc", "2017-03-12", "DescribeVpcs", "{}")))
                    .isEqualTo("RequestLimitExceeded");
            assertThat(code(send(api, "cvm", "2017-03-12", "DescribeZones", "{}")))
                    .isEqualTo(TencentCloudApi.NO_ANSWER_CODE);
        }

        @Test
        void serveOnlyNarrowsTheServicesForTheTest(TencentCloudApi api) {
            api.serveOnly("cvm", "vpc");
            assertThat(api.services().names()).containsExactly("cvm", "vpc");
            assertThatThrownBy(() -> api.serveOnly("nosuch"))
                    .hasMessageStartingWith("no service \"nosuch\" is built in; closest: ");
        }
    }

    @Nested
    @TencentCloudApiTest(
            strict = true,
            services = {"ams"})
    class NarrowedToOneOfTheServicesThatShareAPair {

        @Test
        void thePairGoesToTheServiceServed(TencentCloudApi api) throws Exception {
            api.service("ams").givenError(ErrorCode.of("ResourceNotFound.TaskNotFound"));

            assertThat(code(send(api, "127", "2020-12-29", "CancelTask", "{\"TaskId\":\"t-1\"}")))
                    .isEqualTo("ResourceNotFound.TaskNotFound");
            assertThat(api.lastRequest().service()).contains("ams");
        }
    }
}
