package io.github.tctestkit.core.contract.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Converts between flattened form or query parameters ({@code AttachedInputs.0.Id=x}) and a parameter tree. Not API.
 *
 * <pre>{@code
 * Parameters.unflatten(Map.of("AttachedInputs.0.Id", "x", "SecurityGroupIds.0", "a"));
 * // {"AttachedInputs":[{"Id":"x"}],"SecurityGroupIds":["a"]}
 * Parameters.flatten(tree);   // back to {AttachedInputs.0.Id=x, SecurityGroupIds.0=a}
 * }</pre>
 */
public final class Parameters {

    private Parameters() {}

    /**
     * Builds a tree from flattened parameters: a key is split at dots; a segment of digits after the first is a list
     * index (so the value at that place is an array), any other segment a member name. The root is always an object,
     * so a first segment of digits is a name. Every leaf is a text node. A list index that the keys skip leaves a
     * {@code null} item, which {@link RequestChecker} reports as a value of the wrong type.
     *
     * @param flatParams parameter names and values, in the order received (the tree keeps that order)
     * @return a new tree
     * @throws IllegalArgumentException when the map or a key is null, a key has an empty segment, two keys disagree on
     *     the shape of a place ({@code A=x} with {@code A.0=y}, or {@code A.0=x} with {@code A.B=y}), a key is
     *     repeated through equivalent indexes, or an index is larger than the number of parameters
     */
    public static ObjectNode unflatten(Map<String, String> flatParams) {
        if (flatParams == null) {
            throw new IllegalArgumentException("parameters must not be null");
        }
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        for (Map.Entry<String, String> e : flatParams.entrySet()) {
            String key = e.getKey();
            if (key == null) {
                throw new IllegalArgumentException("a parameter name must not be null");
            }
            String[] parts = key.split("\\.", -1);
            JsonNode node = root;
            for (int i = 0; i < parts.length; i++) {
                String part = parts[i];
                if (part.isEmpty()) {
                    throw new IllegalArgumentException("parameter name \"" + key + "\" has an empty segment");
                }
                boolean last = i == parts.length - 1;
                JsonNode next;
                if (last) {
                    next = e.getValue() == null ? f.nullNode() : f.textNode(e.getValue());
                } else {
                    next = isIndex(parts[i + 1]) ? f.arrayNode() : f.objectNode();
                }
                node = step(node, part, next, last, key, flatParams.size());
            }
        }
        return root;
    }

    private static boolean isIndex(String segment) {
        if (segment.isEmpty()) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Goes from {@code node} to its child {@code part}, creating it as {@code next} when absent. */
    private static JsonNode step(JsonNode node, String part, JsonNode next, boolean last, String key, int size) {
        JsonNode existing;
        if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            int index = part.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(part);
            if (index >= size) {
                throw new IllegalArgumentException("parameter \"" + key + "\" has list index " + part + ", but " + size
                        + " parameters cannot fill a list that long");
            }
            while (array.size() <= index) {
                array.addNull();
            }
            existing = array.get(index);
            if (existing.isNull()) {
                array.set(index, next);
                return next;
            }
        } else {
            ObjectNode object = (ObjectNode) node;
            existing = object.get(part);
            if (existing == null) {
                object.set(part, next);
                return next;
            }
        }
        if (last || existing.isValueNode() || existing.getNodeType() != next.getNodeType()) {
            throw new IllegalArgumentException("parameter \"" + key + "\" conflicts with another parameter that gives"
                    + " the same place " + (existing.isValueNode() ? "a value" : "another shape"));
        }
        return existing;
    }

    /**
     * Flattens a tree the way the SDKs write form parameters: {@code name.index.name}, numbers and booleans as their
     * JSON text, strings as they are; {@code null}, empty objects and empty lists write nothing.
     *
     * @param tree an object
     * @return a new map in the tree's order
     * @throws IllegalArgumentException when {@code tree} is not an object
     */
    public static Map<String, String> flatten(JsonNode tree) {
        if (tree == null || !tree.isObject()) {
            throw new IllegalArgumentException(
                    "only an object can be flattened, not " + (tree == null ? "null" : tree));
        }
        Map<String, String> out = new LinkedHashMap<>();
        flatten(tree, "", out);
        return out;
    }

    private static void flatten(JsonNode node, String prefix, Map<String, String> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                flatten(e.getValue(), prefix + e.getKey() + ".", out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                flatten(node.get(i), prefix + i + ".", out);
            }
        } else if (!node.isNull()) {
            out.put(prefix.substring(0, prefix.length() - 1), node.asText());
        }
    }
}
