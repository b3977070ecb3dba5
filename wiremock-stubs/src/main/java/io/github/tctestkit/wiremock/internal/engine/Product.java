package io.github.tctestkit.wiremock.internal.engine;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tctestkit.core.ErrorCode;
import io.github.tctestkit.core.ServiceDescription;
import io.github.tctestkit.core.contract.ServiceContract;
import io.github.tctestkit.wiremock.internal.state.Shapes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * One service on the engine: its declared {@link ResourceType}s, the references between them, and a handler per
 * emulated action. Subclasses declare; the generic steps (Describe with ids, filters and paging; create within a
 * quota; lifecycle steps; delete refused while referenced) live here. Not API.
 *
 * <pre>{@code
 * final class Vpc extends Product {
 *     final ResourceType vpc = type(ResourceType.builder("vpc", "Vpc", "VpcId", "vpc-").shape(contract, "Vpc")...);
 *     Vpc(Engine engine) {
 *         super(engine, "vpc", "2017-03-12");
 *         reads("DescribeVpcs", c -> describe(c, vpc, new Describe("VpcIds", "VpcSet")...));
 *         writes("DeleteVpc", this::deleteVpc);
 *     }
 * }
 * }</pre>
 */
abstract class Product {

    static final JsonNodeFactory F = JsonNodeFactory.instance;

    final Engine engine;
    final String service;
    final String version;
    final ServiceContract contract;
    final ServiceDescription description;
    final Map<String, Action> actions = new LinkedHashMap<>();
    final Map<String, ResourceType> types = new LinkedHashMap<>();
    private final Map<String, Set<String>> documented = new ConcurrentHashMap<>();
    private final Map<String, ObjectNode> emptyAnswers = new ConcurrentHashMap<>();

    /** An emulated action: whether it changes state (and so runs under the space's lock), and its handler. */
    record Action(boolean writes, Handler handler) {}

    /** Answers one action: the payload without {@code RequestId}; product errors are thrown ({@link Call#fail}). */
    @FunctionalInterface
    interface Handler {
        ObjectNode handle(Call call);
    }

    /** A resource that names another: {@code from}'s member at {@code pointer} holds ids of {@code to}. */
    record Reference(ResourceType from, JsonPointer pointer, ResourceType to) {}

    /**
     * The account every request of a service acts in when it keeps one account ({@link #oneAccount}): whatever the
     * SecretId, or none.
     */
    static final String ONE_ACCOUNT = "";

    /**
     * Whether the service keeps one account, whatever the request's SecretId (StreamLive, as it did before the
     * engine); such a service has its own seeding view and control document, so {@link Engine#services()} leaves it
     * out.
     */
    boolean oneAccount;

    /** The region a request without one acts in; null: such a request answers {@code MissingParameter}. */
    String defaultRegion;

    Product(Engine engine, String service, String version) {
        this(
                engine,
                ServiceContract.loadBuiltIn(service, version)
                        .orElseThrow(
                                () -> new IllegalStateException("no built-in contract " + service + " " + version)));
    }

    Product(Engine engine, ServiceContract contract) {
        this.engine = engine;
        this.service = contract.service();
        this.version = contract.version();
        this.contract = contract;
        this.description = ServiceDescription.fromContract(contract);
    }

    ResourceType type(ResourceType.Builder b) {
        ResourceType t = b.build();
        types.put(t.name, t);
        return t;
    }

    void reads(String action, Handler h) {
        contract.action(action); // an action the service has
        actions.put(action, new Action(false, h));
    }

    void writes(String action, Handler h) {
        contract.action(action);
        actions.put(action, new Action(true, h));
    }

    void references(ResourceType from, String pointer, ResourceType to) {
        engine.references.add(new Reference(from, JsonPointer.compile(pointer), to));
    }

    /** The codes an action may answer: the common codes and those its documentation lists. */
    Set<String> documentedCodes(String action) {
        return documented.computeIfAbsent(action, a -> {
            Set<String> codes = new HashSet<>();
            for (ErrorCode e : description.errorsOf(a)) {
                codes.add(e.code());
            }
            return Set.copyOf(codes);
        });
    }

    /** The action's output with every always-returned member at its neutral value, to fill in. */
    ObjectNode answer(Call call) {
        return emptyAnswers
                .computeIfAbsent(call.action, a -> Shapes.complete(call.contract.output(), null))
                .deepCopy();
    }

    // ------------------------------------------------------------------ generic steps

    /** How a Describe action reads its request; see {@link #describe}. */
    record Describe(
            String idsParam,
            String listMember,
            String malformedCode,
            String coexistCode,
            String unknownIdCode,
            String filterCode,
            String filterFormCode,
            int defaultLimit,
            int maxLimit,
            String limitCode) {}

    /**
     * A Describe action: by ids (unknown ids left out, or {@code unknownIdCode}), by {@code Filters} [{Name,
     * Values}] (names as the type declares them; values of one filter are alternatives, filters all apply), paged by
     * {@code Offset}/{@code Limit}, with {@code TotalCount} counting every match.
     */
    ObjectNode describe(Call c, ResourceType t, Describe d) {
        List<String> ids = c.texts(d.idsParam());
        List<Predicate<ObjectNode>> filters = filters(c, t, d.filterCode(), d.filterFormCode());
        if (d.coexistCode() != null && ids != null && !ids.isEmpty() && !filters.isEmpty()) {
            throw c.fail(d.coexistCode(), d.idsParam() + " and Filters cannot be used together.");
        }
        long offset = c.integer("Offset", 0, 0, Integer.MAX_VALUE, d.limitCode());
        long limit = c.integer("Limit", d.defaultLimit(), 0, d.maxLimit(), d.limitCode());
        Space.Bucket bucket = c.space.bucket(t);
        ObjectNode out = answer(c);
        ArrayNode page = out.putArray(d.listMember());
        long total = 0;
        if (ids != null && !ids.isEmpty()) {
            Set<String> seen = new HashSet<>();
            for (String id : ids) {
                c.checkId(t, id, d.malformedCode());
            }
            for (String id : ids) {
                Space.Bucket.Stored s = bucket.byId.get(id);
                if (s == null) {
                    if (d.unknownIdCode() != null) {
                        throw c.fail(
                                d.unknownIdCode(),
                                "No " + t.name + " " + id + " exists in region " + c.region() + " of this account.");
                    }
                    continue;
                }
                if (seen.add(id) && matches(s.data(), filters)) {
                    if (total >= offset && page.size() < limit) {
                        page.add(s.data());
                    }
                    total++;
                }
            }
        } else if (filters.isEmpty()) { // creation order, ranked: the page costs its length, not its offset
            Space.Bucket.Page p = bucket.page(offset, limit, c.space.lock);
            total = p.total();
            p.items().forEach(s -> page.add(s.data()));
        } else {
            for (String id : bucket.order.values()) {
                Space.Bucket.Stored s = bucket.byId.get(id);
                if (s != null && matches(s.data(), filters)) {
                    if (total >= offset && page.size() < limit) {
                        page.add(s.data());
                    }
                    total++;
                }
            }
        }
        out.put("TotalCount", total);
        return out;
    }

    private static boolean matches(ObjectNode data, List<Predicate<ObjectNode>> filters) {
        for (Predicate<ObjectNode> f : filters) {
            if (!f.test(data)) {
                return false;
            }
        }
        return true;
    }

    /** The request's {@code Filters}: a list of {Name, Values}; an unknown name answers {@code code}, a bad form {@code formCode}. */
    List<Predicate<ObjectNode>> filters(Call c, ResourceType t, String code, String formCode) {
        JsonNode v = c.node("Filters");
        List<Predicate<ObjectNode>> out = new ArrayList<>();
        if (v == null) {
            return out;
        }
        if (!v.isArray()) {
            throw c.fail(formCode, "Filters must be a list of {\"Name\": ..., \"Values\": [...]}.");
        }
        for (JsonNode f : v) {
            if (!f.isObject() || !f.path("Name").isTextual()) {
                throw c.fail(formCode, "Each filter must be an object with a Name and Values, but one was " + f + ".");
            }
            String name = f.get("Name").asText();
            JsonPointer pointer = t.filters.get(name);
            if (pointer == null) {
                throw c.fail(
                        code,
                        "Unknown filter name \"" + name + "\" for " + c.action + "; the names are: " + t.filterNames()
                                + ".");
            }
            JsonNode values = f.get("Values");
            Set<String> wanted = new HashSet<>();
            if (values != null && values.isArray()) {
                values.forEach(x -> wanted.add(x.asText()));
            } else if (values != null && values.isValueNode() && !values.isNull()) {
                wanted.add(values.asText());
            } else {
                throw c.fail(formCode, "Filter \"" + name + "\" needs Values, a list of texts.");
            }
            out.add(data -> {
                JsonNode at = data.at(pointer);
                if (at.isArray()) {
                    for (JsonNode x : at) {
                        if (wanted.contains(x.asText())) {
                            return true;
                        }
                    }
                    return false;
                }
                return !at.isMissingNode() && wanted.contains(at.asText());
            });
        }
        return out;
    }

    /**
     * Stores a new resource of this account and region: {@code quotaCode} when the type's quota is used up. The data
     * is shaped by the type's structure and gets a fresh id; the caller holds the lock.
     *
     * @return the stored data
     */
    ObjectNode create(Call c, ResourceType t, ObjectNode data, String quotaCode) {
        if (c.space.bucket(t).size() >= engine.quota(t)) {
            throw c.fail(
                    quotaCode,
                    "The quota of " + engine.quota(t) + " " + t.name + " resources per region is used" + " up in "
                            + c.region() + ".");
        }
        return engine.store(c.space, t, data, null);
    }

    /**
     * Refuses a batch that would pass the type's quota before any of it is created: {@code code}, naming the quota
     * as so many {@code noun} per region. The caller holds the lock.
     */
    void checkRoomFor(Call c, ResourceType t, long count, String code, String noun) {
        int quota = engine.quota(t);
        if (c.space.bucket(t).size() + count > quota) {
            throw c.fail(
                    code,
                    "The quota of " + quota + " " + noun + " per region would be" + " exceeded in " + c.region() + ".");
        }
    }

    /** Replaces a stored resource with a changed copy; the caller holds the lock. */
    ObjectNode update(Call c, ResourceType t, ObjectNode changed) {
        return engine.replace(c.space, t, changed);
    }

    /**
     * Moves a resource to {@code to} through {@code via}: at once when the service's transition delay is zero, else
     * {@code via} now and {@code to} when the delay has passed on the server clock. {@code to} null removes it.
     */
    void transition(Call c, ResourceType t, String id, String via, String to) {
        engine.transition(c.space, t, id, via, to, c.now);
    }

    /** The first resource that names {@code id} of type {@code to}, as "type id", or empty. */
    Optional<String> referrer(Call c, ResourceType to, String id) {
        for (Reference r : engine.references) {
            if (r.to() != to) {
                continue;
            }
            for (Space.Bucket.Stored s : c.space.bucket(r.from()).byId.values()) {
                JsonNode at = s.data().at(r.pointer());
                boolean names = at.isArray()
                        ? containsText(at, id)
                        : !at.isMissingNode() && at.asText().equals(id);
                if (names) {
                    return Optional.of(r.from().name + " "
                            + s.data().path(r.from().idMember).asText());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean containsText(JsonNode array, String id) {
        for (JsonNode x : array) {
            if (x.asText().equals(id)) {
                return true;
            }
        }
        return false;
    }

    /** Deletes a resource: {@code inUseCode} while another resource names it; the caller holds the lock. */
    void delete(Call c, ResourceType t, String id, String inUseCode) {
        Optional<String> by = referrer(c, t, id);
        if (by.isPresent()) {
            throw c.fail(inUseCode, t.name + " " + id + " is in use by " + by.get() + "; delete that first.");
        }
        engine.remove(c.space, t, id);
    }

    /** The state member of a stored resource. */
    static String state(ResourceType t, ObjectNode data) {
        return data.path(t.stateMember).asText();
    }

    /** {@code RUNNING} → {@code Running}, {@code LAUNCH_FAILED} → {@code LaunchFailed}: for codes such as CVM's. */
    static String camel(String state) {
        StringBuilder b = new StringBuilder();
        for (String part : state.toLowerCase(java.util.Locale.ROOT).split("_")) {
            if (!part.isEmpty()) {
                b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return b.toString();
    }
}
