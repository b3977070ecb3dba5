package io.github.tctestkit.wiremock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.engine;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.core.ServiceDescription;
import io.github.tctestkit.wiremock.internal.coverage.Coverage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.opentest4j.AssertionFailedError;

/**
 * The contract coverage report end to end: a fixture class runs through JUnit's own engine with the report directed
 * to a temporary directory; the files, the summary line, the merge with another JVM's part and the gate are checked.
 * Isolated, because it reads what the run prints on {@code System.out}.
 */
@Isolated
class CoverageReportRunTest {

    /** A service and actions of its own: what the rest of the suite records in this JVM does not blur the figures. */
    /** The fixture service's own code. */
    enum FixtureError implements io.github.tctestkit.core.ErrorCode {
        BROKEN;

        @Override
        public String code() {
            return "ResourceUnavailable.Broken";
        }

        @Override
        public String description() {
            return "the fixture thing is broken";
        }
    }

    public static final class Fixture implements Supplier<ServiceDescription> {
        @Override
        public ServiceDescription get() {
            return ServiceDescription.builder("covfixture", "2024-01-01")
                    .group("Things", "DescribeCovThings", "BreakCovThing", "MakeCovThing")
                    .regions("ap-guangzhou")
                    .errors(io.github.tctestkit.core.ErrorCatalogue.of(FixtureError.class))
                    .actionErrors("BreakCovThing", "ResourceUnavailable.Broken")
                    .build();
        }
    }

    @TencentCloudApiTest(service = Fixture.class)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    @Execution(ExecutionMode.SAME_THREAD)
    static class CoverageTestCases {
        @Test
        @Order(1)
        void succeeds(TencentCloudApi api) throws Exception {
            api.givenSuccess("DescribeCovThings", "{}");
            HandleBehaviourTest.call(api, "DescribeCovThings");
            HandleBehaviourTest.call(api, "DescribeCovThings");
        }

        @Test
        @Order(2)
        @DisplayName("<b>\"odd\" name ü</b>")
        void fails(TencentCloudApi api) throws Exception {
            api.givenError(CommonError.INTERNAL_ERROR).forAction("BreakCovThing");
            HandleBehaviourTest.call(api, "BreakCovThing");
        }

        @Test
        @Order(3)
        void breaks(TencentCloudApi api) throws Exception {
            api.givenFault(Fault.NOT_JSON);
            HandleBehaviourTest.call(api, "BreakCovThing");
        }
    }

    record Run(EngineExecutionResults results, String out) {}

    static Run run(Map<String, String> parameters) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            EngineTestKit.Builder kit = EngineTestKit.engine("junit-jupiter")
                    .configurationParameter("junit.jupiter.conditions.deactivate", "*")
                    .configurationParameter("junit.jupiter.execution.parallel.enabled", "false")
                    .configurationParameters(parameters)
                    .selectors(selectClass(CoverageTestCases.class));
            return new Run(kit.execute(), captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    /** How often this JVM has answered the fixture's action so. */
    static long count(String action, String outcome) {
        Coverage.Cell cell = Coverage.snapshot().get(new Coverage.Key("covfixture", action, outcome));
        return cell == null ? 0 : cell.count();
    }

    @Test
    void writesTheJsonAndThePageAndPrintsOneSummaryLine(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report");
        long before =
                count("DescribeCovThings", "success"); // the record is the JVM's: other tests here ran the fixture
        Run run = run(Map.of("tctestkit.coverage.dir", out.toString(), "tctestkit.coverage.run", "e2e-" + dir));

        run.results().testEvents().assertStatistics(s -> s.succeeded(3).failed(0));
        run.results().containerEvents().assertStatistics(s -> s.failed(0));
        assertThat(out.resolve("coverage.json")).isRegularFile();
        assertThat(out.resolve("coverage.html")).isRegularFile();
        assertThat(out.resolve("parts")).isDirectory();

        String html = out.toString().replace('\\', '/') + "/coverage.html";
        assertThat(run.out().lines().filter(l -> l.startsWith("tctestkit coverage:")))
                .singleElement()
                .satisfies(line -> assertThat(line)
                        .contains("2 of 3 covfixture actions exercised; 3 outcomes (success 1, errors 1, faults 1,"
                                + " refusals 0) covering 1 of 27 error codes")
                        .endsWith("; report: " + html));

        JsonNode json = new ObjectMapper().readTree(out.resolve("coverage.json").toFile());
        assertThat(json.get("run").asText()).isEqualTo("e2e-" + dir);
        JsonNode actions = json.get("services").get("covfixture").get("actions");
        assertThat(actions.get("DescribeCovThings")
                        .get("outcomes")
                        .get("success")
                        .toString())
                .isEqualTo("{\"count\":" + (before + 2)
                        + ",\"tests\":[\"CoverageTestCases.succeeds [succeeds(TencentCloudApi)]\"],"
                        + "\"testsCapped\":false}");
        assertThat(actions.get("BreakCovThing")
                        .get("outcomes")
                        .get("error:InternalError")
                        .get("tests")
                        .toString())
                .isEqualTo("[\"CoverageTestCases.fails [<b>\\\"odd\\\" name ü</b>]\"]");
        assertThat(actions.get("BreakCovThing")
                        .get("outcomes")
                        .get("fault:NOT_JSON")
                        .get("count")
                        .asLong())
                .isEqualTo(count("BreakCovThing", "fault:NOT_JSON"));
        assertThat(actions.get("MakeCovThing").get("outcomes")).isEmpty();

        String page = Files.readString(out.resolve("coverage.html"));
        assertThat(page)
                .contains("<table class=\"grid\" data-service=\"covfixture\">")
                .contains("<li>CoverageTestCases.fails [&lt;b&gt;&quot;odd&quot; name ü&lt;/b&gt;]</li>")
                .doesNotContain("<b>\"odd\"");
    }

    @Test
    void mergesWithThePartOfAnotherJvmOfTheSameRunAndDropsPartsOfEarlierRuns(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report");
        String runId = "e2e-merge-" + dir;
        // a first run; its part is copied as if it came from another JVM of the same run
        run(Map.of("tctestkit.coverage.dir", out.toString(), "tctestkit.coverage.run", runId));
        long first = count("DescribeCovThings", "success");
        Path parts = out.resolve("parts");
        Path mine;
        try (var files = Files.list(parts)) {
            mine = files.filter(f -> f.toString().endsWith(".json")).findFirst().orElseThrow();
        }
        String other =
                Files.readString(mine).replaceFirst("\"jvms\" : \\[ \"[^\"]*\" \\]", "\"jvms\" : [ \"1@other\" ]");
        assertThat(other).contains("1@other");
        Files.writeString(parts.resolve("1_other.json"), other);
        Files.writeString(parts.resolve("2_stale.json"), other.replace(runId, "an-earlier-run"));

        Run second = run(Map.of("tctestkit.coverage.dir", out.toString(), "tctestkit.coverage.run", runId));

        assertThat(second.out()).contains("; merged from 2 JVMs; report: ");
        assertThat(parts.resolve("2_stale.json")).doesNotExist();
        JsonNode json = new ObjectMapper().readTree(out.resolve("coverage.json").toFile());
        assertThat(json.get("jvms")).hasSize(2);
        // this JVM's part grew by the second run's 2 requests; the other JVM's part holds what the first run saw
        assertThat(json.get("services")
                        .get("covfixture")
                        .get("actions")
                        .get("DescribeCovThings")
                        .get("outcomes")
                        .get("success")
                        .get("count")
                        .asLong())
                .isEqualTo(first + 2 + first);
    }

    @Test
    void aMissedGateFailsTheEngineWithTheMissingOutcomes(@TempDir Path dir) {
        Path out = dir.resolve("report");
        Run run = run(Map.of(
                "tctestkit.coverage.dir",
                out.toString(),
                "tctestkit.coverage.run",
                "e2e-gate-" + dir,
                "tctestkit.coverage.require",
                "DescribeCovThings, BreakCovThing: success, product-errors"));

        run.results().testEvents().assertStatistics(s -> s.succeeded(3).failed(0));
        String html = out.toString().replace('\\', '/') + "/coverage.html";
        run.results()
                .allEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                engine(),
                                finishedWithFailure(
                                        instanceOf(AssertionFailedError.class),
                                        message("tctestkit coverage gate failed: 1 action misses 2 required outcomes"
                                                + " (tctestkit.coverage.require = \"DescribeCovThings, BreakCovThing:"
                                                + " success, product-errors\")\n"
                                                + "  covfixture BreakCovThing misses 2: success,"
                                                + " error:ResourceUnavailable.Broken\n"
                                                + "report: " + html))));
        assertThat(out.resolve("coverage.html"))
                .as("the report is written before the gate fails")
                .isRegularFile();
    }

    @Test
    void aPassedGateLetsTheRunSucceed(@TempDir Path dir) {
        Run run = run(Map.of(
                "tctestkit.coverage.dir",
                dir.toString(),
                "tctestkit.coverage.require",
                "DescribeCovThings: success; BreakCovThing: InternalError, fault:NOT_JSON"));

        assertThat(run.results().allEvents().failed().count()).isZero();
    }

    @Test
    void badGateSyntaxFailsEveryClassWithTheProblem(@TempDir Path dir) {
        Run run = run(Map.of("tctestkit.coverage.dir", dir.toString(), "tctestkit.coverage.require", "success"));

        run.results()
                .containerEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(
                                container(CoverageTestCases.class),
                                finishedWithFailure(
                                        instanceOf(ExtensionConfigurationException.class),
                                        message(m -> m.startsWith("Bad tctestkit.coverage.require = \"success\": rule"
                                                + " \"success\" has no ':' between the actions and the outcomes")))));
    }

    @Test
    void canBeSwitchedOff(@TempDir Path dir) {
        Path out = dir.resolve("report");
        Run run = run(Map.of(
                "tctestkit.coverage.dir",
                out.toString(),
                "tctestkit.coverage.enabled",
                "false",
                "tctestkit.coverage.require",
                "all: faults"));

        run.results().allEvents().assertStatistics(s -> s.failed(0));
        assertThat(out).doesNotExist();
        assertThat(run.out()).doesNotContain("tctestkit coverage:");
    }
}
