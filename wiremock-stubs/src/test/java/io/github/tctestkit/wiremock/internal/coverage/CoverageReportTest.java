package io.github.tctestkit.wiremock.internal.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.core.ServiceDescription;
import io.github.tctestkit.wiremock.Fault;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report as data: the JSON structure, the universe, the merge of several JVMs, the summary line. */
class CoverageReportTest {

    @Test
    void jsonHasTheUniverseAndEveryActionWithItsOutcomesInTheReportsOrder() throws IOException {
        CoverageReport report = CoverageFixtures.demo()
                .cell("BreakThing", "fault:CONNECTION_RESET", 1, "T.c")
                .cell("BreakThing", "refused:AuthFailure.SignatureFailure", 1, "T.d")
                .cell("BreakThing", "error:ResourceUnavailable.DemoBroken", 2, "T.b")
                .cell("BreakThing", "error:AuthFailure.InvalidSecretId", 1, "T.a")
                .cell("BreakThing", "success", 3, "T.a", "T.b")
                .cell("Nonsense", "no-answer", 1, "T.e")
                .report();

        JsonNode json = CoverageReport.JSON.readTree(report.toJson());

        assertThat(json.get("format").asText()).isEqualTo("tctestkit-coverage/1");
        assertThat(json.get("run").asText()).isEqualTo("run-1");
        assertThat(json.get("jvms").toString()).isEqualTo("[\"1@jvm\"]");
        assertThat(names(json.get("services"))).containsExactly("demo"); // only the services a request reached
        JsonNode demo = json.get("services").get("demo");
        assertThat(demo.get("version").asText()).isEqualTo("2024-01-01");
        JsonNode u = demo.get("universe");
        assertThat(u.get("actions").toString()).isEqualTo("[\"DescribeThings\",\"BreakThing\",\"MakeThing\"]");
        assertThat(u.get("groups").get("Things")).hasSize(3);
        assertThat(u.get("commonErrors")).hasSize(CommonError.values().length);
        assertThat(u.get("productErrors").toString()).isEqualTo("[\"ResourceUnavailable.DemoBroken\"]");
        assertThat(u.get("actionErrors").get("BreakThing").toString())
                .isEqualTo("[\"ResourceUnavailable.DemoBroken\"]");
        assertThat(u.get("actionErrors").get("MakeThing")).isEmpty();
        assertThat(u.get("faults")).hasSize(Fault.values().length);

        // every action of the universe, called or not, then the unknown one
        assertThat(names(demo.get("actions"))).containsExactly("DescribeThings", "BreakThing", "MakeThing", "Nonsense");
        assertThat(demo.get("actions").get("MakeThing").get("outcomes")).isEmpty();
        assertThat(demo.get("actions").get("Nonsense").get("known").asBoolean()).isFalse();
        JsonNode outcomes = demo.get("actions").get("BreakThing").get("outcomes");
        assertThat(names(outcomes))
                .containsExactly(
                        "success",
                        "error:AuthFailure.InvalidSecretId",
                        "error:ResourceUnavailable.DemoBroken",
                        "fault:CONNECTION_RESET",
                        "refused:AuthFailure.SignatureFailure");
        assertThat(outcomes.get("success").toString())
                .isEqualTo("{\"count\":3,\"tests\":[\"T.a\",\"T.b\"],\"testsCapped\":false}");
    }

    @Test
    void aServiceFromAContractCarriesItsWholeUniverse() throws IOException {
        CoverageReport report = CoverageFixtures.demo()
                .describing(io.github.tctestkit.core.ServiceDescription.streamLive())
                .report();

        JsonNode mdl =
                CoverageReport.JSON.readTree(report.toJson()).get("services").get("mdl");
        assertThat(mdl.get("universe").get("actions")).hasSize(36);
        assertThat(mdl.get("universe")
                        .get("actionErrors")
                        .get("DeleteStreamLiveChannel")
                        .toString())
                .contains("InvalidParameter.StateError");
    }

    @Test
    void readsBackWhatItWrote(@TempDir Path dir) throws IOException {
        CoverageReport report =
                CoverageFixtures.demo().cell("BreakThing", "success", 3, "T.a").report();
        Path file = dir.resolve("coverage.json");
        Files.writeString(file, report.toJson());

        assertThat(CoverageReport.read(file)).isEqualTo(report);
    }

    @Test
    void refusesToReadAnotherFormat(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("coverage.json");
        Files.writeString(file, "{\"format\":\"something-else\",\"services\":{},\"jvms\":[]}");

        assertThatThrownBy(() -> CoverageReport.read(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("is not a tctestkit-coverage/1 report");
    }

    @Test
    void mergeAddsCountsUnitesTestsAndNamesEveryJvm() {
        CoverageReport one = CoverageFixtures.demo()
                .cell("BreakThing", "success", 3, "T.a", "T.b")
                .cell("DescribeThings", "error:InternalError", 1, "T.x")
                .report("1@a");
        CoverageReport two = CoverageFixtures.demo()
                .cell("BreakThing", "success", 2, "T.b", "T.c")
                .cell("MakeThing", "success", 1, "T.m")
                .report("2@b");

        CoverageReport merged = CoverageReport.merge(List.of(one, two), "later");

        assertThat(merged.jvms()).containsExactly("1@a", "2@b");
        assertThat(merged.run()).isEqualTo("run-1");
        assertThat(merged.generated()).isEqualTo("later");
        CoverageReport.Service demo = merged.services().get("demo");
        assertThat(demo.actions().get("BreakThing").outcomes().get("success"))
                .isEqualTo(new CoverageReport.Outcome(5, List.of("T.a", "T.b", "T.c"), false));
        assertThat(demo.actions().get("DescribeThings").outcomes()).containsOnlyKeys("error:InternalError");
        assertThat(demo.actions().get("MakeThing").outcomes()).containsOnlyKeys("success");
        assertThat(List.copyOf(demo.actions().keySet())).containsExactly("DescribeThings", "BreakThing", "MakeThing");
    }

    @Test
    void mergeKeepsAtMostTheCapOfTestsAndSaysSo() {
        String[] first = IntStream.range(0, 80).mapToObj(i -> "A" + i).toArray(String[]::new);
        String[] second = IntStream.range(0, 80).mapToObj(i -> "B" + i).toArray(String[]::new);
        CoverageReport merged = CoverageReport.merge(
                List.of(
                        CoverageFixtures.demo()
                                .cell("BreakThing", "success", 80, first)
                                .report("1@a"),
                        CoverageFixtures.demo()
                                .cell("BreakThing", "success", 80, second)
                                .report("2@b")),
                "later");

        CoverageReport.Outcome o = merged.services()
                .get("demo")
                .actions()
                .get("BreakThing")
                .outcomes()
                .get("success");
        assertThat(o.count()).isEqualTo(160);
        assertThat(o.tests()).hasSize(Coverage.MAX_TESTS_PER_CELL);
        assertThat(o.testsCapped()).isTrue();
    }

    @Test
    void summaryLineCountsPerServiceAndNamesThePage() {
        CoverageReport report = CoverageFixtures.demo()
                .cell("BreakThing", "success", 3, "T.a")
                .cell("BreakThing", "error:ResourceUnavailable.DemoBroken", 1, "T.a")
                .cell("BreakThing", "error:InternalError", 1, "T.a")
                .cell("DescribeThings", "error:InternalError", 1, "T.a")
                .cell("DescribeThings", "fault:NOT_JSON", 1, "T.a")
                .cell("DescribeThings", "refused:AuthFailure.SignatureFailure", 1, "T.a")
                .cell("DescribeThings", "http:418", 1, "T.a")
                .cell("", "no-answer", 2, "T.a")
                .report();

        assertThat(report.summary("target/tctestkit/coverage.html"))
                .isEqualTo("tctestkit coverage: 2 of 3 demo actions exercised; 7 outcomes (success 1, errors 3,"
                        + " faults 1, refusals 1, other 1) covering 2 of 27 error codes, plus 1 outcome of 1 action"
                        + " it does not have; report: target/tctestkit/coverage.html");
    }

    @Test
    void aRunThatAskedNothingSaysSoAndNamesNoService() {
        CoverageReport report = CoverageReport.of(java.util.Map.of(), java.util.Map.of(), "r", "j", "now");

        assertThat(report.services()).isEmpty();
        assertThat(report.summary("x/coverage.html"))
                .isEqualTo("tctestkit coverage: no request reached the fake; report: x/coverage.html");
    }

    @Test
    void aServiceDescribedButNeverAnsweredIsInTheReportButNotOnTheLine() {
        CoverageReport report = CoverageReport.of(
                java.util.Map.of(), java.util.Map.of("mdl", List.of(ServiceDescription.streamLive())), "r", "j", "now");

        assertThat(report.services()).containsOnlyKeys("mdl");
        assertThat(report.summary("x/coverage.html"))
                .isEqualTo("tctestkit coverage: no request reached the fake; report: x/coverage.html");
    }

    @Test
    void summarySaysHowManyJvmsWereMerged() {
        CoverageReport merged = CoverageReport.merge(
                List.of(
                        CoverageFixtures.demo()
                                .cell("MakeThing", "success", 1, "T")
                                .report("1@a"),
                        CoverageFixtures.demo().report("2@b")),
                "later");

        assertThat(merged.summary("c.html")).endsWith("; merged from 2 JVMs; report: c.html");
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
