package io.github.tctestkit.wiremock.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.extension.StubLifecycleListener;
import com.github.tomakehurst.wiremock.extension.requestfilter.RequestFilterAction;
import com.github.tomakehurst.wiremock.extension.requestfilter.StubRequestFilterV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.github.tctestkit.core.ApiResponse;
import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.core.ErrorCode;
import io.github.tctestkit.core.ServiceDescription;
import io.github.tctestkit.wiremock.TencentCloudApi;
import io.github.tctestkit.wiremock.internal.coverage.Coverage;
import io.github.tctestkit.wiremock.internal.gateway.GatewayChecks;
import io.github.tctestkit.wiremock.internal.gateway.SizeCheck;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A WireMock server that plays one Tencent Cloud service. One request's way through it:
 *
 * <ol>
 *   <li>{@link Pipeline#filter read once}: the request becomes an {@link IncomingRequest}, stamped on the server's
 *       clock that {@link InEffect applies}, and is recorded in the current scope's {@link Journal};
 *   <li>{@link GatewayChecks gateway}: a request filter in front of every stub on the server, so that raw WireMock
 *       stubs are guarded too; the first refusal answers;
 *   <li>answer: WireMock matches its stubs; a user's raw stub answers if it matches, else the catch-all mapping's
 *       {@link Dispatcher} takes the configured answer ({@link Answers}), else {@code NoAnswerConfigured}.
 * </ol>
 *
 * <p>Tests take turns on a shared server through a lease. Not API.
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
    private final ScopeState base = new ScopeState("outside tests");
    private final Semaphore lease = new Semaphore(1, true);
    private final AtomicBoolean closed = new AtomicBoolean();
    private final GatewaySettings settings;
    private final GatewayChecks gateway;
    private volatile ScopeState active;
    private volatile Set<UUID> stubsBeforeTest = Set.of();
    private volatile UUID catchAllId;

    /** Told of every refusal, for the stand-alone emulator's log; null for none. */
    private volatile java.util.function.Consumer<io.github.tctestkit.wiremock.Rejection> refusalListener;

    /** Jetty threads of a stand-alone emulator: stalled clients each hold one until the idle timeout. */
    static final int EMULATOR_THREADS = 200;
    /** How long a stand-alone emulator waits on a silent connection. */
    static final long EMULATOR_IDLE_TIMEOUT_MILLIS = 10_000;

    /** The resource engine (StreamLive, vpc, cvm, cbs) of a stateful server, else null. */
    private final io.github.tctestkit.wiremock.internal.engine.Engine engine;

    /** The stand-alone emulator's default answers, by service and action; unknown actions share InvalidAction. */
    private final java.util.Map<String, Answer> defaults = new java.util.concurrent.ConcurrentHashMap<>();

    /** Where answers come from, asked in this order; the last always answers. */
    private final java.util.List<AnswerSource> sources;

    /** The request read by the filter, for the dispatcher on the same thread. */
    private final ThreadLocal<IncomingRequest> current = new ThreadLocal<>();

    /** A stand-alone emulator's control API ({@code /_tctestkit/...}), answered before the pipeline; else null. */
    private final io.github.tctestkit.wiremock.internal.control.ControlApi control;

    private StubServer(
            String name,
            boolean configurableOutsideTests,
            int port,
            GatewaySettings settings,
            boolean standAlone,
            boolean wiremockAdmin) {
        this.name = name;
        this.settings = settings;
        this.control = standAlone ? ControlHooks.controlApi(this, wiremockAdmin) : null;
        this.gateway = GatewayChecks.of(settings);
        this.configurableOutsideTests = configurableOutsideTests;
        this.engine = settings.stateful()
                ? new io.github.tctestkit.wiremock.internal.engine.Engine(
                        () -> inEffect().now())
                : null;
        java.util.List<AnswerSource> list = new java.util.ArrayList<>();
        list.add((request, in) -> request.header(CHOOSE_ERROR_HEADER)
                .map(code -> AnswerSource.Chosen.now(chosenError(code, request)))
                .orElse(null));
        list.add((request, in) -> {
            Answers.Entry entry = in.takeAnswer(request.route().serviceName(), request.action());
            return entry == null ? null : new AnswerSource.Chosen(entry.answer, entry.delayMillis);
        });
        if (engine != null) {
            list.add((request, in) -> AnswerSource.Chosen.now(fromEngine(request, in)));
        }
        if (standAlone) {
            list.add((request, in) -> AnswerSource.Chosen.now(defaultAnswer(request)));
        }
        list.add((request, in) -> AnswerSource.Chosen.now(noAnswer(request, in)));
        this.sources = java.util.List.copyOf(list);
        WireMockConfiguration config = wireMockConfig()
                .bindAddress("127.0.0.1")
                // Jetty's default (32 KB for the request line and headers) would answer a GET just over the
                // gateway's 32 KB limit with its own 414 page; leave room so that strict mode answers it instead.
                .jettyHeaderRequestSize(2 * SizeCheck.MAX_GET_BYTES)
                .notifier(new Slf4jNotifier(false))
                .httpServerFactory(new ExactHeadersServerFactory())
                .extensions(new Pipeline(), new Dispatcher(), new CatchAllKeeper(), new AfterAnswer());
        if (standAlone) { // a shared server: many clients, some slow or stalled, none may starve the others
            config.containerThreads(EMULATOR_THREADS)
                    .jettyAcceptors(1) // more than the cores only makes Jetty warn
                    .jettyIdleTimeout(EMULATOR_IDLE_TIMEOUT_MILLIS);
            if (!wiremockAdmin) { // only the control API changes a stand-alone emulator's answers, unless asked
                config.extensions(new io.github.tctestkit.wiremock.internal.control.AdminGuard());
            }
        }
        config.withStores(new JournalStores(config.filesRoot()));
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
        addCatchAll();
    }

    private void addCatchAll() {
        StubMapping catchAll = any(anyUrl())
                .atPriority(CATCH_ALL_PRIORITY)
                .willReturn(aResponse().withTransformers(TRANSFORMER))
                .build();
        catchAllId = catchAll.getId();
        wireMock.addStubMapping(catchAll);
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
        return new StubServer(name, configurableOutsideTests, 0, settings, false, false);
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
        return start(name, port, settings, false);
    }

    /**
     * Starts a stand-alone server (with the control API under {@code /_tctestkit/}) on a given loopback port.
     *
     * @param name for messages
     * @param port the port, or 0 for any free one
     * @param settings the gateway checks to run
     * @param wiremockAdmin whether WireMock's admin API ({@code /__admin}) answers; refused with 403 otherwise
     * @return the started server
     */
    public static StubServer start(String name, int port, GatewaySettings settings, boolean wiremockAdmin) {
        return new StubServer(name, true, port, settings, true, wiremockAdmin);
    }

    /**
     * Tells a listener of every refusal from now on (the stand-alone emulator logs them).
     *
     * @param listener the listener, or null for none
     */
    public void onRefusal(java.util.function.Consumer<io.github.tctestkit.wiremock.Rejection> listener) {
        this.refusalListener = listener;
    }

    ScopeState base() {
        return base;
    }

    GatewaySettings settings() {
        return settings;
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

    /** What applies now: the running test's settings over those made outside tests. */
    InEffect inEffect() {
        return new InEffect(active, base, settings);
    }

    /** The scope that configuration calls change: the running test's, or the one outside tests. */
    ScopeState scopeForConfiguration() {
        ScopeState a = active;
        if (a != null) {
            return a;
        }
        if (!configurableOutsideTests) {
            throw new IllegalStateException("No test is running on " + name
                    + ", and this server is shared by the whole test run (Scope.GLOBAL): configure answers inside"
                    + " a test or a @BeforeEach method, or use Scope.CLASS to configure them in @BeforeAll.");
        }
        return base;
    }

    /** The scope whose requests a reading call returns. */
    ScopeState scopeForReading() {
        ScopeState a = active;
        return a != null ? a : base;
    }

    /** Takes the server for one test: waits for the test before it to end. */
    ScopeState beginTest(String testName) {
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
        wireMock.resetRequests(); // WireMock's journal (verify, findAll) shows this test's requests only
        if (engine != null) {
            engine.clear(); // each test starts with no resources (StreamLive, VPC, CVM, CBS) and default quotas
        }
        ScopeState scope = new ScopeState(testName);
        active = scope;
        return scope;
    }

    /** Ends a test: drops its answers and its WireMock stubs, and lets the next test in. */
    void endTest(ScopeState scope) {
        if (active != scope) {
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
            scope.close("test " + scope.name + " has ended");
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
            base.close(name + " has stopped");
        }
    }

    boolean isClosed() {
        return closed.get();
    }

    /** Steps 1 and 2: read once, record, run the gateway's checks. */
    private RequestFilterAction filter(Request request, ServeEvent event) {
        if (control != null && io.github.tctestkit.wiremock.internal.control.ControlApi.handles(request)) {
            return RequestFilterAction.stopWith(control.answer(request)); // not a Tencent request: not recorded
        }
        InEffect inEffect = inEffect();
        IncomingRequest incoming =
                IncomingRequest.of(request, event == null ? null : event.getRequest(), inEffect.now());
        incoming.route(inEffect.services());
        ScopeState recording = inEffect.current();
        recording.journal.record(incoming);
        RejectionImpl refusal = gateway.check(incoming, inEffect);
        if (refusal != null) {
            recording.journal.reject(refusal);
            Coverage.record(incoming.routedService(), incoming.action(), "refused:" + refusal.code(), recording.name);
            java.util.function.Consumer<io.github.tctestkit.wiremock.Rejection> listener = refusalListener;
            if (listener != null) {
                listener.accept(refusal);
            }
            current.remove();
            return RequestFilterAction.stopWith(envelope(200, ApiResponse.ofError(refusal.code(), refusal.message()))
                    .render(0));
        }
        current.set(incoming);
        return RequestFilterAction.continueWith(request);
    }

    /** Step 3, when no raw stub matched: the configured answer. */
    private ResponseDefinition answer(ServeEvent event) {
        IncomingRequest request = current.get();
        current.remove();
        InEffect inEffect = inEffect();
        if (request == null) { // not through the filter: cannot happen with WireMock 3, kept as a safe fallback
            request = IncomingRequest.of(event.getRequest(), inEffect.now());
            request.route(inEffect.services());
        }
        AnswerSource.Chosen chosen = null;
        for (int i = 0; chosen == null && i < sources.size(); i++) {
            chosen = sources.get(i).answer(request, inEffect);
        }
        Answer answer = chosen.answer();
        int delay = chosen.delayMillis();
        Coverage.record(request.routedService(), request.action(), answer.outcome(), inEffect.current().name);
        return answer.render(delay);
    }

    /**
     * The resource engine's answer, or null when the server is not stateful or the engine does not emulate the
     * request's service and action. The request acts in the account of its SecretId and in its region.
     */
    private Answer fromEngine(IncomingRequest request, InEffect inEffect) {
        Optional<ServiceDescription> routed = request.routedService();
        if (engine == null || routed.isEmpty()) {
            return null;
        }
        ServiceDescription service = routed.get();
        if (!engine.emulates(service.name(), service.version(), request.action())) {
            return null;
        }
        return engine.handle(
                        service.name(),
                        service.version(),
                        request.action(),
                        account(request, inEffect),
                        request.region().orElse(null),
                        request.parametersTree())
                .map(a -> a.isSuccess()
                        ? engineSuccess(a.payload())
                        : (Answer) new Answer.Envelope(
                                ApiResponse.ofError(a.code(), a.message()), "state error " + a.code()))
                .orElse(null);
    }

    /**
     * An engine's success, written once: the payload is the engine's fresh object (its items are stored resources,
     * only read here), so it needs no copy, only a RequestId.
     */
    private static Answer engineSuccess(com.fasterxml.jackson.databind.node.ObjectNode payload) {
        payload.put("RequestId", ApiResponse.newRequestId());
        com.fasterxml.jackson.databind.node.ObjectNode envelope =
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        envelope.set("Response", payload);
        try {
            return new Answer.Fixed(
                    200,
                    io.github.tctestkit.core.internal.Json.STRICT.writeValueAsBytes(envelope),
                    Answer.JSON,
                    "state",
                    "success");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("could not write the engine's answer", e);
        }
    }

    /**
     * The account a request acts in: the SecretId of its TC3 credential or of its v1 {@code SecretId} parameter,
     * else (an unsigned request) the server's default SecretId.
     */
    static String account(IncomingRequest request, InEffect inEffect) {
        return request.authorization()
                .map(io.github.tctestkit.core.signing.Tc3Authorization::secretId)
                .or(() -> request.field("SecretId"))
                .filter(id -> !id.isEmpty())
                .orElseGet(() -> inEffect.defaultCredentials().secretId());
    }

    /**
     * A stand-alone emulator's answer when nothing else answers: the documented default (an empty success for a
     * service without a contract), or InvalidAction for an action the service does not have. Built once
     * per service and action (a request for it needs only a fresh RequestId).
     */
    private Answer defaultAnswer(IncomingRequest request) {
        Optional<ServiceDescription> routed = request.routedService();
        if (routed.isEmpty()) { // one for every unknown action, so that random action names cannot grow the map
            return defaults.computeIfAbsent(
                    "(unknown action)",
                    k -> Preloaded.errorEnvelope(io.github.tctestkit.core.ErrorCode.of(
                            CommonError.INVALID_ACTION.code(),
                            "The action requested does not exist in any service served here (tctestkit).")));
        }
        ServiceDescription service = routed.get();
        String key = service.name() + " " + service.version() + " " + request.action();
        return defaults.computeIfAbsent(
                key,
                k -> new Answer.Envelope(
                        service.contract()
                                .flatMap(c -> c.findAction(request.action()))
                                .map(a -> ApiResponse.ofSuccess(a.defaultAnswer()))
                                // a service without a contract: an empty success
                                .orElseGet(ApiResponse::ofSuccess),
                        "default answer"));
    }

    /** The resource engine, or null when the server is not stateful. */
    public io.github.tctestkit.wiremock.internal.engine.Engine engine() {
        return engine;
    }

    /** The answer when tctestkit itself fails on a request: InternalError naming what went wrong. */
    static Answer internalError(RuntimeException e) {
        String message = "tctestkit failed on this request (a defect of tctestkit, please report it): " + e;
        return new Answer.Fixed(
                200,
                ApiResponse.ofError(CommonError.INTERNAL_ERROR.code(), message).toBytes(),
                Answer.JSON,
                message,
                "error:" + CommonError.INTERNAL_ERROR.code());
    }

    private static Answer envelope(int status, ApiResponse response) {
        return new Answer.Fixed(status, response.toBytes(), Answer.JSON, "");
    }

    private static Answer chosenError(String code, IncomingRequest request) {
        try {
            ErrorCode error = request.routedService()
                    .flatMap(s -> s.findError(code))
                    .or(() -> io.github.tctestkit.core.ErrorCatalogue.findInAny(code))
                    .orElseGet(() -> ErrorCode.of(code));
            return Preloaded.errorEnvelope(error);
        } catch (IllegalArgumentException e) {
            return new Answer.Fixed(
                    400,
                    ("tctestkit: header " + CHOOSE_ERROR_HEADER + " must name an error code: " + e.getMessage())
                            .getBytes(StandardCharsets.UTF_8),
                    "text/plain",
                    "bad " + CHOOSE_ERROR_HEADER);
        }
    }

    private static Answer noAnswer(IncomingRequest request, InEffect inEffect) {
        ScopeState current = inEffect.current();
        String where = current.name.equals("outside tests") ? "outside any test" : "in test " + current.name;
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
                message,
                "no-answer");
    }

    @Override
    public String toString() {
        return name + " on 127.0.0.1:" + (closed.get() ? "(stopped)" : wireMock.port());
    }

    /** The request filter in front of every stub on the server: steps 1 and 2. */
    final class Pipeline implements StubRequestFilterV2 {
        @Override
        public RequestFilterAction filter(Request request, ServeEvent serveEvent) {
            try {
                return StubServer.this.filter(request, serveEvent);
            } catch (RuntimeException e) { // a defect of ours: say so in an envelope, not Jetty's 500 page
                current.remove();
                return RequestFilterAction.stopWith(internalError(e).render(0));
            }
        }

        @Override
        public String getName() {
            return "tctestkit-pipeline";
        }
    }

    /** The catch-all mapping's transformer: step 3 when no raw stub matched. */
    final class Dispatcher implements ResponseDefinitionTransformerV2 {
        @Override
        public ResponseDefinition transform(ServeEvent serveEvent) {
            try {
                return answer(serveEvent);
            } catch (RuntimeException e) {
                current.remove();
                return internalError(e).render(0);
            }
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

    /**
     * After every answer: a request that a user's raw WireMock stub answered (the dispatcher never saw it) is counted
     * for coverage as {@code raw-stub}, and the hand-off from the filter is cleared whoever answered.
     */
    final class AfterAnswer implements com.github.tomakehurst.wiremock.extension.ServeEventListener {
        @Override
        public void beforeResponseSent(
                ServeEvent serveEvent, com.github.tomakehurst.wiremock.extension.Parameters parameters) {
            IncomingRequest left = current.get();
            if (left != null) {
                current.remove();
                Coverage.record(
                        left.routedService(),
                        left.action(),
                        "raw-stub",
                        inEffect().current().name);
            }
        }

        @Override
        public boolean applyGlobally() {
            return true;
        }

        @Override
        public String getName() {
            return "tctestkit-after-answer";
        }
    }

    /** Puts the catch-all mapping back after {@code wireMock().resetAll()} or {@code resetMappings()}. */
    final class CatchAllKeeper implements StubLifecycleListener {
        @Override
        public void afterStubsReset() {
            if (!closed.get()) {
                addCatchAll();
            }
        }

        @Override
        public void afterStubRemoved(StubMapping stub) {
            if (stub.getId().equals(catchAllId) && !closed.get()) {
                addCatchAll();
            }
        }

        @Override
        public String getName() {
            return "tctestkit-catch-all-keeper";
        }
    }
}
