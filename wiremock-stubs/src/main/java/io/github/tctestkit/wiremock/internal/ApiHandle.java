package io.github.tctestkit.wiremock.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.tctestkit.core.ApiResponse;
import io.github.tctestkit.core.ErrorCode;
import io.github.tctestkit.core.ServiceDescription;
import io.github.tctestkit.core.ServiceRegistry;
import io.github.tctestkit.core.contract.ActionContract;
import io.github.tctestkit.core.contract.internal.Payloads;
import io.github.tctestkit.core.internal.Names;
import io.github.tctestkit.core.signing.ApiCredentials;
import io.github.tctestkit.wiremock.Fault;
import io.github.tctestkit.wiremock.RecordedRequest;
import io.github.tctestkit.wiremock.Rejection;
import io.github.tctestkit.wiremock.ServerClock;
import io.github.tctestkit.wiremock.ServiceApi;
import io.github.tctestkit.wiremock.Stubbing;
import io.github.tctestkit.wiremock.SuccessStubbing;
import io.github.tctestkit.wiremock.TencentCloudApi;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The handle: a thin view over a server and one layer. A handle resolved for a test is bound to that test and
 * refuses to work after it; one resolved outside tests follows whichever test is running. Not API.
 */
public final class ApiHandle implements TencentCloudApi {

    private final StubServer server;
    private final ScopeState bound;

    ApiHandle(StubServer server, ScopeState bound) {
        this.server = server;
        this.bound = bound;
    }

    /**
     * A handle for code outside JUnit: follows whichever test layer is active, else the configuration outside tests.
     *
     * @param server the server
     * @return the handle
     */
    public static TencentCloudApi unbound(StubServer server) {
        return new ApiHandle(server, null);
    }

    static String checkAction(String action) {
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException(
                    "action must not be null or blank, but was " + (action == null ? "null" : "\"" + action + "\""));
        }
        if (action.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("action must not contain white space, but was \"" + action + "\"");
        }
        return action;
    }

    private ScopeState config() {
        if (bound != null) {
            checkBound();
            return bound;
        }
        checkServer();
        return server.scopeForConfiguration();
    }

    private ScopeState reading() {
        if (bound != null) {
            checkBound();
            return bound;
        }
        checkServer();
        return server.scopeForReading();
    }

    /** What applies to this handle's readings: its own test's settings over those made outside tests. */
    private InEffect inEffect() {
        ScopeState scope = reading();
        return new InEffect(scope == server.base() ? null : scope, server.base(), server.settings());
    }

    private void checkBound() {
        if (bound.isClosed()) {
            throw new IllegalStateException("This TencentCloudApi handle belongs to " + bound.name
                    + ", which has ended: " + bound.closedReason()
                    + ". A handle works only while its test runs; declare a TencentCloudApi parameter on the test"
                    + " or lifecycle method that needs it.");
        }
    }

    private void checkServer() {
        if (server.isClosed()) {
            throw new IllegalStateException("This TencentCloudApi handle's server (" + server.name()
                    + ") has stopped; a handle cannot be used after its scope has ended.");
        }
    }

    private Stubbing add(Answer answer, String service) {
        return new StubbingImpl(config().answers, answer, service, Answers.ANY, this::resolve);
    }

    /**
     * The service whose {@code action} an answer configured with {@code where} is for: {@code fixed} when the answer
     * was configured through {@link #service(String)}, else the one service served that has the action.
     *
     * @throws IllegalArgumentException naming the closest actions for an unknown one, and the services for a shared
     *     one
     */
    String resolve(String fixed, String action, String where) {
        return resolveService(fixed, action, where).name();
    }

    private ServiceDescription resolveService(String fixed, String action, String where) {
        ServiceRegistry served = inEffect().services();
        if (!fixed.isEmpty()) {
            List<ServiceDescription> versions = served.versionsOf(fixed);
            ServiceDescription newest = null;
            java.util.Set<String> actions = new java.util.TreeSet<>();
            for (ServiceDescription s : versions) {
                actions.addAll(s.actions());
                if (s.hasAction(action)) {
                    newest = s;
                }
            }
            if (newest == null) {
                throw new IllegalArgumentException(where + ": service " + fixed + " has no action \"" + action
                        + "\"; did you mean " + Names.closest(action, actions, 3) + "?");
            }
            return newest;
        }
        List<ServiceDescription> with = served.withAction(action);
        if (with.isEmpty()) {
            throw new IllegalArgumentException(where + ": no service served here has action \"" + action
                    + "\"; did you mean " + String.join(", ", served.closestActions(action, 3)) + "? ("
                    + served.names().size() + " services served)");
        }
        java.util.Set<String> names = new java.util.LinkedHashSet<>();
        with.forEach(s -> names.add(s.name()));
        if (names.size() > 1) {
            String first = names.iterator().next();
            throw new IllegalArgumentException(where + ": action \"" + action + "\" belongs to " + names.size()
                    + " services served (" + String.join(", ", names) + "); say which, for example with"
                    + " api.service(\"" + first + "\")");
        }
        return with.get(with.size() - 1);
    }

    @Override
    public String endpoint() {
        return "127.0.0.1:" + port();
    }

    @Override
    public URI baseUri() {
        return URI.create("http://" + endpoint() + "/");
    }

    @Override
    public int port() {
        checkServer();
        return server.port();
    }

    @Override
    public Stubbing givenError(ErrorCode error) {
        if (error == null) {
            throw new IllegalArgumentException("error must not be null");
        }
        return add(Preloaded.errorEnvelope(error), Answers.ANY);
    }

    private static Answer errorAnswer(ErrorCode error, String message) {
        if (error == null || message == null) {
            throw new IllegalArgumentException(
                    "error and message must not be null, but " + (error == null ? "error" : "message") + " was");
        }
        return new Answer.Envelope(ApiResponse.ofError(error, message), "error " + error.code());
    }

    @Override
    public Stubbing givenError(ErrorCode error, String message) {
        return add(errorAnswer(error, message), Answers.ANY);
    }

    @Override
    public SuccessStubbing givenSuccess(String action) {
        return givenSuccessOf(Answers.ANY, action);
    }

    @Override
    public SuccessStubbing givenSuccess(String action, String payloadJson) {
        return givenSuccessOf(Answers.ANY, action, payloadJson);
    }

    private SuccessStubbing givenSuccessOf(String fixed, String action) {
        String checked = checkAction(action);
        ServiceDescription service = resolveService(fixed, checked, "givenSuccess(\"" + checked + "\")");
        Optional<ActionContract> contract = service.contract().flatMap(c -> c.findAction(checked));
        ObjectNode payload = contract.map(ActionContract::defaultAnswer)
                .orElseGet(() -> ApiResponse.ofSuccess().payload());
        return success(service, checked, payload, contract);
    }

    private SuccessStubbing givenSuccessOf(String fixed, String action, String payloadJson) {
        String checked = checkAction(action);
        ObjectNode payload = ApiResponse.ofSuccess(payloadJson).payload();
        ServiceDescription service = resolveService(fixed, checked, "givenSuccess(\"" + checked + "\", ...)");
        Optional<ActionContract> contract = service.contract().flatMap(c -> c.findAction(checked));
        contract.ifPresent(c -> {
            try {
                Payloads.check(c.output(), payload);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "givenSuccess(\"" + checked + "\", ...): the real API could never"
                                + " return this payload: " + e.getMessage()
                                + ". Use givenEnvelope(...) to send it anyway.",
                        e);
            }
        });
        return success(service, checked, payload, contract);
    }

    private SuccessStubbing success(
            ServiceDescription service, String action, ObjectNode payload, Optional<ActionContract> contract) {
        return StubbingImpl.success(
                config().answers,
                service.name(),
                action,
                payload,
                contract.map(ActionContract::output).orElse(null),
                service.contract().isPresent(),
                this::resolve);
    }

    @Override
    public Stubbing givenEnvelope(ApiResponse envelope) {
        if (envelope == null) {
            throw new IllegalArgumentException("envelope must not be null");
        }
        return add(
                new Answer.Fixed(
                        200,
                        envelope.toBytes(),
                        Answer.JSON,
                        "envelope " + envelope.requestId(),
                        envelope.error().map(e -> "error:" + e.code()).orElse("success")),
                Answers.ANY);
    }

    @Override
    public Stubbing givenFault(Fault fault) {
        if (fault == null) {
            throw new IllegalArgumentException("fault must not be null");
        }
        return add(Answer.of(fault), Answers.ANY);
    }

    @Override
    public List<ErrorCode> errorsOf(String action) {
        String checked = checkAction(action);
        return resolveService(Answers.ANY, checked, "errorsOf(\"" + checked + "\")")
                .errorsOf(checked);
    }

    @Override
    public Stubbing givenHttpResponse(int status, String body) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("HTTP status must be between 100 and 599, but was " + status);
        }
        if (body == null) {
            throw new IllegalArgumentException("body must not be null (use \"\" for an empty body)");
        }
        return add(
                new Answer.Fixed(status, body.getBytes(StandardCharsets.UTF_8), null, "HTTP " + status), Answers.ANY);
    }

    @Override
    public List<RecordedRequest> requests() {
        return reading().journal.requests();
    }

    @Override
    public List<RecordedRequest> requests(String action) {
        String checked = checkAction(action);
        return reading().journal.requests().stream()
                .filter(r -> r.action().equals(checked))
                .toList();
    }

    private List<RecordedRequest> requestsOf(String service, String action) {
        return reading().journal.requests().stream()
                .filter(r -> r.service().orElse("").equals(service)
                        && (action == null || r.action().equals(action)))
                .toList();
    }

    @Override
    public RecordedRequest lastRequest() {
        ScopeState layer = reading();
        List<RecordedRequest> all = layer.journal.requests();
        if (all.isEmpty()) {
            throw new IllegalStateException("The fake Tencent Cloud has received no request "
                    + (layer.name.equals("outside tests") ? "outside tests" : "in " + layer.name)
                    + " yet; was the client pointed at " + endpoint() + " with protocol http://?");
        }
        return all.get(all.size() - 1);
    }

    @Override
    public int requestCount() {
        return reading().journal.received();
    }

    @Override
    public int droppedRequestCount() {
        return reading().journal.dropped();
    }

    @Override
    public void reset() {
        config().clear();
    }

    @Override
    public ApiCredentials credentials() {
        return server.settings().credentials();
    }

    @Override
    public void acceptCredentials(ApiCredentials credentials) {
        if (credentials == null) {
            throw new IllegalArgumentException("credentials must not be null");
        }
        config().gateway.credentials.put(credentials.secretId(), credentials);
    }

    @Override
    public ServerClock clock() {
        return new ClockHandle();
    }

    @Override
    public void describeService(ServiceDescription service) {
        if (service == null) {
            throw new IllegalArgumentException("service must not be null");
        }
        config().gateway.services = ServiceRegistry.of(service);
    }

    @Override
    public void serveOnly(String... names) {
        config().gateway.services = server.settings().services().only(names);
    }

    @Override
    public ServiceDescription service() {
        ServiceRegistry served = inEffect().services();
        if (served.services().size() != 1) {
            throw new IllegalStateException(
                    "This fake serves " + served.services().size() + " service versions, not"
                            + " one: use services() for all of them, or service(\"cvm\") for one");
        }
        return served.services().get(0);
    }

    @Override
    public ServiceRegistry services() {
        return inEffect().services();
    }

    @Override
    public ServiceApi service(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("service name must not be null or blank");
        }
        ServiceRegistry served = inEffect().services();
        if (served.versionsOf(name).isEmpty()) {
            throw new IllegalArgumentException(
                    "no service \"" + name + "\" is served here; closest: " + Names.closest(name, served.names(), 3)
                            + " (" + served.names().size() + " services served)");
        }
        return new ServiceHandle(name);
    }

    /** {@link #service(String)}: the same handle, its answers keyed by one service. */
    private final class ServiceHandle implements ServiceApi {
        private final String name;

        ServiceHandle(String name) {
            this.name = name;
        }

        @Override
        public ServiceDescription description() {
            List<ServiceDescription> versions = inEffect().services().versionsOf(name);
            return versions.get(versions.size() - 1);
        }

        @Override
        public Stubbing givenError(ErrorCode error) {
            if (error == null) {
                throw new IllegalArgumentException("error must not be null");
            }
            return add(Preloaded.errorEnvelope(error), name);
        }

        @Override
        public Stubbing givenError(ErrorCode error, String message) {
            return add(errorAnswer(error, message), name);
        }

        @Override
        public SuccessStubbing givenSuccess(String action) {
            return givenSuccessOf(name, action);
        }

        @Override
        public SuccessStubbing givenSuccess(String action, String payloadJson) {
            return givenSuccessOf(name, action, payloadJson);
        }

        @Override
        public Stubbing givenFault(Fault fault) {
            if (fault == null) {
                throw new IllegalArgumentException("fault must not be null");
            }
            return add(Answer.of(fault), name);
        }

        @Override
        public List<ErrorCode> errorsOf(String action) {
            String checked = checkAction(action);
            return resolveService(name, checked, "errorsOf(\"" + checked + "\")")
                    .errorsOf(checked);
        }

        @Override
        public List<RecordedRequest> requests() {
            return requestsOf(name, null);
        }

        @Override
        public List<RecordedRequest> requests(String action) {
            return requestsOf(name, checkAction(action));
        }

        @Override
        public io.github.tctestkit.wiremock.Resources resources(String type) {
            if (type == null || type.isBlank()) {
                throw new IllegalArgumentException("type must not be null or blank");
            }
            return new EngineResources(
                    engineFor(name),
                    name,
                    type,
                    credentials().secretId(),
                    io.github.tctestkit.wiremock.Resources.DEFAULT_REGION);
        }

        @Override
        public List<String> inferState() {
            return statefulEngine().inferState(name, false);
        }

        @Override
        public void transitionDelay(Duration delay) {
            io.github.tctestkit.wiremock.internal.engine.Engine engine = engineFor(name);
            if (delay == null) {
                throw new IllegalArgumentException("delay must not be null");
            }
            engine.transitionDelay(name, delay);
        }

        @Override
        public String toString() {
            return "ServiceApi[" + name + " on " + ApiHandle.this + "]";
        }
    }

    @Override
    public List<Rejection> rejections() {
        return reading().journal.rejections();
    }

    @Override
    public Optional<Rejection> lastRejection() {
        return reading().journal.lastRejection();
    }

    /** The clock of this handle's layer; changes go to the layer that configuration calls change. */
    private final class ClockHandle implements ServerClock {
        private ClockState effective() {
            return inEffect().clock();
        }

        @Override
        public Instant now() {
            return effective().now();
        }

        @Override
        public void set(Instant instant) {
            if (instant == null) {
                throw new IllegalArgumentException("instant must not be null");
            }
            config().gateway.clock = new ClockState(instant, Duration.ZERO);
        }

        @Override
        public void freeze() {
            set(now());
        }

        @Override
        public void advance(Duration amount) {
            if (amount == null) {
                throw new IllegalArgumentException("amount must not be null");
            }
            ClockState current = effective();
            config().gateway.clock = current.advancedBy(amount);
        }

        @Override
        public void reset() {
            config().gateway.clock = ClockState.SYSTEM;
        }

        @Override
        public String toString() {
            ClockState state = effective();
            return "ServerClock[" + state.now() + (state.fixed() != null ? ", stopped" : "")
                    + (state.offset().isZero() ? "" : ", system clock " + state.offset()) + "]";
        }
    }

    @Override
    public WireMockServer wireMock() {
        if (bound != null) {
            checkBound();
        } else {
            checkServer();
        }
        return server.wireMock();
    }

    /** The resource engine, when the fake is stateful. */
    private io.github.tctestkit.wiremock.internal.engine.Engine statefulEngine() {
        if (bound != null) {
            checkBound();
        } else {
            checkServer();
        }
        io.github.tctestkit.wiremock.internal.engine.Engine engine = server.engine();
        if (engine == null) {
            throw new IllegalStateException("This fake Tencent Cloud (" + server.name() + ") keeps no state: use"
                    + " @TencentCloudApiTest(stateful = true), or TencentCloudEmulator.builder().stateful(true), for"
                    + " resources that live between calls.");
        }
        return engine;
    }

    /** The resource engine, when the fake is stateful and keeps the service's resources. */
    private io.github.tctestkit.wiremock.internal.engine.Engine engineFor(String service) {
        io.github.tctestkit.wiremock.internal.engine.Engine engine = statefulEngine();
        if (!engine.services().contains(service)) {
            throw new IllegalStateException("The resource engine keeps no " + service + " resources; it keeps "
                    + String.join(", ", engine.services())
                    + (service.equals(ServiceDescription.streamLive().name())
                            ? " (StreamLive: use api.streamLive())"
                            : "; api.service(\"" + service + "\").inferState() keeps the resources it can infer")
                    + ".");
        }
        return engine;
    }

    @Override
    public io.github.tctestkit.wiremock.StreamLiveResources streamLive() {
        if (bound != null) {
            checkBound();
        } else {
            checkServer();
        }
        io.github.tctestkit.wiremock.internal.engine.Engine engine = server.engine();
        if (engine == null) {
            throw new IllegalStateException("This fake Tencent Cloud (" + server.name() + ") keeps no state: use"
                    + " @TencentCloudApiTest(stateful = true), or TencentCloudEmulator.builder().stateful(true), for"
                    + " an in-memory StreamLive whose resources live between calls.");
        }
        return new io.github.tctestkit.wiremock.internal.engine.StreamLiveView(engine);
    }

    @Override
    public String toString() {
        return "TencentCloudApi[" + server + (bound == null ? "" : ", " + bound.name) + "]";
    }
}
