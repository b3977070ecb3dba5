package io.github.tctestkit.wiremock.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tctestkit.core.contract.ServiceContract;
import io.github.tctestkit.wiremock.StreamLiveResources;
import io.github.tctestkit.wiremock.internal.state.StateAnswer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@link StreamLiveResources} over the engine: the seeding and reading view of StreamLive ({@link StreamLive}) in
 * one region, as {@code api.streamLive()} returns it. StreamLive keeps one account, so the view needs none: requests
 * of any SecretId, and unsigned ones, see what it seeds. Not API.
 *
 * <pre>{@code
 * StreamLiveView live = new StreamLiveView(engine);          // the server's engine
 * live.givenChannel("news", List.of(live.givenInput("cam", List.of()).id()));
 * Optional<StateAnswer> a = live.handle("DescribeStreamLiveChannels", "ap-guangzhou", null);
 * StreamLiveView scratch = new StreamLiveView();             // an engine of its own, for checks and tests
 * }</pre>
 */
public final class StreamLiveView implements StreamLiveResources {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final Engine engine;
    private final StreamLive product;
    private final String region;

    /** A view of StreamLive on an engine of its own, on the system clock. */
    public StreamLiveView() {
        this(Instant::now);
    }

    /**
     * A view of StreamLive on an engine of its own.
     *
     * @param clock the time of ids, watermark updates and detection tasks
     */
    public StreamLiveView(Supplier<Instant> clock) {
        this(new Engine(checked(clock)), DEFAULT_REGION);
    }

    /**
     * The view of the StreamLive an engine holds, in {@link #DEFAULT_REGION}.
     *
     * @param engine the engine
     */
    public StreamLiveView(Engine engine) {
        this(engine, DEFAULT_REGION);
    }

    private StreamLiveView(Engine engine, String region) {
        this.engine = engine;
        this.product = (StreamLive) engine.product(ServiceContract.streamLive().service());
        this.region = region;
    }

    private static Supplier<Instant> checked(Supplier<Instant> clock) {
        if (clock == null) {
            throw new IllegalArgumentException("clock must not be null");
        }
        return clock;
    }

    /**
     * The actions the engine answers for StreamLive.
     *
     * @return an unmodifiable set of action names
     */
    public static Set<String> emulatedActions() {
        return Actions.ALL;
    }

    private static final class Actions {
        static final Set<String> ALL = Set.copyOf(
                new Engine(Instant::now).actions(ServiceContract.streamLive().service()));
    }

    /**
     * Answers one StreamLive request, as the server does after the gateway passed it and no answer was configured.
     *
     * @param action the action, for example {@code "CreateStreamLiveChannel"}
     * @param region the request's region; {@code null} or blank means {@link #DEFAULT_REGION}
     * @param params the action's parameters; {@code null} means none; not changed
     * @return the answer, or empty when the engine does not emulate the action
     */
    public Optional<StateAnswer> handle(String action, String region, ObjectNode params) {
        if (action == null) {
            return Optional.empty();
        }
        return engine.handle(product.service, product.version, action, Product.ONE_ACCOUNT, region, params);
    }

    // ---------------------------------------------------------------- StreamLiveResources

    @Override
    public StreamLiveResources inRegion(String region) {
        return new StreamLiveView(engine, region == null || region.isBlank() ? DEFAULT_REGION : region);
    }

    @Override
    public String region() {
        return region;
    }

    @Override
    public InputSecurityGroupView givenInputSecurityGroup(String name, List<String> whitelist) {
        ObjectNode p = F.objectNode();
        p.put("Name", name);
        p.set("Whitelist", StreamLive.strings(whitelist == null ? List.of() : whitelist));
        String id = seed("CreateStreamLiveInputSecurityGroup", p).path("Id").asText();
        return groupView(stored(product.group, id));
    }

    @Override
    public InputView givenInput(String name, List<String> securityGroupIds) {
        ObjectNode p = F.objectNode();
        p.put("Name", name);
        p.put("Type", "RTMP_PUSH");
        p.set("SecurityGroupIds", StreamLive.strings(securityGroupIds == null ? List.of() : securityGroupIds));
        String id = seed("CreateStreamLiveInput", p).path("Id").asText();
        return inputView(stored(product.input, id));
    }

    @Override
    public ChannelView givenChannel(String name, List<String> inputIds) {
        return givenChannel(name, inputIds, IDLE);
    }

    @Override
    public ChannelView givenChannel(String name, List<String> inputIds, String state) {
        if (!IDLE.equals(state) && !RUNNING.equals(state)) {
            throw new IllegalArgumentException("state must be " + IDLE + " or " + RUNNING + ", not " + state);
        }
        ObjectNode p = F.objectNode();
        p.put("Name", name);
        ArrayNode attached = p.putArray("AttachedInputs");
        (inputIds == null ? List.<String>of() : inputIds)
                .forEach(id -> attached.addObject().put("Id", id));
        JsonNode groups = product.contract
                .action("CreateStreamLiveChannel")
                .exampleRequest()
                .get("OutputGroups");
        p.set("OutputGroups", groups != null && groups.isArray() ? groups : F.arrayNode());
        String id = seed("CreateStreamLiveChannel", p).path("Id").asText();
        if (RUNNING.equals(state)) {
            seed("StartStreamLiveChannel", F.objectNode().put("Id", id));
        }
        return channelView(stored(product.channel, id));
    }

    private ObjectNode seed(String action, ObjectNode p) {
        StateAnswer a = handle(action, region, p).orElseThrow();
        if (!a.isSuccess()) {
            throw new IllegalArgumentException(a.code() + ": " + a.message());
        }
        return a.payload();
    }

    private Space space() {
        return engine.space(Product.ONE_ACCOUNT, region);
    }

    private ObjectNode stored(ResourceType t, String id) {
        return engine.get(space(), t, id)
                .orElseThrow(() -> new IllegalStateException("the " + t.name + " " + id + " was removed at once"));
    }

    @Override
    public List<ChannelView> channels() {
        return StreamLive.all(space(), product.channel).stream()
                .map(StreamLiveView::channelView)
                .toList();
    }

    @Override
    public List<InputView> inputs() {
        return StreamLive.all(space(), product.input).stream()
                .map(this::inputView)
                .toList();
    }

    @Override
    public List<InputSecurityGroupView> inputSecurityGroups() {
        return StreamLive.all(space(), product.group).stream()
                .map(this::groupView)
                .toList();
    }

    private static ChannelView channelView(ObjectNode c) {
        return new ChannelView(
                c.path("Id").asText(),
                c.path("Name").asText(),
                c.path("State").asText(),
                StreamLive.attachedInputIds(c));
    }

    private InputView inputView(ObjectNode i) {
        String id = i.path("Id").asText();
        return new InputView(
                id,
                i.path("Name").asText(),
                i.path("Type").asText(),
                StreamLive.idsOf(i.get("SecurityGroupIds")),
                product.channelsUsingInput(space(), id));
    }

    private InputSecurityGroupView groupView(ObjectNode g) {
        String id = g.path("Id").asText();
        return new InputSecurityGroupView(
                id,
                g.path("Name").asText(),
                StreamLive.idsOf(g.get("Whitelist")),
                product.inputsUsingGroup(space(), id));
    }

    @Override
    public void quota(Kind kind, int max) {
        if (kind == null) {
            throw new IllegalArgumentException("kind must not be null");
        }
        if (max < 0) {
            throw new IllegalArgumentException("a quota must be 0 or more, not " + max);
        }
        engine.quota(product.type(kind), max);
    }

    @Override
    public int quota(Kind kind) {
        if (kind == null) {
            throw new IllegalArgumentException("kind must not be null");
        }
        return engine.quota(product.type(kind));
    }

    @Override
    public void clear() {
        engine.clear(product.service);
        engine.resetQuotas(product.service);
    }

    @Override
    public String toString() {
        Space s = space();
        int channels = s.bucket(product.channel).size();
        int inputs = s.bucket(product.input).size();
        int groups = s.bucket(product.group).size();
        int watermarks = s.bucket(product.watermark).size();
        return "StreamLive state of " + region + ": "
                + (channels + inputs + groups + watermarks == 0
                        ? "empty"
                        : channels + " channels, " + inputs + " inputs, " + groups + " input security groups, "
                                + watermarks + " watermarks");
    }
}
