package io.github.tctestkit.assertions.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Comparator;

/** JSON helpers of the assertions. Not API. */
public final class Jsons {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    /** Equal when the values are equal, numbers compared by value ({@code 1}, {@code 1.0} and {@code 1L} agree). */
    public static final Comparator<JsonNode> NUMERIC_AWARE = (a, b) -> {
        if (a.equals(b)) {
            return 0;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return 1;
    };

    private Jsons() {}

    /**
     * Parses JSON text.
     *
     * @param json the text
     * @return the tree
     * @throws IllegalArgumentException when the text is not JSON
     */
    public static JsonNode parse(String json) {
        if (json == null) {
            throw new IllegalArgumentException("The expected JSON should not be null");
        }
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new IllegalArgumentException("The expected JSON is empty");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The expected JSON is not valid: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Pretty-printed JSON.
     *
     * @param node the value, possibly null
     * @return the text
     */
    public static String pretty(JsonNode node) {
        if (node == null) {
            return "null";
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a JSON tree", e);
        }
    }

    /**
     * The JSON type of a value, in words.
     *
     * @param node the value
     * @return for example {@code "a string"}
     */
    public static String type(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> node.isIntegralNumber() ? "an integral number" : "a decimal number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
        };
    }

    /**
     * A JSON pointer token for a field name ({@code ~} and {@code /} escaped).
     *
     * @param name the field name
     * @return the token
     */
    public static String pointerToken(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
