package io.github.tctestkit.wiremock.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tctestkit.core.ServiceDescription;
import io.github.tctestkit.core.StreamLiveError;
import io.github.tctestkit.core.contract.Member;
import io.github.tctestkit.core.contract.ServiceContract;
import io.github.tctestkit.core.contract.Structure;
import io.github.tctestkit.wiremock.StreamLiveResources;
import io.github.tctestkit.wiremock.StreamLiveResources.Kind;
import io.github.tctestkit.wiremock.internal.state.Shapes;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * StreamLive (mdl 2020-03-26) on the engine: input security groups, inputs, channels, watermarks and watermark
 * detection tasks as resource types, plans (per channel, by event name) as notes of the space. StreamLive keeps one
 * account ({@link #oneAccount}): every request acts in it, whatever its SecretId, and a request without a region acts
 * in {@link StreamLiveResources#DEFAULT_REGION}. Users reach it through {@link StreamLiveView} ({@code
 * api.streamLive()}). Not API.
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
 * the messages: these are plain English of our own, naming the id, name or limit at fault. Some codes are chosen
 * where the action documents none that fits (ModifyStreamLiveChannel's {@code InvalidParameter.StateError}), so
 * errors are built directly rather than through {@link Call#fail}'s documented-code check.
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
 *       running channel, ModifyStreamLiveInput of an input a running channel uses.
 *   <li>{@code InvalidParameter.ExceededQuantityLimit}: a create past the region's quota ({@link
 *       StreamLiveResources#DEFAULT_QUOTA} per kind unless changed).
 *   <li>{@code InvalidParameter.Name}: a name that is not 1 to 32 letters, digits and underscores, or that another
 *       resource of the same kind has in the region (channels, inputs, input security groups, watermarks).
 *   <li>{@code InvalidParameter.Type}, {@code .Whitelist}, {@code .AttachedInputs}, {@code .InputSettings},
 *       {@code .ImageSettings}, {@code .TextSettings}, {@code .Plan}, {@code .Period}, {@code .StartTime},
 *       {@code .EndTime}, {@code .PageNum}: the value the name says is wrong (see the methods).
 * </ul>
 */
final class StreamLive extends Product {

    static final String IDLE = StreamLiveResources.IDLE;
    static final String RUNNING = StreamLiveResources.RUNNING;

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]{1,32}");
    private static final Pattern ID = Pattern.compile("[0-9A-F]{20}");
    private static final Pattern IPV4_OR_CIDR = Pattern.compile(
            "((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])"
                    + "(/(3[0-2]|[12]?[0-9]))?");
    /** The note of the channels that ever ran: an unmodifiable list of ids, in the order they first ran. */
    private static final String STARTED = "mdl started";
    /** The notes of plans: {@code "mdl plans <channel id>"}, an unmodifiable map of event name to plan. */
    private static final String PLANS = "mdl plans ";

    private final Structure planInfo = info("DescribeStreamLivePlans", "Infos");

    final ResourceType group =
            type(streamLiveType("InputSecurityGroup", "Id", info("DescribeStreamLiveInputSecurityGroup", "Info")));
    final ResourceType input = type(streamLiveType("Input", "Id", info("DescribeStreamLiveInput", "Info")));
    final ResourceType channel = type(streamLiveType("Channel", "Id", info("DescribeStreamLiveChannel", "Info"))
            .state("State"));
    final ResourceType watermark = type(streamLiveType("Watermark", "Id", info("DescribeStreamLiveWatermark", "Info")));
    final ResourceType detection =
            type(streamLiveType("WatermarkDetection", "TaskId", info("DescribeWatermarkDetection", "TaskInfo"))
                    .state("State"));

    StreamLive(Engine engine) {
        super(engine, ServiceContract.streamLive());
        oneAccount = true;
        defaultRegion = StreamLiveResources.DEFAULT_REGION;
        references(input, "/SecurityGroupIds", group); // an input names its groups (the group can't go while used)

        writes("CreateStreamLiveInputSecurityGroup", c -> initial(c).put("Id", createGroup(c)));
        reads("DescribeStreamLiveInputSecurityGroup", c -> withInfo(c, "Info", renderGroup(c, find(c, group, "Id"))));
        reads("DescribeStreamLiveInputSecurityGroups", c -> withInfo(c, "Infos", list(c, group, this::renderGroup)));
        writes("ModifyStreamLiveInputSecurityGroup", c -> done(c, this::modifyGroup));
        writes("DeleteStreamLiveInputSecurityGroup", c -> done(c, this::deleteGroup));

        writes("CreateStreamLiveInput", c -> initial(c).put("Id", createInput(c)));
        reads("DescribeStreamLiveInput", c -> withInfo(c, "Info", renderInput(c, find(c, input, "Id"))));
        reads("DescribeStreamLiveInputs", c -> withInfo(c, "Infos", list(c, input, this::renderInput)));
        writes("ModifyStreamLiveInput", c -> done(c, this::modifyInput));
        writes("DeleteStreamLiveInput", c -> done(c, this::deleteInput));
        reads("QueryInputStreamState", this::queryInputStreamState);

        writes("CreateStreamLiveChannel", c -> initial(c).put("Id", createChannel(c)));
        reads(
                "DescribeStreamLiveChannel",
                c -> withInfo(c, "Info", find(c, channel, "Id").deepCopy()));
        reads("DescribeStreamLiveChannels", c -> withInfo(c, "Infos", list(c, channel, (x, ch) -> ch.deepCopy())));
        writes("ModifyStreamLiveChannel", c -> done(c, this::modifyChannel));
        writes("DeleteStreamLiveChannel", c -> done(c, this::deleteChannel));
        writes("StartStreamLiveChannel", c -> done(c, x -> startOrStop(x, true)));
        writes("StopStreamLiveChannel", c -> done(c, x -> startOrStop(x, false)));
        reads("DescribeStreamLiveChannelAlerts", this::alertsOrLogs);
        reads("DescribeStreamLiveChannelLogs", this::alertsOrLogs);
        reads("DescribeStreamLiveChannelInputStatistics", this::inputStatistics);
        reads("DescribeStreamLiveChannelOutputStatistics", this::outputStatistics);
        reads("DescribeStreamLiveTranscodeDetail", this::transcodeDetail);
        reads("DescribeStreamLiveRegions", this::regions);

        writes("CreateStreamLivePlan", c -> done(c, this::createPlan));
        writes("DeleteStreamLivePlan", c -> done(c, this::deletePlan));
        reads("DescribeStreamLivePlans", c -> {
            String id = find(c, channel, "ChannelId").path("Id").asText();
            return withInfo(c, "Infos", copies(plans(c.space, id).values()));
        });

        writes("CreateStreamLiveWatermark", c -> initial(c).put("Id", createWatermark(c)));
        reads("DescribeStreamLiveWatermark", c -> withInfo(c, "Info", renderWatermark(c, find(c, watermark, "Id"))));
        reads("DescribeStreamLiveWatermarks", c -> withInfo(c, "Infos", list(c, watermark, this::renderWatermark)));
        writes("ModifyStreamLiveWatermark", c -> done(c, this::modifyWatermark));
        writes("DeleteStreamLiveWatermark", c -> done(c, this::deleteWatermark));

        writes("CreateWatermarkDetection", c -> initial(c).put("TaskId", createDetection(c)));
        reads(
                "DescribeWatermarkDetection",
                c -> withInfo(c, "TaskInfo", find(c, detection, "TaskId").deepCopy()));
        reads("DescribeWatermarkDetections", this::detections);
    }

    private ResourceType.Builder streamLiveType(String name, String idMember, Structure shape) {
        return ResourceType.builder(service, name, idMember, "")
                .shape(shape)
                .ids(ID, StreamLive::newId)
                .name("Name", 32)
                .quota(StreamLiveResources.DEFAULT_QUOTA);
    }

    /** The type whose quota a kind sets. */
    ResourceType type(Kind kind) {
        return switch (kind) {
            case CHANNEL -> channel;
            case INPUT -> input;
            case INPUT_SECURITY_GROUP -> group;
            case WATERMARK -> watermark;
            case WATERMARK_DETECTION -> detection;
        };
    }

    /** Every StreamLive action checks the top-level members its contract requires, as the gateway would. */
    @Override
    void reads(String action, Handler h) {
        super.reads(action, c -> h.handle(requireTopLevel(c)));
    }

    @Override
    void writes(String action, Handler h) {
        super.writes(action, c -> h.handle(requireTopLevel(c)));
    }

    private interface Step {
        void run(Call c);
    }

    /** Runs a step that answers the action's default answer. */
    private static ObjectNode done(Call c, Step step) {
        step.run(c);
        return initial(c);
    }

    // ---------------------------------------------------------------- input security groups

    private String createGroup(Call c) {
        String name = text(c, "Name");
        checkName(c, group, name, null, "input security group");
        checkWhitelist(texts(c, "Whitelist"));
        checkQuota(c, group, "input security groups");
        ObjectNode info = Shapes.complete(group.shape, c.params);
        String id = freshId(c, group);
        info.put("Id", id);
        info.put("Region", c.region());
        engine.store(c.space, group, info, id);
        return id;
    }

    private void modifyGroup(Call c) {
        ObjectNode g = find(c, group, "Id").deepCopy();
        String name = text(c, "Name");
        if (name != null) {
            checkName(c, group, name, g.path("Id").asText(), "input security group");
        }
        List<String> whitelist = texts(c, "Whitelist");
        if (whitelist != null) {
            checkWhitelist(whitelist);
        }
        replaceMembers(g, group.shape, c.params, "Name", "Whitelist");
        update(c, group, g);
    }

    private void deleteGroup(Call c) {
        String id = find(c, group, "Id").path("Id").asText();
        List<String> users = inputsUsingGroup(c.space, id);
        if (!users.isEmpty()) {
            throw new EngineError(
                    StreamLiveError.INVALID_PARAMETER_ALREADY_ASSOCIATED_INPUT.code(),
                    "The input security group " + id + " is used by input " + users.get(0)
                            + "; remove it from the input first.");
        }
        engine.remove(c.space, group, id);
    }

    private ObjectNode renderGroup(Call c, ObjectNode g) {
        ObjectNode out = g.deepCopy();
        out.set("OccupiedInputs", strings(inputsUsingGroup(c.space, g.path("Id").asText())));
        return out;
    }

    List<String> inputsUsingGroup(Space s, String groupId) {
        List<String> out = new ArrayList<>();
        for (ObjectNode i : all(s, input)) {
            if (idsOf(i.get("SecurityGroupIds")).contains(groupId)) {
                out.add(i.path("Id").asText());
            }
        }
        return out;
    }

    private static void checkWhitelist(List<String> whitelist) {
        if (whitelist == null || whitelist.isEmpty()) {
            throw new EngineError(
                    StreamLiveError.INVALID_PARAMETER_WHITELIST.code(), "Whitelist must hold at least one entry.");
        }
        for (String entry : whitelist) {
            if (!IPV4_OR_CIDR.matcher(entry.trim()).matches()) {
                throw new EngineError(
                        StreamLiveError.INVALID_PARAMETER_WHITELIST.code(),
                        "Whitelist entry \"" + entry + "\" is not an IPv4 address or CIDR block such as 10.0.0.0/8.");
            }
        }
    }

    // ---------------------------------------------------------------- inputs

    private String createInput(Call c) {
        String name = text(c, "Name");
        checkNameFormat(name);
        String type = text(c, "Type");
        checkAllowed(c, "Type", type, StreamLiveError.INVALID_PARAMETER_TYPE.code());
        List<String> groups = texts(c, "SecurityGroupIds");
        checkGroups(c, groups);
        boolean pull = type.endsWith("_PULL");
        boolean hasSettings = c.params.path("InputSettings").isArray()
                && !c.params.path("InputSettings").isEmpty();
        if (pull && !hasSettings) {
            throw new EngineError(
                    StreamLiveError.INVALID_PARAMETER_INPUT_SETTINGS.code(),
                    "An input of type " + type + " needs InputSettings with a SourceUrl to pull from.");
        }
        checkName(c, input, name, null, "input");
        checkQuota(c, input, "inputs");
        ObjectNode info = Shapes.complete(input.shape, c.params);
        String id = freshId(c, input);
        info.put("Id", id);
        info.put("Region", c.region());
        info.set("SecurityGroupIds", strings(groups == null ? List.of() : groups));
        if (!hasSettings) {
            info.set("InputSettings", F.arrayNode().add(pushSettings(type, id, c.region())));
        }
        engine.store(c.space, input, info, id);
        return id;
    }

    /** The settings StreamLive makes up for a push input: where to push to. */
    private ObjectNode pushSettings(String type, String id, String region) {
        String scheme = type.substring(0, type.length() - "_PUSH".length()).toLowerCase(Locale.ROOT);
        ObjectNode s = F.objectNode();
        s.put("AppName", "live");
        s.put("StreamName", id.toLowerCase(Locale.ROOT));
        s.put("InputAddress", scheme + "://" + region + ".streamlive.tctestkit.invalid/live");
        Member settings = input.shape.member("InputSettings").orElseThrow();
        return Shapes.complete(settings.structure().orElseThrow(), s);
    }

    private void checkGroups(Call c, List<String> groups) {
        if (groups == null) {
            return;
        }
        for (String g : groups) {
            if (c.get(group, g).isEmpty()) {
                throw notFound(c, "SecurityGroupIds", "input security group", g);
            }
        }
    }

    private void modifyInput(Call c) {
        ObjectNode in = find(c, input, "Id").deepCopy();
        String id = in.path("Id").asText();
        for (String channelId : channelsUsingInput(c.space, id)) {
            if (RUNNING.equals(
                    c.get(channel, channelId).orElseThrow().path("State").asText())) {
                throw new EngineError(
                        StreamLiveError.INVALID_PARAMETER_STATE_ERROR.code(),
                        "The input " + id + " is attached to channel " + channelId
                                + ", which is RUNNING; stop the channel first.");
            }
        }
        String name = text(c, "Name");
        if (name != null) {
            checkName(c, input, name, id, "input");
        }
        checkGroups(c, texts(c, "SecurityGroupIds"));
        replaceMembers(in, input.shape, c.params, "Name", "SecurityGroupIds", "InputSettings");
        update(c, input, in);
    }

    private void deleteInput(Call c) {
        String id = find(c, input, "Id").path("Id").asText();
        List<String> channels = channelsUsingInput(c.space, id);
        if (!channels.isEmpty()) {
            throw new EngineError(
                    StreamLiveError.INVALID_PARAMETER_ALREADY_ASSOCIATED_CHANNEL.code(),
                    "The input " + id + " is attached to channel " + channels.get(0)
                            + "; detach it from the channel or delete the channel first.");
        }
        engine.remove(c.space, input, id);
    }

    private ObjectNode renderInput(Call c, ObjectNode in) {
        ObjectNode out = in.deepCopy();
        out.set(
                "AttachedChannels",
                strings(channelsUsingInput(c.space, in.path("Id").asText())));
        return out;
    }

    List<String> channelsUsingInput(Space s, String inputId) {
        List<String> out = new ArrayList<>();
        for (ObjectNode ch : all(s, channel)) {
            if (attachedInputIds(ch).contains(inputId)) {
                out.add(ch.path("Id").asText());
            }
        }
        return out;
    }

    private ObjectNode queryInputStreamState(Call c) {
        ObjectNode in = find(c, input, "Id");
        ObjectNode payload = initial(c);
        ObjectNode info = (ObjectNode) payload.get("Info");
        info.put("InputID", in.path("Id").asText());
        info.put("InputName", in.path("Name").asText());
        info.put("Protocol", in.path("Type").asText());
        JsonNode template = info.path("InputStreamInfoList").path(0);
        ArrayNode streams = F.arrayNode();
        for (JsonNode setting : in.path("InputSettings")) {
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

    private String createChannel(Call c) {
        String name = text(c, "Name");
        checkNameFormat(name);
        checkChannelReferences(c, null);
        checkName(c, channel, name, null, "channel");
        checkQuota(c, channel, "channels");
        ObjectNode info = Shapes.complete(channel.shape, c.params);
        String id = freshId(c, channel);
        info.put("Id", id);
        info.put("State", IDLE);
        engine.store(c.space, channel, info, id);
        return id;
    }

    /** The inputs and watermarks a channel request names: they exist, are listed once, and no other channel uses them. */
    private void checkChannelReferences(Call c, String self) {
        JsonNode attached = c.params.get("AttachedInputs");
        if (attached != null && !attached.isNull()) {
            Set<String> seen = new HashSet<>();
            for (JsonNode item : attached.isArray() ? attached : F.arrayNode().add(attached)) {
                String id = item.path("Id").asText("");
                if (id.isEmpty()) {
                    throw new EngineError(
                            StreamLiveError.INVALID_PARAMETER_ATTACHED_INPUTS.code(),
                            "Every item of AttachedInputs needs the Id of an input.");
                }
                if (!seen.add(id)) {
                    throw new EngineError(
                            StreamLiveError.INVALID_PARAMETER_ATTACHED_INPUTS.code(),
                            "AttachedInputs lists the input " + id + " twice.");
                }
                if (c.get(input, id).isEmpty()) {
                    throw notFound(c, "AttachedInputs", "input", id);
                }
                for (String other : channelsUsingInput(c.space, id)) {
                    if (!other.equals(self)) {
                        throw new EngineError(
                                StreamLiveError.INVALID_PARAMETER_ALREADY_ASSOCIATED_CHANNEL.code(),
                                "The input " + id + " is already attached to channel " + other + ".");
                    }
                }
            }
        }
        for (String w : watermarkIds(c.params)) {
            if (c.get(watermark, w).isEmpty()) {
                throw notFound(c, "AVTemplates", "watermark", w);
            }
        }
    }

    private void modifyChannel(Call c) {
        ObjectNode ch = find(c, channel, "Id");
        String id = ch.path("Id").asText();
        requireIdle(ch, "modify");
        String name = text(c, "Name");
        checkNameFormat(name);
        checkChannelReferences(c, id);
        checkName(c, channel, name, id, "channel");
        ObjectNode merged = ch.deepCopy();
        for (Member m : c.contract.input().members()) {
            JsonNode v = c.params.get(m.name());
            if (!m.name().equals("Id")
                    && v != null
                    && !v.isNull()
                    && channel.shape.member(m.name()).isPresent()) {
                merged.set(m.name(), v);
            }
        }
        ObjectNode info = Shapes.complete(channel.shape, merged);
        info.put("Id", id);
        info.put("State", ch.path("State").asText());
        update(c, channel, info);
    }

    private void deleteChannel(Call c) {
        ObjectNode ch = find(c, channel, "Id");
        requireIdle(ch, "delete");
        String id = ch.path("Id").asText();
        engine.remove(c.space, channel, id);
        c.space.notes.remove(PLANS + id);
    }

    private void startOrStop(Call c, boolean start) {
        ObjectNode ch = find(c, channel, "Id");
        String id = ch.path("Id").asText();
        String state = ch.path("State").asText();
        if (start && RUNNING.equals(state)) {
            throw new EngineError(
                    StreamLiveError.INVALID_PARAMETER_STATE_ERROR.code(), "The channel " + id + " is already RUNNING.");
        }
        if (!start && !RUNNING.equals(state)) {
            throw new EngineError(
                    StreamLiveError.INVALID_PARAMETER_STATE_ERROR.code(),
                    "The channel " + id + " is " + state + ", not RUNNING; there is nothing to stop.");
        }
        ObjectNode changed = ch.deepCopy();
        changed.put("State", start ? RUNNING : IDLE); // at once: StreamLive has no STARTING or STOPPING
        update(c, channel, changed);
        if (start) {
            List<String> started = started(c.space);
            if (!started.contains(id)) {
                List<String> more = new ArrayList<>(started);
                more.add(id);
                c.space.notes.put(STARTED, List.copyOf(more));
            }
        }
    }

    private static void requireIdle(ObjectNode ch, String verb) {
        if (RUNNING.equals(ch.path("State").asText())) {
            throw new EngineError(
                    StreamLiveError.INVALID_PARAMETER_STATE_ERROR.code(),
                    "The channel " + ch.path("Id").asText() + " is RUNNING; stop it before you " + verb + " it.");
        }
    }

    static List<String> attachedInputIds(ObjectNode ch) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : ch.path("AttachedInputs")) {
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

    // ---------------------------------------------------------------- synthetic statistics, logs and alerts

    private ObjectNode alertsOrLogs(Call c) {
        find(c, channel, "ChannelId");
        checkTimes(c);
        return initial(c);
    }

    private ObjectNode inputStatistics(Call c) {
        ObjectNode ch = find(c, channel, "ChannelId");
        checkTimes(c);
        ObjectNode payload = initial(c);
        ArrayNode items = F.arrayNode();
        for (String inputId : attachedInputIds(ch)) {
            ObjectNode item = firstItem(payload, "Infos");
            item.put("InputId", inputId);
            items.add(item);
        }
        payload.set("Infos", items);
        return payload;
    }

    private ObjectNode outputStatistics(Call c) {
        ObjectNode ch = find(c, channel, "ChannelId");
        checkTimes(c);
        ObjectNode payload = initial(c);
        ArrayNode items = F.arrayNode();
        for (JsonNode g : ch.path("OutputGroups")) {
            ObjectNode item = firstItem(payload, "Infos");
            item.put("OutputGroupName", g.path("Name").asText());
            items.add(item);
        }
        payload.set("Infos", items);
        return payload;
    }

    private ObjectNode transcodeDetail(Call c) {
        String channelId = text(c, "ChannelId");
        if (channelId != null && !channelId.isEmpty()) {
            find(c, channel, "ChannelId");
        }
        long pageNum = integer(c, "PageNum", 1);
        long pageSize = integer(c, "PageSize", 10);
        if (pageNum < 1) {
            throw new EngineError(StreamLiveError.INVALID_PARAMETER_PAGE_NUM.code(), "PageNum must be 1 or more.");
        }
        if (pageSize < 1) {
            throw new EngineError(StreamLiveError.INVALID_PARAMETER.code(), "PageSize must be 1 or more.");
        }
        ObjectNode payload = initial(c);
        List<ObjectNode> all = new ArrayList<>();
        for (String id : started(c.space)) {
            if (c.get(channel, id).isPresent() && (channelId == null || channelId.isEmpty() || channelId.equals(id))) {
                ObjectNode item = firstItem(payload, "Infos");
                item.put("ChannelId", id);
                item.put("StartTime", text(c, "StartDayTime") + " 00:00:00");
                item.put("EndTime", text(c, "EndDayTime") + " 23:59:59");
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

    private ObjectNode regions(Call c) {
        ObjectNode payload = initial(c);
        ArrayNode regions = F.arrayNode();
        for (String name : ServiceDescription.streamLive().regions()) {
            regions.addObject().put("Name", name);
        }
        ((ObjectNode) payload.get("Info")).set("Regions", regions);
        return payload;
    }

    @SuppressWarnings("unchecked")
    private static List<String> started(Space s) {
        Object v = s.notes.get(STARTED);
        return v == null ? List.of() : (List<String>) v;
    }

    // ---------------------------------------------------------------- plans

    @SuppressWarnings("unchecked")
    private static Map<String, ObjectNode> plans(Space s, String channelId) {
        Object v = s.notes.get(PLANS + channelId);
        return v == null ? Map.of() : (Map<String, ObjectNode>) v;
    }

    private void createPlan(Call c) {
        String channelId = find(c, channel, "ChannelId").path("Id").asText();
        JsonNode plan = c.params.get("Plan");
        String event = plan.isObject() ? plan.path("EventName").asText("") : "";
        if (event.isEmpty()) {
            throw new EngineError(StreamLiveError.INVALID_PARAMETER_PLAN.code(), "Plan needs an EventName.");
        }
        Map<String, ObjectNode> plans = plans(c.space, channelId);
        if (plans.containsKey(event)) {
            throw new EngineError(
                    StreamLiveError.INVALID_PARAMETER_PLAN.code(),
                    "The channel " + channelId + " already has an event named \"" + event + "\".");
        }
        Map<String, ObjectNode> more = new LinkedHashMap<>(plans);
        more.put(event, Shapes.complete(planInfo, plan));
        c.space.notes.put(PLANS + channelId, Collections.unmodifiableMap(more));
    }

    private void deletePlan(Call c) {
        String channelId = find(c, channel, "ChannelId").path("Id").asText();
        String event = text(c, "EventName");
        Map<String, ObjectNode> plans = plans(c.space, channelId);
        if (!plans.containsKey(event)) {
            throw new EngineError(
                    StreamLiveError.INVALID_PARAMETER_NOT_FOUND.code(),
                    "The channel " + channelId + " has no event named \"" + event + "\".");
        }
        Map<String, ObjectNode> fewer = new LinkedHashMap<>(plans);
        fewer.remove(event);
        c.space.notes.put(PLANS + channelId, Collections.unmodifiableMap(fewer));
    }

    // ---------------------------------------------------------------- watermarks

    private String createWatermark(Call c) {
        String name = text(c, "Name");
        checkNameFormat(name);
        String type = text(c, "Type");
        checkAllowed(c, "Type", type, StreamLiveError.INVALID_PARAMETER_TYPE.code());
        if (type.equals("STATIC_IMAGE") && !c.params.path("ImageSettings").isObject()) {
            throw new EngineError(
                    StreamLiveError.INVALID_PARAMETER_IMAGE_SETTINGS.code(),
                    "A watermark of type STATIC_IMAGE needs ImageSettings.");
        }
        if (type.equals("TEXT") && !c.params.path("TextSettings").isObject()) {
            throw new EngineError(
                    StreamLiveError.INVALID_PARAMETER_TEXT_SETTINGS.code(),
                    "A watermark of type TEXT needs TextSettings.");
        }
        checkName(c, watermark, name, null, "watermark");
        checkQuota(c, watermark, "watermarks");
        ObjectNode info = Shapes.complete(watermark.shape, c.params);
        String id = freshId(c, watermark);
        info.put("Id", id);
        info.put("UpdateTime", seconds(c).toString());
        engine.store(c.space, watermark, info, id);
        return id;
    }

    private void modifyWatermark(Call c) {
        ObjectNode w = find(c, watermark, "Id").deepCopy();
        String id = w.path("Id").asText();
        String name = text(c, "Name");
        checkNameFormat(name);
        checkName(c, watermark, name, id, "watermark");
        replaceMembers(w, watermark.shape, c.params, "Name", "ImageSettings", "TextSettings", "AbWatermarkSettings");
        w.put("UpdateTime", seconds(c).toString());
        update(c, watermark, w);
    }

    private void deleteWatermark(Call c) {
        String id = find(c, watermark, "Id").path("Id").asText();
        List<String> channels = channelsUsingWatermark(c.space, id);
        if (!channels.isEmpty()) {
            throw new EngineError(
                    StreamLiveError.INVALID_PARAMETER_ALREADY_ASSOCIATED_CHANNEL.code(),
                    "The watermark " + id + " is used by channel " + channels.get(0)
                            + "; remove it from the channel's templates first.");
        }
        engine.remove(c.space, watermark, id);
    }

    private ObjectNode renderWatermark(Call c, ObjectNode w) {
        ObjectNode out = w.deepCopy();
        out.set(
                "AttachedChannels",
                strings(channelsUsingWatermark(c.space, w.path("Id").asText())));
        return out;
    }

    private List<String> channelsUsingWatermark(Space s, String watermarkId) {
        List<String> out = new ArrayList<>();
        for (ObjectNode ch : all(s, channel)) {
            if (watermarkIds(ch).contains(watermarkId)) {
                out.add(ch.path("Id").asText());
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- watermark detections

    private String createDetection(Call c) {
        checkAllowed(c, "Type", text(c, "Type"), StreamLiveError.INVALID_PARAMETER_TYPE.code());
        checkQuota(c, detection, "watermark detection tasks");
        ObjectNode info = Shapes.complete(detection.shape, c.params);
        String id = freshId(c, detection);
        long now = seconds(c).getEpochSecond();
        info.put("TaskId", id);
        info.put("State", "Completed");
        info.put(
                "Result",
                detection.shape.member("Result").flatMap(Member::example).orElse(""));
        info.put("ErrorCode", 0L);
        info.put("ErrorMsg", "");
        info.put("CreateTime", now);
        info.put("UpdateTime", now);
        engine.store(c.space, detection, info, id);
        return id;
    }

    private ObjectNode detections(Call c) {
        Instant from = time(null, c, "StartTime"); // the action documents no code for a bad time: ignored
        Instant to = time(null, c, "EndTime");
        long pageNum = Math.max(integer(c, "PageNum", 1), 1);
        long pageSize = integer(c, "PageSize", 100);
        if (pageSize < 1) {
            throw new EngineError(StreamLiveError.INVALID_PARAMETER.code(), "PageSize must be 1 or more.");
        }
        List<ObjectNode> all = new ArrayList<>();
        for (ObjectNode task : all(c.space, detection)) {
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
        ObjectNode payload = initial(c);
        payload.set("TaskInfos", page);
        payload.put("TotalCount", (long) all.size());
        return payload;
    }

    // ---------------------------------------------------------------- shared rules

    /** The top-level members the action's input requires, as the gateway would answer their absence. */
    private static Call requireTopLevel(Call c) {
        for (Member m : c.contract.input().members()) {
            JsonNode v = c.params.get(m.name());
            if (m.isRequired() && (v == null || v.isNull())) {
                throw new EngineError(
                        "MissingParameter", "The request is missing a required parameter `" + m.name() + "`.");
            }
        }
        return c;
    }

    private static void checkNameFormat(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new EngineError(
                    StreamLiveError.INVALID_PARAMETER_NAME.code(),
                    "Name must be 1 to 32 letters, digits or underscores, but is \"" + name + "\".");
        }
    }

    private void checkName(Call c, ResourceType t, String name, String self, String kind) {
        checkNameFormat(name);
        for (ObjectNode other : all(c.space, t)) {
            String id = other.path("Id").asText();
            if (name.equals(other.path("Name").asText()) && !id.equals(self)) {
                throw new EngineError(
                        StreamLiveError.INVALID_PARAMETER_NAME.code(),
                        "The " + kind + " " + id + " in region " + c.region() + " is already named \"" + name + "\".");
            }
        }
    }

    private static void checkAllowed(Call c, String member, String value, String code) {
        List<String> allowed =
                c.contract.input().member(member).map(Member::allowedValues).orElse(List.of());
        if (!allowed.isEmpty() && !allowed.contains(value)) {
            throw new EngineError(
                    code, member + " must be one of " + String.join(", ", allowed) + ", but is \"" + value + "\".");
        }
    }

    private void checkQuota(Call c, ResourceType t, String what) {
        int count = c.space.bucket(t).size();
        int max = engine.quota(t);
        if (count >= max) {
            throw new EngineError(
                    StreamLiveError.INVALID_PARAMETER_EXCEEDED_QUANTITY_LIMIT.code(),
                    "The region " + c.region() + " has " + count + " " + what + ", and the limit is " + max + ".");
        }
    }

    /**
     * Checks the optional Period, StartTime and EndTime of the statistics and logs actions: a period the
     * documentation lists, times in ISO 8601, the end not before the start.
     */
    private static void checkTimes(Call c) {
        String period = text(c, "Period");
        if (period != null) {
            checkAllowed(c, "Period", period, documentedOr(c, "InvalidParameter.Period"));
        }
        Instant start = time(c, c, "StartTime");
        Instant end = time(c, c, "EndTime");
        if (start != null && end != null && end.isBefore(start)) {
            throw new EngineError(documentedOr(c, "InvalidParameter.EndTime"), "EndTime must not be before StartTime.");
        }
    }

    /**
     * An optional ISO 8601 time such as {@code 2020-01-01T12:00:00Z}. Unreadable: {@code InvalidParameter.<name>}
     * where the action documents it, else {@code InvalidParameter}; with a null {@code checking}, ignored.
     */
    private static Instant time(Call checking, Call c, String name) {
        String text = text(c, name);
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            if (checking == null) {
                return null;
            }
            throw new EngineError(
                    documentedOr(c, "InvalidParameter." + name),
                    name + " must be an ISO 8601 time such as 2020-01-01T12:00:00Z, but is \"" + text + "\".");
        }
    }

    /** The code if the action documents it, else {@code InvalidParameter}. */
    private static String documentedOr(Call c, String code) {
        return c.contract.productErrors().contains(code) ? code : StreamLiveError.INVALID_PARAMETER.code();
    }

    /** The stored resource an id parameter names, or the action's not-found error. */
    private static ObjectNode find(Call c, ResourceType t, String param) {
        String id = text(c, param);
        return c.get(t, id).orElseThrow(() -> notFound(c, param, kindOf(t), id));
    }

    private static String kindOf(ResourceType t) {
        return switch (t.name) {
            case "InputSecurityGroup" -> "input security group";
            case "Input" -> "input";
            case "Channel" -> "channel";
            case "Watermark" -> "watermark";
            default -> "watermark detection task";
        };
    }

    /**
     * {@code InvalidParameter.NotFound}, or where the action does not document it, the
     * {@code InvalidParameter.<Parameter>} it documents.
     */
    private static EngineError notFound(Call c, String param, String kind, String id) {
        List<String> documented = c.contract.productErrors();
        String code = StreamLiveError.INVALID_PARAMETER_NOT_FOUND.code();
        if (!documented.contains(code) && documented.contains("InvalidParameter." + param)) {
            code = "InvalidParameter." + param;
        }
        return new EngineError(code, "The " + kind + " " + id + " does not exist in region " + c.region() + ".");
    }

    /** Replaces the members a request gives, among {@code members}, shaped by the structure. */
    private static void replaceMembers(ObjectNode stored, Structure s, ObjectNode p, String... members) {
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

    private Structure info(String action, String member) {
        return contract.action(action)
                .output()
                .member(member)
                .flatMap(Member::structure)
                .orElseThrow();
    }

    /** StreamLive answers start from the documented default answer (its examples fill the synthetic items). */
    private static ObjectNode initial(Call c) {
        return c.contract.defaultAnswer();
    }

    private static ObjectNode withInfo(Call c, String member, JsonNode value) {
        ObjectNode payload = initial(c);
        payload.set(member, value);
        return payload;
    }

    private interface Render {
        ObjectNode render(Call c, ObjectNode stored);
    }

    private ArrayNode list(Call c, ResourceType t, Render render) {
        ArrayNode out = F.arrayNode();
        all(c.space, t).forEach(v -> out.add(render.render(c, v)));
        return out;
    }

    private static ArrayNode copies(Iterable<ObjectNode> items) {
        ArrayNode out = F.arrayNode();
        items.forEach(i -> out.add(i.deepCopy()));
        return out;
    }

    /** The stored resources of a type, in creation order (not copies: read only). */
    static List<ObjectNode> all(Space s, ResourceType t) {
        Space.Bucket b = s.bucket(t);
        List<ObjectNode> out = new ArrayList<>(b.size());
        for (String id : b.order.values()) {
            Space.Bucket.Stored st = b.byId.get(id);
            if (st != null) {
                out.add(st.data());
            }
        }
        return out;
    }

    /** A copy of the default answer's first item of a list, the template of synthetic items. */
    private static ObjectNode firstItem(ObjectNode payload, String list) {
        JsonNode first = payload.path(list).path(0);
        return first.isObject() ? ((ObjectNode) first).deepCopy() : F.objectNode();
    }

    static ArrayNode strings(List<String> values) {
        ArrayNode out = F.arrayNode();
        values.forEach(out::add);
        return out;
    }

    static List<String> idsOf(JsonNode list) {
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
    private static String text(Call c, String name) {
        JsonNode v = c.params.get(name);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
    }

    /** A list of texts; a single scalar counts as a list of one; absent → null. */
    private static List<String> texts(Call c, String name) {
        JsonNode v = c.params.get(name);
        return v == null || v.isNull() ? null : idsOf(v);
    }

    /** An integer parameter, read leniently (text or number); absent or unreadable → the default. */
    private static long integer(Call c, String name, long defaultValue) {
        JsonNode v = c.params.get(name);
        JsonNode fitted = v == null ? null : Shapes.scalar("int64", v);
        return fitted == null ? defaultValue : fitted.asLong();
    }

    private static Instant seconds(Call c) {
        return c.now.truncatedTo(ChronoUnit.SECONDS);
    }

    /** A fresh id of a type, not yet used in the space; the caller holds the lock. */
    private String freshId(Call c, ResourceType t) {
        Space.Bucket b = c.space.bucket(t);
        String id;
        do {
            id = newId(c.now);
        } while (b.byId.containsKey(id));
        return id;
    }

    /** A fresh id in StreamLive's format: 20 uppercase hexadecimal characters, the first 8 the creation second. */
    static String newId(Instant now) {
        long seconds = now.truncatedTo(ChronoUnit.SECONDS).getEpochSecond() & 0xFFFF_FFFFL;
        long random = ThreadLocalRandom.current().nextLong() & 0xFFFF_FFFF_FFFFL;
        return String.format(Locale.ROOT, "%08X%012X", seconds, random);
    }
}
