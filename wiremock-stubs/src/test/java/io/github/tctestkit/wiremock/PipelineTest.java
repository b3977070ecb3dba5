package io.github.tctestkit.wiremock;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.tctestkit.core.ApiResponse;
import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.core.signing.ApiCredentials;
import io.github.tctestkit.core.signing.SignableRequest;
import io.github.tctestkit.core.signing.Tc3Signer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The request pipeline: every request meets the gateway first, whatever answers it; the escape hatch stays whole. */
class PipelineTest {

    static String code(String body) {
        ApiResponse r = ApiResponse.parse(body);
        return r.error().map(e -> e.code()).orElse("(success)");
    }

    static String send(TencentCloudApi api, String action) throws java.io.IOException {
        return RawHttp.exchange(api.port(), RawHttp.post(api.port(), action, "{}"))
                .body();
    }

    /** An unsigned request: strict mode must refuse it, whatever would answer it. */
    static String unsigned(int port, String action, String extraHeader) {
        byte[] bytes = "{}".getBytes(StandardCharsets.UTF_8);
        return "POST / HTTP/1.1\r\n"
                + "Host: 127.0.0.1:" + port + "\r\n"
                + "Content-Type: application/json; charset=utf-8\r\n"
                + "X-TC-Action: " + action + "\r\n"
                + "X-TC-Version: 2020-03-26\r\n"
                + extraHeader
                + "Content-Length: " + bytes.length + "\r\n"
                + "Connection: close\r\n\r\n{}";
    }

    /**
     * A TC3 request signed the way the official Node.js SDK signs it for a local endpoint: {@code host} without the
     * port in the signature, service {@code 127} (the endpoint's first dot-label), while the Host header it sends
     * carries the port.
     */
    static String signedLikeNodeJs(TencentCloudApi api, ApiCredentials key, String action, String body, long at) {
        SignableRequest signedForm = SignableRequest.builder("POST")
                .header("Host", "127.0.0.1")
                .header("Content-Type", "application/json")
                .header("X-TC-Action", action)
                .header("X-TC-Version", "2020-03-26")
                .header("X-TC-Region", "ap-guangzhou")
                .body(body)
                .build();
        Map<String, String> headers =
                Tc3Signer.sign(signedForm, key, "127", at).applyTo(signedForm).headers();
        StringBuilder raw = new StringBuilder("POST / HTTP/1.1\r\n");
        headers.forEach((k, v) -> {
            if (!k.equalsIgnoreCase("host")) {
                raw.append(k).append(": ").append(v).append("\r\n");
            }
        });
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return raw.append("Host: 127.0.0.1:")
                .append(api.port())
                .append("\r\nContent-Length: ")
                .append(bytes.length)
                .append("\r\nConnection: close\r\n\r\n")
                .append(body)
                .toString();
    }

    @Nested
    @TencentCloudApiTest(services = "mdl", service = TestService.class, strict = true)
    class StrictModeCannotBeBypassed {

        @Test
        void theControlHeaderDoesNotSkipTheChecks(TencentCloudApi api) throws Exception {
            RawHttp.Response r = RawHttp.exchange(
                    api.port(),
                    unsigned(api.port(), "DescribeStreamLiveChannels", "X-TcTestKit-Error: ResourceNotFound\r\n"));

            assertThat(code(r.body())).isEqualTo("AuthFailure.SignatureFailure");
            assertThat(api.lastRejection()).isPresent();
        }

        @Test
        void aRawWireMockStubDoesNotAnswerAnUnsignedRequest(TencentCloudApi api) throws Exception {
            api.wireMock().stubFor(post(anyUrl()).willReturn(ok("raw stub")));

            RawHttp.Response r = RawHttp.exchange(api.port(), unsigned(api.port(), "DescribeStreamLiveChannels", ""));

            assertThat(r.status()).isEqualTo(200);
            assertThat(code(r.body())).isEqualTo("AuthFailure.SignatureFailure");
        }

        @Test
        void aRawWireMockStubAnswersASignedRequest(TencentCloudApi api) throws Exception {
            api.wireMock().stubFor(post(anyUrl()).willReturn(ok("raw stub")));

            String body = Signed.post(
                            api, api.credentials(), "DescribeStreamLiveChannels", "{}".getBytes(StandardCharsets.UTF_8))
                    .body();

            assertThat(body).isEqualTo("raw stub");
            assertThat(api.requests()).hasSize(1);
        }

        @Test
        void theControlHeaderChoosesTheAnswerAfterTheChecksPass(TencentCloudApi api) throws Exception {
            long at = api.clock().now().getEpochSecond();
            String request = signedLikeNodeJs(api, api.credentials(), "DescribeStreamLiveChannels", "{}", at)
                    .replace("Connection: close\r\n", "Connection: close\r\nX-TcTestKit-Error: ResourceNotFound\r\n");

            assertThat(code(RawHttp.exchange(api.port(), request).body())).isEqualTo("ResourceNotFound");
        }
    }

    @Nested
    @TencentCloudApiTest(services = "mdl", service = TestService.class, strict = true)
    class NodeJsSdkSigning {

        @Test
        void hostWithoutPortAndServiceFromTheEndpointAreAccepted(TencentCloudApi api) throws Exception {
            api.givenSuccess("DescribeStreamLiveChannels");
            long at = api.clock().now().getEpochSecond();

            RawHttp.Response r = RawHttp.exchange(
                    api.port(), signedLikeNodeJs(api, api.credentials(), "DescribeStreamLiveChannels", "{}", at));

            assertThat(code(r.body())).isEqualTo("(success)");
            assertThat(api.rejections()).isEmpty();
        }

        @Test
        void aWrongKeyStillFailsAndTheDiagnosticsNameTheHostFormsTried(TencentCloudApi api) throws Exception {
            ApiCredentials wrong = ApiCredentials.of(api.credentials().secretId(), "not-the-key");
            long at = api.clock().now().getEpochSecond();

            RawHttp.Response r =
                    RawHttp.exchange(api.port(), signedLikeNodeJs(api, wrong, "DescribeStreamLiveChannels", "{}", at));

            assertThat(code(r.body())).isEqualTo("AuthFailure.SignatureFailure");
            assertThat(api.lastRejection().orElseThrow().diagnostics())
                    .contains("host forms tried: \"127.0.0.1:" + api.port() + "\" (as sent, as the Java SDK signs it)"
                            + " and \"127.0.0.1\" (without the port, as the Node.js SDK signs it); neither matches");
        }

        @Test
        void aChangedBodyStillFails(TencentCloudApi api) throws Exception {
            long at = api.clock().now().getEpochSecond();
            String request = signedLikeNodeJs(api, api.credentials(), "DescribeStreamLiveChannels", "{}", at)
                    .replace("\r\n\r\n{}", "\r\n\r\n[]");

            assertThat(code(RawHttp.exchange(api.port(), request).body())).isEqualTo("AuthFailure.SignatureFailure");
        }

        @Test
        void aWrongDateStillFails(TencentCloudApi api) throws Exception {
            long tenMinutesAgo = api.clock().now().getEpochSecond() - 600;

            RawHttp.Response r = RawHttp.exchange(
                    api.port(),
                    signedLikeNodeJs(api, api.credentials(), "DescribeStreamLiveChannels", "{}", tenMinutesAgo));

            assertThat(code(r.body())).isEqualTo("AuthFailure.SignatureExpire");
        }
    }

    @Nested
    @TencentCloudApiTest(services = "mdl", service = TestService.class)
    class EscapeHatch {

        @Test
        void resetAllKeepsTheHandleWorking(TencentCloudApi api) throws Exception {
            api.wireMock().resetAll();
            api.givenError(CommonError.RESOURCE_NOT_FOUND);

            assertThat(code(send(api, "DescribeStreamLiveChannels"))).isEqualTo("ResourceNotFound");
        }

        @Test
        void resetMappingsKeepsTheHandleWorking(TencentCloudApi api) throws Exception {
            api.wireMock().resetMappings();
            api.givenSuccess("DescribeStreamLiveChannels");

            assertThat(code(send(api, "DescribeStreamLiveChannels"))).isEqualTo("(success)");
        }

        @Test
        void verifyAndFindAllSeeThisTestsRequests(TencentCloudApi api) throws Exception {
            api.givenSuccess("DescribeStreamLiveChannels");
            send(api, "DescribeStreamLiveChannels");
            send(api, "DescribeStreamLiveChannels");

            api.wireMock().verify(2, postRequestedFor(urlEqualTo("/")));
            assertThat(api.wireMock().findAll(anyRequestedFor(anyUrl()))).hasSize(2);
            assertThat(api.wireMock().getAllServeEvents()).hasSize(2);
        }

        @Test
        void aRawStubAnswersInPlainModeAndTheRequestIsRecorded(TencentCloudApi api) throws Exception {
            api.wireMock()
                    .stubFor(post(anyUrl())
                            .withHeader("X-TC-Action", WireMock.equalTo("Raw"))
                            .willReturn(ok("raw stub")));

            assertThat(send(api, "Raw")).isEqualTo("raw stub");
            assertThat(api.lastRequest().action()).isEqualTo("Raw");
        }
    }

    @Nested
    @TencentCloudApiTest(services = "mdl", service = TestService.class)
    class Journal {

        @Test
        void receivedAtIsOnTheServersClock(TencentCloudApi api) throws Exception {
            Instant then = Instant.parse("2020-03-26T08:00:00Z");
            api.clock().set(then);
            api.givenSuccess("DescribeStreamLiveChannels");

            send(api, "DescribeStreamLiveChannels");

            assertThat(api.lastRequest().receivedAt()).isEqualTo(then);
        }

        @Test
        void receivedAtFollowsAShiftedClock(TencentCloudApi api) throws Exception {
            api.clock().advance(java.time.Duration.ofDays(365));
            api.givenSuccess("DescribeStreamLiveChannels");

            send(api, "DescribeStreamLiveChannels");

            assertThat(api.lastRequest().receivedAt()).isAfter(Instant.now().plus(java.time.Duration.ofDays(364)));
        }
    }

    @Nested
    @TencentCloudApiTest(services = "mdl", service = TestService.class)
    class ConcurrentConfiguration {

        /**
         * Threads add answers for one action and narrow others to it at once, each answer good for one request; not
         * one may be lost: the action is then answered exactly once by each.
         */
        @RepeatedTest(5)
        void noAnswerIsLost(TencentCloudApi api) throws Exception {
            int threads = 8;
            int perThread = 40;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            try {
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    done.add(pool.submit(() -> {
                        start.await();
                        for (int i = 0; i < perThread; i++) {
                            api.givenError(CommonError.RESOURCE_NOT_FOUND, "e" + thread + "-" + i)
                                    .forAction("Same")
                                    .times(1);
                            api.givenSuccess("Same", "{\"N\":\"s" + thread + "-" + i + "\"}")
                                    .times(1);
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> f : done) {
                    f.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            java.util.Set<String> expected = new java.util.HashSet<>();
            for (int t = 0; t < threads; t++) {
                for (int i = 0; i < perThread; i++) {
                    expected.add("e" + t + "-" + i);
                    expected.add("s" + t + "-" + i);
                }
            }
            java.util.Set<String> answered = new java.util.HashSet<>();
            for (int n = 0; n < expected.size(); n++) {
                ApiResponse r = ApiResponse.parse(send(api, "Same"));
                answered.add(r.error()
                        .map(e -> e.message())
                        .orElseGet(() -> r.field("N").orElseThrow().asText()));
            }
            assertThat(answered).isEqualTo(expected);
            assertThat(code(send(api, "Same"))).isEqualTo(TencentCloudApi.NO_ANSWER_CODE);
        }
    }
}
