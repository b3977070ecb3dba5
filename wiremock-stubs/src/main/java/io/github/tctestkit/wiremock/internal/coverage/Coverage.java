package io.github.tctestkit.wiremock.internal.coverage;

import io.github.tctestkit.core.ServiceDescription;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the fake cloud did across a whole test run, for the contract coverage report: per service and action, each
 * outcome (success, an error code, a fault, a gateway refusal, no answer) with a count and the tests behind it. One
 * record per JVM; recording is one hash lookup and a counter. Not API.
 */
public final class Coverage {

    /** The tests kept per cell: enough to show who did it, bounded so a long run cannot grow without end. */
    static final int MAX_TESTS_PER_CELL = 100;

    /**
     * One cell of the grid.
     *
     * @param service the service name, e.g. {@code mdl}
     * @param action the action, or {@code ""} when the request named none
     * @param outcome {@code success}, {@code error:<code>}, {@code fault:<name>}, {@code http:<status>},
     *     {@code refused:<code>}, {@code state:<...>} or {@code no-answer}
     */
    public record Key(String service, String action, String outcome) {}

    /**
     * What one cell saw.
     *
     * @param count how many requests
     * @param tests the tests that made them (at most {@value #MAX_TESTS_PER_CELL}), sorted
     */
    public record Cell(long count, List<String> tests) {}

    private static final class Counter {
        final LongAdder count = new LongAdder();
        final Set<String> tests = ConcurrentHashMap.newKeySet();
    }

    private static final Map<Key, Counter> CELLS = new ConcurrentHashMap<>();

    /** The descriptions seen per service name, for the report's universe (actions, codes); a few per name at most. */
    private static final Map<String, Set<ServiceDescription>> SERVICES = new ConcurrentHashMap<>();

    private static final int MAX_DESCRIPTIONS_PER_NAME = 16;

    private Coverage() {}

    /** The service name of requests that no service took (an unknown action, or none named). */
    static final String UNROUTED = "(no service)";

    public static void record(
            java.util.Optional<ServiceDescription> service, String action, String outcome, String test) {
        service.ifPresent(Coverage::describe);
        String name = service.map(ServiceDescription::name).orElse(UNROUTED);
        Counter c = CELLS.computeIfAbsent(new Key(name, action, outcome), k -> new Counter());
        c.count.increment();
        if (c.tests.size() < MAX_TESTS_PER_CELL) {
            c.tests.add(test);
        }
    }

    /**
     * Notes a service's description, so that the report knows every action and code it could have answered.
     *
     * @param service the description
     */
    static void describe(ServiceDescription service) {
        Set<ServiceDescription> known = SERVICES.computeIfAbsent(service.name(), k -> ConcurrentHashMap.newKeySet());
        if (!known.contains(service) && known.size() < MAX_DESCRIPTIONS_PER_NAME) { // reads take no lock
            known.add(service);
        }
    }

    /**
     * The descriptions noted so far, per service name.
     *
     * @return a copy
     */
    public static Map<String, List<ServiceDescription>> services() {
        Map<String, List<ServiceDescription>> copy = new LinkedHashMap<>();
        SERVICES.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return copy;
    }

    /**
     * A copy of everything recorded so far.
     *
     * @return cells by key
     */
    public static Map<Key, Cell> snapshot() {
        Map<Key, Cell> copy = new LinkedHashMap<>();
        CELLS.forEach((k, c) -> copy.put(k, new Cell(c.count.sum(), List.copyOf(new TreeSet<>(c.tests)))));
        return copy;
    }

    /** Forgets everything; for tests of the report itself. */
    public static void reset() {
        CELLS.clear();
        SERVICES.clear();
    }
}
