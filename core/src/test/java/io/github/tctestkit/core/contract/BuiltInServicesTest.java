package io.github.tctestkit.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tctestkit.core.contract.internal.ParameterProblem;
import io.github.tctestkit.core.contract.internal.Payloads;
import io.github.tctestkit.core.contract.internal.RequestChecker;
import io.github.tctestkit.core.internal.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every built-in service contract loads, its default answers are complete and valid, and its official example requests
 * pass the request check, except the known-bad examples listed in {@code known-bad-examples.txt}. Run with
 * {@code -Dtctestkit.writeKnownBad=true} to rewrite that list after deriving the contracts again.
 */
@DisplayName("Built-in service contracts")
class BuiltInServicesTest {

    static final String DIR = "/io/github/tctestkit/core/services/";
    static final String KNOWN_BAD = "known-bad-examples.txt";

    static JsonNode index;
    static final List<ServiceContract> CONTRACTS = new ArrayList<>();
    static final List<JsonNode> RAW = new ArrayList<>();

    static JsonNode read(String resource) throws IOException {
        try (InputStream in = BuiltInServicesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return Json.STRICT.readTree(in);
        }
    }

    @BeforeAll
    static void loadAll() throws IOException {
        long t0 = System.nanoTime();
        index = read(DIR + "index.json");
        long t1 = System.nanoTime();
        for (JsonNode row : index.get("services")) {
            CONTRACTS.add(ServiceContract.loadBuiltIn(
                            row.get("service").asText(), row.get("version").asText())
                    .orElseThrow());
        }
        long t2 = System.nanoTime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime rt = Runtime.getRuntime();
        long used = rt.totalMemory() - rt.freeMemory();
        System.out.printf(
                "built-in services: index.json %d ms, %d contracts %d ms, heap in use after loading all %d MB%n",
                (t1 - t0) / 1_000_000, CONTRACTS.size(), (t2 - t1) / 1_000_000, used >> 20);
        for (JsonNode row : index.get("services")) {
            RAW.add(read(
                    DIR + row.get("service").asText() + "-" + row.get("version").asText() + ".json"));
        }
    }

    @Test
    @DisplayName("index.json lists every service version once, sorted, with the actions of its contract")
    void index() {
        assertThat(index.get("format").asInt()).isEqualTo(1);
        assertThat(index.get("attribution").asText()).contains("Apache License 2.0", "Tencent");
        assertThat(CONTRACTS).hasSize(156);
        Set<String> seen = new HashSet<>();
        String previous = "";
        int i = 0;
        for (JsonNode row : index.get("services")) {
            ServiceContract c = CONTRACTS.get(i++);
            String key = c.service() + " " + c.version();
            assertThat(seen.add(key)).as(key).isTrue();
            assertThat(key.compareTo(previous)).as(key).isPositive();
            previous = key;
            assertThat(row.get("service").asText()).isEqualTo(c.service());
            assertThat(row.get("version").asText()).isEqualTo(c.version());
            List<String> actions = new ArrayList<>();
            row.get("actions").forEach(a -> actions.add(a.asText()));
            assertThat(actions).as(key).isSorted().containsExactlyElementsOf(c.actionNames());
        }
        assertThat(CONTRACTS.stream().mapToInt(c -> c.actionNames().size()).sum())
                .isEqualTo(8584);
        assertThat(CONTRACTS.stream().mapToInt(c -> c.codes().size()).sum()).isEqualTo(10509);
        assertThat(CONTRACTS.stream().map(ServiceContract::service).distinct().count())
                .isEqualTo(140);
    }

    @Test
    @DisplayName("every default answer has every always-returned member, recursively, and passes Payloads.check")
    void defaultAnswers() {
        List<String> problems = new ArrayList<>();
        for (ServiceContract c : CONTRACTS) {
            for (String name : c.actionNames()) {
                ActionContract a = c.action(name);
                ObjectNode answer = a.defaultAnswer();
                String where = c.service() + " " + c.version() + " " + name;
                try {
                    Payloads.check(a.output(), answer);
                } catch (IllegalArgumentException e) {
                    problems.add(where + ": " + e.getMessage());
                }
                complete(answer, a.output(), "", true, new HashSet<>(), where, problems);
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Mirrors DefaultAnswers: a structure already open on the path is not filled again. */
    static void complete(
            JsonNode node, Structure s, String prefix, boolean top, Set<String> open, String where, List<String> out) {
        open.add(s.name());
        for (Member m : s.members()) {
            JsonNode v = node.get(m.name());
            if (m.isDisabled() && v != null) {
                out.add(where + ": hidden " + prefix + m.name() + " is present");
            }
            if ((top && m.name().equals("RequestId")) || m.isDisabled()) {
                continue;
            }
            if (v == null) {
                if (m.isAlwaysReturned() && !(m.kind() == Member.Kind.OBJECT && open.contains(m.type()))) {
                    out.add(where + ": always-returned " + prefix + m.name() + " is missing");
                }
            } else if (m.isStructured() && !open.contains(m.type())) {
                Structure inner = m.structure().orElseThrow();
                if (v.isObject()) {
                    complete(v, inner, prefix + m.name() + ".", false, open, where, out);
                } else if (v.isArray()) {
                    for (int i = 0; i < v.size(); i++) {
                        if (v.get(i).isObject()) {
                            complete(v.get(i), inner, prefix + m.name() + "." + i + ".", false, open, where, out);
                        }
                    }
                }
            }
        }
        open.remove(s.name());
    }

    @Test
    @DisplayName("the official example requests pass RequestChecker, except exactly the known-bad ones, as listed")
    void exampleRequests() throws IOException {
        List<String> failing = new ArrayList<>();
        int checked = 0;
        for (int i = 0; i < CONTRACTS.size(); i++) {
            ServiceContract c = CONTRACTS.get(i);
            JsonNode actions = RAW.get(i).get("actions");
            for (String name : c.actionNames()) {
                String encoding =
                        actions.get(name).get("exampleRequestEncoding").asText();
                if (encoding.equals("unknown")) {
                    continue;
                }
                assertThat(encoding).isIn("json", "query");
                checked++;
                ActionContract a = c.action(name);
                Optional<ParameterProblem> p = RequestChecker.check(a, a.exampleRequest(), encoding.equals("query"));
                p.ifPresent(problem -> failing.add(
                        c.service() + " " + c.version() + " " + name + " " + problem.code() + " " + problem.message()));
            }
        }
        System.out.println(
                "built-in services: " + checked + " example requests checked, " + failing.size() + " known bad");
        if (Boolean.getBoolean("tctestkit.writeKnownBad")) {
            Path file = Path.of("src/test/resources" + DIR + KNOWN_BAD);
            Files.write(file, header(failing), StandardCharsets.UTF_8);
        }
        List<String> known = new ArrayList<>();
        try (InputStream in = BuiltInServicesTest.class.getResourceAsStream(DIR + KNOWN_BAD)) {
            assertThat(in).as(KNOWN_BAD).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    known.add(line);
                }
            }
        }
        assertThat(failing).containsExactlyElementsOf(known);
    }

    static List<String> header(List<String> failing) {
        List<String> lines = new ArrayList<>();
        lines.add(
                "# The official example requests of the built-in contracts that RequestChecker refuses, with the code and");
        lines.add(
                "# message it answers: service version action code message. The examples are wrong (Tencent's published");
        lines.add(
                "# examples name members the schema does not have, miss required ones or send the wrong types); the check");
        lines.add("# is right. Rewritten by BuiltInServicesTest with -Dtctestkit.writeKnownBad=true.");
        lines.addAll(failing);
        return lines;
    }
}
