package io.github.tctestkit.wiremock.internal.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A declared state machine: for each action, the states it may start from, the state it shows while it works and
 * the state it ends in (none: the resource goes), plus the code for a step from any other state. Not API.
 *
 * <pre>{@code
 * Lifecycle cvm = new Lifecycle((action, state) -> "UnsupportedOperation.InstanceState" + Product.camel(state))
 *         .step("StartInstances", Set.of("STOPPED"), "STARTING", "RUNNING")
 *         .step("StopInstances", Set.of("RUNNING"), "STOPPING", "STOPPED");
 * }</pre>
 */
final class Lifecycle {

    /** One action's step. */
    record Step(Set<String> from, String via, String to) {}

    private final Map<String, Step> steps = new LinkedHashMap<>();
    private final BiFunction<String, String, String> refusal;

    /** @param refusal the preferred code for an action taken in a state it cannot start from */
    Lifecycle(BiFunction<String, String, String> refusal) {
        this.refusal = refusal;
    }

    Lifecycle step(String action, Set<String> from, String via, String to) {
        steps.put(action, new Step(Set.copyOf(from), via, to));
        return this;
    }

    Step step(String action) {
        Step s = steps.get(action);
        if (s == null) {
            throw new IllegalStateException("no lifecycle step for " + action);
        }
        return s;
    }

    /**
     * The code for {@code action} in {@code state}: the preferred one if the action documents it, else the first of
     * {@code fallbacks} it documents.
     */
    String refusal(Call c, String state, List<String> fallbacks) {
        String preferred = refusal.apply(c.action, state);
        java.util.Set<String> documented = c.product.documentedCodes(c.action);
        if (documented.contains(preferred)) {
            return preferred;
        }
        for (String f : fallbacks) {
            if (documented.contains(f)) {
                return f;
            }
        }
        throw new IllegalStateException("tctestkit defect: no documented code for " + c.action + " in " + state);
    }

    /** The declared steps, for documentation and tests. */
    Map<String, Step> steps() {
        return Map.copyOf(steps);
    }
}
