package io.github.tctestkit.wiremock.internal.control;

import static io.github.tctestkit.wiremock.internal.control.JsonInput.array;
import static io.github.tctestkit.wiremock.internal.control.JsonInput.at;
import static io.github.tctestkit.wiremock.internal.control.JsonInput.integer;
import static io.github.tctestkit.wiremock.internal.control.JsonInput.object;
import static io.github.tctestkit.wiremock.internal.control.JsonInput.onlyMembers;
import static io.github.tctestkit.wiremock.internal.control.JsonInput.requiredText;
import static io.github.tctestkit.wiremock.internal.control.JsonInput.text;
import static io.github.tctestkit.wiremock.internal.control.JsonInput.texts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tctestkit.core.internal.Names;
import io.github.tctestkit.wiremock.StreamLiveResources;
import io.github.tctestkit.wiremock.StreamLiveResources.ChannelView;
import io.github.tctestkit.wiremock.StreamLiveResources.InputSecurityGroupView;
import io.github.tctestkit.wiremock.StreamLiveResources.InputView;
import io.github.tctestkit.wiremock.StreamLiveResources.Kind;
import io.github.tctestkit.wiremock.internal.engine.StreamLiveView;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * StreamLive's part of the state document, through its public seeding and reading methods ({@link
 * StreamLiveResources}): input security groups, inputs and channels per region, and the quotas. Resources refer to
 * each other by name (names are unique in a region); ids are always issued by the emulator, so the {@code id} members
 * that {@link #dump()} shows, and the back-references ({@code inputs} of a group, {@code channels} of an input), are
 * ignored by {@link #replace}: a dumped document can be put back. Watermarks, plans and watermark detections are not
 * in the document (StreamLiveResources has no methods for them yet). Not API.
 *
 * <pre>{@code
 * {"regions": {"ap-guangzhou": {
 *     "inputSecurityGroups": [{"name": "office", "whitelist": ["10.0.0.0/8"]}],
 *     "inputs": [{"name": "camera_1", "securityGroups": ["office"]}],
 *     "channels": [{"name": "news", "inputs": ["camera_1"], "state": "RUNNING"}]}},
 *  "quotas": {"CHANNEL": 100}}
 * }</pre>
 */
final class StreamLiveDocument implements StatefulService {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final List<String> TOP = List.of("regions", "quotas");
    private static final List<String> REGION = List.of("inputSecurityGroups", "inputs", "channels");
    private static final List<String> GROUP = List.of("id", "name", "whitelist", "inputs");
    private static final List<String> INPUT = List.of("id", "name", "type", "securityGroups", "channels");
    private static final List<String> CHANNEL = List.of("id", "name", "state", "inputs");

    private final String service;
    private final StreamLiveResources live;
    private final Supplier<Set<String>> regions;
    /** Regions seeded here that the service does not declare (only when it declares none): shown by dump. */
    private final Set<String> seeded = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * @param service the service's name, {@code "mdl"}
     * @param live the emulator's StreamLive
     * @param regions the regions the served StreamLive accepts requests in; empty for any
     */
    StreamLiveDocument(String service, StreamLiveResources live, Supplier<Set<String>> regions) {
        this.service = service;
        this.live = live;
        this.regions = regions;
    }

    @Override
    public String service() {
        return service;
    }

    @Override
    public ObjectNode dump() {
        ObjectNode out = F.objectNode();
        ObjectNode byRegion = out.putObject("regions");
        Set<String> shown = new LinkedHashSet<>();
        shown.add(StreamLiveResources.DEFAULT_REGION);
        shown.addAll(new java.util.TreeSet<>(regions.get()));
        shown.addAll(new java.util.TreeSet<>(seeded));
        for (String region : shown) {
            StreamLiveResources r = live.inRegion(region);
            List<InputSecurityGroupView> groups = r.inputSecurityGroups();
            List<InputView> inputs = r.inputs();
            List<ChannelView> channels = r.channels();
            if (groups.isEmpty() && inputs.isEmpty() && channels.isEmpty()) {
                continue;
            }
            Map<String, String> names = new LinkedHashMap<>();
            groups.forEach(g -> names.put(g.id(), g.name()));
            inputs.forEach(i -> names.put(i.id(), i.name()));
            channels.forEach(c -> names.put(c.id(), c.name()));
            ObjectNode o = byRegion.putObject(region);
            ArrayNode g = o.putArray("inputSecurityGroups");
            for (InputSecurityGroupView v : groups) {
                ObjectNode e = g.addObject().put("id", v.id()).put("name", v.name());
                e.set("whitelist", strings(v.whitelist()));
                e.set("inputs", named(v.occupiedInputIds(), names));
            }
            ArrayNode in = o.putArray("inputs");
            for (InputView v : inputs) {
                ObjectNode e =
                        in.addObject().put("id", v.id()).put("name", v.name()).put("type", v.type());
                e.set("securityGroups", named(v.securityGroupIds(), names));
                e.set("channels", named(v.attachedChannelIds(), names));
            }
            ArrayNode ch = o.putArray("channels");
            for (ChannelView v : channels) {
                ObjectNode e =
                        ch.addObject().put("id", v.id()).put("name", v.name()).put("state", v.state());
                e.set("inputs", named(v.attachedInputIds(), names));
            }
        }
        ObjectNode quotas = out.putObject("quotas");
        for (Kind k : Kind.values()) {
            quotas.put(k.name(), live.quota(k));
        }
        return out;
    }

    @Override
    public void check(JsonNode document, String path) {
        seed(new StreamLiveView(), document, path, false); // a scratch StreamLive: nothing here changes
    }

    @Override
    public void replace(JsonNode document, String path) {
        live.clear();
        seed(live, document, path, true);
    }

    @Override
    public void clear() {
        live.clear();
    }

    private void seed(StreamLiveResources target, JsonNode document, String path, boolean remember) {
        ObjectNode doc = object(document, path);
        onlyMembers(doc, path, TOP);
        JsonNode quotas = doc.get("quotas");
        if (quotas != null && !quotas.isNull()) {
            String qp = at(path, "quotas");
            ObjectNode q = object(quotas, qp);
            List<String> kinds = Arrays.stream(Kind.values()).map(Kind::name).toList();
            onlyMembers(q, qp, kinds);
            for (Kind k : Kind.values()) {
                Integer max = integer(q, k.name(), qp);
                if (max != null) {
                    if (max < 0) {
                        throw new IllegalArgumentException(at(qp, k.name()) + " must be 0 or more, but is " + max);
                    }
                    target.quota(k, max);
                }
            }
        }
        JsonNode byRegion = doc.get("regions");
        if (byRegion == null || byRegion.isNull()) {
            return;
        }
        String rp = at(path, "regions");
        ObjectNode r = object(byRegion, rp);
        Set<String> declared = regions.get();
        for (Iterator<Map.Entry<String, JsonNode>> it = r.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String region = e.getKey();
            if (region.isBlank() || (!declared.isEmpty() && !declared.contains(region))) {
                throw new IllegalArgumentException(rp + " has region \"" + region + "\", where StreamLive does not"
                        + " accept requests; did you mean " + Names.closest(region, declared, 3) + "?");
            }
            if (remember && declared.isEmpty()) {
                seeded.add(region);
            }
            seedRegion(target.inRegion(region), e.getValue(), rp + "." + region);
        }
    }

    private static void seedRegion(StreamLiveResources r, JsonNode node, String path) {
        ObjectNode region = object(node, path);
        onlyMembers(region, path, REGION);
        Map<String, String> groupIds = new LinkedHashMap<>();
        List<JsonNode> groups = array(region, "inputSecurityGroups", path);
        for (int i = 0; i < groups.size(); i++) {
            String p = at(path, "inputSecurityGroups") + "[" + i + "]";
            ObjectNode g = object(groups.get(i), p);
            onlyMembers(g, p, GROUP);
            String name = requiredText(g, "name", p);
            List<String> whitelist = texts(g, "whitelist", p);
            groupIds.put(
                    name,
                    seeding(p, () -> r.givenInputSecurityGroup(name, whitelist)).id());
        }
        Map<String, String> inputIds = new LinkedHashMap<>();
        List<JsonNode> inputs = array(region, "inputs", path);
        for (int i = 0; i < inputs.size(); i++) {
            String p = at(path, "inputs") + "[" + i + "]";
            ObjectNode in = object(inputs.get(i), p);
            onlyMembers(in, p, INPUT);
            String name = requiredText(in, "name", p);
            String type = text(in, "type", p);
            if (type != null && !type.equals("RTMP_PUSH")) {
                throw new IllegalArgumentException(at(p, "type") + " is \"" + type + "\", but only RTMP_PUSH inputs"
                        + " can be seeded; leave \"type\" out, or create the input with CreateStreamLiveInput");
            }
            List<String> ids =
                    ids(texts(in, "securityGroups", p), groupIds, at(p, "securityGroups"), "input" + " security group");
            inputIds.put(name, seeding(p, () -> r.givenInput(name, ids)).id());
        }
        List<JsonNode> channels = array(region, "channels", path);
        for (int i = 0; i < channels.size(); i++) {
            String p = at(path, "channels") + "[" + i + "]";
            ObjectNode c = object(channels.get(i), p);
            onlyMembers(c, p, CHANNEL);
            String name = requiredText(c, "name", p);
            String state = text(c, "state", p);
            if (state != null
                    && !state.equals(StreamLiveResources.IDLE)
                    && !state.equals(StreamLiveResources.RUNNING)) {
                throw new IllegalArgumentException(at(p, "state") + " must be \"" + StreamLiveResources.IDLE
                        + "\" or \"" + StreamLiveResources.RUNNING + "\", but is \"" + state + "\"");
            }
            List<String> ids = ids(texts(c, "inputs", p), inputIds, at(p, "inputs"), "input");
            seeding(p, () -> r.givenChannel(name, ids, state == null ? StreamLiveResources.IDLE : state));
        }
    }

    /** The ids of resources named in the same document, or a message naming those that exist. */
    private static List<String> ids(List<String> names, Map<String, String> known, String path, String kind) {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String id = known.get(names.get(i));
            if (id == null) {
                throw new IllegalArgumentException(path + "[" + i + "] names " + kind + " \"" + names.get(i)
                        + "\", which this region of the document does not have"
                        + (known.isEmpty()
                                ? ""
                                : "; did you mean " + Names.closest(names.get(i), known.keySet(), 3) + "?")
                        + " (resources refer to each other by name, within one region)");
            }
            out.add(id);
        }
        return out;
    }

    /** One seeding call; the product's refusal ({@code InvalidParameter.Name: ...}) is prefixed with the path. */
    private static <T> T seeding(String path, Supplier<T> call) {
        try {
            return call.get();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
        }
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode a = F.arrayNode();
        values.forEach(a::add);
        return a;
    }

    private static ArrayNode named(List<String> ids, Map<String, String> names) {
        ArrayNode a = F.arrayNode();
        ids.forEach(id -> a.add(names.getOrDefault(id, id)));
        return a;
    }
}
