package io.github.tctestkit.benchmarks;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import io.github.tctestkit.core.ServiceDescription;
import io.github.tctestkit.core.ServiceRegistry;
import io.github.tctestkit.core.contract.ServiceContract;
import io.github.tctestkit.core.signing.SignableRequest;
import io.github.tctestkit.core.signing.Tc3Signature;
import io.github.tctestkit.core.signing.Tc3Signer;
import io.github.tctestkit.wiremock.TencentCloudApi;
import io.github.tctestkit.wiremock.TencentCloudEmulator;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time of one API 3.0 call ({@code POST /} with the action in {@code X-TC-Action}) over loopback, sent with the JDK
 * HTTP client on one kept-alive HTTP/1.1 connection per server, to:
 *
 * <ul>
 *   <li>{@link #bareWireMockOneStub}: plain WireMock with a single stub, the floor;
 *   <li>{@link #tctestkit400Actions}: the tctestkit emulator with {@value #ACTIONS} actions configured, asked for the
 *       one in the middle;
 *   <li>{@link #tctestkit400ActionsRotating}: the same emulator, asked for each configured action in turn;
 *   <li>{@link #tctestkitStrict400Actions}: the same in strict mode: signature and gateway checks on every request;
 *   <li>{@link #bareWireMock400Stubs}: plain WireMock with one stub per action, asked for the one it checks last.
 * </ul>
 *
 * <p>All servers are started in every fork, so each benchmark runs in the same surroundings. {@code @Setup} checks one
 * answer of each (status and body) and the benchmarks check every status, so a broken setup yields no figures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DispatchBenchmark {

    /** Number of actions configured in the emulator, and of stubs in the 400-stub WireMock. */
    public static final int ACTIONS = 400;

    static final String VERSION = "2020-03-26";
    static final String PAYLOAD = "{\"TotalCount\":0}";
    /** What every server answers: the payload plus a RequestId (random from tctestkit, fixed from bare WireMock). */
    static final Pattern ENVELOPE = Pattern.compile(
            "\\{\"Response\":\\{\"TotalCount\":0,\"RequestId\":\"[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}\"}}");

    private HttpClient client;
    private WireMockServer oneStub;
    private WireMockServer manyStubs;
    private TencentCloudEmulator emulator;
    private TencentCloudEmulator strictEmulator;
    private HttpRequest strictMiddleRequest;
    private WireMockServer oneStubWithJournal;
    private HttpRequest oneStubWithJournalRequest;
    private TencentCloudEmulator contractEmulator;
    private TencentCloudEmulator noContractEmulator;
    private HttpRequest contractRequest;
    private HttpRequest noContractRequest;

    private HttpRequest oneStubRequest;
    private HttpRequest manyStubsWorstRequest;
    private HttpRequest emulatorMiddleRequest;
    private HttpRequest[] emulatorRotatingRequests;
    private int next;

    /** Starts the servers, configures them, and checks one answer of each. */
    @Setup
    public void setUp() throws IOException, InterruptedException {
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        oneStub = bareWireMock();
        oneStub.stubFor(post(urlEqualTo("/")).willReturn(okJson(envelope(0))));
        oneStubRequest = request(oneStub.baseUrl(), action(0));

        // WireMock checks the newest stub first, so the first one added is the one it reaches last.
        manyStubs = bareWireMock();
        for (int i = 0; i < ACTIONS; i++) {
            manyStubs.stubFor(post(urlEqualTo("/"))
                    .withHeader("X-TC-Action", equalTo(action(i)))
                    .willReturn(okJson(envelope(i))));
        }
        manyStubsWorstRequest = request(manyStubs.baseUrl(), action(0));

        // Every built-in service (the default) plus one of 400 actions, so that each request is routed among all
        // 156 service versions as in a real test; the 400 actions are configured with givenSuccess.
        ServiceRegistry served = ServiceRegistry.builtIn().with(benchService());
        emulator = TencentCloudEmulator.builder().services(served).start();
        TencentCloudApi api = emulator.api();
        emulatorRotatingRequests = new HttpRequest[ACTIONS];
        for (int i = 0; i < ACTIONS; i++) {
            api.givenSuccess(action(i), PAYLOAD);
            emulatorRotatingRequests[i] = request(api.baseUri().toString(), action(i));
        }
        emulatorMiddleRequest = emulatorRotatingRequests[ACTIONS / 2];

        // Strict mode: every request's TC3 signature is verified (and the other gateway checks run). The server's
        // clock is stopped and the requests signed once, so the figure is the server's cost, not the client's.
        strictEmulator =
                TencentCloudEmulator.builder().strict(true).services(served).start();
        TencentCloudApi strict = strictEmulator.api();
        for (int i = 0; i < ACTIONS; i++) {
            strict.givenSuccess(action(i), PAYLOAD);
        }
        strict.clock().freeze();
        strictMiddleRequest = signedRequest(strict, action(ACTIONS / 2));

        // WireMock as users usually run it: the request journal on (tctestkit keeps it on for verify and findAll).
        oneStubWithJournal = new WireMockServer(
                wireMockConfig().bindAddress("127.0.0.1").dynamicPort().notifier(new Slf4jNotifier(false)));
        oneStubWithJournal.start();
        oneStubWithJournal.stubFor(post(urlEqualTo("/")).willReturn(okJson(envelope(0))));
        oneStubWithJournalRequest = request(oneStubWithJournal.baseUrl(), action(0));

        // What checking a request against the contract costs: the same signed CreateStreamLiveInput request (the
        // official example) to two strict emulators whose services differ only in having StreamLive's contract.
        contractEmulator = TencentCloudEmulator.builder().strict(true).start();
        noContractEmulator = TencentCloudEmulator.builder().strict(true).start();
        contractRequest = streamLiveRequest(contractEmulator.api(), true);
        noContractRequest = streamLiveRequest(noContractEmulator.api(), false);
        checkSuccess(contractRequest);
        checkSuccess(noContractRequest);

        check(oneStubRequest, envelope(0));
        check(oneStubWithJournalRequest, envelope(0));
        check(strictMiddleRequest, null);
        check(manyStubsWorstRequest, envelope(0));
        check(request(manyStubs.baseUrl(), action(ACTIONS - 1)), envelope(ACTIONS - 1));
        check(emulatorMiddleRequest, null);
        for (HttpRequest r : emulatorRotatingRequests) {
            check(r, null);
        }
    }

    /** Stops the servers. */
    @TearDown
    public void tearDown() {
        if (emulator != null) {
            emulator.close();
        }
        if (strictEmulator != null) {
            strictEmulator.close();
        }
        if (contractEmulator != null) {
            contractEmulator.close();
        }
        if (noContractEmulator != null) {
            noContractEmulator.close();
        }
        if (oneStubWithJournal != null) {
            oneStubWithJournal.stop();
        }
        if (manyStubs != null) {
            manyStubs.stop();
        }
        if (oneStub != null) {
            oneStub.stop();
        }
    }

    /**
     * Plain WireMock, one stub: the reference.
     *
     * @return the body, consumed by JMH
     */
    @Benchmark
    public byte[] bareWireMockOneStub() throws IOException, InterruptedException {
        return send(oneStubRequest);
    }

    /**
     * tctestkit with {@value #ACTIONS} configured actions, asked for the one in the middle.
     *
     * @return the body, consumed by JMH
     */
    @Benchmark
    public byte[] tctestkit400Actions() throws IOException, InterruptedException {
        return send(emulatorMiddleRequest);
    }

    /**
     * tctestkit with {@value #ACTIONS} configured actions, asked for each in turn.
     *
     * @return the body, consumed by JMH
     */
    @Benchmark
    public byte[] tctestkit400ActionsRotating() throws IOException, InterruptedException {
        HttpRequest r = emulatorRotatingRequests[next];
        next = next + 1 == ACTIONS ? 0 : next + 1;
        return send(r);
    }

    /**
     * tctestkit in strict mode with {@value #ACTIONS} configured actions: the TC3 signature and the other gateway
     * checks on every request. Compare with {@link #tctestkit400Actions} for what verification costs.
     *
     * @return the body, consumed by JMH
     */
    @Benchmark
    public byte[] tctestkitStrict400Actions() throws IOException, InterruptedException {
        return send(strictMiddleRequest);
    }

    /**
     * Plain WireMock with one stub and its request journal on, as WireMock runs by default.
     *
     * @return the body, consumed by JMH
     */
    @Benchmark
    public byte[] bareWireMockOneStubJournal() throws IOException, InterruptedException {
        return send(oneStubWithJournalRequest);
    }

    /**
     * Strict mode on StreamLive's CreateStreamLiveInput with the official example body, parameters checked against
     * the contract. Compare with {@link #tctestkitStrictNoContract}.
     *
     * @return the body, consumed by JMH
     */
    @Benchmark
    public byte[] tctestkitStrictContract() throws IOException, InterruptedException {
        return send(contractRequest);
    }

    /**
     * The same request in strict mode, to a service with the same actions but no contract: no parameter checks.
     *
     * @return the body, consumed by JMH
     */
    @Benchmark
    public byte[] tctestkitStrictNoContract() throws IOException, InterruptedException {
        return send(noContractRequest);
    }

    /**
     * Plain WireMock with one stub per action, asked for the stub it checks last: what the catch-all design avoids.
     *
     * @return the body, consumed by JMH
     */
    @Benchmark
    public byte[] bareWireMock400Stubs() throws IOException, InterruptedException {
        return send(manyStubsWorstRequest);
    }

    private byte[] send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " from " + request.uri());
        }
        return response.body();
    }

    /** Fails unless the answer is HTTP 200 with the success envelope (exactly {@code expected}, when given). */
    private void check(HttpRequest request, String expected) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        String body = new String(response.body(), StandardCharsets.UTF_8);
        String action = request.headers().firstValue("X-TC-Action").orElse("");
        if (response.statusCode() != 200
                || !ENVELOPE.matcher(body).matches()
                || (expected != null && !expected.equals(body))) {
            throw new IllegalStateException("unexpected answer to " + action + " from " + request.uri() + ": HTTP "
                    + response.statusCode() + " " + body);
        }
    }

    /** A strict emulator playing StreamLive without a rate limit, with or without its contract; a signed request. */
    private static HttpRequest streamLiveRequest(TencentCloudApi api, boolean withContract) {
        ServiceDescription mdl = ServiceDescription.streamLive();
        ServiceDescription.Builder service = ServiceDescription.builder(mdl.name(), mdl.version())
                .regions(mdl.regions().toArray(String[]::new))
                .rateLimitPerSecond(0);
        mdl.groups().forEach((group, actions) -> service.group(group, actions.toArray(String[]::new)));
        if (withContract) {
            service.contract(mdl.contract().orElseThrow());
        }
        api.describeService(service.build());
        api.givenSuccess("CreateStreamLiveInput", "{\"Id\":\"5E7818810943216A1234\"}");
        api.clock().freeze();
        String body = ServiceContract.streamLive()
                .action("CreateStreamLiveInput")
                .exampleRequest()
                .toString();
        return signedPost(api, "CreateStreamLiveInput", body);
    }

    /** Fails unless the answer is HTTP 200 with a success envelope. */
    private void checkSuccess(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        String body = new String(response.body(), StandardCharsets.UTF_8);
        if (response.statusCode() != 200 || body.contains("\"Error\"")) {
            throw new IllegalStateException(
                    "unexpected answer from " + request.uri() + ": HTTP " + response.statusCode() + " " + body);
        }
    }

    /** A service of {@value #ACTIONS} actions without a contract or rate limit, version {@value #VERSION}. */
    static ServiceDescription benchService() {
        ServiceDescription.Builder service = ServiceDescription.builder("bench", VERSION)
                .regions("ap-guangzhou")
                .rateLimitPerSecond(0);
        for (int i = 0; i < ACTIONS; i++) {
            service.group("All", action(i));
        }
        return service.build();
    }

    private static WireMockServer bareWireMock() {
        // As tctestkit's StubServer configures its server, less the dispatcher.
        WireMockServer server = new WireMockServer(wireMockConfig()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .disableRequestJournal()
                .notifier(new Slf4jNotifier(false)));
        server.start();
        return server;
    }

    private static HttpRequest request(String baseUrl, String action) {
        return HttpRequest.newBuilder(URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/"))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("X-TC-Action", action)
                .header("X-TC-Version", VERSION)
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();
    }

    private static HttpRequest signedRequest(TencentCloudApi api, String action) {
        return signedPost(api, action, "{}");
    }

    /** A TC3-signed POST on the server's (stopped) clock, signed once so that the figure is the server's cost. */
    private static HttpRequest signedPost(TencentCloudApi api, String action, String body) {
        SignableRequest signable = SignableRequest.jsonPost(api.endpoint(), body)
                .withHeader("X-TC-Action", action)
                .withHeader("X-TC-Version", VERSION)
                .withHeader("X-TC-Region", "ap-guangzhou");
        Tc3Signature signature = Tc3Signer.sign(
                signable, api.credentials(), "127", api.clock().now().getEpochSecond());
        HttpRequest.Builder b = HttpRequest.newBuilder(api.baseUri())
                .header("Content-Type", SignableRequest.JSON_CONTENT_TYPE)
                .header("X-TC-Action", action)
                .header("X-TC-Version", VERSION)
                .header("X-TC-Region", "ap-guangzhou")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        signature.headers().forEach(b::header);
        return b.build();
    }

    static String action(int i) {
        return String.format("Action%04d", i);
    }

    /** The envelope bare WireMock sends: same shape and length as tctestkit's, the stub's number in the RequestId. */
    static String envelope(int i) {
        return String.format("{\"Response\":{\"TotalCount\":0,\"RequestId\":\"00000000-0000-0000-0000-%012d\"}}", i);
    }
}
