package io.github.tctestkit.wiremock.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.tctestkit.core.ApiResponse;
import io.github.tctestkit.core.ErrorCode;
import io.github.tctestkit.core.ServiceDescription;
import io.github.tctestkit.core.contract.ActionContract;
import io.github.tctestkit.core.contract.internal.Payloads;
import io.github.tctestkit.core.signing.ApiCredentials;
import io.github.tctestkit.wiremock.Fault;
import io.github.tctestkit.wiremock.RecordedRequest;
import io.github.tctestkit.wiremock.Rejection;
import io.github.tctestkit.wiremock.ServerClock;
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
        return new InEffect(
                scope == server.base() ? null : scope,
                server.base(),
                server.settings().service());
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

    private Stubbing add(Answer answer, String action) {
        return new StubbingImpl(config().answers, answer, action);
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

    @Override
    public Stubbing givenError(ErrorCode error, String message) {
        if (error == null || message == null) {
            throw new IllegalArgumentException(
                    "error and message must not be null, but " + (error == null ? "error" : "message") + " was");
        }
        return add(new Answer.Envelope(ApiResponse.ofError(error, message), "error " + error.code()), Answers.ANY);
    }

    @Override
    public SuccessStubbing givenSuccess(String action) {
        String checked = checkAction(action);
        Optional<ActionContract> contract = actionContract(checked);
        ObjectNode payload = contract.map(ActionContract::defaultAnswer)
                .orElseGet(() -> ApiResponse.ofSuccess().payload());
        return success(checked, payload, contract);
    }

    @Override
    public SuccessStubbing givenSuccess(String action, String payloadJson) {
        String checked = checkAction(action);
        ObjectNode payload = ApiResponse.ofSuccess(payloadJson).payload();
        Optional<ActionContract> contract = actionContract(checked);
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
        return success(checked, payload, contract);
    }

    private SuccessStubbing success(String action, ObjectNode payload, Optional<ActionContract> contract) {
        return StubbingImpl.success(
                config().answers,
                action,
                payload,
                contract.map(ActionContract::output).orElse(null),
                inEffect().service().contract().isPresent());
    }

    /** The action in the contract of the service that applies, if it describes it. */
    private Optional<ActionContract> actionContract(String action) {
        return inEffect().service().contract().flatMap(c -> c.findAction(action));
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
        return InEffect.DEFAULT_CREDENTIALS;
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
        config().gateway.service = service;
    }

    @Override
    public ServiceDescription service() {
        return inEffect().service();
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

    @Override
    public io.github.tctestkit.wiremock.StreamLiveResources streamLive() {
        if (bound != null) {
            checkBound();
        } else {
            checkServer();
        }
        io.github.tctestkit.wiremock.internal.state.StreamLiveState state = server.state();
        if (state == null) {
            throw new IllegalStateException("This fake Tencent Cloud (" + server.name() + ") keeps no state: use"
                    + " @TencentCloudApiTest(stateful = true), or TencentCloudEmulator.builder().stateful(true), for"
                    + " an in-memory StreamLive whose resources live between calls.");
        }
        return state;
    }

    @Override
    public String toString() {
        return "TencentCloudApi[" + server + (bound == null ? "" : ", " + bound.name) + "]";
    }
}
