package io.github.tctestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tencentcloudapi.common.AbstractModel;
import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.CommonRequest;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import io.github.tctestkit.core.ApiRequest;
import io.github.tctestkit.core.ServiceDescription;
import io.github.tctestkit.core.ServiceRegistry;
import io.github.tctestkit.core.contract.ActionContract;
import io.github.tctestkit.core.contract.Member;
import io.github.tctestkit.core.contract.ServiceContract;
import io.github.tctestkit.core.contract.Structure;
import io.github.tctestkit.core.contract.internal.RequestChecker;
import io.github.tctestkit.core.internal.FlatParameters;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The official example request of every action of every built-in service, sent through a strict emulator by the real
 * Java SDK, once as JSON and once as a form: each is accepted, or refused with exactly the code and message listed for
 * it, and each answer carries every member the action's output documents as always returned.
 *
 * <h2>What sends each encoding</h2>
 *
 * <ul>
 *   <li><b>JSON</b>: {@code CommonClient.commonRequest(new CommonRequest(exampleJson), action)}, which the SDK sends as
 *       a TC3-HMAC-SHA256 signed {@code POST /} with an {@code application/json} body (the SDK's Gson writes the
 *       example again: its top-level members in hash-map order, integers as integers).
 *   <li><b>Form</b>: the same {@code CommonClient}, configured with {@code ClientProfile.SIGN_SHA256} and {@code POST},
 *       sends a v1 (HmacSHA256) signed {@code application/x-www-form-urlencoded} body. The SDK refuses v1 for a
 *       {@code CommonRequest} ("Cannot use HmacSHA1 or HmacSHA256 with customized parameters"), so the request here
 *       is a small {@link AbstractModel} whose {@code toMap} is {@code CommonRequest}'s own (called reflectively): the
 *       SDK's flattening of the example ({@code A.0.B=...}, numbers and booleans as their text, {@code null} and empty
 *       lists and objects left out), the SDK's signing and the SDK's form encoding.
 * </ul>
 *
 * <p>Each client is pointed at {@code <service>.tencentcloudapi.com:<port>} with an OkHttp client whose DNS answers
 * the loopback address for that domain only ({@code HttpProfile.setHttpClient}): the SDK signs TC3 for the first
 * label of its endpoint, and v1 requests carry it as their {@code Host}, so the 52 (version, action) pairs that two
 * services share are routed to the service under test.
 *
 * <h2>The expected answers</h2>
 *
 * <ul>
 *   <li>JSON: refused exactly as {@code core/src/test/resources/io/github/tctestkit/core/services/known-bad-examples.txt}
 *       lists (core's {@code BuiltInServicesTest} writes that list with core's {@code RequestChecker}, so core and the
 *       server must agree), every other example accepted.
 *   <li>Form: the same, except the examples listed in {@code known-bad-form-examples.txt} next to this class, where a
 *       form cannot carry what the JSON example carries; that file says why for each group. Run with
 *       {@code -Dtctestkit.writeKnownBadForm=true} to rewrite it from what the server answered (then read the diff).
 *   <li>An action whose documentation publishes no usable example request (140, marked {@code "unknown"} in the
 *       contract resources, the one thing the public contract API does not tell) is not sent; core skips them too.
 * </ul>
 *
 * <p>One dynamic test per service version; the failures of a service are collected and reported together, each
 * naming service, version, action, encoding and what came back.
 */
@DisplayName("Every official example request, JSON and form, through a strict emulator with the Java SDK")
class EveryExampleTest {

    static final Path JSON_KNOWN_BAD = RepositoryFiles.inRepository(
            "core/src/test/resources/io/github/tctestkit/core/services/known-bad-examples.txt");
    static final Path FORM_KNOWN_BAD = RepositoryFiles.inRepository(
            "wiremock-stubs/src/test/resources/io/github/tctestkit/wiremock/known-bad-form-examples.txt");
    static final String RESOURCES = "/io/github/tctestkit/core/services/";
    static final String DOMAIN = ".tencentcloudapi.com";
    static final String REGION = "ap-guangzhou";
    static final String ACCEPTED = "accepted";
    static final ObjectMapper JSON = new ObjectMapper();

    static TencentCloudEmulator emulator;
    static OkHttpClient http;
    static Map<String, String> jsonKnownBad;
    static Map<String, String> formKnownBad;
    /** What the form encoding got where it differs from the JSON list, for -Dtctestkit.writeKnownBadForm. */
    static final Map<String, String> formDifferences = new ConcurrentHashMap<>();

    static final AtomicInteger services = new AtomicInteger();
    static final AtomicInteger unpublished = new AtomicInteger();
    static final AtomicInteger jsonAccepted = new AtomicInteger();
    static final AtomicInteger jsonRefused = new AtomicInteger();
    static final AtomicInteger formAccepted = new AtomicInteger();
    static final AtomicInteger formRefused = new AtomicInteger();
    static long started;

    @BeforeAll
    static void start() throws IOException {
        started = System.nanoTime();
        emulator = TencentCloudEmulator.builder().strict(true).stateful(false).start();
        http = new OkHttpClient.Builder()
                .dns(host -> {
                    if (!host.endsWith(DOMAIN)) {
                        throw new UnknownHostException(host + ": this test resolves only *" + DOMAIN);
                    }
                    return List.of(InetAddress.getLoopbackAddress());
                })
                .connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(30, TimeUnit.SECONDS)
                .build();
        assertThat(JSON_KNOWN_BAD).as("core's list of known-bad examples").exists();
        jsonKnownBad = readList(JSON_KNOWN_BAD);
        formKnownBad = readList(FORM_KNOWN_BAD);
    }

    @AfterAll
    static void stop() throws IOException {
        if (emulator != null) {
            emulator.close();
        }
        if (http != null) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
        System.out.printf(
                "every example: %d service versions, %d actions without a published example; JSON %d accepted, %d"
                        + " refused; form %d accepted, %d refused; %d s%n",
                services.get(),
                unpublished.get(),
                jsonAccepted.get(),
                jsonRefused.get(),
                formAccepted.get(),
                formRefused.get(),
                (System.nanoTime() - started) / 1_000_000_000L);
        if (Boolean.getBoolean("tctestkit.writeKnownBadForm")) {
            List<String> lines = new ArrayList<>(header());
            new TreeMap<>(formDifferences).forEach((k, v) -> lines.add(k + " " + v));
            Files.write(FORM_KNOWN_BAD, lines, StandardCharsets.UTF_8);
        }
    }

    /** {@code "service version action"} to {@code "accepted"} or {@code "Code message"}. */
    static Map<String, String> readList(Path file) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        if (!Files.exists(file)) {
            return out; // the form list before it is first written
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(" ", 4);
            assertThat(parts).as("%s: %s", file, line).hasSize(4);
            assertThat(out.put(parts[0] + " " + parts[1] + " " + parts[2], parts[3]))
                    .as("%s lists %s twice", file, line)
                    .isNull();
        }
        return out;
    }

    static List<String> header() throws IOException {
        List<String> kept = new ArrayList<>();
        if (Files.exists(FORM_KNOWN_BAD)) {
            for (String line : Files.readAllLines(FORM_KNOWN_BAD, StandardCharsets.UTF_8)) {
                if (line.startsWith("#")) {
                    kept.add(line);
                }
            }
        }
        return kept.isEmpty()
                ? List.of(
                        "# The official example requests whose answer differs when the Java SDK sends them as a form",
                        "# (v1 HmacSHA256, application/x-www-form-urlencoded) from the JSON answer that core's",
                        "# known-bad-examples.txt gives: service version action, then accepted or code message.",
                        "# Rewritten by EveryExampleTest with -Dtctestkit.writeKnownBadForm=true.")
                : kept;
    }

    @TestFactory
    Stream<DynamicTest> everyServiceVersion() {
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("the lists name actions with a published example", this::listsAreCurrent));
        tests.add(DynamicTest.dynamicTest(
                "each form difference is what the request check says of the fields the SDK writes",
                this::formDifferencesComeFromTheFields));
        for (ServiceDescription s : ServiceRegistry.builtIn().services()) {
            tests.add(DynamicTest.dynamicTest(s.name() + " " + s.version(), () -> service(s)));
        }
        return tests.stream();
    }

    void listsAreCurrent() {
        Set<String> published = new HashSet<>();
        for (ServiceDescription s : ServiceRegistry.builtIn().services()) {
            JsonNode actions = raw(s).get("actions");
            actions.fieldNames().forEachRemaining(a -> {
                if (!actions.get(a).path("exampleRequestEncoding").asText().equals("unknown")) {
                    published.add(s.name() + " " + s.version() + " " + a);
                }
            });
        }
        assertThat(jsonKnownBad).hasSize(67);
        assertThat(published).containsAll(jsonKnownBad.keySet()).containsAll(formKnownBad.keySet());
    }

    /**
     * The form list is not a list of whatever the server happened to answer: each entry is core's request check of
     * the very fields the SDK's flattening writes for that example, read back as the server reads a form.
     */
    void formDifferencesComeFromTheFields() {
        ServiceRegistry registry = ServiceRegistry.builtIn();
        List<String> wrong = new ArrayList<>();
        formKnownBad.forEach((key, listed) -> {
            String[] k = key.split(" ");
            ActionContract action = registry.find(k[0], k[1])
                    .flatMap(ServiceDescription::contract)
                    .orElseThrow()
                    .action(k[2]);
            HashMap<String, String> fields = new HashMap<>();
            new Form(action.exampleRequest()).toMap(fields, "");
            FlatParameters.Result read = FlatParameters.unflatten(fields.entrySet(), ApiRequest.COMMON_PARAMETERS);
            String checked = read.problem() != null
                    ? "unreadable: " + read.problem()
                    : RequestChecker.check(action, read.tree(), true)
                            .map(p -> p.code() + " " + p.message())
                            .orElse(ACCEPTED);
            if (!checked.equals(listed)) {
                wrong.add(key + ": listed " + listed + ", but the fields " + fields + " check as " + checked);
            }
        });
        assertThat(wrong).isEmpty();
    }

    /** The contract resource itself, only for which actions have a published example request. */
    static JsonNode raw(ServiceDescription s) {
        String resource = RESOURCES + s.name() + "-" + s.version() + ".json";
        try (InputStream in = ServiceContract.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void service(ServiceDescription s) {
        services.incrementAndGet();
        ServiceContract contract = s.contract().orElseThrow();
        JsonNode actions = raw(s).get("actions");
        CommonClient json = client(s, ClientProfile.SIGN_TC3_256);
        CommonClient form = client(s, ClientProfile.SIGN_SHA256);
        List<String> failures = new ArrayList<>();
        for (String name : contract.actionNames()) {
            if (actions.get(name).path("exampleRequestEncoding").asText().equals("unknown")) {
                unpublished.incrementAndGet();
                continue;
            }
            ActionContract action = contract.action(name);
            ObjectNode example = action.exampleRequest();
            String key = s.name() + " " + s.version() + " " + name;
            String jsonExpected = jsonKnownBad.getOrDefault(key, ACCEPTED);
            String jsonGot = send(
                    action,
                    failures,
                    key + " (JSON)",
                    jsonExpected,
                    () -> json.commonRequest(new CommonRequest(example.toString()), name));
            (jsonGot.equals(ACCEPTED) ? jsonAccepted : jsonRefused).incrementAndGet();

            String formExpected = formKnownBad.getOrDefault(key, jsonExpected);
            String formGot = send(
                    action, failures, key + " (form)", formExpected, () -> form.commonRequest(new Form(example), name));
            (formGot.equals(ACCEPTED) ? formAccepted : formRefused).incrementAndGet();
            if (!formGot.equals(jsonExpected)) {
                formDifferences.put(key, formGot);
            }
        }
        assertThat(failures)
                .as("%s %s: %d of its examples were not answered as listed", s.name(), s.version(), failures.size())
                .isEmpty();
    }

    interface Call {
        String call() throws TencentCloudSDKException;
    }

    /** Sends one example; a failure is added to {@code failures}; returns "accepted" or "Code message". */
    static String send(ActionContract action, List<String> failures, String where, String expected, Call call) {
        String got;
        String body = null;
        try {
            body = call.call();
            got = ACCEPTED;
        } catch (TencentCloudSDKException e) {
            got = e.getErrorCode() + " " + e.getMessage();
        } catch (RuntimeException e) {
            failures.add(where + ": the SDK threw " + e);
            return "thrown " + e;
        }
        if (!got.equals(expected)) {
            failures.add(where + ": expected " + expected + ", but got " + got);
            return got;
        }
        if (body != null) {
            List<String> missing = new ArrayList<>();
            try {
                JsonNode response = JSON.readTree(body).path("Response");
                if (!response.path("RequestId").isTextual()) {
                    missing.add("RequestId");
                }
                complete(response, action.output(), "", true, new HashSet<>(), missing);
            } catch (IOException e) {
                missing.add("(the body is not JSON: " + e.getMessage() + ")");
            }
            if (!missing.isEmpty()) {
                failures.add(where + ": accepted, but the answer lacks always-returned " + missing + ": " + body);
            }
        }
        return got;
    }

    /**
     * Every always-returned member present, in nested objects and list items too; a structure already open on the
     * path is not looked into again (the default answers stop there, as core's DefaultAnswers does).
     */
    static void complete(JsonNode node, Structure s, String prefix, boolean top, Set<String> open, List<String> out) {
        open.add(s.name());
        for (Member m : s.members()) {
            if ((top && m.name().equals("RequestId")) || m.isDisabled()) {
                continue;
            }
            JsonNode v = node.get(m.name());
            if (v == null) {
                if (m.isAlwaysReturned() && !(m.kind() == Member.Kind.OBJECT && open.contains(m.type()))) {
                    out.add(prefix + m.name());
                }
            } else if (m.isStructured() && !open.contains(m.type())) {
                Structure inner = m.structure().orElseThrow();
                if (v.isObject()) {
                    complete(v, inner, prefix + m.name() + ".", false, open, out);
                } else if (v.isArray()) {
                    for (int i = 0; i < v.size(); i++) {
                        if (v.get(i).isObject()) {
                            complete(v.get(i), inner, prefix + m.name() + "." + i + ".", false, open, out);
                        }
                    }
                }
            }
        }
        open.remove(s.name());
    }

    /** A client of the service's version at {@code <service>.tencentcloudapi.com:<port>}, POST, signing so. */
    static CommonClient client(ServiceDescription s, String signMethod) {
        HttpProfile profile = new HttpProfile();
        profile.setEndpoint(s.name() + DOMAIN + ":" + emulator.api().port());
        profile.setProtocol("http://");
        profile.setReqMethod(HttpProfile.REQ_POST);
        profile.setHttpClient(http);
        ClientProfile client = new ClientProfile(signMethod, profile);
        Credential key = new Credential(
                emulator.api().credentials().secretId(),
                emulator.api().credentials().secretKey());
        return new CommonClient(s.name(), s.version(), key, REGION, client);
    }

    /** The example as the SDK's CommonRequest flattens it, without being a CommonRequest (which v1 refuses). */
    static final class Form extends AbstractModel {
        static final Method TO_MAP;

        static {
            try {
                TO_MAP = CommonRequest.class.getDeclaredMethod("toMap", HashMap.class, String.class);
                TO_MAP.setAccessible(true);
            } catch (NoSuchMethodException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        private final CommonRequest flattened;

        Form(ObjectNode example) {
            this.flattened = new CommonRequest(example.toString());
        }

        @Override
        protected void toMap(HashMap<String, String> map, String prefix) {
            try {
                TO_MAP.invoke(flattened, map, prefix);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
