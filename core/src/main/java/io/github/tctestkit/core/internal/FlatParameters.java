package io.github.tctestkit.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Form and query parameters with flattened keys ({@code AttachedInputs.0.Id}) turned into one tree and back, and
 * dotted paths read from a tree. Not API.
 */
public final class FlatParameters {

    /** The largest list index accepted in a flattened key: more would only make a request allocate memory. */
    public static final int MAX_INDEX = 9_999;

    private FlatParameters() {}

    /** A tree, and the first key that could not be placed in it (null when all were). */
    public record Result(ObjectNode tree, String problem) {}

    /**
     * Unflattens fields in their order; a numeric segment is a list index, an empty one (in {@code A..B}, {@code A.}
     * or the name {@code ""}) a member named {@code ""}. The first value of a key wins.
     *
     * @param fields decoded keys and values, in order
     * @param skipTopLevel top-level names to leave out (the common parameters)
     * @return the tree and the first problem, if any
     */
    public static Result unflatten(Iterable<Map.Entry<String, String>> fields, List<String> skipTopLevel) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        String problem = null;
        for (Map.Entry<String, String> field : fields) {
            String key = field.getKey();
            if (skipTopLevel.contains(key)) {
                continue;
            }
            String trouble = place(root, key, field.getValue());
            if (trouble != null && problem == null) {
                problem = trouble;
            }
        }
        return new Result(root, problem);
    }

    private static String place(ObjectNode root, String key, String value) {
        // an empty segment is a member named "", as the JSON object {"": ...} has one: the same parameters read the
        // same whether they come as JSON or as a form, and the request check then names the unknown member
        List<String> segments = List.of(key.split("\\.", -1));
        JsonNode container = root;
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            boolean last = i == segments.size() - 1;
            boolean nextIsIndex = !last && isIndex(segments.get(i + 1));
            if (container instanceof ObjectNode object) {
                JsonNode existing = object.get(segment);
                if (last) {
                    if (existing != null) {
                        return existing.isContainerNode() ? conflict(key) : null; // repeated key: first wins
                    }
                    object.put(segment, value);
                    return null;
                }
                if (existing == null) {
                    existing = nextIsIndex ? object.putArray(segment) : object.putObject(segment);
                } else if (!existing.isContainerNode() || existing.isArray() != nextIsIndex) {
                    return conflict(key);
                }
                container = existing;
            } else {
                ArrayNode array = (ArrayNode) container;
                if (!isIndex(segment)) {
                    return conflict(key);
                }
                String digits = significant(segment);
                if (digits.length() > 4 || Integer.parseInt(digits) > MAX_INDEX) {
                    return "the field " + Json.snippet(key, 80) + " has list index " + segment + ", more than "
                            + MAX_INDEX;
                }
                int index = Integer.parseInt(digits);
                while (array.size() <= index) {
                    array.addNull();
                }
                JsonNode existing = array.get(index);
                if (last) {
                    if (!existing.isNull()) {
                        return existing.isContainerNode() ? conflict(key) : null;
                    }
                    array.set(index, array.textNode(value));
                    return null;
                }
                if (existing.isNull()) {
                    existing = nextIsIndex ? array.arrayNode() : array.objectNode();
                    array.set(index, existing);
                } else if (!existing.isContainerNode() || existing.isArray() != nextIsIndex) {
                    return conflict(key);
                }
                container = existing;
            }
        }
        return null;
    }

    private static String conflict(String key) {
        return "the field " + Json.snippet(key, 80) + " conflicts with another field of the same name";
    }

    private static boolean isIndex(String segment) {
        return !segment.isEmpty() && segment.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** An index without its leading zeros ({@code "007"} is 7, {@code "000"} is 0), so that its length bounds it. */
    private static String significant(String digits) {
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        return digits.substring(start);
    }

    /** The segments of a dotted name, or null if one is empty. */
    private static List<String> split(String key) {
        // a loop over the parts, not over positions: no change to the code can make it endless (mutation testing
        // made "start = dot + 1" into "dot - 1", which found the same dot forever)
        List<String> segments = new ArrayList<>();
        for (String segment : key.split("\\.", -1)) {
            if (segment.isEmpty()) {
                return null;
            }
            segments.add(segment);
        }
        return segments;
    }

    /**
     * Reads a dotted path with 0-based list indexes.
     *
     * @param tree the tree
     * @param path for example {@code "InputSettings.0.AppName"}
     * @return the node, if present and not JSON null
     * @throws IllegalArgumentException if the path is null, blank or has an empty segment
     */
    public static Optional<JsonNode> at(JsonNode tree, String path) {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException(
                    "path must not be null or blank, but was " + (path == null ? "null" : "\"" + path + "\""));
        }
        List<String> segments = split(path);
        if (segments == null) {
            throw new IllegalArgumentException(
                    "path \"" + path + "\" has an empty segment; write it like \"InputSettings.0.AppName\"");
        }
        JsonNode node = tree;
        for (String segment : segments) {
            if (node.isArray()) {
                if (!isIndex(segment) || significant(segment).length() > 9) {
                    return Optional.empty();
                }
                node = node.get(Integer.parseInt(significant(segment)));
            } else {
                node = node.get(segment);
            }
            if (node == null || node.isNull()) {
                return Optional.empty();
            }
        }
        return Optional.of(node);
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
