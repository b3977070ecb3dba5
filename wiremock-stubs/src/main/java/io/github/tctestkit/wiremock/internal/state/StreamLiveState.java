package io.github.tctestkit.wiremock.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tctestkit.core.ServiceDescription;
import io.github.tctestkit.core.StreamLiveError;
import io.github.tctestkit.core.contract.ActionContract;
import io.github.tctestkit.core.contract.Member;
import io.github.tctestkit.core.contract.ServiceContract;
import io.github.tctestkit.core.contract.Structure;
import io.github.tctestkit.wiremock.StreamLiveResources;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The in-memory StreamLive engine: input security groups, inputs, channels, plans, watermarks and watermark
 * detections, per region. Not API; users reach it as {@link StreamLiveResources}.
 *
 * <h2>How the server calls it</h2>
 *
 * <pre>{@code
 * StreamLiveState state = new StreamLiveState(() -> inEffect.now());   // one per scope whose state should live
 * // after the gateway passed the request and no answer was configured:
 * Optional<StateAnswer> a = state.handle(request.action(), request.region().orElse(null), request.parameters());
 * // empty: the engine does not emulate the action (answer NoAnswerConfigured as before)
 * }</pre>
 *
 * <p>{@link #handle} answers a success payload without {@code RequestId}, shaped by the action's output structure
 * (it starts from {@link ActionContract#defaultAnswer()}), or a product error. Every call is atomic: one lock guards
 * the whole state, so concurrent requests and seeding calls see each other's changes whole or not at all.
 *
 * <h2>Emulated actions</h2>
 *
 * <ul>
 *   <li>Create, Describe (one and all), Modify and Delete of input security groups, inputs, channels and watermarks;
 *       {@code CreateStreamLivePlan}, {@code DeleteStreamLivePlan}, {@code DescribeStreamLivePlans};
 *       {@code CreateWatermarkDetection}, {@code DescribeWatermarkDetection(s)}.
 *   <li>{@code StartStreamLiveChannel} and {@code StopStreamLiveChannel}: {@code IDLE} to {@code RUNNING} and back,
 *       at once (no {@code STARTING}/{@code STOPPING}: the documentation enumerates no states, its examples show
 *       these two).
 *   <li>Synthetic data of an existing resource, from the documented examples with the right ids:
 *       {@code DescribeStreamLiveChannelAlerts}, {@code ...ChannelLogs}, {@code ...ChannelInputStatistics} (one
 *       item per attached input), {@code ...ChannelOutputStatistics} (one item per output group),
 *       {@code DescribeStreamLiveTranscodeDetail} (one item per channel that has ever run), {@code
 *       QueryInputStreamState} (one stream per input setting) and {@code DescribeStreamLiveRegions} (the regions of
 *       {@link ServiceDescription#streamLive()}).
 *   <li>Not emulated (empty answer): {@code GetAbWatermarkPlayUrl}, and any action StreamLive does not have.
 * </ul>
 *
 * <h2>Errors</h2>
 *
 * <p>The codes are the product's; the causes follow each action's documented error list. Tencent does not publish
 * the messages: these are plain English of our own, naming the id, name or limit at fault.
 *
 * <ul>
 *   <li>{@code MissingParameter} (the gateway's code and message): a top-level parameter the contract marks as
 *       required is absent; normally the gateway's request checks answer this first.
 *   <li>{@code InvalidParameter.NotFound}: an id that names nothing in the request's region. Where the action does
 *       not document {@code NotFound} but documents {@code InvalidParameter.<Parameter>}, that code
 *       ({@code ModifyStreamLiveWatermark} → {@code InvalidParameter.Id}, {@code DescribeStreamLiveTranscodeDetail}
 *       → {@code InvalidParameter.ChannelId}).
 *   <li>{@code InvalidParameter.AlreadyAssociatedChannel}: Create/ModifyStreamLiveChannel with an input another
 *       channel uses; DeleteStreamLiveInput of an input a channel uses; DeleteStreamLiveWatermark of a watermark a
 *       channel's template names.
 *   <li>{@code InvalidParameter.AlreadyAssociatedInput}: DeleteStreamLiveInputSecurityGroup of a group an input
 *       uses.
 *   <li>{@code InvalidParameter.StateError}: Start of a running channel, Stop of an idle one, Delete or Modify of a
 *       running channel (ModifyStreamLiveChannel does not document this code; we chose it as Start, Stop and Delete
 *       do), ModifyStreamLiveInput of an input a running channel uses.
 *   <li>{@code InvalidParameter.ExceededQuantityLimit}: a create past the region's quota ({@link
 *       StreamLiveResources#DEFAULT_QUOTA} per kind unless changed).
 *   <li>{@code InvalidParameter.Name}: a name that is not 1 to 32 letters, digits and underscores, or that another
 *       resource of the same kind has in the region (channels, inputs, input security groups, watermarks).
 *   <li>{@code InvalidParameter.Type}, {@code .Whitelist}, {@code .AttachedInputs}, {@code .InputSettings},
 *       {@code .ImageSettings}, {@code .TextSettings}, {@code .Plan}, {@code .Period}, {@code .StartTime},
 *       {@code .EndTime}, {@code .PageNum}: the value the name says is wrong (see the methods).
 * </ul>
 */
public final class StreamLiveState implements StreamLiveResources {

    private static final ServiceContract CONTRACT = ServiceContract.streamLive();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]{1,32}");
    private static final Pattern IPV4_OR_CIDR = Pattern.compile(
            "((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
                    + "(/(3[0-2]|[12]?[0-9]))?");

    private static final Structure GROUP_INFO = info("DescribeStreamLiveInputSecurityGroup", "Info");
    private static final Structure INPUT_INFO = info("DescribeStreamLiveInput", "Info");
    private static final Structure CHANNEL_INFO = info("DescribeStreamLiveChannel", "Info");
    private static final Structure WATERMARK_INFO = info("DescribeStreamLiveWatermark", "Info");
    private static final Structure DETECTION_INFO = info("DescribeWatermarkDetection", "TaskInfo");
    private static final Structure PLAN_INFO = info("DescribeStreamLivePlans", "Infos");

    /** The actions {@link #handle} answers. */
    private static final Set<String> EMULATED = Set.of(
            "CreateStreamLiveInputSecurityGroup",
            "DescribeStreamLiveInputSecurityGroup",
            "DescribeStreamLiveInputSecurityGroups",
            "ModifyStreamLiveInputSecurityGroup",
            "DeleteStreamLiveInputSecurityGroup",
            "CreateStreamLiveInput",
            "DescribeStreamLiveInput",
            "DescribeStreamLiveInputs",
            "ModifyStreamLiveInput",
            "DeleteStreamLiveInput",
            "QueryInputStreamState",
            "CreateStreamLiveChannel",
            "DescribeStreamLiveChannel",
            "DescribeStreamLiveChannels",
            "ModifyStreamLiveChannel",
            "DeleteStreamLiveChannel",
            "StartStreamLiveChannel",
            "StopStreamLiveChannel",
            "DescribeStreamLiveChannelAlerts",
            "DescribeStreamLiveChannelLogs",
            "DescribeStreamLiveChannelInputStatistics",
            "DescribeStreamLiveChannelOutputStatistics",
            "DescribeStreamLiveTranscodeDetail",
            "DescribeStreamLiveRegions",
            "CreateStreamLivePlan",
            "DeleteStreamLivePlan",
            "DescribeStreamLivePlans",
            "CreateStreamLiveWatermark",
            "DescribeStreamLiveWatermark",
            "DescribeStreamLiveWatermarks",
            "ModifyStreamLiveWatermark",
            "DeleteStreamLiveWatermark",
            "CreateWatermarkDetection",
            "DescribeWatermarkDetection",
            "DescribeWatermarkDetections");

    private final Shared shared;
    private final String region;

    /** Everything the region views of one state share. */
    private static final class Shared {
        final Object lock = new Object();
        final Supplier<Instant> clock;
        final Map<String, Region> regions = new HashMap<>();
        final Map<Kind, Integer> quotas = new EnumMap<>(Kind.class);
        final Set<String> issuedIds = new HashSet<>();

        Shared(Supplier<Instant> clock) {
            this.clock = clock;
            resetQuotas();
        }

        void resetQuotas() {
            for (Kind k : Kind.values()) {
                quotas.put(k, DEFAULT_QUOTA);
            }
        }
    }

    /** The resources of one region; guarded by {@link Shared#lock}. */
    private static final class Region {
        final String name;
        final Map<String, ObjectNode> groups = new LinkedHashMap<>();
        final Map<String, ObjectNode> inputs = new LinkedHashMap<>();
        final Map<String, ObjectNode> channels = new LinkedHashMap<>();
        final Map<String, ObjectNode> watermarks = new LinkedHashMap<>();
        final Map<String, ObjectNode> detections = new LinkedHashMap<>();
        /** Channel id → event name → plan ({@code PlanResp}). */
        final Map<String, Map<String, ObjectNode>> plans = new HashMap<>();
        /** Channels that have been started at least once (they have transcoding details). */
        final Set<String> everStarted = new LinkedHashSet<>();

        Region(String name) {
            this.name = name;
        }
    }

    /** An empty state on the system clock. */
    public StreamLiveState() {
        this(Instant::now);
    }

    /**
     * An empty state.
     *
     * @param clock the time of watermark updates and detection tasks, for example the server's clock
     */
    public StreamLiveState(Supplier<Instant> clock) {
        if (clock == null) {
            throw new IllegalArgumentException("clock must not be null");
        }
        this.shared = new Shared(clock);
        this.region = DEFAULT_REGION;
    }

    private StreamLiveState(Shared shared, String region) {
        this.shared = shared;
        this.region = region;
    }

    /**
     * The actions {@link #handle} answers.
     *
     * @return an unmodifiable set of action names
     */
    public static Set<String> emulatedActions() {
        return EMULATED;
    }

    /**
     * Answers one request that passed the gateway and had no configured answer.
     *
     * @param action the action, for example {@code "CreateStreamLiveChannel"}
     * @param region the request's region; {@code null} or blank means {@link #DEFAULT_REGION}
     * @param params the action's parameters as {@link io.github.tctestkit.core.ApiRequest#parameters()} gives them
     *     (values of form-encoded requests are text); {@code null} means none; not changed
     * @return the answer, or empty when the engine does not emulate the action
     */
    public Optional<StateAnswer> handle(String action, String region, ObjectNode params) {
        if (action == null || !EMULATED.contains(action)) {
            return Optional.empty();
        }
        ObjectNode p = params == null ? F.objectNode() : params;
        synchronized (shared.lock) {
            try {
                requireTopLevel(action, p);
                return Optional.of(StateAnswer.success(dispatch(action, regionOf(region), p)));
            } catch (Failure f) {
                return Optional.of(StateAnswer.error(f.code, f.getMessage()));
            }
        }
    }

    private ObjectNode dispatch(String action, Region r, ObjectNode p) {
        switch (action) {
            case "CreateStreamLiveInputSecurityGroup":
                return answer(action).put("Id", createGroup(r, p));
            case "DescribeStreamLiveInputSecurityGroup":
                return withInfo(
                        action, "Info", renderGroup(r, find(action, r.groups, "Id", p, "input security group", r)));
            case "DescribeStreamLiveInputSecurityGroups":
                return withInfo(action, "Infos", list(r.groups, g -> renderGroup(r, g)));
            case "ModifyStreamLiveInputSecurityGroup":
                modifyGroup(action, r, p);
                return answer(action);
            case "DeleteStreamLiveInputSecurityGroup":
                deleteGroup(action, r, p);
                return answer(action);
            case "CreateStreamLiveInput":
                return answer(action).put("Id", createInput(action, r, p));
            case "DescribeStreamLiveInput":
                return withInfo(action, "Info", renderInput(r, find(action, r.inputs, "Id", p, "input", r)));
            case "DescribeStreamLiveInputs":
                return withInfo(action, "Infos", list(r.inputs, i -> renderInput(r, i)));
            case "ModifyStreamLiveInput":
                modifyInput(action, r, p);
                return answer(action);
            case "DeleteStreamLiveInput":
                deleteInput(action, r, p);
                return answer(action);
            case "QueryInputStreamState":
                return queryInputStreamState(action, r, p);
            case "CreateStreamLiveChannel":
                return answer(action).put("Id", createChannel(action, r, p));
            case "DescribeStreamLiveChannel":
                return withInfo(
                        action,
                        "Info",
                        find(action, r.channels, "Id", p, "channel", r).deepCopy());
            case "DescribeStreamLiveChannels":
                return withInfo(action, "Infos", list(r.channels, ObjectNode::deepCopy));
            case "ModifyStreamLiveChannel":
                modifyChannel(action, r, p);
                return answer(action);
            case "DeleteStreamLiveChannel":
                deleteChannel(action, r, p);
                return answer(action);
            case "StartStreamLiveChannel":
                startOrStop(action, r, p, true);
                return answer(action);
            case "StopStreamLiveChannel":
                startOrStop(action, r, p, false);
                return answer(action);
            case "DescribeStreamLiveChannelAlerts":
            case "DescribeStreamLiveChannelLogs":
                find(action, r.channels, "ChannelId", p, "channel", r);
                checkTimes(action, p);
                return answer(action);
            case "DescribeStreamLiveChannelInputStatistics":
                return inputStatistics(action, r, p);
            case "DescribeStreamLiveChannelOutputStatistics":
                return outputStatistics(action, r, p);
            case "DescribeStreamLiveTranscodeDetail":
                return transcodeDetail(action, r, p);
            case "DescribeStreamLiveRegions":
                return regions(action);
            case "CreateStreamLivePlan":
                createPlan(action, r, p);
                return answer(action);
            case "DeleteStreamLivePlan":
                deletePlan(action, r, p);
                return answer(action);
            case "DescribeStreamLivePlans":
                find(action, r.channels, "ChannelId", p, "channel", r);
                return withInfo(
                        action,
                        "Infos",
                        list(r.plans.getOrDefault(text(p, "ChannelId"), Map.of()), ObjectNode::deepCopy));
            case "CreateStreamLiveWatermark":
                return answer(action).put("Id", createWatermark(action, r, p));
            case "DescribeStreamLiveWatermark":
                return withInfo(
                        action, "Info", renderWatermark(r, find(action, r.watermarks, "Id", p, "watermark", r)));
            case "DescribeStreamLiveWatermarks":
                return withInfo(action, "Infos", list(r.watermarks, w -> renderWatermark(r, w)));
            case "ModifyStreamLiveWatermark":
                modifyWatermark(action, r, p);
                return answer(action);
            case "DeleteStreamLiveWatermark":
                deleteWatermark(action, r, p);
                return answer(action);
            case "CreateWatermarkDetection":
                return answer(action).put("TaskId", createDetection(action, r, p));
            case "DescribeWatermarkDetection":
                return withInfo(
                        action,
                        "TaskInfo",
                        find(action, r.detections, "TaskId", p, "watermark detection task", r)
                                .deepCopy());
            case "DescribeWatermarkDetections":
                return detections(action, r, p);
            default:
                throw new IllegalStateException("not emulated: " + action); // EMULATED lists exactly the cases
        }
    }

    // ---------------------------------------------------------------- input security groups

    private String createGroup(Region r, ObjectNode p) {
        String name = text(p, "Name");
        checkName(r.groups, name, null, "input security group", r);
        checkWhitelist(texts(p, "Whitelist"));
        checkQuota(r, Kind.INPUT_SECURITY_GROUP, r.groups.size(), "input security groups");
        ObjectNode info = Shapes.complete(GROUP_INFO, p);
        String id = newId();
        info.put("Id", id);
        info.put("Region", r.name);
        r.groups.put(id, info);
        return id;
    }

    private void modifyGroup(String action, Region r, ObjectNode p) {
        ObjectNode group = find(action, r.groups, "Id", p, "input security group", r);
        String name = text(p, "Name");
        if (name != null) {
            checkName(r.groups, name, group.path("Id").asText(), "input security group", r);
        }
        List<String> whitelist = texts(p, "Whitelist");
        if (whitelist != null) {
            checkWhitelist(whitelist);
        }
        replace(group, GROUP_INFO, p, "Name", "Whitelist");
    }

    private void deleteGroup(String action, Region r, ObjectNode p) {
        ObjectNode group = find(action, r.groups, "Id", p, "input security group", r);
        String id = group.path("Id").asText();
        List<String> users = inputsUsingGroup(r, id);
        if (!users.isEmpty()) {
            throw new Failure(
                    StreamLiveError.INVALID_PARAMETER_ALREADY_ASSOCIATED_INPUT.code(),
                    "The input security group " + id + " is used by input " + users.get(0)
                            + "; remove it from the input first.");
        }
        r.groups.remove(id);
    }

    private ObjectNode renderGroup(Region r, ObjectNode group) {
        ObjectNode out = group.deepCopy();
        out.set("OccupiedInputs", strings(inputsUsingGroup(r, group.path("Id").asText())));
        return out;
    }

    private static List<String> inputsUsingGroup(Region r, String groupId) {
        List<String> out = new ArrayList<>();
        for (ObjectNode input : r.inputs.values()) {
            if (idsOf(input.get("SecurityGroupIds")).contains(groupId)) {
                out.add(input.path("Id").asText());
            }
        }
        return out;
    }

    private static void checkWhitelist(List<String> whitelist) {
        if (whitelist == null || whitelist.isEmpty()) {
            throw new Failure(
                    StreamLiveError.INVALID_PARAMETER_WHITELIST.code(), "Whitelist must hold at least one entry.");
        }
        for (String entry : whitelist) {
            if (!IPV4_OR_CIDR.matcher(entry.trim()).matches()) {
                throw new Failure(
                        StreamLiveError.INVALID_PARAMETER_WHITELIST.code(),
                        "Whitelist entry \"" + entry + "\" is not an IPv4 address or CIDR block such as 10.0.0.0/8.");
            }
        }
    }

    // ---------------------------------------------------------------- inputs

    private String createInput(String action, Region r, ObjectNode p) {
        String name = text(p, "Name");
        checkNameFormat(name);
        String type = text(p, "Type");
        checkAllowed(action, "Type", type, StreamLiveError.INVALID_PARAMETER_TYPE.code());
        List<String> groups = texts(p, "SecurityGroupIds");
        checkGroups(action, r, groups);
        boolean pull = type.endsWith("_PULL");
        boolean hasSettings =
                p.path("InputSettings").isArray() && !p.path("InputSettings").isEmpty();
        if (pull && !hasSettings) {
            throw new Failure(
                    StreamLiveError.INVALID_PARAMETER_INPUT_SETTINGS.code(),
                    "An input of type " + type + " needs InputSettings with a SourceUrl to pull from.");
        }
        checkName(r.inputs, name, null, "input", r);
        checkQuota(r, Kind.INPUT, r.inputs.size(), "inputs");
        ObjectNode info = Shapes.complete(INPUT_INFO, p);
        String id = newId();
        info.put("Id", id);
        info.put("Region", r.name);
        info.set("SecurityGroupIds", strings(groups == null ? List.of() : groups));
        if (!hasSettings) {
            info.set("InputSettings", F.arrayNode().add(pushSettings(type, id, r)));
        }
        r.inputs.put(id, info);
        return id;
    }

    /** The settings StreamLive makes up for a push input: where to push to. */
    private static ObjectNode pushSettings(String type, String id, Region r) {
        String scheme = type.substring(0, type.length() - "_PUSH".length()).toLowerCase(Locale.ROOT);
        ObjectNode s = F.objectNode();
        s.put("AppName", "live");
        s.put("StreamName", id.toLowerCase(Locale.ROOT));
        s.put("InputAddress", scheme + "://" + r.name + ".streamlive.tctestkit.invalid/live");
        Member settings = INPUT_INFO.member("InputSettings").orElseThrow();
        return Shapes.complete(settings.structure().orElseThrow(), s);
    }

    private void checkGroups(String action, Region r, List<String> groups) {
        if (groups == null) {
            return;
        }
        for (String g : groups) {
            if (!r.groups.containsKey(g)) {
                throw notFound(action, "SecurityGroupIds", "input security group", g, r);
            }
        }
    }

    private void modifyInput(String action, Region r, ObjectNode p) {
        ObjectNode input = find(action, r.inputs, "Id", p, "input", r);
        String id = input.path("Id").asText();
        for (String channelId : channelsUsingInput(r, id)) {
            if (RUNNING.equals(r.channels.get(channelId).path("State").asText())) {
                throw new Failure(
                        StreamLiveError.INVALID_PARAMETER_STATE_ERROR.code(),
                        "The input " + id + " is attached to channel " + channelId
                                + ", which is RUNNING; stop the channel first.");
            }
        }
        String name = text(p, "Name");
        if (name != null) {
            checkName(r.inputs, name, id, "input", r);
        }
        checkGroups(action, r, texts(p, "SecurityGroupIds"));
        replace(input, INPUT_INFO, p, "Name", "SecurityGroupIds", "InputSettings");
    }

    private void deleteInput(String action, Region r, ObjectNode p) {
        ObjectNode input = find(action, r.inputs, "Id", p, "input", r);
        String id = input.path("Id").asText();
        List<String> channels = channelsUsingInput(r, id);
        if (!channels.isEmpty()) {
            throw new Failure(
                    StreamLiveError.INVALID_PARAMETER_ALREADY_ASSOCIATED_CHANNEL.code(),
                    "The input " + id + " is attached to channel " + channels.get(0)
                            + "; detach it from the channel or delete the channel first.");
        }
        r.inputs.remove(id);
    }

    private ObjectNode renderInput(Region r, ObjectNode input) {
        ObjectNode out = input.deepCopy();
        out.set(
                "AttachedChannels",
                strings(channelsUsingInput(r, input.path("Id").asText())));
        return out;
    }

    private static List<String> channelsUsingInput(Region r, String inputId) {
        List<String> out = new ArrayList<>();
        for (ObjectNode channel : r.channels.values()) {
            if (attachedInputIds(channel).contains(inputId)) {
                out.add(channel.path("Id").asText());
            }
        }
        return out;
    }

    private ObjectNode queryInputStreamState(String action, Region r, ObjectNode p) {
        ObjectNode input = find(action, r.inputs, "Id", p, "input", r);
        ObjectNode payload = answer(action);
        ObjectNode info = (ObjectNode) payload.get("Info");
        info.put("InputID", input.path("Id").asText());
        info.put("InputName", input.path("Name").asText());
        info.put("Protocol", input.path("Type").asText());
        JsonNode template = info.path("InputStreamInfoList").path(0);
        ArrayNode streams = F.arrayNode();
        for (JsonNode setting : input.path("InputSettings")) {
            ObjectNode stream = template.isObject() ? ((ObjectNode) template).deepCopy() : F.objectNode();
            stream.put("InputAddress", setting.path("InputAddress").asText());
            stream.put("AppName", setting.path("AppName").asText());
            stream.put("StreamName", setting.path("StreamName").asText());
            streams.add(stream);
        }
        info.set("InputStreamInfoList", streams);
        return payload;
    }

    // ---------------------------------------------------------------- channels

    private String createChannel(String action, Region r, ObjectNode p) {
        String name = text(p, "Name");
        checkNameFormat(name);
        checkChannelReferences(action, r, p, null);
        checkName(r.channels, name, null, "channel", r);
        checkQuota(r, Kind.CHANNEL, r.channels.size(), "channels");
        ObjectNode info = Shapes.complete(CHANNEL_INFO, p);
        String id = newId();
        info.put("Id", id);
        info.put("State", IDLE);
        r.channels.put(id, info);
        return id;
    }

    /** The inputs and watermarks a channel request names: they exist, are listed once, and no other channel uses them. */
    private void checkChannelReferences(String action, Region r, ObjectNode p, String self) {
        JsonNode attached = p.get("AttachedInputs");
        if (attached != null && !attached.isNull()) {
            Set<String> seen = new HashSet<>();
            for (JsonNode item : attached.isArray() ? attached : F.arrayNode().add(attached)) {
                String id = item.path("Id").asText("");
                if (id.isEmpty()) {
                    throw new Failure(
                            StreamLiveError.INVALID_PARAMETER_ATTACHED_INPUTS.code(),
                            "Every item of AttachedInputs needs the Id of an input.");
                }
                if (!seen.add(id)) {
                    throw new Failure(
                            StreamLiveError.INVALID_PARAMETER_ATTACHED_INPUTS.code(),
                            "AttachedInputs lists the input " + id + " twice.");
                }
                if (!r.inputs.containsKey(id)) {
                    throw notFound(action, "AttachedInputs", "input", id, r);
                }
                for (String other : channelsUsingInput(r, id)) {
                    if (!other.equals(self)) {
                        throw new Failure(
                                StreamLiveError.INVALID_PARAMETER_ALREADY_ASSOCIATED_CHANNEL.code(),
                                "The input " + id + " is already attached to channel " + other + ".");
                    }
                }
            }
        }
        for (String watermark : watermarkIds(p)) {
            if (!r.watermarks.containsKey(watermark)) {
                throw notFound(action, "AVTemplates", "watermark", watermark, r);
            }
        }
    }

    private void modifyChannel(String action, Region r, ObjectNode p) {
        ObjectNode channel = find(action, r.channels, "Id", p, "channel", r);
        String id = channel.path("Id").asText();
        requireIdle(channel, "modify");
        String name = text(p, "Name");
        checkNameFormat(name);
        checkChannelReferences(action, r, p, id);
        checkName(r.channels, name, id, "channel", r);
        ObjectNode merged = channel.deepCopy();
        for (Member m : CONTRACT.action(action).input().members()) {
            JsonNode v = p.get(m.name());
            if (!m.name().equals("Id")
                    && v != null
                    && !v.isNull()
                    && CHANNEL_INFO.member(m.name()).isPresent()) {
                merged.set(m.name(), v);
            }
        }
        ObjectNode info = Shapes.complete(CHANNEL_INFO, merged);
        info.put("Id", id);
        info.put("State", channel.path("State").asText());
        r.channels.put(id, info);
    }

    private void deleteChannel(String action, Region r, ObjectNode p) {
        ObjectNode channel = find(action, r.channels, "Id", p, "channel", r);
        requireIdle(channel, "delete");
        String id = channel.path("Id").asText();
        r.channels.remove(id);
        r.plans.remove(id);
    }

    private void startOrStop(String action, Region r, ObjectNode p, boolean start) {
        ObjectNode channel = find(action, r.channels, "Id", p, "channel", r);
        String id = channel.path("Id").asText();
        String state = channel.path("State").asText();
        if (start && RUNNING.equals(state)) {
            throw new Failure(
                    StreamLiveError.INVALID_PARAMETER_STATE_ERROR.code(), "The channel " + id + " is already RUNNING.");
        }
        if (!start && !RUNNING.equals(state)) {
            throw new Failure(
                    StreamLiveError.INVALID_PARAMETER_STATE_ERROR.code(),
                    "The channel " + id + " is " + state + ", not RUNNING; there is nothing to stop.");
        }
        channel.put("State", start ? RUNNING : IDLE);
        if (start) {
            r.everStarted.add(id);
        }
    }

    private static void requireIdle(ObjectNode channel, String verb) {
        if (RUNNING.equals(channel.path("State").asText())) {
            throw new Failure(
                    StreamLiveError.INVALID_PARAMETER_STATE_ERROR.code(),
                    "The channel " + channel.path("Id").asText() + " is RUNNING; stop it before you " + verb + " it.");
        }
    }

    private static List<String> attachedInputIds(ObjectNode channel) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : channel.path("AttachedInputs")) {
            out.add(item.path("Id").asText());
        }
        return out;
    }

    /** Every watermark id a channel (or a channel request) names in its templates. */
    private static Set<String> watermarkIds(JsonNode node) {
        Set<String> out = new LinkedHashSet<>();
        collectWatermarkIds(node, out);
        return out;
    }

    private static void collectWatermarkIds(JsonNode node, Set<String> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (e.getKey().equals("WatermarkId") && e.getValue().isValueNode()) {
                    if (!e.getValue().asText().isEmpty()) {
                        out.add(e.getValue().asText());
                    }
                } else if (e.getKey().equals("ForensicWatermarkIds")) {
                    out.addAll(idsOf(e.getValue()));
                } else {
                    collectWatermarkIds(e.getValue(), out);
                }
            }
        } else if (node.isArray()) {
            node.forEach(n -> collectWatermarkIds(n, out));
        }
    }

    private ObjectNode inputStatistics(String action, Region r, ObjectNode p) {
        ObjectNode channel = find(action, r.channels, "ChannelId", p, "channel", r);
        checkTimes(action, p);
        ObjectNode payload = answer(action);
        ArrayNode items = F.arrayNode();
        for (String inputId : attachedInputIds(channel)) {
            ObjectNode item = firstItem(payload, "Infos");
            item.put("InputId", inputId);
            items.add(item);
        }
        payload.set("Infos", items);
        return payload;
    }

    private ObjectNode outputStatistics(String action, Region r, ObjectNode p) {
        ObjectNode channel = find(action, r.channels, "ChannelId", p, "channel", r);
        checkTimes(action, p);
        ObjectNode payload = answer(action);
        ArrayNode items = F.arrayNode();
        for (JsonNode group : channel.path("OutputGroups")) {
            ObjectNode item = firstItem(payload, "Infos");
            item.put("OutputGroupName", group.path("Name").asText());
            items.add(item);
        }
        payload.set("Infos", items);
        return payload;
    }

    private ObjectNode transcodeDetail(String action, Region r, ObjectNode p) {
        String channelId = text(p, "ChannelId");
        if (channelId != null && !channelId.isEmpty()) {
            find(action, r.channels, "ChannelId", p, "channel", r);
        }
        long pageNum = integer(p, "PageNum", 1);
        long pageSize = integer(p, "PageSize", 10);
        if (pageNum < 1) {
            throw new Failure(StreamLiveError.INVALID_PARAMETER_PAGE_NUM.code(), "PageNum must be 1 or more.");
        }
        if (pageSize < 1) {
            throw new Failure(StreamLiveError.INVALID_PARAMETER.code(), "PageSize must be 1 or more.");
        }
        ObjectNode payload = answer(action);
        List<ObjectNode> all = new ArrayList<>();
        for (String id : r.everStarted) {
            if (r.channels.containsKey(id) && (channelId == null || channelId.isEmpty() || channelId.equals(id))) {
                ObjectNode item = firstItem(payload, "Infos");
                item.put("ChannelId", id);
                item.put("StartTime", text(p, "StartDayTime") + " 00:00:00");
                item.put("EndTime", text(p, "EndDayTime") + " 23:59:59");
                all.add(item);
            }
        }
        ArrayNode page = F.arrayNode();
        long from = (pageNum - 1) * pageSize;
        for (long i = from; i < all.size() && i < from + pageSize; i++) {
            page.add(all.get((int) i));
        }
        payload.set("Infos", page);
        payload.put("PageNum", pageNum);
        payload.put("PageSize", pageSize);
        payload.put("TotalNum", (long) all.size());
        payload.put("TotalPage", (all.size() + pageSize - 1) / pageSize);
        return payload;
    }

    private static ObjectNode regions(String action) {
        ObjectNode payload = answer(action);
        ArrayNode regions = F.arrayNode();
        for (String name : ServiceDescription.streamLive().regions()) {
            regions.addObject().put("Name", name);
        }
        ((ObjectNode) payload.get("Info")).set("Regions", regions);
        return payload;
    }

    // ---------------------------------------------------------------- plans

    private void createPlan(String action, Region r, ObjectNode p) {
        ObjectNode channel = find(action, r.channels, "ChannelId", p, "channel", r);
        String channelId = channel.path("Id").asText();
        JsonNode plan = p.get("Plan");
        String event = plan.isObject() ? plan.path("EventName").asText("") : "";
        if (event.isEmpty()) {
            throw new Failure(StreamLiveError.INVALID_PARAMETER_PLAN.code(), "Plan needs an EventName.");
        }
        Map<String, ObjectNode> plans = r.plans.computeIfAbsent(channelId, k -> new LinkedHashMap<>());
        if (plans.containsKey(event)) {
            throw new Failure(
                    StreamLiveError.INVALID_PARAMETER_PLAN.code(),
                    "The channel " + channelId + " already has an event named \"" + event + "\".");
        }
        plans.put(event, Shapes.complete(PLAN_INFO, plan));
    }

    private void deletePlan(String action, Region r, ObjectNode p) {
        ObjectNode channel = find(action, r.channels, "ChannelId", p, "channel", r);
        String channelId = channel.path("Id").asText();
        String event = text(p, "EventName");
        Map<String, ObjectNode> plans = r.plans.get(channelId);
        if (plans == null || plans.remove(event) == null) {
            throw new Failure(
                    StreamLiveError.INVALID_PARAMETER_NOT_FOUND.code(),
                    "The channel " + channelId + " has no event named \"" + event + "\".");
        }
    }

    // ---------------------------------------------------------------- watermarks

    private String createWatermark(String action, Region r, ObjectNode p) {
        String name = text(p, "Name");
        checkNameFormat(name);
        String type = text(p, "Type");
        checkAllowed(action, "Type", type, StreamLiveError.INVALID_PARAMETER_TYPE.code());
        if (type.equals("STATIC_IMAGE") && !p.path("ImageSettings").isObject()) {
            throw new Failure(
                    StreamLiveError.INVALID_PARAMETER_IMAGE_SETTINGS.code(),
                    "A watermark of type STATIC_IMAGE needs ImageSettings.");
        }
        if (type.equals("TEXT") && !p.path("TextSettings").isObject()) {
            throw new Failure(
                    StreamLiveError.INVALID_PARAMETER_TEXT_SETTINGS.code(),
                    "A watermark of type TEXT needs TextSettings.");
        }
        checkName(r.watermarks, name, null, "watermark", r);
        checkQuota(r, Kind.WATERMARK, r.watermarks.size(), "watermarks");
        ObjectNode info = Shapes.complete(WATERMARK_INFO, p);
        String id = newId();
        info.put("Id", id);
        info.put("UpdateTime", now().toString());
        r.watermarks.put(id, info);
        return id;
    }

    private void modifyWatermark(String action, Region r, ObjectNode p) {
        ObjectNode watermark = find(action, r.watermarks, "Id", p, "watermark", r);
        String id = watermark.path("Id").asText();
        String name = text(p, "Name");
        checkNameFormat(name);
        checkName(r.watermarks, name, id, "watermark", r);
        replace(watermark, WATERMARK_INFO, p, "Name", "ImageSettings", "TextSettings", "AbWatermarkSettings");
        watermark.put("UpdateTime", now().toString());
    }

    private void deleteWatermark(String action, Region r, ObjectNode p) {
        ObjectNode watermark = find(action, r.watermarks, "Id", p, "watermark", r);
        String id = watermark.path("Id").asText();
        List<String> channels = channelsUsingWatermark(r, id);
        if (!channels.isEmpty()) {
            throw new Failure(
                    StreamLiveError.INVALID_PARAMETER_ALREADY_ASSOCIATED_CHANNEL.code(),
                    "The watermark " + id + " is used by channel " + channels.get(0)
                            + "; remove it from the channel's templates first.");
        }
        r.watermarks.remove(id);
    }

    private ObjectNode renderWatermark(Region r, ObjectNode watermark) {
        ObjectNode out = watermark.deepCopy();
        out.set(
                "AttachedChannels",
                strings(channelsUsingWatermark(r, watermark.path("Id").asText())));
        return out;
    }

    private static List<String> channelsUsingWatermark(Region r, String watermarkId) {
        List<String> out = new ArrayList<>();
        for (ObjectNode channel : r.channels.values()) {
            if (watermarkIds(channel).contains(watermarkId)) {
                out.add(channel.path("Id").asText());
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- watermark detections

    private String createDetection(String action, Region r, ObjectNode p) {
        checkAllowed(action, "Type", text(p, "Type"), StreamLiveError.INVALID_PARAMETER_TYPE.code());
        checkQuota(r, Kind.WATERMARK_DETECTION, r.detections.size(), "watermark detection tasks");
        ObjectNode info = Shapes.complete(DETECTION_INFO, p);
        String id = newId();
        long now = now().getEpochSecond();
        info.put("TaskId", id);
        info.put("State", "Completed");
        info.put(
                "Result",
                DETECTION_INFO.member("Result").flatMap(Member::example).orElse(""));
        info.put("ErrorCode", 0L);
        info.put("ErrorMsg", "");
        info.put("CreateTime", now);
        info.put("UpdateTime", now);
        r.detections.put(id, info);
        return id;
    }

    private ObjectNode detections(String action, Region r, ObjectNode p) {
        Instant from = time(null, p, "StartTime"); // the action documents no code for a bad time: ignored
        Instant to = time(null, p, "EndTime");
        long pageNum = Math.max(integer(p, "PageNum", 1), 1);
        long pageSize = integer(p, "PageSize", 100);
        if (pageSize < 1) {
            throw new Failure(StreamLiveError.INVALID_PARAMETER.code(), "PageSize must be 1 or more.");
        }
        List<ObjectNode> all = new ArrayList<>();
        for (ObjectNode task : r.detections.values()) {
            long created = task.path("CreateTime").asLong();
            if ((from == null || created >= from.getEpochSecond()) && (to == null || created <= to.getEpochSecond())) {
                all.add(task);
            }
        }
        ArrayNode page = F.arrayNode();
        long start = (pageNum - 1) * pageSize;
        for (long i = start; i < all.size() && i < start + pageSize; i++) {
            page.add(all.get((int) i).deepCopy());
        }
        ObjectNode payload = answer(action);
        payload.set("TaskInfos", page);
        payload.put("TotalCount", (long) all.size());
        return payload;
    }

    // ---------------------------------------------------------------- shared rules

    /** The top-level members the action's input requires, as the gateway would answer their absence. */
    private static void requireTopLevel(String action, ObjectNode p) {
        for (Member m : CONTRACT.action(action).input().members()) {
            JsonNode v = p.get(m.name());
            if (m.isRequired() && (v == null || v.isNull())) {
                throw new Failure(
                        "MissingParameter", "The request is missing a required parameter `" + m.name() + "`.");
            }
        }
    }

    private static void checkNameFormat(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new Failure(
                    StreamLiveError.INVALID_PARAMETER_NAME.code(),
                    "Name must be 1 to 32 letters, digits or underscores, but is \"" + name + "\".");
        }
    }

    private static void checkName(Map<String, ObjectNode> existing, String name, String self, String kind, Region r) {
        checkNameFormat(name);
        for (ObjectNode other : existing.values()) {
            String id = other.path("Id").asText();
            if (name.equals(other.path("Name").asText()) && !id.equals(self)) {
                throw new Failure(
                        StreamLiveError.INVALID_PARAMETER_NAME.code(),
                        "The " + kind + " " + id + " in region " + r.name + " is already named \"" + name + "\".");
            }
        }
    }

    private static void checkAllowed(String action, String member, String value, String code) {
        List<String> allowed = CONTRACT.action(action)
                .input()
                .member(member)
                .map(Member::allowedValues)
                .orElse(List.of());
        if (!allowed.isEmpty() && !allowed.contains(value)) {
            throw new Failure(
                    code, member + " must be one of " + String.join(", ", allowed) + ", but is \"" + value + "\".");
        }
    }

    private void checkQuota(Region r, Kind kind, int count, String what) {
        int max = shared.quotas.get(kind);
        if (count >= max) {
            throw new Failure(
                    StreamLiveError.INVALID_PARAMETER_EXCEEDED_QUANTITY_LIMIT.code(),
                    "The region " + r.name + " has " + count + " " + what + ", and the limit is " + max + ".");
        }
    }

    /**
     * Checks the optional Period, StartTime and EndTime of the statistics and logs actions: a period the
     * documentation lists, times in ISO 8601, the end not before the start.
     */
    private static void checkTimes(String action, ObjectNode p) {
        String period = text(p, "Period");
        if (period != null) {
            checkAllowed(action, "Period", period, documentedOr(action, "InvalidParameter.Period"));
        }
        Instant start = time(action, p, "StartTime");
        Instant end = time(action, p, "EndTime");
        if (start != null && end != null && end.isBefore(start)) {
            throw new Failure(
                    documentedOr(action, "InvalidParameter.EndTime"), "EndTime must not be before StartTime.");
        }
    }

    /**
     * An optional ISO 8601 time such as {@code 2020-01-01T12:00:00Z}. Unreadable: {@code InvalidParameter.<name>}
     * where the action documents it, else {@code InvalidParameter}; with a null action, ignored.
     */
    private static Instant time(String action, ObjectNode p, String name) {
        String text = text(p, name);
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            if (action == null) {
                return null;
            }
            throw new Failure(
                    documentedOr(action, "InvalidParameter." + name),
                    name + " must be an ISO 8601 time such as 2020-01-01T12:00:00Z, but is \"" + text + "\".");
        }
    }

    /** The code if the action documents it, else {@code InvalidParameter}. */
    private static String documentedOr(String action, String code) {
        return CONTRACT.action(action).productErrors().contains(code) ? code : StreamLiveError.INVALID_PARAMETER.code();
    }

    /** The stored resource an id parameter names, or the action's not-found error. */
    private static ObjectNode find(
            String action, Map<String, ObjectNode> resources, String param, ObjectNode p, String kind, Region r) {
        String id = text(p, param);
        ObjectNode found = id == null ? null : resources.get(id);
        if (found == null) {
            throw notFound(action, param, kind, id, r);
        }
        return found;
    }

    /**
     * {@code InvalidParameter.NotFound}, or where the action does not document it, the
     * {@code InvalidParameter.<Parameter>} it documents.
     */
    private static Failure notFound(String action, String param, String kind, String id, Region r) {
        List<String> documented = CONTRACT.action(action).productErrors();
        String code = StreamLiveError.INVALID_PARAMETER_NOT_FOUND.code();
        if (!documented.contains(code) && documented.contains("InvalidParameter." + param)) {
            code = "InvalidParameter." + param;
        }
        return new Failure(code, "The " + kind + " " + id + " does not exist in region " + r.name + ".");
    }

    /** Replaces the members a request gives, among {@code members}, shaped by the structure. */
    private static void replace(ObjectNode stored, Structure s, ObjectNode p, String... members) {
        for (String name : members) {
            JsonNode v = p.get(name);
            if (v != null && !v.isNull()) {
                JsonNode fitted = Shapes.fit(s.member(name).orElseThrow(), v);
                if (fitted != null) {
                    stored.set(name, fitted);
                }
            }
        }
    }

    // ---------------------------------------------------------------- payloads and parameters

    private static Structure info(String action, String member) {
        return CONTRACT.action(action)
                .output()
                .member(member)
                .flatMap(Member::structure)
                .orElseThrow();
    }

    private static ObjectNode answer(String action) {
        return CONTRACT.action(action).defaultAnswer();
    }

    private static ObjectNode withInfo(String action, String member, JsonNode value) {
        ObjectNode payload = answer(action);
        payload.set(member, value);
        return payload;
    }

    private static ArrayNode list(
            Map<String, ObjectNode> resources, java.util.function.Function<ObjectNode, ObjectNode> render) {
        ArrayNode out = F.arrayNode();
        resources.values().forEach(v -> out.add(render.apply(v)));
        return out;
    }

    /** A copy of the default answer's first item of a list, the template of synthetic items. */
    private static ObjectNode firstItem(ObjectNode payload, String list) {
        JsonNode first = payload.path(list).path(0);
        return first.isObject() ? ((ObjectNode) first).deepCopy() : F.objectNode();
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode out = F.arrayNode();
        values.forEach(out::add);
        return out;
    }

    private static List<String> idsOf(JsonNode list) {
        List<String> out = new ArrayList<>();
        if (list != null) {
            for (JsonNode v : list.isArray() ? list : F.arrayNode().add(list)) {
                if (v.isValueNode() && !v.isNull()) {
                    out.add(v.asText());
                }
            }
        }
        return out;
    }

    /** A text parameter, read leniently: any scalar as text; absent, null or structured → null. */
    static String text(ObjectNode p, String name) {
        JsonNode v = p.get(name);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
    }

    /** A list of texts; a single scalar counts as a list of one; absent → null. */
    static List<String> texts(ObjectNode p, String name) {
        JsonNode v = p.get(name);
        return v == null || v.isNull() ? null : idsOf(v);
    }

    /** An integer parameter, read leniently (text or number); absent or unreadable → the default. */
    static long integer(ObjectNode p, String name, long defaultValue) {
        JsonNode v = p.get(name);
        JsonNode fitted = v == null ? null : Shapes.scalar("int64", v);
        return fitted == null ? defaultValue : fitted.asLong();
    }

    private Instant now() {
        return shared.clock.get().truncatedTo(ChronoUnit.SECONDS);
    }

    /** A fresh id in StreamLive's format: 20 uppercase hexadecimal characters, the first 8 the creation second. */
    private String newId() {
        long seconds = now().getEpochSecond() & 0xFFFF_FFFFL;
        while (true) {
            long random = ThreadLocalRandom.current().nextLong() & 0xFFFF_FFFF_FFFFL;
            String id = String.format(Locale.ROOT, "%08X%012X", seconds, random);
            if (shared.issuedIds.add(id)) {
                return id;
            }
        }
    }

    private Region regionOf(String name) {
        String key = name == null || name.isBlank() ? DEFAULT_REGION : name;
        return shared.regions.computeIfAbsent(key, Region::new);
    }

    // ---------------------------------------------------------------- StreamLiveResources

    @Override
    public StreamLiveResources inRegion(String region) {
        return new StreamLiveState(shared, region == null || region.isBlank() ? DEFAULT_REGION : region);
    }

    @Override
    public String region() {
        return region;
    }

    @Override
    public InputSecurityGroupView givenInputSecurityGroup(String name, List<String> whitelist) {
        ObjectNode p = F.objectNode();
        p.put("Name", name);
        p.set("Whitelist", strings(whitelist == null ? List.of() : whitelist));
        synchronized (shared.lock) {
            String id = seed("CreateStreamLiveInputSecurityGroup", p).path("Id").asText();
            return read(r -> groupView(r, r.groups.get(id)));
        }
    }

    @Override
    public InputView givenInput(String name, List<String> securityGroupIds) {
        ObjectNode p = F.objectNode();
        p.put("Name", name);
        p.put("Type", "RTMP_PUSH");
        p.set("SecurityGroupIds", strings(securityGroupIds == null ? List.of() : securityGroupIds));
        synchronized (shared.lock) {
            String id = seed("CreateStreamLiveInput", p).path("Id").asText();
            return read(r -> inputView(r, r.inputs.get(id)));
        }
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
        JsonNode groups =
                CONTRACT.action("CreateStreamLiveChannel").exampleRequest().get("OutputGroups");
        p.set("OutputGroups", groups != null && groups.isArray() ? groups : F.arrayNode());
        synchronized (shared.lock) {
            String id = seed("CreateStreamLiveChannel", p).path("Id").asText();
            if (RUNNING.equals(state)) {
                seed("StartStreamLiveChannel", F.objectNode().put("Id", id));
            }
            return read(r -> channelView(r.channels.get(id)));
        }
    }

    private ObjectNode seed(String action, ObjectNode p) {
        StateAnswer a = handle(action, region, p).orElseThrow();
        if (!a.isSuccess()) {
            throw new IllegalArgumentException(a.code() + ": " + a.message());
        }
        return a.payload();
    }

    private <T> T read(java.util.function.Function<Region, T> reader) {
        synchronized (shared.lock) {
            return reader.apply(regionOf(region));
        }
    }

    @Override
    public List<ChannelView> channels() {
        return read(r ->
                r.channels.values().stream().map(StreamLiveState::channelView).toList());
    }

    @Override
    public List<InputView> inputs() {
        return read(r -> r.inputs.values().stream().map(i -> inputView(r, i)).toList());
    }

    @Override
    public List<InputSecurityGroupView> inputSecurityGroups() {
        return read(r -> r.groups.values().stream().map(g -> groupView(r, g)).toList());
    }

    private static ChannelView channelView(ObjectNode c) {
        return new ChannelView(
                c.path("Id").asText(), c.path("Name").asText(), c.path("State").asText(), attachedInputIds(c));
    }

    private static InputView inputView(Region r, ObjectNode i) {
        String id = i.path("Id").asText();
        return new InputView(
                id,
                i.path("Name").asText(),
                i.path("Type").asText(),
                idsOf(i.get("SecurityGroupIds")),
                channelsUsingInput(r, id));
    }

    private static InputSecurityGroupView groupView(Region r, ObjectNode g) {
        String id = g.path("Id").asText();
        return new InputSecurityGroupView(
                id, g.path("Name").asText(), idsOf(g.get("Whitelist")), inputsUsingGroup(r, id));
    }

    @Override
    public void quota(Kind kind, int max) {
        if (kind == null) {
            throw new IllegalArgumentException("kind must not be null");
        }
        if (max < 0) {
            throw new IllegalArgumentException("a quota must be 0 or more, not " + max);
        }
        synchronized (shared.lock) {
            shared.quotas.put(kind, max);
        }
    }

    @Override
    public int quota(Kind kind) {
        if (kind == null) {
            throw new IllegalArgumentException("kind must not be null");
        }
        synchronized (shared.lock) {
            return shared.quotas.get(kind);
        }
    }

    @Override
    public void clear() {
        synchronized (shared.lock) {
            shared.regions.clear();
            shared.issuedIds.clear();
            shared.resetQuotas();
        }
    }

    @Override
    public String toString() {
        synchronized (shared.lock) {
            Region r = shared.regions.get(region);
            return "StreamLive state of " + region + ": "
                    + (r == null
                            ? "empty"
                            : r.channels.size() + " channels, " + r.inputs.size() + " inputs, " + r.groups.size()
                                    + " input security groups, " + r.watermarks.size() + " watermarks");
        }
    }
}
