package io.github.tctestkit.core.contract;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One member of a {@link Structure}: its name, kind, type and the flags the documentation gives.
 *
 * <pre>{@code
 * Member name = ServiceContract.streamLive().structure("CreateStreamLiveInputRequest").member("Name").get();
 * name.kind();          // Kind.STRING
 * name.isRequired();    // true
 *
 * Member inputs = ServiceContract.streamLive().structure("CreateStreamLiveChannelRequest")
 *         .member("AttachedInputs").get();
 * inputs.kind();                    // Kind.LIST
 * inputs.type();                    // "AttachedInput"
 * inputs.structure().get().name();  // "AttachedInput", the structure of each item
 * }</pre>
 *
 * <p>Instances are immutable.
 */
public final class Member {

    /** What shape a member's value has on the wire. */
    public enum Kind {
        /**
         * A JSON string; {@link Member#type()} is {@code "string"}, {@code "datetime"} (such as {@code "2020-09-22
         * 00:00:00"}), {@code "datetime_iso"} (such as {@code "2020-09-22T00:00:00+08:00"}) or {@code "date"} (such as
         * {@code "2020-09-22"}).
         */
        STRING,
        /** A JSON integer; {@link Member#type()} says {@code "int64"} or {@code "uint64"}. */
        INT,
        /** A JSON number; {@link Member#type()} is {@code "float"}. */
        FLOAT,
        /** A JSON boolean; {@link Member#type()} is {@code "bool"}. */
        BOOL,
        /** A JSON object of the structure {@link Member#type()} names. */
        OBJECT,
        /** A JSON array of strings, numbers, booleans or objects, as {@link Member#type()} says. */
        LIST
    }

    /** The primitive types a member can have; anything else names a structure. */
    static final List<String> PRIMITIVES =
            List.of("string", "int64", "uint64", "float", "bool", "datetime", "datetime_iso", "date");

    private final String owner;
    private final String name;
    private final Kind kind;
    private final String type;
    private final boolean required;
    private final boolean alwaysReturned;
    private final boolean nullable;
    private final String example;
    private final boolean disabled;
    private final List<String> allowedValues;
    private final Map<String, Structure> structures;

    Member(
            String owner,
            String name,
            Kind kind,
            String type,
            boolean required,
            boolean alwaysReturned,
            boolean nullable,
            String example,
            boolean disabled,
            List<String> allowedValues,
            Map<String, Structure> structures) {
        this.owner = owner;
        this.name = name;
        this.kind = kind;
        this.type = type;
        this.required = required;
        this.alwaysReturned = alwaysReturned;
        this.nullable = nullable;
        this.example = example;
        this.disabled = disabled;
        this.allowedValues = List.copyOf(allowedValues);
        this.structures = structures;
    }

    /**
     * The member's name, as sent on the wire.
     *
     * @return for example {@code "AttachedInputs"}
     */
    public String name() {
        return name;
    }

    /**
     * The shape of the member's value.
     *
     * @return for example {@link Kind#LIST}
     */
    public Kind kind() {
        return kind;
    }

    /**
     * The member's type: a primitive ({@code "string"}, {@code "int64"}, {@code "uint64"}, {@code "float"},
     * {@code "bool"}, {@code "datetime"}, {@code "datetime_iso"}, {@code "date"}) or the name of a structure. For a
     * {@link Kind#LIST} it is the type of each item. A {@code datetime} ({@code "2020-09-22 00:00:00"}), a
     * {@code datetime_iso} ({@code "2020-09-22T00:00:00+08:00"}) and a {@code date} ({@code "2020-09-22"}) are strings
     * on the wire.
     *
     * @return for example {@code "uint64"}, {@code "bool"} or {@code "AttachedInput"}
     */
    public String type() {
        return type;
    }

    /**
     * Whether the documentation marks the member as required in a request. Nested flags are sometimes conditional in
     * the prose; treat them as "required when the parent is present" at most.
     *
     * @return {@code true} if required
     */
    public boolean isRequired() {
        return required;
    }

    /**
     * Whether the documentation says an answer always contains the member.
     *
     * @return {@code true} if always returned
     */
    public boolean isAlwaysReturned() {
        return alwaysReturned;
    }

    /**
     * Whether an answer may hold {@code null} for the member.
     *
     * @return {@code true} if nullable
     */
    public boolean isNullable() {
        return nullable;
    }

    /**
     * The documentation's sample value, as text; a list's sample is JSON text such as {@code ["5E78..."]}.
     *
     * @return the sample, or empty when the documentation gives none
     */
    public Optional<String> example() {
        return Optional.ofNullable(example);
    }

    /**
     * Whether the documentation hides the member.
     *
     * @return {@code true} if hidden
     */
    public boolean isDisabled() {
        return disabled;
    }

    /**
     * The values the documentation's prose lists as valid (best effort; the gateway does not check them).
     *
     * @return an unmodifiable list, empty when the documentation lists none
     */
    public List<String> allowedValues() {
        return allowedValues;
    }

    /**
     * Whether the member's value (or, for a list, each item) is a structure rather than a primitive.
     *
     * @return {@code true} for an {@link Kind#OBJECT} and a {@link Kind#LIST} of objects
     */
    public boolean isStructured() {
        return !PRIMITIVES.contains(type);
    }

    /**
     * The structure of the member's value, or of each item of a list of objects.
     *
     * <pre>{@code
     * member.structure().map(Structure::memberNames);   // [Id, AudioSelectors, ...] for AttachedInputs
     * }</pre>
     *
     * @return the structure, or empty for a primitive member or a list of primitives
     */
    public Optional<Structure> structure() {
        return isStructured() ? Optional.of(structures.get(type)) : Optional.empty();
    }

    @Override
    public String toString() {
        return owner + "." + name + " (" + kind.name().toLowerCase(java.util.Locale.ROOT) + " " + type
                + (required ? ", required" : "") + ")";
    }
}
