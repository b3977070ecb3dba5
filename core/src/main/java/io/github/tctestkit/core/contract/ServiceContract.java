package io.github.tctestkit.core.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tctestkit.core.internal.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The machine-readable contract of one version of a Tencent Cloud API 3.0 service: its actions and structures.
 *
 * <pre>{@code
 * ServiceContract mdl = ServiceContract.streamLive();
 * mdl.service();                                   // "mdl"
 * mdl.actionNames().size();                        // 36
 * mdl.action("DescribeStreamLiveChannel").output().memberNames();   // [Info, RequestId]
 * mdl.findAction("DescribeStreamLiveChanel");      // Optional.empty()
 * mdl.action("DescribeStreamLiveChanel");          // IllegalArgumentException naming DescribeStreamLiveChannel
 *
 * ServiceContract cvm = ServiceContract.loadBuiltIn("cvm", "2017-03-12").orElseThrow();   // read from the jar
 * cvm.codes();                                     // every code cvm declares, sorted
 *
 * try (InputStream in = MyTest.class.getResourceAsStream("/my-service-2024-01-01.json")) {
 *     ServiceContract mine = ServiceContract.load(in);
 * }
 * }</pre>
 *
 * <h2>Resource format</h2>
 *
 * <p>{@link #load(InputStream)} reads one UTF-8 JSON object:
 *
 * <pre>{@code
 * {
 *   "format": 1,
 *   "service": "mdl", "version": "2020-03-26",
 *   "codes": ["InternalError", "InvalidParameter.Name"],              // optional, every code the service declares
 *   "actions": {
 *     "CreateStreamLiveInput": {
 *       "input": "CreateStreamLiveInputRequest", "output": "CreateStreamLiveInputResponse",
 *       "errors": ["InternalError", "InvalidParameter.Name"],        // optional
 *       "exampleRequest": {"Name": "sdad", "SecurityGroupIds": ["123"]},  // optional, a parameter tree
 *       "exampleResponse": {"Id": "5E7818810943216A1234"}            // optional, the payload without RequestId
 *     }
 *   },
 *   "objects": {
 *     "CreateStreamLiveInputRequest": [
 *       {"name": "Name", "kind": "string", "type": "string", "required": true, "example": "sdad"},
 *       {"name": "SecurityGroupIds", "kind": "list", "type": "string"}
 *     ]
 *   }
 * }
 * }</pre>
 *
 * <p>A member's {@code kind} is {@code string}, {@code int}, {@code float}, {@code bool}, {@code object} or
 * {@code list}; its {@code type} is {@code string}, {@code datetime}, {@code datetime_iso} or {@code date} (for kind string), {@code int64}
 * or {@code uint64} (int), {@code float}, {@code bool}, or the name of an object (for objects and lists of objects); a
 * list's type is any of these. The flags {@code required}, {@code alwaysReturned}, {@code nullable} and {@code disabled}
 * default to false; {@code example} (text; JSON text for a list) and {@code allowedValues} are optional. Other keys
 * are ignored. The built-in resources are derived by {@code core/src/build/derive-services.py}.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class ServiceContract {

    private static final String BUILT_IN = "/io/github/tctestkit/core/services/";
    private static final String STREAMLIVE_RESOURCE = BUILT_IN + "mdl-2020-03-26.json";
    private static final Pattern SERVICE_VERSION = Pattern.compile("[a-z][a-z0-9]*-[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private final String service;
    private final String version;
    private final Map<String, ActionContract> actions;
    private final Map<String, Structure> structures;
    private final List<String> codes;

    private ServiceContract(
            String service,
            String version,
            Map<String, ActionContract> actions,
            Map<String, Structure> structures,
            List<String> codes) {
        this.service = service;
        this.version = version;
        this.actions = actions;
        this.structures = structures;
        this.codes = codes;
    }

    /** Loads StreamLive's contract on first use (the JVM's class initialisation makes that thread-safe). */
    private static final class StreamLive {
        static final ServiceContract CONTRACT = loadResource(STREAMLIVE_RESOURCE);

        private StreamLive() {}
    }

    /**
     * StreamLive (service {@code mdl}, version {@code 2020-03-26}): 36 actions and 178 structures, loaded once from the
     * jar on first use.
     *
     * @return the contract
     */
    public static ServiceContract streamLive() {
        return StreamLive.CONTRACT;
    }

    /**
     * The built-in contract of a service version, read from the jar now: one of the 156 service versions that
     * {@code docs/services.md} lists (every Tencent Cloud API 3.0 service). Each call reads and parses the resource
     * again (a large service takes some milliseconds), so keep the contract you get.
     *
     * <pre>{@code
     * ServiceContract cvm = ServiceContract.loadBuiltIn("cvm", "2017-03-12").orElseThrow();
     * cvm.action("DescribeInstances").defaultAnswer();
     * ServiceContract.loadBuiltIn("cvm", "2017-03-13");       // Optional.empty()
     * }</pre>
     *
     * @param service the service name, the first label of its endpoint, for example {@code "cvm"}
     * @param version the API version, for example {@code "2017-03-12"}
     * @return the contract, or empty when core has none for that service version (also for names that are not a
     *     service name such as {@code "../x"} or not a version such as {@code "latest"})
     * @throws IllegalArgumentException when {@code service} or {@code version} is null
     */
    public static Optional<ServiceContract> loadBuiltIn(String service, String version) {
        if (service == null || version == null) {
            throw new IllegalArgumentException("service and version must not be null");
        }
        String name = service + "-" + version;
        String resource = BUILT_IN + name + ".json";
        if (!SERVICE_VERSION.matcher(name).matches() || ServiceContract.class.getResource(resource) == null) {
            return Optional.empty();
        }
        return Optional.of(loadResource(resource));
    }

    static ServiceContract loadResource(String resource) {
        try (InputStream in = ServiceContract.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the class path");
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * Reads a contract in the format described above. The stream is read to its end and not closed.
     *
     * @param in UTF-8 JSON
     * @return the contract
     * @throws IllegalArgumentException when {@code in} is null, is not JSON, or the contract is inconsistent (an
     *     unknown kind, a type naming no object, an action naming a missing structure, a member listed twice...)
     * @throws UncheckedIOException when reading fails
     */
    public static ServiceContract load(InputStream in) {
        if (in == null) {
            throw new IllegalArgumentException("contract input stream must not be null");
        }
        JsonNode root;
        try {
            root = Json.STRICT.readTree(in);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("contract is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the contract", e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("contract must be a JSON object");
        }
        String service = text(root, "service", "contract");
        String version = text(root, "version", "contract");
        Map<String, Structure> structures = new HashMap<>();
        JsonNode objects = object(root, "objects", "contract");
        for (Iterator<Map.Entry<String, JsonNode>> it = objects.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            structures.put(e.getKey(), structure(e.getKey(), e.getValue(), structures));
        }
        for (Structure s : structures.values()) {
            for (Member m : s.members()) {
                if (m.isStructured() && !structures.containsKey(m.type())) {
                    throw new IllegalArgumentException("member " + s.name() + "." + m.name() + " has type " + m.type()
                            + ", which is not an object" + " of the contract nor one of " + Member.PRIMITIVES);
                }
            }
        }
        Map<String, ActionContract> actions = new LinkedHashMap<>();
        JsonNode actionNodes = object(root, "actions", "contract");
        for (Iterator<Map.Entry<String, JsonNode>> it = actionNodes.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            actions.put(e.getKey(), action(e.getKey(), e.getValue(), structures));
        }
        if (actions.isEmpty()) {
            throw new IllegalArgumentException("contract of " + service + " lists no action");
        }
        List<String> codes = new ArrayList<>();
        root.path("codes").forEach(c -> codes.add(c.asText()));
        return new ServiceContract(
                service,
                version,
                Collections.unmodifiableMap(actions),
                Collections.unmodifiableMap(structures),
                List.copyOf(codes));
    }

    private static Structure structure(String name, JsonNode node, Map<String, Structure> registry) {
        if (!node.isArray()) {
            throw new IllegalArgumentException("object " + name + " must be an array of members");
        }
        List<Member> members = new ArrayList<>();
        for (JsonNode m : node) {
            String where = "a member of " + name;
            if (!m.isObject()) {
                throw new IllegalArgumentException(where + " is not a JSON object");
            }
            String memberName = text(m, "name", where);
            where = "member " + name + "." + memberName;
            String kindText = text(m, "kind", where);
            Member.Kind kind;
            try {
                kind = Member.Kind.valueOf(kindText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        where + " has kind \"" + kindText + "\"; use string, int, float, bool, object or list", e);
            }
            String type = text(m, "type", where);
            checkKindAndType(where, kind, type);
            List<String> allowed = new ArrayList<>();
            m.path("allowedValues").forEach(v -> allowed.add(v.asText()));
            JsonNode example = m.get("example");
            members.add(new Member(
                    name,
                    memberName,
                    kind,
                    type,
                    m.path("required").asBoolean(false),
                    m.path("alwaysReturned").asBoolean(false),
                    m.path("nullable").asBoolean(false),
                    example == null || example.isNull() ? null : example.asText(),
                    m.path("disabled").asBoolean(false),
                    allowed,
                    registry));
        }
        return new Structure(name, members);
    }

    private static void checkKindAndType(String where, Member.Kind kind, String type) {
        boolean ok;
        switch (kind) {
            case STRING:
                ok = type.equals("string")
                        || type.equals("datetime")
                        || type.equals("datetime_iso")
                        || type.equals("date");
                break;
            case INT:
                ok = type.equals("int64") || type.equals("uint64");
                break;
            case FLOAT:
                ok = type.equals("float");
                break;
            case BOOL:
                ok = type.equals("bool");
                break;
            case OBJECT:
                ok = !Member.PRIMITIVES.contains(type);
                break;
            default:
                ok = true;
        }
        if (!ok) {
            throw new IllegalArgumentException(where + " has kind "
                    + kind.name().toLowerCase(Locale.ROOT) + " but type " + type + ", which does not fit");
        }
    }

    private static ActionContract action(String name, JsonNode node, Map<String, Structure> structures) {
        String where = "action " + name;
        if (!node.isObject()) {
            throw new IllegalArgumentException(where + " must be a JSON object");
        }
        Structure input = named(structures, text(node, "input", where), where);
        Structure output = named(structures, text(node, "output", where), where);
        List<String> errors = new ArrayList<>();
        node.path("errors").forEach(e -> errors.add(e.asText()));
        return new ActionContract(
                name,
                input,
                output,
                errors,
                objectOrEmpty(node, "exampleRequest", where),
                objectOrEmpty(node, "exampleResponse", where));
    }

    private static Structure named(Map<String, Structure> structures, String name, String where) {
        Structure s = structures.get(name);
        if (s == null) {
            throw new IllegalArgumentException(where + " names object " + name + ", which the contract does not list");
        }
        return s;
    }

    private static ObjectNode objectOrEmpty(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Json.STRICT.createObjectNode();
        }
        if (!value.isObject()) {
            throw new IllegalArgumentException(where + ": \"" + field + "\" must be a JSON object");
        }
        return (ObjectNode) value;
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(where + " needs a non-blank text \"" + field + "\"");
        }
        return value.asText();
    }

    private static JsonNode object(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isObject()) {
            throw new IllegalArgumentException(where + " needs a JSON object \"" + field + "\"");
        }
        return value;
    }

    /**
     * The service name.
     *
     * @return for example {@code "mdl"}
     */
    public String service() {
        return service;
    }

    /**
     * The API version.
     *
     * @return for example {@code "2020-03-26"}
     */
    public String version() {
        return version;
    }

    /**
     * Every error code the service declares (its Go SDK's {@code errors.go}), sorted: the product codes of all its
     * actions and the common codes it names. An action's own list is {@link ActionContract#productErrors()}.
     *
     * <pre>{@code
     * ServiceContract.streamLive().codes();   // [InternalError, InvalidParameter, InvalidParameter.AVTemplates, ...]
     * }</pre>
     *
     * @return an unmodifiable list, empty when the resource lists no {@code "codes"}
     */
    public List<String> codes() {
        return codes;
    }

    /**
     * Every action name, in the resource's order (alphabetical for StreamLive).
     *
     * @return an unmodifiable set
     */
    public Set<String> actionNames() {
        return actions.keySet();
    }

    /**
     * The action of that name (case-sensitive, as the gateway is).
     *
     * @param name an action name, for example {@code "StartStreamLiveChannel"}
     * @return the action
     * @throws IllegalArgumentException when the contract has no such action; the message names the closest known
     *     actions
     */
    public ActionContract action(String name) {
        return findAction(name)
                .orElseThrow(() -> new IllegalArgumentException(service + " " + version + " has no action \"" + name
                        + "\"; closest: " + closest(name, actions.keySet())));
    }

    /**
     * The action of that name, if the contract has it.
     *
     * @param name an action name; {@code null} finds nothing
     * @return the action, or empty
     */
    public Optional<ActionContract> findAction(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(actions.get(name));
    }

    /**
     * The structure of that name.
     *
     * @param name a structure name, for example {@code "AttachedInput"}
     * @return the structure
     * @throws IllegalArgumentException when the contract has no such structure; the message names the closest known
     *     structures
     */
    public Structure structure(String name) {
        Structure s = name == null ? null : structures.get(name);
        if (s == null) {
            throw new IllegalArgumentException(service + " " + version + " has no structure \"" + name + "\"; closest: "
                    + closest(name, structures.keySet()));
        }
        return s;
    }

    @Override
    public String toString() {
        return service + " " + version + " (" + actions.size() + " actions, " + structures.size() + " structures)";
    }

    /** Up to three known names nearest to {@code wanted} by edit distance, ignoring case, nearest first. */
    static String closest(String wanted, Set<String> known) {
        return io.github.tctestkit.core.internal.Names.closest(wanted, known, 3);
    }
}
