package io.github.tctestkit.wiremock.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tctestkit.core.ErrorCode;
import io.github.tctestkit.core.ServiceDescription;
import io.github.tctestkit.core.ServiceRegistry;
import io.github.tctestkit.core.contract.ServiceContract;
import io.github.tctestkit.wiremock.internal.state.StateAnswer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every emulated action, asked with nothing, with its official example and with each member of the example replaced
 * by a value of every wrong type, answers a success or a code the action documents: never an exception.
 */
class EngineRobustnessTest {

    static final JsonNodeFactory F = JsonNodeFactory.instance;
    static final List<JsonNode> WRONG = List.of(
            F.textNode("x"),
            F.textNode(""),
            F.numberNode(-1),
            F.numberNode(1e30),
            F.booleanNode(true),
            F.arrayNode(),
            F.arrayNode().add(F.objectNode()),
            F.objectNode(),
            F.nullNode());

    @Test
    void everyActionAnswersADocumentedCodeWhateverItIsSent() {
        Engine engine = new Engine(Instant::now);
        List<String> problems = new ArrayList<>();
        int calls = 0;
        for (String service : engine.services()) {
            ServiceDescription d =
                    ServiceRegistry.builtIn().find(service, "2017-03-12").orElseThrow();
            ServiceContract contract = d.contract().orElseThrow();
            for (String action : engine.actions(service)) {
                Set<String> documented = new HashSet<>();
                for (ErrorCode e : d.errorsOf(action)) {
                    documented.add(e.code());
                }
                ObjectNode example = contract.action(action).exampleRequest();
                List<ObjectNode> inputs = new ArrayList<>(List.of(F.objectNode(), example));
                for (Iterator<String> it = example.fieldNames(); it.hasNext(); ) {
                    String member = it.next();
                    for (JsonNode wrong : WRONG) {
                        ObjectNode changed = example.deepCopy();
                        changed.set(member, wrong);
                        inputs.add(changed);
                    }
                }
                for (ObjectNode input : inputs) {
                    calls++;
                    try {
                        StateAnswer a = engine.handle(service, "2017-03-12", action, "A", "ap-guangzhou", input)
                                .orElseThrow();
                        if (!a.isSuccess() && !documented.contains(a.code())) {
                            problems.add(action + " " + input + ": undocumented " + a.code());
                        }
                        if (!a.isSuccess()
                                && (a.message() == null || a.message().isBlank())) {
                            problems.add(action + " " + input + ": no message");
                        }
                    } catch (RuntimeException e) {
                        problems.add(action + " " + input + ": " + e);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(calls).isGreaterThan(500);
    }
}
