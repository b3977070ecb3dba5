package io.github.tctestkit.wiremock.internal.coverage;

import io.github.tctestkit.core.ServiceDescription;
import io.github.tctestkit.core.ServiceRegistry;
import io.github.tctestkit.wiremock.Fault;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The coverage gate: configuration parameter {@value #PARAMETER}, checked at the end of the run against the report.
 * Not API. Syntax:
 *
 * <pre>
 * require  = rule *( ";" rule )
 * rule     = actions ":" outcome *( "," outcome )
 * actions  = "*"                      every action the run called (of each service)
 *          | "all"                    every action of each service
 *          | Action *( "," Action )   named actions
 * outcome  = "success" | "common-errors" | "product-errors" | "action-errors" | "faults"
 *          | "fault:" NAME            one {@link Fault}
 *          | Code                     one error code, e.g. InvalidParameter.NotFound
 * </pre>
 *
 * <p>{@code product-errors} are the codes the action's documentation lists; {@code action-errors} are those and the
 * common ones. An error code counts as seen when the action answered it, or the gateway refused a request to it with
 * it (the client sees the same envelope). Whitespace around tokens is ignored.
 */
final class CoverageGate {

    /** The configuration parameter. */
    static final String PARAMETER = "tctestkit.coverage.require";

    private static final Pattern ACTION = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Za-z0-9]*(\\.[A-Za-z0-9_]+)*");
    private static final List<String> KEYWORDS =
            List.of("success", "common-errors", "product-errors", "action-errors", "faults");

    private record Rule(String text, List<String> actions, List<String> outcomes) {}

    /**
     * What one action misses.
     *
     * @param service the service
     * @param action the action
     * @param outcomes the required outcomes it has not seen, in the report's order
     */
    record Missing(String service, String action, List<String> outcomes) {
        @Override
        public String toString() {
            return service + " " + action + " misses " + outcomes.size() + ": " + String.join(", ", outcomes);
        }
    }

    private final String spec;
    private final List<Rule> rules;

    private CoverageGate(String spec, List<Rule> rules) {
        this.spec = spec;
        this.rules = rules;
    }

    /**
     * Parses a gate.
     *
     * @param spec the parameter's value
     * @return the gate
     * @throws IllegalArgumentException naming the problem, when the syntax is wrong
     */
    static CoverageGate parse(String spec) {
        List<Rule> rules = new ArrayList<>();
        for (String raw : spec.split(";", -1)) {
            String text = raw.strip();
            if (text.isEmpty()) {
                continue;
            }
            int colon = text.indexOf(':');
            if (colon < 0) {
                throw bad(
                        spec,
                        "rule \"" + text + "\" has no ':' between the actions and the outcomes"
                                + " (e.g. \"*: success, common-errors\")");
            }
            List<String> actions = tokens(text.substring(0, colon));
            List<String> outcomes = tokens(text.substring(colon + 1));
            if (actions.isEmpty()) {
                throw bad(spec, "rule \"" + text + "\" names no action (use \"*\", \"all\" or action names)");
            }
            if (outcomes.isEmpty()) {
                throw bad(spec, "rule \"" + text + "\" names no outcome");
            }
            for (String a : actions) {
                if ((a.equals("*") || a.equals("all")) && actions.size() > 1) {
                    throw bad(spec, "rule \"" + text + "\": \"" + a + "\" cannot be combined with other actions");
                }
                if (!a.equals("*") && !a.equals("all") && !ACTION.matcher(a).matches()) {
                    throw bad(spec, "rule \"" + text + "\": \"" + a + "\" is not an action name");
                }
            }
            for (String o : outcomes) {
                checkOutcome(spec, text, o);
            }
            rules.add(new Rule(text, actions, outcomes));
        }
        if (rules.isEmpty()) {
            throw bad(spec, "it has no rule");
        }
        return new CoverageGate(spec, List.copyOf(rules));
    }

    private static void checkOutcome(String spec, String rule, String o) {
        if (KEYWORDS.contains(o)) {
            return;
        }
        if (o.startsWith("fault:")) {
            String name = o.substring(6);
            for (Fault f : Fault.values()) {
                if (f.name().equals(name)) {
                    return;
                }
            }
            throw bad(
                    spec,
                    "rule \"" + rule + "\": unknown fault \"" + name + "\"; the faults: "
                            + String.join(", ", faultNames()));
        }
        if (!CODE.matcher(o).matches()) {
            throw bad(
                    spec,
                    "rule \"" + rule + "\": unknown outcome \"" + o + "\"; expected " + String.join(", ", KEYWORDS)
                            + ", fault:NAME or an error code such as InvalidParameter.NotFound");
        }
    }

    private static List<String> faultNames() {
        List<String> names = new ArrayList<>();
        for (Fault f : Fault.values()) {
            names.add(f.name());
        }
        return names;
    }

    private static List<String> tokens(String list) {
        List<String> out = new ArrayList<>();
        for (String t : list.split(",", -1)) {
            String s = t.strip();
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out;
    }

    private static IllegalArgumentException bad(String spec, String problem) {
        return new IllegalArgumentException(
                "Bad " + PARAMETER + " = \"" + spec + "\": " + problem + ". Syntax: rules separated by ';', each"
                        + " \"actions: outcomes\"; actions: *, all or names separated by ','; outcomes: success,"
                        + " common-errors, product-errors, action-errors, faults, fault:NAME or error codes,"
                        + " separated by ','");
    }

    /**
     * Checks the gate.
     *
     * @param report the run's report
     * @return each action that misses something, empty when the gate passes
     * @throws IllegalArgumentException when a rule names an action or code that no service of the report and no
     *     built-in service has
     */
    List<Missing> missing(CoverageReport report) {
        return missingIn(report.including(unreached(report)));
    }

    /**
     * The built-in services that have an action a rule names when no service of the report has it (those of them that
     * know every code the rule names, when some do): a service no request reached is not in the report, but its
     * actions are still real and their outcomes missing.
     */
    private List<ServiceDescription> unreached(CoverageReport report) {
        List<ServiceDescription> out = new ArrayList<>();
        for (Rule rule : rules) {
            for (String a : rule.actions()) {
                if (a.equals("*") || a.equals("all")) {
                    continue;
                }
                boolean inReport = report.services().values().stream()
                        .anyMatch(s -> s.universe().actions().contains(a));
                if (!inReport) {
                    List<ServiceDescription> having = ServiceRegistry.builtIn().withAction(a);
                    List<ServiceDescription> knowingTheCodes = having.stream()
                            .filter(d -> rule.outcomes().stream()
                                    .filter(o -> CODE.matcher(o).matches() && !KEYWORDS.contains(o))
                                    .allMatch(code -> d.errors().stream()
                                            .anyMatch(e -> e.code().equals(code))))
                            .toList();
                    // RunInstances is cvm's and ecm's: a rule naming a code only cvm has means cvm
                    out.addAll(knowingTheCodes.isEmpty() ? having : knowingTheCodes);
                }
            }
        }
        return out;
    }

    private List<Missing> missingIn(CoverageReport report) {
        // service -> action -> missing outcomes, in the report's order
        Map<String, Map<String, Set<String>>> missing = new LinkedHashMap<>();
        for (Rule rule : rules) {
            for (String a : rule.actions()) {
                boolean found = false;
                for (Map.Entry<String, CoverageReport.Service> e :
                        report.services().entrySet()) {
                    CoverageReport.Service s = e.getValue();
                    for (String action : targets(a, s)) {
                        found = true;
                        for (String outcome : required(rule, action, e.getKey(), s)) {
                            if (!seen(s, action, outcome)) {
                                missing.computeIfAbsent(e.getKey(), k -> new LinkedHashMap<>())
                                        .computeIfAbsent(action, k -> new LinkedHashSet<>())
                                        .add(outcome);
                            }
                        }
                    }
                }
                if (!found && !a.equals("*") && !a.equals("all")) {
                    throw new IllegalArgumentException("Bad " + PARAMETER + " = \"" + spec + "\": rule \""
                            + rule.text() + "\" names action \"" + a + "\", which no service has; the actions of "
                            + String.join(", ", report.services().keySet()) + ": "
                            + String.join(", ", allActions(report)));
                }
            }
        }
        List<Missing> out = new ArrayList<>();
        missing.forEach((service, actions) -> actions.forEach((action, outcomes) -> {
            CoverageReport.Service s = report.services().get(service);
            out.add(new Missing(
                    service,
                    action,
                    outcomes.stream().sorted(CoverageReport.order(s.universe())).toList()));
        }));
        return out;
    }

    private static List<String> allActions(CoverageReport report) {
        List<String> all = new ArrayList<>();
        report.services().values().forEach(s -> all.addAll(s.universe().actions()));
        return all;
    }

    private static List<String> targets(String a, CoverageReport.Service s) {
        if (a.equals("all")) {
            return s.universe().actions();
        }
        if (a.equals("*")) {
            return s.actions().entrySet().stream()
                    .filter(e ->
                            e.getValue().known() && !e.getValue().outcomes().isEmpty())
                    .map(Map.Entry::getKey)
                    .toList();
        }
        return s.universe().actions().contains(a) ? List.of(a) : List.of();
    }

    private List<String> required(Rule rule, String action, String service, CoverageReport.Service s) {
        CoverageReport.Universe u = s.universe();
        Set<String> out = new LinkedHashSet<>();
        for (String o : rule.outcomes()) {
            switch (o) {
                case "success" -> out.add("success");
                case "common-errors" -> u.commonErrors().forEach(c -> out.add("error:" + c));
                case "product-errors" ->
                    u.actionErrors().getOrDefault(action, List.of()).forEach(c -> out.add("error:" + c));
                case "action-errors" -> u.errorsOf(action).forEach(c -> out.add("error:" + c));
                case "faults" -> u.faults().forEach(f -> out.add("fault:" + f));
                default -> {
                    if (o.startsWith("fault:")) {
                        out.add(o);
                    } else if (u.allErrors().contains(o)) {
                        out.add("error:" + o);
                    } else {
                        throw new IllegalArgumentException("Bad " + PARAMETER + " = \"" + spec + "\": rule \""
                                + rule.text() + "\" names error code \"" + o + "\", which service " + service
                                + " does not have (action " + action + " can answer: "
                                + String.join(", ", u.errorsOf(action)) + ")");
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    private static boolean seen(CoverageReport.Service s, String action, String outcome) {
        CoverageReport.Action a = s.actions().get(action);
        if (a == null) {
            return false;
        }
        if (a.outcomes().containsKey(outcome)) {
            return true;
        }
        return outcome.startsWith("error:") && a.outcomes().containsKey("refused:" + outcome.substring(6));
    }

    /**
     * The failure message.
     *
     * @param missing from {@link #missing}, not empty
     * @param html where the report is
     * @return the message
     */
    String failure(List<Missing> missing, String html) {
        int outcomes = missing.stream().mapToInt(m -> m.outcomes().size()).sum();
        StringBuilder b = new StringBuilder("tctestkit coverage gate failed: ")
                .append(missing.size())
                .append(missing.size() == 1 ? " action misses " : " actions miss ")
                .append(outcomes)
                .append(outcomes == 1 ? " required outcome" : " required outcomes")
                .append(" (")
                .append(PARAMETER)
                .append(" = \"")
                .append(spec)
                .append("\")");
        missing.forEach(m -> b.append("\n  ").append(m));
        return b.append("\nreport: ").append(html).toString();
    }

    /**
     * The parameter's value.
     *
     * @return as given
     */
    String spec() {
        return spec;
    }
}
