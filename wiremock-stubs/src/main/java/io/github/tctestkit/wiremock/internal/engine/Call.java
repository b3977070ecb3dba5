package io.github.tctestkit.wiremock.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.tctestkit.core.contract.ActionContract;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One request as a handler sees it: the action, the account and region it acts in, its parameters, and helpers that
 * read them and answer the documented code when they are wrong. Not API.
 *
 * <pre>{@code
 * String vpcId = call.required("VpcId");                                  // MissingParameter when absent
 * ObjectNode vpc = call.find(VPC, vpcId, "InvalidParameterValue.Malformed", "ResourceNotFound");
 * throw call.fail("ResourceInUse", "VPC " + vpcId + " still holds subnet subnet-1a2b3c4d.");
 * }</pre>
 */
final class Call {

    final Engine engine;
    final Product product;
    final String action;
    final ActionContract contract;
    final Space space;
    final ObjectNode params;
    final Instant now;
    private final Set<String> documented;

    Call(Engine engine, Product product, String action, Space space, ObjectNode params, Instant now) {
        this.engine = engine;
        this.product = product;
        this.action = action;
        this.contract = product.contract.action(action);
        this.space = space;
        this.params = params;
        this.now = now;
        this.documented = product.documentedCodes(action);
    }

    String region() {
        return space.region;
    }

    /**
     * A product error to throw. The code must be one the action documents (or a common code): anything else is a
     * defect of the declaration, reported as such rather than sent.
     */
    EngineError fail(String code, String message) {
        if (!documented.contains(code)) {
            throw new IllegalStateException(
                    "tctestkit defect: " + product.service + " " + action + " does not document " + code);
        }
        return new EngineError(code, message);
    }

    /** A parameter, or null when absent or JSON null. */
    JsonNode node(String name) {
        JsonNode v = params.get(name);
        return v == null || v.isNull() ? null : v;
    }

    /** A parameter at a path such as {@code Placement.Zone}, or null. */
    JsonNode node(String first, String second) {
        JsonNode o = node(first);
        if (o == null || !o.isObject()) {
            return null;
        }
        JsonNode v = o.get(second);
        return v == null || v.isNull() ? null : v;
    }

    /** A text parameter (numbers read as text), or null when absent. */
    String text(String name) {
        JsonNode v = node(name);
        return v == null || !v.isValueNode() ? null : v.asText();
    }

    /** A text parameter that must be present and not empty. */
    String required(String name) {
        String v = text(name);
        if (v == null || v.isEmpty()) {
            throw fail("MissingParameter", "The request is missing the required parameter " + name + ".");
        }
        return v;
    }

    /** A list of texts, or null when absent; a single value counts as a list of one. */
    List<String> texts(String name) {
        JsonNode v = node(name);
        if (v == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        if (v.isArray()) {
            for (JsonNode item : v) {
                if (item != null && item.isValueNode() && !item.isNull()) {
                    out.add(item.asText());
                }
            }
        } else if (v.isValueNode()) {
            out.add(v.asText());
        }
        return out;
    }

    /** A list of texts that must hold at least one. */
    List<String> requiredTexts(String name) {
        List<String> v = texts(name);
        if (v == null || v.isEmpty()) {
            throw fail("MissingParameter", "The request is missing the required parameter " + name + ".");
        }
        return v;
    }

    /**
     * An integer parameter (text accepted), {@code fallback} when absent.
     *
     * @param code the code for a value that is not an integer or outside {@code [min, max]}
     */
    long integer(String name, long fallback, long min, long max, String code) {
        JsonNode v = node(name);
        if (v == null || (v.isTextual() && v.asText().isEmpty())) {
            return fallback;
        }
        long n;
        try {
            n = v.isIntegralNumber() ? v.asLong() : Long.parseLong(v.asText().trim());
        } catch (NumberFormatException e) {
            throw fail(code, name + " must be an integer, but was " + v + ".");
        }
        if (n < min || n > max) {
            throw fail(code, name + " must be between " + min + " and " + max + ", but was " + n + ".");
        }
        return n;
    }

    /** A boolean parameter (text {@code true}/{@code false} accepted), {@code fallback} when absent. */
    boolean bool(String name, boolean fallback) {
        JsonNode v = node(name);
        if (v == null) {
            return fallback;
        }
        return v.isBoolean() ? v.asBoolean() : v.asText().equalsIgnoreCase("true");
    }

    /** The resource of this account and region, or empty; the id is not checked. */
    Optional<ObjectNode> get(ResourceType type, String id) {
        return engine.get(space, type, id);
    }

    /**
     * The resource an id names: {@code malformedCode} when the id does not have the type's form, {@code
     * notFoundCode} when nothing of this account and region has it.
     */
    ObjectNode find(ResourceType type, String id, String malformedCode, String notFoundCode) {
        checkId(type, id, malformedCode);
        return get(type, id)
                .orElseThrow(() -> fail(
                        notFoundCode,
                        "No " + type.name + " " + id + " exists in region " + space.region + " of this account."));
    }

    /** Checks an id's form: the type's prefix and 8 lowercase letters or digits. */
    String checkId(ResourceType type, String id, String malformedCode) {
        if (!type.isWellFormed(id)) {
            throw fail(
                    malformedCode,
                    "\"" + id + "\" is not a " + type.name + " id (" + type.idPrefix + " and 8 lowercase letters or"
                            + " digits).");
        }
        return id;
    }

    /** Checks a name: present when required, not longer than the type's limit. */
    String checkName(ResourceType type, String name, String tooLongCode) {
        if (name != null && name.length() > type.maxNameLength) {
            throw fail(
                    tooLongCode,
                    type.nameMember + " must have at most " + type.maxNameLength + " characters, but has "
                            + name.length() + ".");
        }
        return name;
    }
}
