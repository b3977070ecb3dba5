package io.github.tctestkit.wiremock.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tctestkit.wiremock.internal.state.Shapes;
import io.github.tctestkit.wiremock.internal.state.StateAnswer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The resource engine: resources of declared types ({@link ResourceType}) per account and region, for the services
 * declared on it ({@link Vpc}, {@link Cvm}, {@link Cbs}, and {@link StreamLive}, which keeps one account) and, once
 * turned on ({@link #inferState}), for services inferred by convention ({@link Conventions}, {@link Inferred}). Not
 * API; users reach it as {@code
 * api.service("cvm").resources("Instance")} and through {@code GET/PUT /_tctestkit/state}.
 *
 * <h2>Accounts and regions</h2>
 *
 * <p>A request acts in the account of its SecretId (the TC3 {@code Authorization} credential, or a v1 request's
 * {@code SecretId} parameter; a request without one acts in the account of the server's default key pair) and in the
 * region of its {@code X-TC-Region} / {@code Region}. Resources of one account and region are invisible to every
 * other: a VPC created with one SecretId in {@code ap-guangzhou} is {@code ResourceNotFound} with another SecretId, or
 * in {@code ap-shanghai}.
 *
 * <h2>Concurrency</h2>
 *
 * <p>Spaces (account and region) sit in a {@link ConcurrentHashMap}; in a space, a {@link Space.Bucket} per type
 * holds resources by id (O(1) look-ups) and in creation order (paging costs the page). Actions that change state run
 * under the space's lock, whole; Describe takes no lock and sees each resource whole (stored resources are replaced,
 * never changed).
 *
 * <h2>Timed transitions</h2>
 *
 * <p>Each service has a transition delay, zero unless set: with zero, a step such as RunInstances' {@code PENDING} →
 * {@code RUNNING} is done when the action answers; with a delay, the resource shows the intermediate state until the
 * server clock ({@code api.clock()}) has moved past it.
 *
 * <pre>{@code
 * Engine engine = new Engine(() -> inEffect.now());
 * Optional<StateAnswer> a = engine.handle("cvm", "RunInstances", secretId, "ap-guangzhou", params);
 * // empty: the engine does not emulate the service or the action
 * }</pre>
 */
public final class Engine {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final char[] ID_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private final Supplier<Instant> clock;
    private final Map<String, Product> products = new LinkedHashMap<>();
    private final Map<SpaceKey, Space> spaces = new ConcurrentHashMap<>();
    private final Map<String, Duration> delays = new ConcurrentHashMap<>();
    private final Map<ResourceType, Integer> quotas = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    final List<Product.Reference> references = new CopyOnWriteArrayList<>();
    /** Services on the engine by convention ({@link Conventions}), built when first turned on. */
    private final Map<String, Inferred> inferred = new ConcurrentHashMap<>();
    /** Inferred services on for the server's life (the emulator's {@code --infer-state}). */
    private final Set<String> inferAlways = ConcurrentHashMap.newKeySet();
    /** Inferred services on for this test; {@link #clear()} forgets them. */
    private final Set<String> inferNow = ConcurrentHashMap.newKeySet();

    private volatile boolean inferAll;

    private record SpaceKey(String account, String region) {}

    /**
     * An empty engine for vpc, cvm, cbs and mdl (StreamLive).
     *
     * @param clock the server clock, for timed transitions and creation times
     */
    public Engine(Supplier<Instant> clock) {
        this.clock = clock;
        Vpc vpc = new Vpc(this);
        Cvm cvm = new Cvm(this, vpc);
        Cbs cbs = new Cbs(this, cvm);
        StreamLive mdl = new StreamLive(this);
        for (Product p : List.of(vpc, cvm, cbs, mdl)) {
            products.put(p.service, p);
        }
    }

    /**
     * The services on the engine whose resources live per account: those {@code api.service(name).resources(type)}
     * and the control API's generic documents address. A service that keeps one account (StreamLive) has its own view
     * and document, and is left out; {@link #emulates} and {@link #handle} answer it all the same.
     *
     * @return for example {@code [vpc, cvm, cbs]}
     */
    public List<String> services() {
        Set<String> out = new java.util.LinkedHashSet<>();
        products.values().stream().filter(p -> !p.oneAccount).forEach(p -> out.add(p.service));
        if (inferAll) {
            out.addAll(Conventions.builtInServices());
        }
        out.addAll(inferAlways);
        out.addAll(inferNow);
        return List.copyOf(out);
    }

    /**
     * Turns on convention-based state ({@link Conventions}) for a service: its inferred resources live between calls
     * until {@link #clear()} (each test's start), or for the server's life. A declared service (vpc, cvm, cbs) keeps its
     * declaration.
     *
     * @param service the service
     * @param always for the server's life rather than until the next {@link #clear()}
     * @return the inferred type names, or the declared ones for a declared service
     * @throws IllegalStateException when the service has no inferable resource, listing why
     */
    public List<String> inferState(String service, boolean always) {
        if (products.containsKey(service)) {
            return types(service);
        }
        if (Conventions.builtIn(service).isEmpty()) {
            throw new IllegalStateException("No state can be inferred for " + service + ": "
                    + String.join("; ", Conventions.whyNot(service))
                    + ". Configure its answers (givenSuccess, givenError) instead; docs/inferred-state.md lists the"
                    + " services that can be.");
        }
        (always ? inferAlways : inferNow).add(service);
        return types(service);
    }

    /** Turns on convention-based state for every service that has inferable resources, for the server's life. */
    public void inferStateForEveryService() {
        inferAll = true;
    }

    /** The product of a service: its declaration, or its inferred product when that is on; else null. */
    private Product lookup(String service) {
        Product p = products.get(service);
        if (p != null || service == null) {
            return p;
        }
        if (!inferNow.contains(service) && !inferAlways.contains(service) && !inferAll) {
            return null;
        }
        Inferred i = inferred.get(service);
        if (i == null) {
            Optional<Conventions.Result> r = Conventions.builtIn(service);
            if (r.isEmpty()) {
                return null;
            }
            i = inferred.computeIfAbsent(service, s -> new Inferred(this, r.get()));
        }
        return i;
    }

    /**
     * Whether the engine answers an action of a service (version as the engine declares it).
     *
     * @param service for example {@code "cvm"}
     * @param version for example {@code "2017-03-12"}
     * @param action for example {@code "RunInstances"}
     * @return true when emulated
     */
    public boolean emulates(String service, String version, String action) {
        Product p = lookup(service);
        return p != null && p.version.equals(version) && p.actions.containsKey(action);
    }

    /**
     * The emulated actions of a service.
     *
     * @param service the service
     * @return the action names, or none
     */
    public List<String> actions(String service) {
        Product p = lookup(service);
        return p == null ? List.of() : List.copyOf(p.actions.keySet());
    }

    /**
     * The declared types of a service.
     *
     * @param service the service
     * @return the type names, for example {@code [Instance]}
     */
    public List<String> types(String service) {
        Product p = lookup(service);
        return p == null ? List.of() : List.copyOf(p.types.keySet());
    }

    /**
     * Answers a request, or empty when the engine does not emulate it.
     *
     * @param service the routed service
     * @param version its version
     * @param action the action
     * @param account the SecretId the request acts for
     * @param region the request's region
     * @param params the request's parameters
     * @return the answer, or empty
     */
    public Optional<StateAnswer> handle(
            String service, String version, String action, String account, String region, ObjectNode params) {
        Product p = lookup(service);
        if (p == null || !p.version.equals(version)) {
            return Optional.empty();
        }
        Product.Action a = p.actions.get(action);
        if (a == null) {
            return Optional.empty();
        }
        if (p.oneAccount) {
            account = Product.ONE_ACCOUNT;
        }
        if (params == null) {
            params = F.objectNode();
        }
        if ((region == null || region.isBlank()) && p.defaultRegion != null) {
            region = p.defaultRegion;
        }
        if (region == null || region.isEmpty()) {
            return Optional.of(StateAnswer.error(
                    "MissingParameter", "The request names no region (X-TC-Region or Region): resources live in one."));
        }
        Instant now = clock.get();
        Space space = a.writes() ? space(account, region) : spaces.get(new SpaceKey(account, region));
        if (space == null) { // a read where nothing was ever written: no space is kept for it
            space = new Space(account, region);
        }
        space.settle(now);
        Call call = new Call(this, p, action, space, params, now);
        try {
            ObjectNode payload;
            if (a.writes()) {
                space.lock.lock();
                try {
                    payload = a.handler().handle(call);
                } finally {
                    space.lock.unlock();
                }
            } else {
                payload = a.handler().handle(call);
            }
            return Optional.of(StateAnswer.success(payload));
        } catch (EngineError e) {
            return Optional.of(StateAnswer.error(e.code, e.getMessage()));
        }
    }

    /** Forgets every resource and setting (each test starts from nothing). */
    public void clear() {
        for (Space s : spaces.values()) {
            s.lock.lock();
            try {
                s.clear();
            } finally {
                s.lock.unlock();
            }
        }
        spaces.clear();
        delays.clear();
        quotas.clear();
        inferNow.clear();
    }

    /**
     * Sets how long a service's timed transitions take on the server clock.
     *
     * @param service the service
     * @param delay zero (the default) for at once
     */
    public void transitionDelay(String service, Duration delay) {
        product(service);
        if (delay == null || delay.isNegative()) {
            throw new IllegalArgumentException("the transition delay must be zero or positive, but was " + delay);
        }
        delays.put(service, delay);
    }

    // ------------------------------------------------------------------ views for the handle and the control API

    /**
     * The resources of a type in one account and region, in creation order, as Describe answers them.
     *
     * @return copies
     */
    public List<ObjectNode> list(String service, String type, String account, String region) {
        ResourceType t = type(service, type);
        Space s = space(account, region);
        s.settle(clock.get());
        List<ObjectNode> out = new ArrayList<>();
        Space.Bucket b = s.bucket(t);
        for (String id : b.order.values()) {
            Space.Bucket.Stored st = b.byId.get(id);
            if (st != null) {
                out.add(st.data().deepCopy());
            }
        }
        return out;
    }

    /**
     * One resource, as Describe answers it.
     *
     * @return a copy, or empty
     */
    public Optional<ObjectNode> find(String service, String type, String account, String region, String id) {
        ResourceType t = type(service, type);
        Space s = space(account, region);
        s.settle(clock.get());
        return get(s, t, id).map(ObjectNode::deepCopy);
    }

    /**
     * Seeds or replaces one resource: members of the type's Describe structure; the id member may be left out (a
     * fresh one is made) or given in the type's form.
     *
     * @return the stored resource
     * @throws IllegalArgumentException naming what is wrong
     */
    public ObjectNode put(String service, String type, String account, String region, JsonNode resource) {
        ResourceType t = type(service, type);
        ObjectNode data = checked(t, resource, t.name);
        Space s = space(account, region);
        s.lock.lock();
        try {
            return store(
                            s,
                            t,
                            data,
                            data.hasNonNull(t.idMember) ? data.get(t.idMember).asText() : null)
                    .deepCopy();
        } finally {
            s.lock.unlock();
        }
    }

    /**
     * The id of a resource of a type.
     *
     * @return the id member's value
     */
    public String idOf(String service, String type, ObjectNode resource) {
        return resource.path(type(service, type).idMember).asText();
    }

    /**
     * Removes one resource, whoever refers to it.
     *
     * @return whether it existed
     */
    public boolean remove(String service, String type, String account, String region, String id) {
        ResourceType t = type(service, type);
        Space s = space(account, region);
        s.lock.lock();
        try {
            boolean had = s.bucket(t).byId.containsKey(id);
            remove(s, t, id);
            return had;
        } finally {
            s.lock.unlock();
        }
    }

    /**
     * What a service holds: {@code {"<SecretId>": {"<region>": {"<Type>": [resources]}}}}, empty accounts left out.
     *
     * @return a fresh document
     */
    public ObjectNode dump(String service) {
        Product p = product(service);
        ObjectNode out = F.objectNode();
        Instant now = clock.get();
        List<SpaceKey> keys = new ArrayList<>(spaces.keySet());
        keys.sort(java.util.Comparator.comparing(SpaceKey::account).thenComparing(SpaceKey::region));
        for (SpaceKey k : keys) {
            Space s = spaces.get(k);
            if (s == null) {
                continue;
            }
            s.settle(now);
            ObjectNode region = F.objectNode();
            for (ResourceType t : p.types.values()) {
                List<ObjectNode> items = list(service, t.name, k.account(), k.region());
                if (!items.isEmpty()) {
                    region.putArray(t.name).addAll(items);
                }
            }
            if (!region.isEmpty()) {
                ObjectNode account =
                        out.has(k.account()) ? (ObjectNode) out.get(k.account()) : out.putObject(k.account());
                account.set(k.region(), region);
            }
        }
        return out;
    }

    /**
     * Checks a service's state document without changing anything.
     *
     * @throws IllegalArgumentException naming the path and what is wrong
     */
    public void check(String service, JsonNode document, String path) {
        Product p = product(service);
        forEachResource(p, document, path, (account, region, t, item, where) -> checked(t, item, where));
    }

    /**
     * Replaces everything a service holds with a document of {@link #dump}'s form; check it first.
     *
     * @throws IllegalArgumentException as {@link #check} does
     */
    public void replace(String service, JsonNode document, String path) {
        check(service, document, path);
        clear(service);
        Product p = product(service);
        forEachResource(
                p, document, path, (account, region, t, item, where) -> put(service, t.name, account, region, item));
    }

    /** Forgets everything one service holds. */
    public void clear(String service) {
        Product p = product(service);
        for (Space s : spaces.values()) {
            s.lock.lock();
            try {
                for (ResourceType t : p.types.values()) {
                    Space.Bucket b = s.bucket(t);
                    for (String id : new ArrayList<>(b.byId.keySet())) {
                        remove(s, t, id);
                    }
                }
                s.notes.keySet().removeIf(k -> k.startsWith(service + " "));
            } finally {
                s.lock.unlock();
            }
        }
        delays.remove(service);
    }

    private interface ResourceVisitor {
        void visit(String account, String region, ResourceType type, JsonNode item, String where);
    }

    private void forEachResource(Product p, JsonNode document, String path, ResourceVisitor v) {
        if (document == null || !document.isObject()) {
            throw new IllegalArgumentException(path + " must be an object of SecretIds, each an object of regions, each"
                    + " an object of resource types (" + String.join(", ", p.types.keySet()) + "), each a list");
        }
        for (Iterator<Map.Entry<String, JsonNode>> a = document.fields(); a.hasNext(); ) {
            Map.Entry<String, JsonNode> account = a.next();
            String ap = path + "." + account.getKey();
            if (!account.getValue().isObject()) {
                throw new IllegalArgumentException(
                        ap + " must be an object of regions, for example {\"ap-guangzhou\":" + " {...}}");
            }
            for (Iterator<Map.Entry<String, JsonNode>> r = account.getValue().fields(); r.hasNext(); ) {
                Map.Entry<String, JsonNode> region = r.next();
                String rp = ap + "." + region.getKey();
                if (!region.getValue().isObject()) {
                    throw new IllegalArgumentException(
                            rp + " must be an object of resource types (" + String.join(", ", p.types.keySet()) + ")");
                }
                for (Iterator<Map.Entry<String, JsonNode>> ty =
                                region.getValue().fields();
                        ty.hasNext(); ) {
                    Map.Entry<String, JsonNode> type = ty.next();
                    ResourceType t = p.types.get(type.getKey());
                    String tp = rp + "." + type.getKey();
                    if (t == null) {
                        throw new IllegalArgumentException(tp + ": " + p.service + " has no resource type \""
                                + type.getKey() + "\"; its types: " + String.join(", ", p.types.keySet()));
                    }
                    if (!type.getValue().isArray()) {
                        throw new IllegalArgumentException(tp + " must be a list of resources");
                    }
                    int i = 0;
                    for (JsonNode item : type.getValue()) {
                        v.visit(account.getKey(), region.getKey(), t, item, tp + "[" + i++ + "]");
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------ for products

    Product product(String service) {
        Product p = lookup(service);
        if (p == null) {
            throw new IllegalArgumentException(
                    "the resource engine does not hold " + service + "; it holds " + String.join(", ", services()));
        }
        return p;
    }

    ResourceType type(String service, String type) {
        Product p = product(service);
        ResourceType t = p.types.get(type);
        if (t == null) {
            throw new IllegalArgumentException(service + " has no resource type \"" + type + "\" on the engine; its"
                    + " types: " + String.join(", ", p.types.keySet()));
        }
        return t;
    }

    Duration delay(String service) {
        return delays.getOrDefault(service, Duration.ZERO);
    }

    int quota(ResourceType t) {
        return quotas.getOrDefault(t, t.quota);
    }

    /** Sets a type's quota per account and region. */
    void quota(ResourceType t, int max) {
        quotas.put(t, max);
    }

    /** Puts a service's quotas back to its types' declared ones. */
    void resetQuotas(String service) {
        quotas.keySet().removeIf(t -> t.service.equals(service));
    }

    Space space(String account, String region) {
        return spaces.computeIfAbsent(new SpaceKey(account, region), k -> new Space(k.account(), k.region()));
    }

    Optional<ObjectNode> get(Space s, ResourceType t, String id) {
        if (id == null) {
            return Optional.empty();
        }
        Space.Bucket.Stored st = s.bucket(t).byId.get(id);
        return st == null ? Optional.empty() : Optional.of(st.data());
    }

    /** A resource from a document or a test, shaped; members the structure lacks are refused. */
    private static ObjectNode checked(ResourceType t, JsonNode resource, String where) {
        if (resource == null || !resource.isObject()) {
            throw new IllegalArgumentException(
                    where + " must be a JSON object of " + t.shape.name() + " members, but was " + resource);
        }
        for (Iterator<String> it = resource.fieldNames(); it.hasNext(); ) {
            String m = it.next();
            if (t.shape.member(m).isEmpty()) {
                throw new IllegalArgumentException(
                        where + ": " + t.shape.name() + " has no member \"" + m + "\"; closest: "
                                + io.github.tctestkit.core.internal.Names.closest(m, t.shape.memberNames(), 3));
            }
        }
        JsonNode id = resource.get(t.idMember);
        if (id != null && !id.isNull() && !t.isWellFormed(id.asText())) {
            throw new IllegalArgumentException(where + "." + t.idMember + ": \"" + id.asText() + "\" is not a " + t.name
                    + " id (" + t.idPrefix + " and 8 lowercase letters or digits)");
        }
        return (ObjectNode) resource.deepCopy();
    }

    /** Stores a resource shaped by its type, with {@code id} or a fresh one; the caller holds the lock. */
    ObjectNode store(Space s, ResourceType t, ObjectNode data, String id) {
        Space.Bucket b = s.bucket(t);
        String chosen = id;
        if (chosen == null) {
            do {
                chosen = freshId(t);
            } while (b.byId.containsKey(chosen));
        }
        data.put(t.idMember, chosen);
        ObjectNode shaped = Shapes.complete(t.shape, data);
        Space.Bucket.Stored old = b.byId.get(chosen);
        if (old != null) {
            b.replace(chosen, shaped);
        } else {
            b.add(chosen, sequence.incrementAndGet(), shaped);
        }
        return shaped;
    }

    /** Replaces a stored resource with a changed copy (its id member names it); the caller holds the lock. */
    ObjectNode replace(Space s, ResourceType t, ObjectNode changed) {
        ObjectNode shaped = Shapes.complete(t.shape, changed);
        s.bucket(t).replace(changed.path(t.idMember).asText(), shaped);
        return shaped;
    }

    void remove(Space s, ResourceType t, String id) {
        s.bucket(t).remove(id);
        s.unschedule(t, id);
    }

    void transition(Space s, ResourceType t, String id, String via, String to, Instant now) {
        Duration delay = delay(t.service);
        Optional<ObjectNode> current = get(s, t, id);
        if (current.isEmpty()) {
            return;
        }
        if (delay.isZero()) {
            s.unschedule(t, id);
            if (to == null) {
                remove(s, t, id);
            } else {
                ObjectNode copy = current.get().deepCopy();
                copy.put(t.stateMember, to);
                replace(s, t, copy);
            }
            return;
        }
        ObjectNode copy = current.get().deepCopy();
        copy.put(t.stateMember, via);
        replace(s, t, copy);
        s.schedule(new Space.Pending(t, id, to, now.plus(delay)));
    }

    private String freshId(ResourceType t) {
        String own = t.freshId(clock.get());
        if (own != null) {
            return own;
        }
        ThreadLocalRandom r = ThreadLocalRandom.current();
        char[] c = new char[ResourceType.ID_LENGTH];
        for (int i = 0; i < c.length; i++) {
            c[i] = ID_CHARS[r.nextInt(ID_CHARS.length)];
        }
        return t.idPrefix + new String(c);
    }

    /** Now on the server clock. */
    Instant now() {
        return clock.get();
    }

    /** A JSON list of texts. */
    static ArrayNode texts(List<String> values) {
        ArrayNode a = F.arrayNode();
        values.forEach(a::add);
        return a;
    }
}
