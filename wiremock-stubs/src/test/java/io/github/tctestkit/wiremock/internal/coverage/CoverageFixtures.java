package io.github.tctestkit.wiremock.internal.coverage;

import io.github.tctestkit.core.ServiceDescription;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Hand-made coverage records for the tests of the report, the page and the gate. */
final class CoverageFixtures {

    /** The demo service's own code. */
    enum DemoError implements io.github.tctestkit.core.ErrorCode {
        DEMO_BROKEN;

        @Override
        public String code() {
            return "ResourceUnavailable.DemoBroken";
        }

        @Override
        public String description() {
            return "the demo thing is broken";
        }
    }

    static final ServiceDescription DEMO = ServiceDescription.builder("demo", "2024-01-01")
            .group("Things", "DescribeThings", "BreakThing", "MakeThing")
            .regions("ap-guangzhou")
            .errors(io.github.tctestkit.core.ErrorCatalogue.of(DemoError.class))
            .actionErrors("BreakThing", "ResourceUnavailable.DemoBroken")
            .build();

    private final Map<Coverage.Key, Coverage.Cell> cells = new LinkedHashMap<>();
    private final Map<String, List<ServiceDescription>> described = new LinkedHashMap<>(Map.of("demo", List.of(DEMO)));

    static CoverageFixtures demo() {
        return new CoverageFixtures();
    }

    CoverageFixtures cell(String action, String outcome, long count, String... tests) {
        cells.put(
                new Coverage.Key("demo", action, outcome),
                new Coverage.Cell(count, Arrays.stream(tests).sorted().toList()));
        return this;
    }

    /** A service a server described (served) that no request reached. */
    CoverageFixtures describing(ServiceDescription service) {
        described.put(service.name(), List.of(service));
        return this;
    }

    CoverageReport report(String jvm) {
        return CoverageReport.of(cells, described, "run-1", jvm, "2025-01-01T00:00:00Z");
    }

    CoverageReport report() {
        return report("1@jvm");
    }
}
