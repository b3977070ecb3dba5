package io.github.tctestkit.wiremock.internal.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tctestkit.core.internal.Json;
import io.github.tctestkit.core.internal.Names;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;

/**
 * Reading the control API's JSON documents strictly: every member known, every value of the right type, and each
 * mistake named by its path ({@code mdl.regions.ap-guangzhou.inputs[0].name}) with the fix. Throws {@link
 * IllegalArgumentException}, which the control API answers with 400. Not API.
 */
final class JsonInput {

    private JsonInput() {}

    /** The path of a member: {@code path.member}, or {@code member} at the top. */
    static String at(String path, String member) {
        return path.isEmpty() ? member : path + "." + member;
    }

    /** Where a value is, for messages: {@code the request body} at the top. */
    static String where(String path) {
        return path.isEmpty() ? "the request body" : path;
    }

    static ObjectNode object(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(where(path) + " must be a JSON object, but is " + Json.describe(node));
        }
        return (ObjectNode) node;
    }

    /** Refuses members other than {@code allowed}, naming the closest and all that exist. */
    static void onlyMembers(ObjectNode node, String path, Collection<String> allowed) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new IllegalArgumentException(where(path) + " has no member \"" + name + "\"; did you mean "
                        + Names.closest(name, allowed, 1) + "? (members: " + String.join(", ", allowed) + ")");
            }
        }
    }

    /** An optional string member; null when absent or JSON null. */
    static String text(ObjectNode node, String member, String path) {
        JsonNode v = node.get(member);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException(at(path, member) + " must be a string, but is " + Json.describe(v));
        }
        return v.asText();
    }

    static String requiredText(ObjectNode node, String member, String path) {
        String v = text(node, member, path);
        if (v == null) {
            throw new IllegalArgumentException(where(path) + " needs the member \"" + member + "\" (a string)");
        }
        return v;
    }

    /** An optional list of strings; empty when absent. */
    static List<String> texts(ObjectNode node, String member, String path) {
        JsonNode v = node.get(member);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            throw new IllegalArgumentException(
                    at(path, member) + " must be an array of strings, but is " + Json.describe(v));
        }
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isTextual()) {
                throw new IllegalArgumentException(
                        at(path, member) + "[" + i + "] must be a string, but is " + Json.describe(v.get(i)));
            }
            out.add(v.get(i).asText());
        }
        return out;
    }

    /** An optional whole number that fits an int; null when absent. */
    static Integer integer(ObjectNode node, String member, String path) {
        JsonNode v = node.get(member);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt()) {
            throw new IllegalArgumentException(
                    at(path, member) + " must be a whole number, but is " + Json.describe(v));
        }
        return v.intValue();
    }

    /** An optional array member; an empty list when absent. */
    static List<JsonNode> array(ObjectNode node, String member, String path) {
        JsonNode v = node.get(member);
        List<JsonNode> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            return out;
        }
        if (!v.isArray()) {
            throw new IllegalArgumentException(at(path, member) + " must be an array, but is " + Json.describe(v));
        }
        v.forEach(out::add);
        return out;
    }
}
