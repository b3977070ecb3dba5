package io.github.tctestkit.wiremock.internal.state;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tctestkit.core.contract.Member;
import io.github.tctestkit.core.contract.Structure;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;

/**
 * Shapes request values into answer structures, reading every member from the contract. Not API.
 *
 * <p>{@link #complete(Structure, JsonNode)} builds an object of the structure from whatever the request gave: a
 * member the request has is converted to the member's type (form-encoded requests send numbers as text); a member it
 * lacks that the documentation marks as always returned gets a neutral value: {@code ""} (or the first documented
 * valid value), {@code 0}, an empty list, or an object completed the same way. Neutral values never invent
 * identifiers. Members the structure does not list, and hidden ones, are left out. Booleans are JSON booleans
 * ({@code false} when absent); {@code datetime} and {@code date} members are text. Used by the StreamLive state and
 * the resource engine ({@code internal.engine}).
 */
public final class Shapes {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private Shapes() {}

    /**
     * An object of {@code s} built from {@code provided}.
     *
     * @param s the structure
     * @param provided the request's value (an object), or {@code null}
     * @return a new object
     */
    public static ObjectNode complete(Structure s, JsonNode provided) {
        return complete(s, provided, new HashSet<>());
    }

    private static ObjectNode complete(Structure s, JsonNode provided, Set<String> open) {
        open.add(s.name());
        ObjectNode out = F.objectNode();
        for (Member m : s.members()) {
            if (m.isDisabled() || m.name().equals("RequestId")) {
                continue;
            }
            JsonNode v = provided != null && provided.isObject() ? provided.get(m.name()) : null;
            JsonNode fitted = v == null || v.isNull() ? null : fit(m, v, open);
            if (fitted == null && m.isAlwaysReturned()) {
                fitted = neutral(m, open);
            }
            if (fitted != null) {
                out.set(m.name(), fitted);
            }
        }
        open.remove(s.name());
        return out;
    }

    /** A member's value converted to its type, or null when it cannot be. */
    public static JsonNode fit(Member m, JsonNode v) {
        return fit(m, v, new HashSet<>());
    }

    private static JsonNode fit(Member m, JsonNode v, Set<String> open) {
        switch (m.kind()) {
            case OBJECT:
                return v.isObject() ? complete(m.structure().orElseThrow(), v, open) : null;
            case LIST:
                ArrayNode list = F.arrayNode();
                if (v.isArray()) {
                    for (JsonNode item : v) {
                        JsonNode fitted = item(m, item, open);
                        if (fitted != null) {
                            list.add(fitted);
                        }
                    }
                } else {
                    JsonNode fitted = item(m, v, open); // a single value where a list belongs
                    if (fitted != null) {
                        list.add(fitted);
                    }
                }
                return list;
            default:
                return scalar(m.type(), v);
        }
    }

    private static JsonNode item(Member list, JsonNode item, Set<String> open) {
        if (item == null || item.isNull()) {
            return null;
        }
        if (list.isStructured()) {
            return item.isObject() ? complete(list.structure().orElseThrow(), item, open) : null;
        }
        return scalar(list.type(), item);
    }

    /** A scalar converted to a primitive type, leniently (text to number and back), or null. */
    public static JsonNode scalar(String type, JsonNode v) {
        if (!v.isValueNode() || v.isNull()) {
            return null;
        }
        switch (type) {
            case "bool":
                if (v.isBoolean()) {
                    return v;
                }
                String t = v.asText().trim();
                if (t.equalsIgnoreCase("true") || t.equals("1")) {
                    return F.booleanNode(true);
                }
                if (t.equalsIgnoreCase("false") || t.equals("0")) {
                    return F.booleanNode(false);
                }
                return null;
            case "string":
            case "datetime":
            case "datetime_iso":
            case "date":
                return v.isTextual() ? v : F.textNode(v.asText());
            case "float":
                if (v.isNumber()) {
                    return v;
                }
                BigDecimal d = decimal(v.asText());
                return d == null ? null : F.numberNode(d);
            default:
                BigInteger i = integer(v);
                if (i == null) {
                    return null;
                }
                boolean unsigned = type.equals("uint64");
                if (unsigned ? i.signum() < 0 || i.compareTo(UINT64_MAX) > 0 : i.bitLength() >= 64) {
                    return null;
                }
                return i.bitLength() < 64 ? F.numberNode(i.longValue()) : F.numberNode(i);
        }
    }

    private static BigInteger integer(JsonNode v) {
        if (v.isIntegralNumber()) {
            return v.bigIntegerValue();
        }
        if (v.isBoolean()) {
            return v.asBoolean() ? BigInteger.ONE : BigInteger.ZERO;
        }
        BigDecimal d = v.isNumber() ? v.decimalValue() : decimal(v.asText());
        if (d == null) {
            return null;
        }
        try {
            return d.toBigIntegerExact();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The neutral value of an always-returned member the request did not give, or null to leave it out. */
    private static JsonNode neutral(Member m, Set<String> open) {
        switch (m.kind()) {
            case LIST:
                return F.arrayNode();
            case OBJECT:
                return open.contains(m.type()) ? null : complete(m.structure().orElseThrow(), null, open);
            case INT:
                return F.numberNode(0L);
            case FLOAT:
                return F.numberNode(BigDecimal.ZERO);
            case BOOL:
                return F.booleanNode(false);
            default:
                return F.textNode(
                        m.allowedValues().isEmpty() ? "" : m.allowedValues().get(0));
        }
    }
}
