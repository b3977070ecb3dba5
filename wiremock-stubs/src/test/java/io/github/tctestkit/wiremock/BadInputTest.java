package io.github.tctestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tctestkit.core.ApiResponse;
import io.github.tctestkit.wiremock.TencentCloudApiTest.Scope;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Requests no client should send: the server answers what it can, refuses the rest, and keeps answering. */
@TencentCloudApiTest(services = "mdl", service = TestService.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BadInputTest {

    static final String PING = "DescribeStreamLiveChannels";
    static final byte[] INVALID_UTF8 = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, 0x28, (byte) 0xFF, (byte) 0xFE, '"'};
    static final int ELEVEN_MB = 11 * 1024 * 1024;
    static final int STALLED = 8;

    /** The next well-formed request is answered as configured: the server survived what came before. */
    static void stillAnswers(TencentCloudApi api) throws Exception {
        api.givenSuccess(PING, "{\"Infos\":[{\"Name\":\"after\"}]}");
        HttpResponse<String> response = HandleBehaviourTest.call(api, PING, "{}", Duration.ofSeconds(10));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(ApiResponse.parse(response.body()).at("/Infos/0/Name").map(n -> n.asText()))
                .hasValue("after");
    }

    static String withAction(int port, String method, String action, String extraHeaders, int contentLength) {
        return method + " / HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n"
                + "X-TC-Action: " + action + "\r\n" + extraHeaders + "Content-Length: " + contentLength
                + "\r\nConnection: close\r\n\r\n";
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void bytesThatAreNotHttpGetA400OrAClosedConnection(TencentCloudApi api) throws Exception {
        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            byte[] garbage = new byte[1 + random.nextInt(4096)];
            random.nextBytes(garbage);
            RawHttp.Response response = RawHttp.exchange(api.port(), concat(garbage, "\r\n\r\n".getBytes()));
            assertThat(response.status()).as("answer to garbage #%d", i).isIn(0, 400);
        }
        assertThat(api.requestCount()).as("garbage never reaches the answers").isZero();
        stillAnswers(api);
    }

    @Test
    void aBodyThatIsNotJsonIsAnsweredAndRecordedAsSent(TencentCloudApi api) throws Exception {
        api.givenSuccess("Garbage", "{\"Seen\":true}");
        byte[] body = new byte[2048];
        new Random(7).nextBytes(body);
        RawHttp.Response response = RawHttp.exchange(
                api.port(),
                concat(
                        withAction(api.port(), "POST", "Garbage", "", body.length)
                                .getBytes(StandardCharsets.ISO_8859_1),
                        body));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("\"Seen\":true");
        assertThat(api.lastRequest().body()).isEqualTo(body);
        assertThatThrownBy(() -> api.lastRequest().bodyJson())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("the body of this POST request for action \"Garbage\" is not JSON");
        stillAnswers(api);
    }

    @Test
    void invalidUtf8InTheBodyIsKeptByteForByte(TencentCloudApi api) throws Exception {
        api.givenSuccess("Utf8", "{\"Seen\":true}");
        HttpResponse<String> response = Signed.HTTP.send(
                HttpRequest.newBuilder(api.baseUri())
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json; charset=utf-8")
                        .header("X-TC-Action", "Utf8")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(INVALID_UTF8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(api.lastRequest().body()).isEqualTo(INVALID_UTF8);
        assertThat(api.lastRequest().bodyAsString()).contains("\uFFFD");
        assertThatThrownBy(() -> api.lastRequest().bodyJson())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is not JSON");
        stillAnswers(api);
    }

    @Test
    void nonAsciiBytesInAHeaderDoNotBreakTheServer(TencentCloudApi api) throws Exception {
        byte[] head = concat(
                concat(
                        "POST / HTTP/1.1\r\nHost: x\r\nX-TC-Action: Bad".getBytes(StandardCharsets.ISO_8859_1),
                        new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF}),
                "\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}".getBytes(StandardCharsets.ISO_8859_1));
        RawHttp.Response response = RawHttp.exchange(api.port(), head);

        assertThat(response.status()).isIn(200, 400);
        if (response.status() == 200) {
            assertThat(ApiResponse.parse(response.body()).error().orElseThrow().code())
                    .isEqualTo(TencentCloudApi.NO_ANSWER_CODE);
        }
        stillAnswers(api);
    }

    @Test
    void aHeaderBeyondJettysLimitGets431(TencentCloudApi api) throws Exception {
        String huge = "X-Huge: " + "a".repeat(256 * 1024) + "\r\n";
        RawHttp.Response response = RawHttp.exchangeWhileWriting(
                api.port(), withAction(api.port(), "POST", PING, huge, 0).getBytes(StandardCharsets.ISO_8859_1));

        assertThat(response.status()).isEqualTo(431);
        assertThat(api.requestCount()).isZero();
        stillAnswers(api);
    }

    @Test
    void aLargeBodyIsAnsweredWithoutStrictMode(TencentCloudApi api) throws Exception {
        api.givenSuccess("Large", "{\"Seen\":true}");
        byte[] body = new byte[ELEVEN_MB];
        Arrays.fill(body, (byte) 'x');
        HttpResponse<String> response = Signed.HTTP.send(
                HttpRequest.newBuilder(api.baseUri())
                        .timeout(Duration.ofSeconds(30))
                        .header("X-TC-Action", "Large")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"Seen\":true");
        assertThat(api.lastRequest().body()).hasSize(ELEVEN_MB);
        stillAnswers(api);
    }

    @Test
    void truncatedRequestsAreDroppedWithoutHarm(TencentCloudApi api) throws Exception {
        for (int i = 0; i < 10; i++) {
            try (Socket socket = RawHttp.connect(api.port())) {
                OutputStream out = socket.getOutputStream();
                out.write(withAction(api.port(), "POST", "Truncated", "", 1000).getBytes(StandardCharsets.ISO_8859_1));
                out.write("{\"only\":\"part".getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } // closed with 986 bytes missing
        }
        stillAnswers(api);
        assertThat(api.requests(PING)).hasSize(1);
    }

    @Test
    void aFewHalfSentRequestsHeldOpenDoNotStarveTheServer(TencentCloudApi api) throws Exception {
        // Each stalled request holds a Jetty thread while WireMock reads its body; with about 20 or more held open
        // the pool is used up and later requests wait for the idle timeout (see the hardening report). A few must
        // not matter.
        List<Socket> open = new ArrayList<>();
        try {
            for (int i = 0; i < STALLED; i++) {
                Socket socket = RawHttp.connect(api.port());
                open.add(socket);
                socket.getOutputStream()
                        .write(withAction(api.port(), "POST", "Stalled", "", 1000)
                                .getBytes(StandardCharsets.ISO_8859_1));
                socket.getOutputStream().write('{');
                socket.getOutputStream().flush();
            }
            stillAnswers(api);
        } finally {
            for (Socket s : open) {
                s.close();
            }
        }
        stillAnswers(api);
    }

    @Test
    void anUnknownMethodIsAnsweredLikeAnyOther(TencentCloudApi api) throws Exception {
        RawHttp.Response response =
                RawHttp.exchange(api.port(), withAction(api.port(), "BREW", "Coffee", "", 2) + "{}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(ApiResponse.parse(response.body()).error().orElseThrow().code())
                .isEqualTo(TencentCloudApi.NO_ANSWER_CODE);
        assertThat(api.lastRequest().method()).isEqualTo("BREW");
        stillAnswers(api);
    }

    /**
     * Resets on a server of their own: requests still queued in Jetty when a test ends are answered, and recorded, in
     * whichever test holds the server next (see the hardening report), which would disturb the counts of the others.
     */
    @Nested
    @TencentCloudApiTest(services = "mdl", service = TestService.class, scope = Scope.METHOD)
    class Resets {

        @Test
        void connectionsResetByManyClientsAtOnceLeaveTheServerAnswering(TencentCloudApi api) throws Exception {
            api.givenSuccess("Slow", "{}").delayedBy(Duration.ofMillis(300));
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    int thread = t;
                    done.add(pool.submit(() -> {
                        for (int i = 0; i < 10; i++) {
                            try (Socket socket = RawHttp.connect(api.port())) {
                                String action = (thread + i) % 2 == 0 ? "Slow" : PING;
                                socket.getOutputStream()
                                        .write(RawHttp.post(api.port(), action, "{}")
                                                .getBytes(StandardCharsets.ISO_8859_1));
                                socket.getOutputStream().flush();
                                socket.setSoLinger(true, 0); // close() sends RST, not FIN
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> f : done) {
                    f.get(30, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
                assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
            }
            stillAnswers(api);
        }
    }

    /** The same inputs against the emulated gateway. */
    @Nested
    @TencentCloudApiTest(services = "mdl", service = TestService.class, strict = true)
    class Strict {

        void stillAnswersSigned(TencentCloudApi api) throws Exception {
            api.givenSuccess(PING, "{\"Infos\":[{\"Name\":\"signed\"}]}");
            HttpResponse<String> response =
                    Signed.post(api, api.credentials(), PING, "{}".getBytes(StandardCharsets.UTF_8));
            assertThat(ApiResponse.parse(response.body()).at("/Infos/0/Name").map(n -> n.asText()))
                    .as(response.body())
                    .hasValue("signed");
        }

        @Test
        void anElevenMegabyteBodyGetsTheSizeError(TencentCloudApi api) throws Exception {
            byte[] body = new byte[ELEVEN_MB];
            Arrays.fill(body, (byte) ' ');
            HttpResponse<String> response = Signed.HTTP.send(
                    HttpRequest.newBuilder(api.baseUri())
                            .timeout(Duration.ofSeconds(30))
                            .header("Content-Type", "application/json; charset=utf-8")
                            .header("X-TC-Action", PING)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(ApiResponse.parse(response.body()).error().orElseThrow().code())
                    .isEqualTo("RequestSizeLimitExceeded");
            assertThat(api.lastRejection().orElseThrow().reason())
                    .isEqualTo("a POST request may carry at most 10 MB, this one has " + ELEVEN_MB + " bytes");
            stillAnswersSigned(api);
        }

        @Test
        void anUnknownMethodGetsUnsupportedProtocol(TencentCloudApi api) throws Exception {
            RawHttp.Response response =
                    RawHttp.exchange(api.port(), withAction(api.port(), "BREW", PING, "", 2) + "{}");

            assertThat(response.status()).isEqualTo(200);
            assertThat(ApiResponse.parse(response.body()).error().orElseThrow().code())
                    .isEqualTo("UnsupportedProtocol");
            assertThat(api.lastRejection().orElseThrow().reason())
                    .isEqualTo("the HTTP method BREW is not accepted: only GET and POST are");
            stillAnswersSigned(api);
        }

        @Test
        void signedBodiesThatAreNotJsonPassTheSignatureOverTheirBytesThenFailTheParameterCheck(TencentCloudApi api)
                throws Exception {
            api.givenSuccess(PING, "{\"Infos\":[{\"Name\":\"bytes\"}]}");
            byte[] random = new byte[4096];
            new Random(3).nextBytes(random);
            for (byte[] body : List.of(INVALID_UTF8, random)) {
                HttpResponse<String> response = Signed.post(api, api.credentials(), PING, body);
                assertThat(ApiResponse.parse(response.body())
                                .error()
                                .orElseThrow()
                                .code())
                        .as(response.body())
                        .isEqualTo("InvalidParameter");
                assertThat(api.lastRejection().orElseThrow().reason())
                        .startsWith("the parameters of " + PING + " cannot be read: the body is not JSON: ");
                assertThat(api.lastRequest().body()).isEqualTo(body);
            }
            HttpResponse<String> empty = Signed.post(api, api.credentials(), PING, new byte[0]);
            assertThat(ApiResponse.parse(empty.body()).at("/Infos/0/Name").map(n -> n.asText()))
                    .as(empty.body())
                    .hasValue("bytes");
            assertThat(api.rejections()).hasSize(2).noneMatch(r -> r.code().startsWith("AuthFailure"));
            stillAnswersSigned(api);
        }

        @Test
        void unsignedGarbageIsRefusedAndTheServerGoesOn(TencentCloudApi api) throws Exception {
            RawHttp.Response response = RawHttp.exchange(
                    api.port(),
                    concat(
                            withAction(api.port(), "POST", PING, "", INVALID_UTF8.length)
                                    .getBytes(StandardCharsets.ISO_8859_1),
                            INVALID_UTF8));

            assertThat(response.status()).isEqualTo(200);
            assertThat(ApiResponse.parse(response.body()).error().orElseThrow().code())
                    .startsWith("AuthFailure.");
            stillAnswersSigned(api);
        }

        @Test
        void aGetUrlOverTheGatewayLimitGetsTheSizeErrorNotJettysPage(TencentCloudApi api) throws Exception {
            String query = "Action=" + PING + "&Pad=" + "p".repeat(40 * 1024);
            RawHttp.Response response = RawHttp.exchange(
                    api.port(),
                    "GET /?" + query + " HTTP/1.1\r\nHost: 127.0.0.1:" + api.port() + "\r\nConnection: close\r\n\r\n");

            assertThat(response.status()).as(response.head()).isEqualTo(200);
            assertThat(ApiResponse.parse(response.body()).error().orElseThrow().code())
                    .isEqualTo("RequestSizeLimitExceeded");
            assertThat(api.lastRejection().orElseThrow().reason())
                    .startsWith("a GET request may carry at most 32 KB, this one has ");
            stillAnswersSigned(api);
        }
    }
}
