package io.github.tctestkit.wiremock.internal.control;

import static io.github.tctestkit.wiremock.internal.control.JsonInput.integer;
import static io.github.tctestkit.wiremock.internal.control.JsonInput.object;
import static io.github.tctestkit.wiremock.internal.control.JsonInput.onlyMembers;
import static io.github.tctestkit.wiremock.internal.control.JsonInput.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import io.github.tctestkit.core.ErrorCatalogue;
import io.github.tctestkit.core.ErrorCode;
import io.github.tctestkit.core.ServiceDescription;
import io.github.tctestkit.core.ServiceRegistry;
import io.github.tctestkit.core.internal.Json;
import io.github.tctestkit.core.internal.Names;
import io.github.tctestkit.wiremock.Fault;
import io.github.tctestkit.wiremock.RecordedRequest;
import io.github.tctestkit.wiremock.Rejection;
import io.github.tctestkit.wiremock.ServiceApi;
import io.github.tctestkit.wiremock.Stubbing;
import io.github.tctestkit.wiremock.SuccessStubbing;
import io.github.tctestkit.wiremock.TencentCloudApi;
import io.github.tctestkit.wiremock.internal.GatewaySettings;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The control API of a stand-alone emulator: plain HTTP with JSON under {@value #PREFIX}, a path no Tencent Cloud
 * request uses, for clients in any language. It is built on the emulator's own {@link TencentCloudApi} handle, so that
 * every check and every message is the Java handle's. Control requests are answered before the pipeline: they are not
 * recorded, not checked by the gateway and not counted for coverage. The endpoints and their documents are described
 * for users in {@code docs/control-api.md}.
 *
 * <p>A bad control request answers 400 with {@code {"error": "..."}} naming the problem and the fix; a wrong method
 * 405; a request from a web page (an {@code Origin} header, or a {@code Host} that is not the loopback address) 403,
 * so that no page a browser opens can change the emulator's answers. Not API.
 */
public final class ControlApi {

    /** The path prefix of every control request. */
    public static final String PREFIX = "/_tctestkit/";

    private static final String ROOT = "/_tctestkit";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final String JSON = "application/json; charset=utf-8";

    /** Each endpoint and the methods it answers, in the order of the index. */
    private static final Map<String, List<String>> ENDPOINTS = Map.of(
            "health", List.of("GET"),
            "reset", List.of("POST"),
            "requests", List.of("GET"),
            "rejections", List.of("GET"),
            "answers", List.of("POST"),
            "state", List.of("GET", "PUT"));

    private static final List<String> ORDER = List.of("health", "reset", "requests", "rejections", "answers", "state");

    private static final List<String> ANSWER_MEMBERS = List.of(
            "service",
            "action",
            "error",
            "message",
            "anyCode",
            "success",
            "with",
            "fault",
            "http",
            "times",
            "delayMillis");

    private static final List<String> ANSWER_KINDS = List.of("error", "success", "fault", "http");

    /** A Java call that starts a handle's message, for example {@code forAction("X"): }. */
    private static final Pattern JAVA_CALL = Pattern.compile("^[a-zA-Z]+\\([^)]*\\): ");

    private static final Pattern JAVA_SERVICE = Pattern.compile("api\\.service\\(\"([^\"]*)\"\\)");

    private final TencentCloudApi api;
    private final Supplier<TencentCloudApi> scratch;
    private final Consumer<String> forgetService;
    private final GatewaySettings settings;
    private final boolean wiremockAdmin;
    private final long startedNanos = System.nanoTime();
    private volatile StreamLiveDocument streamLive;
    private final Supplier<io.github.tctestkit.wiremock.internal.engine.Engine> engine;

    /**
     * @param api the emulator's handle
     * @param scratch a new handle on a scope no request reads, for dry runs
     * @param forgetService forgets one service's answers and journal
     * @param settings the emulator's settings, for {@code GET health}
     * @param wiremockAdmin whether WireMock's admin API is on, for {@code GET health}
     * @param engine the server's resource engine (null when the server keeps no state)
     */
    public ControlApi(
            TencentCloudApi api,
            Supplier<TencentCloudApi> scratch,
            Consumer<String> forgetService,
            GatewaySettings settings,
            boolean wiremockAdmin,
            Supplier<io.github.tctestkit.wiremock.internal.engine.Engine> engine) {
        this.engine = engine;
        this.api = api;
        this.scratch = scratch;
        this.forgetService = forgetService;
        this.settings = settings;
        this.wiremockAdmin = wiremockAdmin;
    }

    /**
     * Whether a request is a control request: its path is {@code /_tctestkit} or starts with {@value #PREFIX}.
     *
     * @param request the request
     * @return {@code true} for the control API
     */
    public static boolean handles(Request request) {
        String path = path(request.getUrl());
        return path.equals(ROOT) || path.startsWith(PREFIX);
    }

    private static String path(String url) {
        int q = url.indexOf('?');
        return q < 0 ? url : url.substring(0, q);
    }

    /**
     * Answers a control request; never throws.
     *
     * @param request a request that {@link #handles(Request)}
     * @return the answer
     */
    public ResponseDefinition answer(Request request) {
        try {
            return route(request);
        } catch (Refusal r) {
            return json(r.status, ControlJson.error(r.getMessage()), r.allow);
        } catch (IllegalArgumentException | IllegalStateException e) {
            return json(400, ControlJson.error(e.getMessage()), null);
        } catch (RuntimeException e) {
            return json(
                    500,
                    ControlJson.error("tctestkit failed on this control request (a defect of tctestkit, please report"
                            + " it): " + e),
                    null);
        }
    }

    /** A control request refused with a status other than 400. */
    private static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;
        final String allow;

        Refusal(int status, String message, String allow) {
            super(message, null, false, false);
            this.status = status;
            this.allow = allow;
        }
    }

    private ResponseDefinition route(Request request) {
        guard(request);
        String url = request.getUrl();
        String path = path(url);
        String name = path.equals(ROOT) ? "" : path.substring(PREFIX.length());
        String method = request.getMethod().getName();
        if (name.isEmpty()) {
            allow(name, method, List.of("GET"));
            return json(200, index(), null);
        }
        List<String> methods = ENDPOINTS.get(name);
        if (methods == null) {
            throw new IllegalArgumentException("no control endpoint " + PREFIX + name + "; did you mean " + PREFIX
                    + Names.closest(name, ORDER, 1) + "? The endpoints: " + endpointList()
                    + " (GET " + PREFIX + " lists them, docs/control-api.md describes them)");
        }
        allow(name, method, methods);
        Map<String, String> query = query(url);
        return switch (name + " " + method) {
            case "health GET" -> json(200, health(only(query, name)), null);
            case "reset POST" -> json(200, reset(query, optionalBody(request)), null);
            case "requests GET" -> json(200, requests(query), null);
            case "rejections GET" -> json(200, rejections(query), null);
            case "answers POST" -> json(200, answers(only(query, name), requiredBody(request, name)), null);
            case "state GET" -> json(200, state(only(query, name)), null);
            case "state PUT" -> json(200, putState(only(query, name), requiredBody(request, name)), null);
            default -> throw new IllegalStateException("unrouted control endpoint " + name + " " + method);
        };
    }

    /** Refuses what a web page could send: the control API is for test code, not for browsers. */
    private static void guard(Request request) {
        String origin = request.getHeader("Origin");
        if (origin != null) {
            throw new Refusal(
                    403,
                    "the control API refuses requests from web pages (this one has the header Origin: " + origin
                            + "), so that no page a browser opens can change the emulator's answers; send it from"
                            + " test code or curl, without an Origin header",
                    null);
        }
        String host = request.getHeader("Host");
        if (host != null && !loopback(host)) {
            throw new Refusal(
                    403,
                    "the control API answers requests for the loopback address only, but this one is for Host: " + host
                            + "; send it to 127.0.0.1 or localhost",
                    null);
        }
    }

    private static boolean loopback(String host) {
        String h = host.strip().toLowerCase(java.util.Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end > 0 && h.substring(1, end).equals("::1") && portOnly(h.substring(end + 1));
        }
        int colon = h.indexOf(':');
        String name = colon < 0 ? h : h.substring(0, colon);
        return (name.equals("127.0.0.1") || name.equals("localhost")) && portOnly(colon < 0 ? "" : h.substring(colon));
    }

    private static boolean portOnly(String rest) {
        return rest.isEmpty() || rest.matches(":[0-9]{1,5}");
    }

    private static void allow(String name, String method, List<String> methods) {
        if (!methods.contains(method)) {
            String allowed = String.join(", ", methods);
            throw new Refusal(
                    405,
                    PREFIX + name + " answers " + String.join(" and ", methods) + ", not " + method + "; send "
                            + methods.get(0) + " " + PREFIX + name,
                    allowed);
        }
    }

    private static String endpointList() {
        List<String> out = new ArrayList<>();
        for (String e : ORDER) {
            out.add(String.join("|", ENDPOINTS.get(e)) + " " + e);
        }
        return String.join(", ", out);
    }

    // ---------------------------------------------------------------- request reading

    /** The query parameters, each at most once. */
    private static Map<String, String> query(String url) {
        Map<String, String> out = new LinkedHashMap<>();
        int q = url.indexOf('?');
        if (q < 0 || q == url.length() - 1) {
            return out;
        }
        for (String pair : url.substring(q + 1).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            if (out.put(key, value) != null) {
                throw new IllegalArgumentException("the query parameter \"" + key + "\" is given twice; give it once");
            }
        }
        return out;
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "the query string is not URL-encoded: " + e.getMessage() + "; encode it with"
                            + " encodeURIComponent (or curl --data-urlencode)",
                    e);
        }
    }

    /** The query parameters of an endpoint that takes the named ones; refuses others. */
    private static Map<String, String> only(Map<String, String> query, String endpoint, String... known) {
        List<String> names = Arrays.asList(known);
        for (String key : query.keySet()) {
            if (!names.contains(key)) {
                throw new IllegalArgumentException(PREFIX + endpoint + " takes "
                        + (names.isEmpty()
                                ? "no query parameters"
                                : "the query parameters " + String.join(", ", names) + " (did you mean "
                                        + Names.closest(key, names, 1) + "?)")
                        + ", but got \"" + key + "\"");
            }
        }
        for (Map.Entry<String, String> e : query.entrySet()) {
            if (e.getValue().isBlank()) {
                throw new IllegalArgumentException(
                        "the query parameter \"" + e.getKey() + "\" is empty; give a value, or leave it out");
            }
        }
        return query;
    }

    private static ObjectNode optionalBody(Request request) {
        byte[] body = request.getBody();
        if (body == null || body.length == 0 || new String(body, StandardCharsets.UTF_8).isBlank()) {
            return F.objectNode();
        }
        return parse(body);
    }

    private static ObjectNode requiredBody(Request request, String endpoint) {
        byte[] body = request.getBody();
        if (body == null || body.length == 0) {
            throw new IllegalArgumentException(
                    PREFIX + endpoint + " needs a JSON object as its body;" + " docs/control-api.md shows examples");
        }
        return parse(body);
    }

    private static ObjectNode parse(byte[] body) {
        JsonNode node;
        try {
            node = Json.STRICT.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "the request body is not JSON: " + e.getOriginalMessage()
                            + (e.getLocation() == null
                                    ? ""
                                    : " (line " + e.getLocation().getLineNr() + ", column "
                                            + e.getLocation().getColumnNr() + ")")
                            + "; send a JSON object",
                    e);
        } catch (IOException e) {
            throw new IllegalArgumentException("the request body could not be read: " + e.getMessage(), e);
        }
        return object(node, "");
    }

    // ---------------------------------------------------------------- endpoints

    private static ObjectNode index() {
        ObjectNode o = F.objectNode();
        ArrayNode endpoints = o.putArray("endpoints");
        for (String e : ORDER) {
            for (String m : ENDPOINTS.get(e)) {
                endpoints.add(m + " " + PREFIX + e);
            }
        }
        o.put("documentation", "docs/control-api.md");
        return o;
    }

    private ObjectNode health(Map<String, String> query) {
        ObjectNode o = F.objectNode();
        o.put("status", "ok");
        o.put("version", Version.VALUE);
        o.put("uptimeSeconds", (System.nanoTime() - startedNanos) / 1_000_000_000L);
        o.put("endpoint", api.endpoint());
        o.put("strict", settings.strict());
        o.put("verifySignatures", settings.authenticates());
        o.put("validateRequests", settings.validates());
        ArrayNode stateful = o.putArray("stateful");
        stateful().forEach(s -> stateful.add(s.service()));
        o.put("wiremockAdmin", wiremockAdmin);
        ServiceRegistry served = api.services();
        o.put("serviceCount", served.names().size());
        o.put("actionCount", served.actionCount());
        ArrayNode services = o.putArray("services");
        for (String name : served.names()) {
            ObjectNode s = services.addObject().put("name", name);
            ArrayNode versions = s.putArray("versions");
            served.versionsOf(name).forEach(v -> versions.add(v.version()));
        }
        return o;
    }

    private ObjectNode reset(Map<String, String> query, ObjectNode body) {
        only(query, "reset", "service");
        onlyMembers(body, "", List.of("service"));
        String fromBody = text(body, "service", "");
        String service = query.get("service");
        if (fromBody != null && service != null && !fromBody.equals(service)) {
            throw new IllegalArgumentException(
                    "the query names service \"" + service + "\" and the body \"" + fromBody + "\"; name it once");
        }
        service = service != null ? service : fromBody;
        ObjectNode o = F.objectNode();
        ArrayNode cleared = F.arrayNode();
        if (service == null) {
            api.reset();
            for (StatefulService s : stateful()) {
                s.clear();
                cleared.add(s.service());
            }
            o.put("reset", "everything");
        } else {
            String name = api.service(service).description().name(); // unknown: the handle's closest names
            forgetService.accept(name);
            for (StatefulService s : stateful()) {
                if (s.service().equals(name)) {
                    s.clear();
                    cleared.add(s.service());
                }
            }
            o.put("reset", name);
        }
        o.set("stateCleared", cleared);
        return o;
    }

    private ObjectNode requests(Map<String, String> query) {
        only(query, "requests", "service", "action");
        String service = query.get("service");
        String action = query.get("action");
        List<RecordedRequest> list;
        if (service == null) {
            list = action == null ? api.requests() : api.requests(action);
        } else {
            ServiceApi s = api.service(service);
            list = action == null ? s.requests() : s.requests(action);
        }
        ObjectNode o = F.objectNode();
        o.put("count", list.size());
        o.put("dropped", api.droppedRequestCount());
        ArrayNode out = o.putArray("requests");
        list.forEach(r -> out.add(ControlJson.request(r)));
        return o;
    }

    private ObjectNode rejections(Map<String, String> query) {
        only(query, "rejections", "service", "action");
        String service = query.get("service");
        String action = query.get("action");
        String name =
                service == null ? null : api.service(service).description().name();
        if (action != null && action.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("action must not contain white space, but was \"" + action + "\"");
        }
        List<Rejection> list = new ArrayList<>();
        for (Rejection r : api.rejections()) {
            if ((name == null || r.request().service().orElse("").equals(name))
                    && (action == null || r.request().action().equals(action))) {
                list.add(r);
            }
        }
        ObjectNode o = F.objectNode();
        o.put("count", list.size());
        ArrayNode out = o.putArray("rejections");
        list.forEach(r -> out.add(ControlJson.rejection(r)));
        return o;
    }

    private ObjectNode answers(Map<String, String> query, ObjectNode body) {
        onlyMembers(body, "", ANSWER_MEMBERS);
        List<String> kinds = new ArrayList<>();
        for (String k : ANSWER_KINDS) {
            if (body.has(k)) {
                kinds.add(k);
            }
        }
        if (kinds.size() != 1) {
            throw new IllegalArgumentException((kinds.isEmpty()
                            ? "say what to answer with"
                            : "answer with one thing," + " not " + String.join(" and ", kinds))
                    + ": give exactly one of \"error\" (a code), \"success\" (a payload, or true for the documented"
                    + " default), \"fault\" (a Fault name) or \"http\" ({\"status\": ..., \"body\": ...})");
        }
        String kind = kinds.get(0);
        requireWith(body, "message", "error", kind);
        requireWith(body, "anyCode", "error", kind);
        requireWith(body, "with", "success", kind);
        // A dry run on a scope no request reads: a mistake anywhere leaves no half-configured answer behind.
        configure(scratch.get(), body, kind);
        Stubbing configured = configure(api, body, kind);
        ObjectNode o = F.objectNode();
        o.put("configured", configured.toString());
        o.put("remaining", configured.remaining());
        return o;
    }

    private static void requireWith(ObjectNode body, String member, String kind, String given) {
        if (body.has(member) && !kind.equals(given)) {
            throw new IllegalArgumentException(
                    "\"" + member + "\" goes with \"" + kind + "\", but this answer is a \"" + given + "\"");
        }
    }

    /** Configures the answer on a handle with the handle's own checks; each message names the member at fault. */
    private static Stubbing configure(TencentCloudApi target, ObjectNode body, String kind) {
        String service = text(body, "service", "");
        String action = text(body, "action", "");
        Integer times = integer(body, "times", "");
        Integer delay = integer(body, "delayMillis", "");
        ServiceApi narrowed = service == null ? null : member("service", () -> target.service(service));
        Stubbing stubbing = switch (kind) {
            case "error" -> error(target, narrowed, body, service, action);
            case "success" -> success(target, narrowed, body, action);
            case "fault" -> {
                Fault fault = fault(body);
                Stubbing s = narrowed == null ? target.givenFault(fault) : narrowed.givenFault(fault);
                yield action == null ? s : member("action", () -> s.forAction(action));
            }
            default -> http(target, body, service, action);
        };
        if (times != null) {
            member("times", () -> stubbing.times(times));
        }
        if (delay != null) {
            member("delayMillis", () -> stubbing.delayedBy(Duration.ofMillis(delay)));
        }
        return stubbing;
    }

    private static Stubbing error(
            TencentCloudApi target, ServiceApi narrowed, ObjectNode body, String service, String action) {
        String code = text(body, "error", "");
        if (code == null) {
            throw new IllegalArgumentException("\"error\" must be an error code such as \"ResourceNotFound\"");
        }
        JsonNode any = body.get("anyCode");
        if (any != null && !any.isBoolean()) {
            throw new IllegalArgumentException("\"anyCode\" must be true or false, but is " + Json.describe(any));
        }
        ErrorCode error = errorCode(target, narrowed, service, action, code, any != null && any.asBoolean());
        String message = text(body, "message", "");
        Stubbing s = narrowed == null
                ? (message == null ? target.givenError(error) : target.givenError(error, message))
                : (message == null ? narrowed.givenError(error) : narrowed.givenError(error, message));
        return action == null ? s : member("action", () -> s.forAction(action));
    }

    /**
     * The code named: one the action can return, else a common or StreamLive code, else one the named service (or the
     * action's services) catalogues; any other only with {@code "anyCode": true}, so that a typo does not go
     * unnoticed. Without action and service only the common and StreamLive codes are known here (looking through
     * every service's codes would read every contract).
     */
    private static ErrorCode errorCode(
            TencentCloudApi target, ServiceApi narrowed, String service, String action, String code, boolean any) {
        member("error", () -> ErrorCode.of(code)); // blank or white space: ErrorCode's message
        List<ErrorCode> known = new ArrayList<>();
        List<ServiceDescription> owners;
        ServiceRegistry served = target.services();
        if (action != null) {
            known.addAll(
                    member("action", () -> narrowed == null ? target.errorsOf(action) : narrowed.errorsOf(action)));
            owners = narrowed == null
                    ? served.withAction(action)
                    : served.versionsOf(narrowed.description().name());
        } else {
            owners = narrowed == null
                    ? List.of()
                    : served.versionsOf(narrowed.description().name());
        }
        for (ErrorCode e : known) {
            if (e.code().equals(code)) {
                return e;
            }
        }
        java.util.Optional<ErrorCode> common = ErrorCatalogue.findInAny(code);
        if (common.isPresent()) {
            return common.get();
        }
        for (ServiceDescription s : owners) {
            java.util.Optional<ErrorCode> found = s.findError(code);
            if (found.isPresent()) {
                return found.get();
            }
        }
        if (any) {
            return ErrorCode.of(code);
        }
        Set<String> candidates = new LinkedHashSet<>();
        known.forEach(e -> candidates.add(e.code()));
        if (candidates.isEmpty()) {
            owners.forEach(s -> s.errors().forEach(e -> candidates.add(e.code())));
        }
        if (candidates.isEmpty()) {
            for (io.github.tctestkit.core.CommonError e : io.github.tctestkit.core.CommonError.values()) {
                candidates.add(e.code());
            }
            for (io.github.tctestkit.core.StreamLiveError e : io.github.tctestkit.core.StreamLiveError.values()) {
                candidates.add(e.code());
            }
        }
        String scope = action != null
                ? "action " + action + " can return"
                : service != null
                        ? "service " + service + " documents"
                        : "the common or StreamLive codes (name the \"action\" or \"service\" to use its codes)";
        throw new IllegalArgumentException("\"error\": \"" + code + "\" is no code that " + scope + "; did you mean "
                + Names.closest(code, candidates, 3) + "? To answer with it anyway, add \"anyCode\": true");
    }

    private static Stubbing success(TencentCloudApi target, ServiceApi narrowed, ObjectNode body, String action) {
        if (action == null) {
            throw new IllegalArgumentException("a \"success\" answer is for one action: add \"action\", for example"
                    + " \"action\": \"DescribeStreamLiveChannels\"");
        }
        JsonNode success = body.get("success");
        SuccessStubbing s;
        if (success.isObject()) {
            String payload = success.toString();
            s = member(
                    "success",
                    () -> narrowed == null
                            ? target.givenSuccess(action, payload)
                            : narrowed.givenSuccess(action, payload));
        } else if (success.isBoolean() && success.asBoolean()) {
            s = member("success", () -> narrowed == null ? target.givenSuccess(action) : narrowed.givenSuccess(action));
        } else {
            throw new IllegalArgumentException("\"success\" must be a JSON object of payload members (without"
                    + " RequestId), or true for the action's documented default answer, but is "
                    + Json.describe(success));
        }
        JsonNode with = body.get("with");
        if (with != null && !with.isNull()) {
            ObjectNode changes = object(with, "with");
            for (Iterator<Map.Entry<String, JsonNode>> it = changes.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> change = it.next();
                SuccessStubbing current = s;
                member("with", () -> current.with(change.getKey(), change.getValue()));
            }
        }
        return s;
    }

    private static Fault fault(ObjectNode body) {
        String name = text(body, "fault", "");
        List<String> names = Arrays.stream(Fault.values()).map(Fault::name).toList();
        if (name == null || !names.contains(name)) {
            throw new IllegalArgumentException("\"fault\" must name a Fault, but is "
                    + (name == null
                            ? Json.describe(body.get("fault"))
                            : "\"" + name + "\"; did you mean " + Names.closest(name, names, 2) + "?")
                    + " (faults: " + String.join(", ", names) + ")");
        }
        return Fault.valueOf(name);
    }

    private static Stubbing http(TencentCloudApi target, ObjectNode body, String service, String action) {
        if (service != null) {
            throw new IllegalArgumentException("an \"http\" answer cannot be narrowed by \"service\"; leave"
                    + " \"service\" out and narrow it with \"action\"");
        }
        ObjectNode http = object(body.get("http"), "http");
        onlyMembers(http, "http", List.of("status", "body"));
        Integer status = integer(http, "status", "http");
        if (status == null) {
            throw new IllegalArgumentException("\"http\" needs the member \"status\" (a number, 100 to 599)");
        }
        String text = text(http, "body", "http");
        Stubbing s = member("http", () -> target.givenHttpResponse(status, text == null ? "" : text));
        return action == null ? s : member("action", () -> s.forAction(action));
    }

    /**
     * Runs a handle call; its refusal is told as a mistake in one member of the request body: the Java call that
     * starts the handle's message is replaced by the member's name, and the Java fixes by their JSON spelling.
     */
    private static <T> T member(String member, Supplier<T> call) {
        try {
            return call.get();
        } catch (IllegalArgumentException e) {
            String message = JAVA_CALL.matcher(e.getMessage()).replaceFirst("");
            message = JAVA_SERVICE
                    .matcher(message)
                    .replaceAll(m -> Matcher.quoteReplacement("\"service\": \"" + m.group(1) + "\""));
            message = message.replace(
                    "Use givenEnvelope(...) to send it anyway.",
                    "Answer with \"http\": {\"status\": 200, \"body\": \"...\"} to send it anyway.");
            String prefix = "\"" + member + "\": ";
            throw new IllegalArgumentException(message.startsWith(prefix) ? message : prefix + message, e);
        }
    }

    private ObjectNode state(Map<String, String> query) {
        ObjectNode o = F.objectNode();
        for (StatefulService s : stateful()) {
            o.set(s.service(), s.dump());
        }
        return o;
    }

    private ObjectNode putState(Map<String, String> query, ObjectNode body) {
        List<StatefulService> services = stateful();
        Map<String, StatefulService> byName = new LinkedHashMap<>();
        services.forEach(s -> byName.put(s.service(), s));
        for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!byName.containsKey(name)) {
                throw new IllegalArgumentException(
                        byName.isEmpty()
                                ? "this emulator keeps no state (it was started with --stateless, or without a stateful"
                                        + " service), so there is nothing to seed; start it without --stateless"
                                : "the state document has a member \"" + name
                                        + "\", but no stateful service of that name is"
                                        + " served here; stateful services: " + String.join(", ", byName.keySet())
                                        + " (did you mean " + Names.closest(name, byName.keySet(), 1) + "?)");
            }
        }
        for (Map.Entry<String, StatefulService> e : byName.entrySet()) { // all checked before anything changes
            if (body.has(e.getKey())) {
                e.getValue().check(body.get(e.getKey()), e.getKey());
            }
        }
        for (Map.Entry<String, StatefulService> e : byName.entrySet()) {
            if (body.has(e.getKey())) {
                e.getValue().replace(body.get(e.getKey()), e.getKey());
            } else {
                e.getValue().clear();
            }
        }
        return state(query);
    }

    /**
     * The stateful services served: StreamLive, then the resource engine's services (vpc, cvm, cbs), those the
     * emulator serves when it is stateful.
     */
    private List<StatefulService> stateful() {
        if (!settings.stateful()) {
            return List.of();
        }
        List<StatefulService> out = new java.util.ArrayList<>(streamLiveDocument());
        io.github.tctestkit.wiremock.internal.engine.Engine e = engine.get();
        if (e != null) {
            for (String service : e.services()) {
                if (!api.services().versionsOf(service).isEmpty()) {
                    out.add(new EngineDocument(e, service));
                }
            }
        }
        return out;
    }

    private List<StatefulService> streamLiveDocument() {
        String name = ServiceDescription.streamLive().name();
        if (api.services().versionsOf(name).isEmpty()) {
            return List.of();
        }
        StreamLiveDocument doc = streamLive;
        if (doc == null) {
            doc = new StreamLiveDocument(name, api.streamLive(), () -> {
                Set<String> regions = new LinkedHashSet<>();
                api.services().versionsOf(name).forEach(v -> regions.addAll(v.regions()));
                return regions;
            });
            streamLive = doc;
        }
        return List.of(doc);
    }

    // ---------------------------------------------------------------- answers

    private static ResponseDefinition json(int status, JsonNode body, String allow) {
        byte[] bytes;
        try {
            bytes = Json.STRICT.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON", e);
        }
        ResponseDefinitionBuilder b = new ResponseDefinitionBuilder()
                .withStatus(status)
                .withHeader("Content-Type", JSON)
                .withHeader("Cache-Control", "no-store")
                .withBody(bytes);
        if (allow != null) {
            b.withHeader("Allow", allow);
        }
        return b.build();
    }

    /** The version of tctestkit, from the build. */
    static final class Version {
        static final String VALUE = read();

        private static String read() {
            try (InputStream in = ControlApi.class.getResourceAsStream("version.properties")) {
                if (in == null) {
                    return "unknown";
                }
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "unknown");
                return v.contains("${") ? "unknown" : v;
            } catch (IOException e) {
                return "unknown";
            }
        }
    }
}
