package io.github.tctestkit.core.contract.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tctestkit.core.contract.Member;
import io.github.tctestkit.core.contract.Structure;
import io.github.tctestkit.core.internal.Json;
import java.util.HashSet;
import java.util.Set;

/**
 * Builds an action's default success payload from its documented example and its output structure. Not API: use
 * {@link io.github.tctestkit.core.contract.ActionContract#defaultAnswer()}.
 */
public final class DefaultAnswers {

    private DefaultAnswers() {}

    /**
     * The example payload (a copy, without {@code RequestId}) filled out: every always-returned member that is absent
     * is added with its documented example or a value of its type, recursively in the objects and list items that are
     * present or added; an added list of objects holds one item (none when its structure would contain itself);
     * disabled members are removed.
     *
     * <pre>{@code
     * ObjectNode answer = DefaultAnswers.build(action.output(), exampleResponse);
     * }</pre>
     *
     * @param output the action's output structure
     * @param example the documented example payload; not changed
     * @return a new payload
     */
    public static ObjectNode build(Structure output, ObjectNode example) {
        ObjectNode answer = example.deepCopy();
        answer.remove("RequestId");
        fill(answer, output, true, new HashSet<>());
        return answer;
    }

    private static void fill(ObjectNode node, Structure s, boolean top, Set<String> open) {
        open.add(s.name());
        for (Member m : s.members()) {
            if (top && m.name().equals("RequestId")) {
                continue;
            }
            if (m.isDisabled()) {
                node.remove(m.name());
                continue;
            }
            JsonNode value = node.get(m.name());
            if (value == null) {
                if (m.isAlwaysReturned()) {
                    JsonNode made = make(m, open);
                    if (made != null) {
                        node.set(m.name(), made);
                    }
                }
            } else if (m.isStructured() && !open.contains(m.type())) {
                Structure inner = m.structure().orElseThrow();
                if (value.isObject()) {
                    fill((ObjectNode) value, inner, false, open);
                } else if (value.isArray()) {
                    for (JsonNode item : value) {
                        if (item.isObject()) {
                            fill((ObjectNode) item, inner, false, open);
                        }
                    }
                }
            }
        }
        open.remove(s.name());
    }

    private static JsonNode make(Member m, Set<String> open) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (m.kind() == Member.Kind.LIST) {
            ArrayNode list = f.arrayNode();
            if (m.isStructured()) {
                if (!open.contains(m.type())) {
                    ObjectNode item = f.objectNode();
                    fill(item, m.structure().orElseThrow(), false, open);
                    list.add(item);
                }
                return list;
            }
            JsonNode example = parse(m.example().orElse("[]"));
            if (example != null && example.isArray()) {
                for (JsonNode e : example) {
                    JsonNode item = Values.itemValue(m.type(), e);
                    if (item != null) {
                        list.add(item);
                    }
                }
            }
            return list;
        }
        if (m.kind() == Member.Kind.OBJECT) {
            if (open.contains(m.type())) {
                return null;
            }
            ObjectNode object = f.objectNode();
            fill(object, m.structure().orElseThrow(), false, open);
            return object;
        }
        return Values.exampleValue(m);
    }

    private static JsonNode parse(String text) {
        try {
            return Json.STRICT.readTree(text);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
