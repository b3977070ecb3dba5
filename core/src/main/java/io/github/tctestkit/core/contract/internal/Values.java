package io.github.tctestkit.core.contract.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.tctestkit.core.contract.Member;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/** Type tests of scalar values, shared by the request and payload checks. Not API. */
final class Values {

    static final BigInteger UINT64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    static final BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
    /** The value of a datetime member that documents no example. */
    static final String DATETIME = "2020-09-22 00:00:00";
    /** The value of a datetime_iso member that documents no example. */
    static final String DATETIME_ISO = "2020-09-22T00:00:00+08:00";
    /** The value of a date member that documents no example. */
    static final String DATE = "2020-09-22";

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

    private Values() {}

    /** Whether {@code value} is in the range of the primitive integer type {@code type} ("int64" or "uint64"). */
    static boolean inRange(BigInteger value, String type) {
        if (type.equals("uint64")) {
            return value.signum() >= 0 && value.compareTo(UINT64_MAX) <= 0;
        }
        return value.compareTo(INT64_MIN) >= 0 && value.compareTo(INT64_MAX) <= 0;
    }

    /** Whether a JSON number node is an integer of {@code type}. */
    static boolean isIntegerNumber(JsonNode node, String type) {
        return node.isIntegralNumber() && inRange(node.bigIntegerValue(), type);
    }

    /** Whether a text is an integer of {@code type}, written as digits with an optional minus sign. */
    static boolean isIntegerText(String text, String type) {
        return INTEGER.matcher(text).matches() && inRange(new BigInteger(text), type);
    }

    /** Whether a text is a boolean as the SDKs write one in a form or query: true or false, in any case. */
    static boolean isBooleanText(String text) {
        return text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false");
    }

    /** Whether a text is a decimal number. */
    static boolean isDecimalText(String text) {
        return DECIMAL.matcher(text).matches();
    }

    /** What a primitive type accepts, in words for diagnostics. */
    static String expected(String type) {
        switch (type) {
            case "int64":
                return "int64 (an integer from -9223372036854775808 to 9223372036854775807)";
            case "uint64":
                return "uint64 (an integer from 0 to 18446744073709551615)";
            case "float":
                return "float (a number)";
            case "bool":
                return "bool (true or false)";
            case "datetime":
                return "datetime (a string such as \"" + DATETIME + "\")";
            case "datetime_iso":
                return "datetime_iso (a string such as \"" + DATETIME_ISO + "\")";
            case "date":
                return "date (a string such as \"" + DATE + "\")";
            default:
                return "string";
        }
    }

    /** What a member's value must be, in words for diagnostics. */
    static String expected(Member m) {
        switch (m.kind()) {
            case OBJECT:
                return "an object " + m.type();
            case LIST:
                return "a list of " + (m.isStructured() ? "objects " + m.type() : expected(m.type()));
            default:
                return expected(m.type());
        }
    }

    /**
     * An item of a documented list example as a JSON value of the list's primitive type, or null when it is not one:
     * text for the string types, a number from a number or its digits, a boolean from a boolean or its text.
     */
    static JsonNode itemValue(String type, JsonNode item) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (!item.isValueNode() || item.isNull()) {
            return null;
        }
        String text = item.asText().trim();
        switch (type) {
            case "bool":
                if (item.isBoolean()) {
                    return item;
                }
                return isBooleanText(text) ? f.booleanNode(text.equalsIgnoreCase("true")) : null;
            case "float":
                if (item.isNumber()) {
                    return item;
                }
                return isDecimalText(text) ? f.numberNode(new BigDecimal(text)) : null;
            case "int64":
            case "uint64":
                if (item.isNumber()) {
                    return isIntegerNumber(item, type) ? item : null;
                }
                return isIntegerText(text, type) ? f.numberNode(new BigInteger(text)) : null;
            default:
                return f.textNode(item.asText());
        }
    }

    /** The documented example of a scalar member as a JSON value of its type, or a value of that type. */
    static JsonNode exampleValue(Member m) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        String example = m.example().orElse(null);
        switch (m.type()) {
            case "int64":
            case "uint64":
                if (example != null && isIntegerText(example.trim(), m.type())) {
                    BigInteger v = new BigInteger(example.trim());
                    return v.bitLength() < 64 ? f.numberNode(v.longValue()) : f.numberNode(v);
                }
                return f.numberNode(0L);
            case "float":
                if (example != null && isDecimalText(example.trim())) {
                    return f.numberNode(new BigDecimal(example.trim()));
                }
                return f.numberNode(BigDecimal.ZERO);
            case "bool":
                return f.booleanNode(example != null && example.trim().equalsIgnoreCase("true"));
            case "datetime":
                return f.textNode(example != null ? example : DATETIME);
            case "datetime_iso":
                return f.textNode(example != null ? example : DATETIME_ISO);
            case "date":
                return f.textNode(example != null ? example : DATE);
            default:
                if (example != null) {
                    return f.textNode(example);
                }
                return f.textNode(
                        m.allowedValues().isEmpty() ? "" : m.allowedValues().get(0));
        }
    }
}
