package io.github.tctestkit.wiremock.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.github.tctestkit.core.ApiResponse;
import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.core.ErrorCode;
import io.github.tctestkit.core.StreamLiveError;
import io.github.tctestkit.wiremock.TencentCloudApi;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A WireMock server with one catch-all mapping whose answers come from {@link Layer}s: the configuration made outside
 * tests, and the running test's. Tests take turns through a lease. Not API.
 */
@SuppressWarnings("deprecation") // Store.CloseableResource: kept so that JUnit 5.10 to 5.12 close the server too
public final class StubServer implements AutoCloseable, ExtensionContext.Store.CloseableResource {

    static final String TRANSFORMER = "tctestkit-dispatcher";
    static final int CATCH_ALL_PRIORITY = 1_000_000;
    static final long LEASE_TIMEOUT_MINUTES = 30;
    /** A request header that makes the server answer with the named error, for clients in any language. */
    public static final String CHOOSE_ERROR_HEADER = "X-TcTestKit-Error";

    private final WireMockServer wireMock;
    private final String name;
    private final boolean configurableOutsideTests;
    private final Layer baseline = new Layer("outside tests");
    private final Semaphore lease = new Semaphore(1, true);
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Clock clock = Clock.systemUTC();
    private volatile Layer active;
    private volatile Set<UUID> stubsBeforeTest = Set.of();
    private final UUID catchAllId;

    private final Gateway gateway;

    private StubServer(String name, boolean configurableOutsideTests, int port, GatewaySettings settings) {
        this.name = name;
        this.gateway = new Gateway(settings);
        this.configurableOutsideTests = configurableOutsideTests;
        WireMockConfiguration config = wireMockConfig()
                .bindAddress("127.0.0.1")
                // Jetty's default (32 KB for the request line and headers) would answer a GET just over the
                // gateway's 32 KB limit with its own 414 page; leave room so that strict mode answers it instead.
                .jettyHeaderRequestSize(2 * Gateway.MAX_GET_BYTES)
                .disableRequestJournal()
                .notifier(new Slf4jNotifier(false))
                .httpServerFactory(new ExactHeadersServerFactory())
                .extensions(new Dispatcher());
        if (port == 0) {
            config.dynamicPort();
        } else {
            config.port(port);
        }
        this.wireMock = new WireMockServer(config);
        try {
            wireMock.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "tctestkit could not start its WireMock server on 127.0.0.1:"
                            + (port == 0 ? "(any free port)" : port)
                            + ": " + e.getMessage()
                            + (port == 0 ? "" : ". Is the port already taken? Choose another, or 0 for any free port."),
                    e);
        }
        StubMapping catchAll = wireMock.stubFor(any(anyUrl())
                .atPriority(CATCH_ALL_PRIORITY)
                .willReturn(aResponse().withTransformers(TRANSFORMER)));
        this.catchAllId = catchAll.getId();
    }

    /**
     * Starts a server on a free loopback port.
     *
     * @param name for messages, e.g. "the server of class FooTest"
     * @param configurableOutsideTests whether answers may be configured when no test runs
     * @param settings the gateway checks to run
     * @return the started server
     */
    public static StubServer start(String name, boolean configurableOutsideTests, GatewaySettings settings) {
        return new StubServer(name, configurableOutsideTests, 0, settings);
    }

    /**
     * Starts a server on a given loopback port.
     *
     * @param name for messages
     * @param port the port, or 0 for any free one
     * @param settings the gateway checks to run
     * @return the started server
     */
    public static StubServer start(String name, int port, GatewaySettings settings) {
        return new StubServer(name, true, port, settings);
    }

    Layer baseline() {
        return baseline;
    }

    Layer active() {
        return active;
    }

    GatewaySettings settings() {
        return gateway.settings();
    }

    WireMockServer wireMock() {
        return wireMock;
    }

    int port() {
        return wireMock.port();
    }

    String name() {
        return name;
    }

    /** The layer that configuration calls change: the running test's, or the one outside tests. */
    Layer layerForConfiguration() {
        Layer a = active;
        if (a != null) {
            return a;
        }
        if (!configurableOutsideTests) {
            throw new IllegalStateException("No test is running on " + name
                    + ", and this server is shared by the whole test run (Scope.GLOBAL): configure answers inside"
                    + " a test or a @BeforeEach method, or use Scope.CLASS to configure them in @BeforeAll.");
        }
        return baseline;
    }

    /** The layer whose requests a reading call returns. */
    Layer layerForReading() {
        Layer a = active;
        return a != null ? a : baseline;
    }

    /** Takes the server for one test: waits for the test before it to end. */
    Layer beginTest(String testName) {
        ensureOpen();
        boolean acquired;
        try {
            acquired = lease.tryAcquire(LEASE_TIMEOUT_MINUTES, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name + " to be free for " + testName, e);
        }
        if (!acquired) {
            throw new IllegalStateException("Test " + testName + " waited " + LEASE_TIMEOUT_MINUTES
                    + " minutes for " + name + ", which another test still holds. Tests that share a server take"
                    + " turns; use @TencentCloudApiTest(scope = Scope.METHOD) to give each test its own.");
        }
        Set<UUID> ids = new HashSet<>();
        for (StubMapping m : wireMock.getStubMappings()) {
            ids.add(m.getId());
        }
        stubsBeforeTest = ids;
        Layer layer = new Layer(testName);
        active = layer;
        return layer;
    }

    /** Ends a test: drops its answers and its WireMock stubs, and lets the next test in. */
    void endTest(Layer layer) {
        if (active != layer) {
            return;
        }
        try {
            if (!closed.get()) {
                for (StubMapping m : wireMock.getStubMappings()) {
                    if (!stubsBeforeTest.contains(m.getId()) && !m.getId().equals(catchAllId)) {
                        wireMock.removeStubMapping(m);
                    }
                }
            }
        } finally {
            layer.close("test " + layer.name + " has ended");
            active = null;
            lease.release();
        }
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException(name + " has already been stopped");
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            wireMock.stop();
            baseline.close(name + " has stopped");
        }
    }

    boolean isClosed() {
        return closed.get();
    }

    ResponseDefinition answer(ServeEvent event) {
        ParsedRequest request = ParsedRequest.of(event.getRequest(), clock.instant());
        Layer test = active;
        String chosen = request.header(CHOOSE_ERROR_HEADER).orElse(null);
        if (chosen != null) {
            (test != null ? test : baseline).record(request);
            return chosenError(chosen).render(0);
        }
        Entry entry = null;
        Layer recording = test != null ? test : baseline;
        recording.record(request);
        RejectionImpl rejection = gateway.check(request, test, baseline);
        if (rejection != null) {
            recording.reject(rejection);
            String message = "tctestkit gateway: " + rejection.reason()
                    + (rejection.diagnostics().isEmpty() ? "" : "\n" + rejection.diagnostics());
            return new Answer.Fixed(
                            200, ApiResponse.ofError(rejection.code(), message).toBytes(), Answer.JSON, "")
                    .render(0);
        }
        if (test != null) {
            entry = test.find(request.action());
        }
        if (entry == null) {
            entry = baseline.find(request.action());
        }
        if (entry == null) {
            return noAnswer(request, test).render(0);
        }
        return entry.answer.render(entry.delayMillis);
    }

    private static Answer chosenError(String code) {
        try {
            ErrorCode error = CommonError.fromCode(code)
                    .<ErrorCode>map(e -> e)
                    .or(() -> StreamLiveError.fromCode(code))
                    .orElseGet(() -> ErrorCode.of(code));
            return Preloaded.errorEnvelope(error);
        } catch (IllegalArgumentException e) {
            return new Answer.Fixed(
                    400,
                    ("tctestkit: header " + CHOOSE_ERROR_HEADER + " must name an error code: " + e.getMessage())
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "text/plain",
                    "bad " + CHOOSE_ERROR_HEADER);
        }
    }

    private Answer noAnswer(ParsedRequest request, Layer test) {
        String where = test == null ? "outside any test" : "in test " + test.name;
        String message = request.action().isEmpty()
                ? "tctestkit: the request names no action (no X-TC-Action header and no Action parameter), " + where
                        + ". Configure an answer for every action with api.givenError(...)."
                : "tctestkit: no answer is configured for action \"" + request.action() + "\" " + where
                        + ". Configure one with api.givenSuccess(\"" + request.action()
                        + "\", \"{...}\") or api.givenError(...).forAction(\"" + request.action() + "\").";
        return new Answer.Fixed(
                200,
                ApiResponse.ofError(TencentCloudApi.NO_ANSWER_CODE, message).toBytes(),
                Answer.JSON,
                message);
    }

    @Override
    public String toString() {
        return name + " on 127.0.0.1:" + (closed.get() ? "(stopped)" : wireMock.port());
    }

    /** The catch-all mapping's transformer: answers from the layers. */
    final class Dispatcher implements ResponseDefinitionTransformerV2 {
        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            return answer(serveEvent);
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return TRANSFORMER;
        }
    }
}
