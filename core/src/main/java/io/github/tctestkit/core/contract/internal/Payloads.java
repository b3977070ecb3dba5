package io.github.tctestkit.core.contract.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tctestkit.core.contract.Member;
import io.github.tctestkit.core.contract.Structure;
import io.github.tctestkit.core.internal.Json;
import java.util.Iterator;
import java.util.Map;

/**
 * Checks success payloads against an action's output structure, and changes them safely: a value at a dotted path, or
 * a JSON merge patch. Not API.
 *
 * <pre>{@code
 * Structure out = ServiceContract.streamLive().action("DescribeStreamLiveChannels").output();
 * ObjectNode payload = action.defaultAnswer();
 * Payloads.set(payload, out, "Infos.0.State", "RUNNING");
 * Payloads.set(payload, out, "Infos.1.Name", "second");        // appends a list item
 * payload = Payloads.mergePatch(payload, out, patch);          // RFC 7386, checked after merging
 * Payloads.check(out, payload);
 * Payloads.set(payload, out, "Infos.0.Stat", "RUNNING");
 * // IllegalArgumentException: "Infos.0.Stat" is not a member of StreamLiveChannelInfo; its members are: Id, Name, ...
 * }</pre>
 *
 * <p>The rules: every member must be one the structure at that place lists ({@code RequestId} is accepted at the top
 * level); a string member holds a JSON string; an {@code int64}/{@code uint64} member an integer in range (no text,
 * no fraction); a {@code float} member a number; a {@code bool} member a JSON boolean; a {@code datetime},
 * {@code datetime_iso} or {@code date} member a string (its format is not checked); an object member an object; a list member an array whose items are
 * of the item type and not {@code null}; {@code null} only where the member is nullable. Members documented as always
 * returned may be left out, and hidden ones may be present.
 */
public final class Payloads {

    private Payloads() {}

    /**
     * Checks a payload.
     *
     * @param output the action's output structure
     * @param payload the object under {@code "Response"}
     * @throws IllegalArgumentException naming the dotted path and the members that exist there, at the first unknown
     *     member or value of the wrong type (members in payload order, depth first)
     */
    public static void check(Structure output, JsonNode payload) {
        if (output == null) {
            throw new IllegalArgumentException("output structure must not be null");
        }
        if (payload == null || !payload.isObject()) {
            throw new IllegalArgumentException("a payload must be a JSON object, not " + Json.describe(payload));
        }
        object(output, payload, "", true);
    }

    private static void object(Structure s, JsonNode node, String prefix, boolean top) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = prefix + e.getKey();
            if (top && e.getKey().equals("RequestId") && s.member("RequestId").isEmpty()) {
                if (!e.getValue().isTextual()) {
                    throw new IllegalArgumentException(
                            "\"RequestId\" must be a string, but is " + Json.describe(e.getValue()));
                }
                continue;
            }
            value(member(s, e.getKey(), path), e.getValue(), path);
        }
    }

    private static Member member(Structure s, String name, String path) {
        return s.member(name)
                .orElseThrow(() -> new IllegalArgumentException("\"" + path + "\" is not a member of " + s.name()
                        + "; its members are: " + String.join(", ", s.memberNames())));
    }

    private static void value(Member m, JsonNode v, String path) {
        if (v.isNull()) {
            if (!m.isNullable()) {
                throw new IllegalArgumentException(
                        "\"" + path + "\" must not be null: " + m.name() + " is not nullable");
            }
            return;
        }
        switch (m.kind()) {
            case OBJECT:
                require(v.isObject(), path, Values.expected(m), v);
                object(m.structure().orElseThrow(), v, path + ".", false);
                return;
            case LIST:
                require(v.isArray(), path, Values.expected(m), v);
                for (int i = 0; i < v.size(); i++) {
                    item(m, v.get(i), path + "." + i);
                }
                return;
            default:
                require(scalar(m.type(), v), path, Values.expected(m.type()), v);
        }
    }

    private static void item(Member list, JsonNode item, String path) {
        if (list.isStructured()) {
            require(item.isObject(), path, "an object " + list.type(), item);
            object(list.structure().orElseThrow(), item, path + ".", false);
        } else {
            require(scalar(list.type(), item), path, Values.expected(list.type()), item);
        }
    }

    private static boolean scalar(String type, JsonNode v) {
        switch (type) {
            case "string":
            case "datetime":
            case "datetime_iso":
            case "date":
                return v.isTextual();
            case "bool":
                return v.isBoolean();
            case "float":
                return v.isNumber();
            default:
                return Values.isIntegerNumber(v, type);
        }
    }

    private static void require(boolean ok, String path, String expected, JsonNode v) {
        if (!ok) {
            throw new IllegalArgumentException("\"" + path + "\" must be " + expected + ", but is "
                    + (v.isTextual() ? "the text " + Json.snippet(v.asText(), 40) : Json.describe(v)));
        }
    }

    /**
     * Sets the value at a dotted path ({@code Info.AttachedInputs.0.Id}: member names, and 0-based indexes after a
     * list member), creating the objects and list items on the way. An index may name an existing item or the next
     * one (the list's size), which appends. The payload is changed only when the path and the value pass.
     *
     * @param payload the payload to change
     * @param output its structure
     * @param dottedPath where to set
     * @param value the value; {@code null} sets JSON {@code null} (only where the member is nullable)
     * @return {@code payload}
     * @throws IllegalArgumentException when the path names something the structure does not have (the message lists
     *     the members at that place), an index is not next to the list, or the value has the wrong type
     */
    public static ObjectNode set(ObjectNode payload, Structure output, String dottedPath, JsonNode value) {
        if (payload == null || output == null) {
            throw new IllegalArgumentException("payload and output structure must not be null");
        }
        if (dottedPath == null || dottedPath.isEmpty()) {
            throw new IllegalArgumentException("path must not be null or empty");
        }
        JsonNode v = value == null ? JsonNodeFactory.instance.nullNode() : value;
        String[] parts = dottedPath.split("\\.", -1);
        // First pass: resolve and check, without changing anything.
        Structure s = output;
        Member list = null;
        Member previous = null;
        JsonNode node = payload;
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean last = i == parts.length - 1;
            path.append(i > 0 ? "." : "").append(part);
            if (list != null) {
                int size = node != null && node.isArray() ? node.size() : 0;
                int index = index(part, path, size, list);
                node = index < size ? node.get(index) : null;
                if (last) {
                    item(list, v, path.toString());
                } else if (list.isStructured()) {
                    s = list.structure().orElseThrow();
                } else {
                    throw new IllegalArgumentException("\"" + path + "\" is an item of " + list.name() + ", a list of "
                            + list.type() + ", and has no members");
                }
                previous = list;
                list = null;
                continue;
            }
            if (s == null) {
                throw new IllegalArgumentException(
                        "\"" + path + "\": " + previous.name() + " is a " + previous.type() + " and has no members");
            }
            Member m = member(s, part, path.toString());
            node = node != null && node.isObject() ? node.get(part) : null;
            if (last) {
                value(m, v, path.toString());
            } else if (m.kind() == Member.Kind.LIST) {
                list = m;
            } else {
                s = m.structure().orElse(null);
            }
            previous = m;
        }
        // Second pass: create and set.
        apply(payload, output, parts, v);
        return payload;
    }

    private static int index(String part, CharSequence path, int size, Member list) {
        boolean digits = !part.isEmpty() && part.length() <= 9 && part.chars().allMatch(c -> c >= '0' && c <= '9');
        if (!digits) {
            throw new IllegalArgumentException(
                    "\"" + path + "\": " + list.name() + " is a list; use an index from 0 to " + size + " here");
        }
        int index = Integer.parseInt(part);
        if (index > size) {
            throw new IllegalArgumentException("\"" + path + "\": " + list.name() + " has " + size
                    + " items; use an index from 0 to " + size + " (" + size + " appends)");
        }
        return index;
    }

    private static void apply(ObjectNode payload, Structure output, String[] parts, JsonNode v) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        JsonNode node = payload;
        Structure s = output;
        Member m = null;
        for (int i = 0; i < parts.length; i++) {
            boolean last = i == parts.length - 1;
            if (node.isArray()) {
                ArrayNode array = (ArrayNode) node;
                int index = Integer.parseInt(parts[i]);
                if (last) {
                    if (index == array.size()) {
                        array.add(v);
                    } else {
                        array.set(index, v);
                    }
                    return;
                }
                if (index == array.size() || !array.get(index).isObject()) {
                    if (index == array.size()) {
                        array.add(f.objectNode());
                    } else {
                        array.set(index, f.objectNode());
                    }
                }
                node = array.get(index);
                s = m.structure().orElseThrow();
                continue;
            }
            ObjectNode object = (ObjectNode) node;
            m = s.member(parts[i]).orElseThrow();
            if (last) {
                object.set(parts[i], v);
                return;
            }
            JsonNode child = object.get(parts[i]);
            boolean list = m.kind() == Member.Kind.LIST;
            if (child == null || (list ? !child.isArray() : !child.isObject())) {
                child = list ? f.arrayNode() : f.objectNode();
                object.set(parts[i], child);
            }
            if (!list) {
                s = m.structure().orElseThrow();
            }
            node = child;
        }
    }

    /**
     * Sets a plain Java value at a dotted path: a {@link String}, {@link Number}, {@link Boolean}, {@link Map},
     * {@link java.util.List} or {@link JsonNode}, converted as Jackson does.
     *
     * @param payload the payload to change
     * @param output its structure
     * @param dottedPath where to set
     * @param value the value
     * @return {@code payload}
     * @throws IllegalArgumentException as {@link #set(ObjectNode, Structure, String, JsonNode)} does
     */
    public static ObjectNode set(ObjectNode payload, Structure output, String dottedPath, Object value) {
        JsonNode node = value instanceof JsonNode ? (JsonNode) value : Json.STRICT.valueToTree(value);
        return set(payload, output, dottedPath, node);
    }

    /**
     * Applies a JSON merge patch (RFC 7386) to a copy of the payload and checks the result: an object in the patch
     * merges member by member, {@code null} removes a member, anything else replaces.
     *
     * <pre>{@code
     * Payloads.mergePatch(payload, out, Json.STRICT.readTree("{\"Info\":{\"State\":\"RUNNING\",\"AttachedInputs\":null}}"));
     * }</pre>
     *
     * @param payload the payload; not changed
     * @param output its structure
     * @param patch the patch, a JSON object
     * @return the patched copy
     * @throws IllegalArgumentException when the patch is not an object or the result does not pass {@link #check}
     */
    public static ObjectNode mergePatch(ObjectNode payload, Structure output, JsonNode patch) {
        if (payload == null || patch == null || !patch.isObject()) {
            throw new IllegalArgumentException(
                    "a merge patch of a payload must be a JSON object, not " + Json.describe(patch));
        }
        ObjectNode result = (ObjectNode) merge(payload.deepCopy(), patch);
        check(output, result);
        return result;
    }

    private static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch.deepCopy();
        }
        ObjectNode result =
                target != null && target.isObject() ? (ObjectNode) target : JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = patch.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getValue().isNull()) {
                result.remove(e.getKey());
            } else {
                result.set(e.getKey(), merge(result.get(e.getKey()), e.getValue()));
            }
        }
        return result;
    }
}
