package io.github.tctestkit.wiremock.internal.coverage;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.tctestkit.core.CommonError;
import io.github.tctestkit.core.ErrorCode;
import io.github.tctestkit.core.ServiceDescription;
import io.github.tctestkit.wiremock.Fault;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The contract coverage report as data: what {@code coverage.json} holds, built from the {@link Coverage} record of one
 * JVM and merged across the JVMs of one run. Not API; the JSON structure it writes is documented in README.md:
 *
 * <pre>{@code
 * {
 *   "format": "tctestkit-coverage/1",
 *   "run": "surefire:1234@2025-01-01T10:00:00Z",      // JVMs with the same run id are merged
 *   "generated": "2025-01-01T10:01:00Z",
 *   "jvms": ["1240@2025-01-01T10:00:02Z"],            // the JVMs whose records are merged here
 *   "services": {
 *     "mdl": {
 *       "version": "2020-03-26",
 *       "universe": {                                  // everything the service could have been made to do
 *         "groups": {"Input": ["CreateStreamLiveInput", ...], ...},
 *         "actions": ["CreateStreamLiveInput", ...],
 *         "commonErrors": ["AuthFailure.InvalidAuthorization", ...],
 *         "productErrors": ["FailedOperation.AlreadyAssociatedChannel", ...],
 *         "actionErrors": {"CreateStreamLiveInput": ["InvalidParameter.AlreadyAssociatedChannel", ...], ...},
 *         "faults": ["INTERNAL_SERVER_ERROR_500", ...]
 *       },
 *       "actions": {                                   // every action of the universe, then any other one asked for
 *         "CreateStreamLiveInput": {
 *           "known": true,
 *           "outcomes": {"success": {"count": 3, "tests": ["InputTest.creates [1]"], "testsCapped": false}, ...}
 *         }
 *       }
 *     }
 *   }
 * }
 * }</pre>
 *
 * @param format always {@value #FORMAT}
 * @param run the run's id
 * @param generated when the file was written, ISO-8601
 * @param jvms the JVMs whose records are in it
 * @param services by name
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CoverageReport(
        String format, String run, String generated, List<String> jvms, Map<String, Service> services) {

    /** The format marker; a reader rejects other values. */
    public static final String FORMAT = "tctestkit-coverage/1";

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /**
     * One service.
     *
     * @param version its API version
     * @param universe every action and code it could answer
     * @param actions what was asked of each action
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Service(String version, Universe universe, Map<String, Action> actions) {}

    /**
     * Everything a service could have been made to do.
     *
     * @param groups the documented action groups
     * @param actions every action
     * @param commonErrors the common codes
     * @param productErrors the service's own codes
     * @param actionErrors per action, the product codes its documentation lists
     * @param faults the faults the fake cloud can play
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Universe(
            Map<String, List<String>> groups,
            List<String> actions,
            List<String> commonErrors,
            List<String> productErrors,
            Map<String, List<String>> actionErrors,
            List<String> faults) {

        /**
         * The codes one action can answer: the common ones and those its documentation lists.
         *
         * @param action the action
         * @return the codes
         */
        public List<String> errorsOf(String action) {
            List<String> all = new ArrayList<>(commonErrors);
            for (String c : actionErrors.getOrDefault(action, List.of())) {
                if (!all.contains(c)) {
                    all.add(c);
                }
            }
            return all;
        }

        /**
         * Every code of the service.
         *
         * @return common then product codes
         */
        public List<String> allErrors() {
            List<String> all = new ArrayList<>(commonErrors);
            productErrors.stream().filter(c -> !all.contains(c)).forEach(all::add);
            return all;
        }
    }

    /**
     * One action.
     *
     * @param known whether the service has this action
     * @param outcomes by outcome ({@code success}, {@code error:<code>}, {@code fault:<name>}, {@code refused:<code>},
     *     {@code http:<status>}, {@code no-answer})
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Action(boolean known, Map<String, Outcome> outcomes) {}

    /**
     * One cell.
     *
     * @param count how many requests
     * @param tests the tests behind them, sorted, at most {@value Coverage#MAX_TESTS_PER_CELL}
     * @param testsCapped whether more tests did it than are listed
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Outcome(long count, List<String> tests, boolean testsCapped) {}

    /**
     * The report of what this JVM recorded.
     *
     * @param snapshot the record
     * @param descriptions the services' descriptions by name
     * @param run the run id
     * @param jvm this JVM's id
     * @param generated the time, ISO-8601
     * @return the report: the services a request reached (none when no request did)
     */
    static CoverageReport of(
            Map<Coverage.Key, Coverage.Cell> snapshot,
            Map<String, List<ServiceDescription>> descriptions,
            String run,
            String jvm,
            String generated) {
        Map<String, Universe> universes = new TreeMap<>();
        descriptions.forEach((name, list) -> universes.merge(name, universe(list), CoverageReport::union));
        Map<String, String> versions = new TreeMap<>();
        descriptions.forEach((name, list) -> list.stream().findFirst().ifPresent(d -> versions.put(name, d.version())));
        Map<String, Map<String, Map<String, Outcome>>> cells = new TreeMap<>();
        snapshot.forEach((k, c) -> {
            universes.computeIfAbsent(k.service(), n -> emptyUniverse());
            cells.computeIfAbsent(k.service(), n -> new TreeMap<>())
                    .computeIfAbsent(k.action(), a -> new TreeMap<>())
                    .put(
                            k.outcome(),
                            new Outcome(c.count(), c.tests(), c.tests().size() >= Coverage.MAX_TESTS_PER_CELL));
        });
        Map<String, Service> services = new TreeMap<>();
        universes.forEach((name, u) ->
                services.put(name, service(versions.getOrDefault(name, ""), u, cells.getOrDefault(name, Map.of()))));
        return new CoverageReport(FORMAT, run, generated, List.of(jvm), services);
    }

    /**
     * This report with services that no request reached added, with nothing seen; services it has stay as they are.
     *
     * @param more the services' descriptions
     * @return a new report, or this one when nothing is added
     */
    CoverageReport including(Collection<ServiceDescription> more) {
        Map<String, List<ServiceDescription>> absent = new TreeMap<>();
        for (ServiceDescription d : more) {
            if (!services.containsKey(d.name())) {
                absent.computeIfAbsent(d.name(), n -> new ArrayList<>()).add(d);
            }
        }
        if (absent.isEmpty()) {
            return this;
        }
        Map<String, Service> all = new TreeMap<>(services);
        absent.forEach((name, list) -> all.put(name, service(list.get(0).version(), universe(list), Map.of())));
        return new CoverageReport(format, run, generated, jvms, all);
    }

    private static Service service(String version, Universe u, Map<String, Map<String, Outcome>> cells) {
        Map<String, Action> actions = new LinkedHashMap<>();
        for (String a : u.actions()) {
            actions.put(a, new Action(true, sorted(u, cells.getOrDefault(a, Map.of()))));
        }
        cells.forEach((a, outcomes) -> {
            if (!actions.containsKey(a)) {
                actions.put(a, new Action(false, sorted(u, outcomes)));
            }
        });
        return new Service(version, u, actions);
    }

    static Universe universe(Collection<ServiceDescription> descriptions) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        Set<String> actions = new LinkedHashSet<>();
        Set<String> common = new LinkedHashSet<>();
        for (CommonError e : CommonError.values()) {
            common.add(e.code());
        }
        Set<String> product = new LinkedHashSet<>();
        Map<String, List<String>> actionErrors = new LinkedHashMap<>();
        for (ServiceDescription d : descriptions) {
            d.groups().forEach((g, list) -> groups.merge(g, list, CoverageReport::unionList));
            actions.addAll(d.actions());
            for (ErrorCode e : d.errors()) {
                if (!common.contains(e.code())) {
                    product.add(e.code());
                }
            }
            for (String a : d.actions()) {
                List<String> own = d.errorsOf(a).stream()
                        .map(ErrorCode::code)
                        .filter(c -> !common.contains(c))
                        .toList();
                actionErrors.merge(a, own, CoverageReport::unionList);
                product.addAll(own);
            }
        }
        List<String> faults = new ArrayList<>();
        for (Fault f : Fault.values()) {
            faults.add(f.name());
        }
        return new Universe(
                groups,
                List.copyOf(actions),
                List.copyOf(common),
                List.copyOf(product),
                actionErrors,
                List.copyOf(faults));
    }

    private static Universe emptyUniverse() {
        return universe(List.of());
    }

    private static Universe union(Universe a, Universe b) {
        Map<String, List<String>> groups = new LinkedHashMap<>(a.groups());
        b.groups().forEach((g, list) -> groups.merge(g, list, CoverageReport::unionList));
        Map<String, List<String>> actionErrors = new LinkedHashMap<>(a.actionErrors());
        b.actionErrors().forEach((x, list) -> actionErrors.merge(x, list, CoverageReport::unionList));
        return new Universe(
                groups,
                unionList(a.actions(), b.actions()),
                unionList(a.commonErrors(), b.commonErrors()),
                unionList(a.productErrors(), b.productErrors()),
                actionErrors,
                unionList(a.faults(), b.faults()));
    }

    private static List<String> unionList(List<String> a, List<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /**
     * Merges the reports of several JVMs of one run: universes united, counts added, tests united.
     *
     * @param reports at least one
     * @param generated the time of the merge
     * @return the merged report, with the run id of the first
     */
    static CoverageReport merge(List<CoverageReport> reports, String generated) {
        Map<String, Universe> universes = new TreeMap<>();
        Map<String, String> versions = new TreeMap<>();
        Map<String, Map<String, Map<String, Outcome>>> cells = new TreeMap<>();
        List<String> jvms = new ArrayList<>();
        for (CoverageReport r : reports) {
            r.jvms().stream().filter(j -> !jvms.contains(j)).forEach(jvms::add);
            r.services().forEach((name, s) -> {
                universes.merge(name, s.universe(), CoverageReport::union);
                versions.putIfAbsent(name, s.version());
                s.actions()
                        .forEach((a, action) -> action.outcomes()
                                .forEach((o, cell) -> cells.computeIfAbsent(name, n -> new TreeMap<>())
                                        .computeIfAbsent(a, x -> new TreeMap<>())
                                        .merge(o, cell, CoverageReport::add)));
            });
        }
        Map<String, Service> services = new TreeMap<>();
        universes.forEach((name, u) ->
                services.put(name, service(versions.get(name), u, cells.getOrDefault(name, Map.of()))));
        return new CoverageReport(FORMAT, reports.get(0).run(), generated, List.copyOf(jvms), services);
    }

    private static Outcome add(Outcome a, Outcome b) {
        TreeSet<String> tests = new TreeSet<>(a.tests());
        tests.addAll(b.tests());
        boolean capped = a.testsCapped() || b.testsCapped() || tests.size() > Coverage.MAX_TESTS_PER_CELL;
        List<String> kept = tests.stream().limit(Coverage.MAX_TESTS_PER_CELL).toList();
        return new Outcome(a.count() + b.count(), kept, capped);
    }

    /** The outcomes of one action in the report's order: success, errors, faults, refusals, the rest. */
    private static Map<String, Outcome> sorted(Universe u, Map<String, Outcome> outcomes) {
        Map<String, Outcome> out = new LinkedHashMap<>();
        outcomes.keySet().stream().sorted(order(u)).forEach(o -> out.put(o, outcomes.get(o)));
        return out;
    }

    /**
     * The order of outcomes: success; errors in the universe's order, then others by name; faults in their order;
     * refusals; HTTP statuses; anything else.
     *
     * @param u the universe
     * @return the comparator
     */
    static Comparator<String> order(Universe u) {
        List<String> errors = u.allErrors();
        return Comparator.<String>comparingInt(o -> rank(o, u, errors)).thenComparing(Comparator.naturalOrder());
    }

    private static int rank(String outcome, Universe u, List<String> errors) {
        if (outcome.equals("success")) {
            return 0;
        }
        if (outcome.startsWith("error:")) {
            int i = errors.indexOf(outcome.substring(6));
            return i >= 0 ? 1 + i : 100_000;
        }
        if (outcome.startsWith("fault:")) {
            int i = u.faults().indexOf(outcome.substring(6));
            return 200_000 + (i >= 0 ? i : 50_000);
        }
        if (outcome.startsWith("refused:")) {
            return 300_000;
        }
        if (outcome.startsWith("http:")) {
            return 400_000;
        }
        return 500_000;
    }

    // ------------------------------------------------------------------ reading and writing

    /**
     * The JSON text.
     *
     * @return pretty-printed JSON
     */
    String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the coverage report as JSON", e);
        }
    }

    /**
     * Reads a report.
     *
     * @param file a {@code coverage.json} or part
     * @return the report
     * @throws IOException if it cannot be read or is not a report of this format
     */
    static CoverageReport read(Path file) throws IOException {
        CoverageReport r = JSON.readValue(file.toFile(), CoverageReport.class);
        if (!FORMAT.equals(r.format()) || r.services() == null || r.jvms() == null) {
            throw new IOException(file + " is not a " + FORMAT + " report");
        }
        return r;
    }

    // ------------------------------------------------------------------ figures

    /**
     * The figures of one service for the summary line and the page.
     *
     * @param actions the service's actions
     * @param exercised those asked at least once
     * @param outcomes non-empty cells of the service's actions
     * @param success cells with success
     * @param errors cells with an error code
     * @param faults cells with a fault
     * @param refusals cells with a gateway refusal
     * @param other other cells (HTTP statuses, no answer)
     * @param codes the service's error codes
     * @param codesAnswered those answered as an error at least once
     * @param unknownActions actions asked for that the service does not have (or none named)
     * @param unknownOutcomes their non-empty cells
     */
    record Figures(
            int actions,
            int exercised,
            int outcomes,
            int success,
            int errors,
            int faults,
            int refusals,
            int other,
            int codes,
            int codesAnswered,
            int unknownActions,
            int unknownOutcomes) {}

    static Figures figures(Service s) {
        int exercised = 0;
        int outcomes = 0;
        int success = 0;
        int errors = 0;
        int faults = 0;
        int refusals = 0;
        int other = 0;
        List<String> all = s.universe().allErrors();
        int unknownActions = 0;
        int unknownOutcomes = 0;
        Set<String> answered = new TreeSet<>();
        for (Map.Entry<String, Action> e : s.actions().entrySet()) {
            Action a = e.getValue();
            if (!a.known()) {
                unknownActions++;
                unknownOutcomes += a.outcomes().size();
                continue;
            }
            if (!a.outcomes().isEmpty()) {
                exercised++;
            }
            for (String o : a.outcomes().keySet()) {
                outcomes++;
                if (o.equals("success")) {
                    success++;
                } else if (o.startsWith("error:")) {
                    errors++;
                    if (all.contains(o.substring(6))) {
                        answered.add(o.substring(6));
                    }
                } else if (o.startsWith("fault:")) {
                    faults++;
                } else if (o.startsWith("refused:")) {
                    refusals++;
                } else {
                    other++;
                }
            }
        }
        return new Figures(
                s.universe().actions().size(),
                exercised,
                outcomes,
                success,
                errors,
                faults,
                refusals,
                other,
                all.size(),
                answered.size(),
                unknownActions,
                unknownOutcomes);
    }

    /**
     * The one line printed at the end of the run.
     *
     * @param html where the page is, as shown
     * @return e.g. {@code tctestkit coverage: 12 of 36 mdl actions exercised; 41 outcomes (success 12, errors 24,
     *     faults 2, refusals 3) covering 20 of 56 error codes; report: target/tctestkit/coverage.html}
     */
    String summary(String html) {
        StringBuilder b = new StringBuilder("tctestkit coverage: ");
        boolean first = true;
        for (Map.Entry<String, Service> e : services.entrySet()) {
            Figures f = figures(e.getValue());
            if (f.outcomes() == 0) {
                continue; // described but never answered: nothing to say about it on one line
            }
            if (!first) {
                b.append("; ");
            }
            first = false;
            b.append(f.exercised())
                    .append(" of ")
                    .append(f.actions())
                    .append(' ')
                    .append(e.getKey())
                    .append(" actions exercised; ")
                    .append(f.outcomes())
                    .append(" outcomes (success ")
                    .append(f.success())
                    .append(", errors ")
                    .append(f.errors())
                    .append(", faults ")
                    .append(f.faults())
                    .append(", refusals ")
                    .append(f.refusals());
            if (f.other() > 0) {
                b.append(", other ").append(f.other());
            }
            b.append(") covering ")
                    .append(f.codesAnswered())
                    .append(" of ")
                    .append(f.codes())
                    .append(" error codes");
            if (f.unknownActions() > 0) {
                b.append(", plus ")
                        .append(f.unknownOutcomes())
                        .append(f.unknownOutcomes() == 1 ? " outcome of " : " outcomes of ")
                        .append(f.unknownActions())
                        .append(f.unknownActions() == 1 ? " action it does not have" : " actions it does not have");
            }
        }
        if (first) {
            b.append("no request reached the fake");
        }
        if (jvms.size() > 1) {
            b.append("; merged from ").append(jvms.size()).append(" JVMs");
        }
        return b.append("; report: ").append(html).toString();
    }
}
