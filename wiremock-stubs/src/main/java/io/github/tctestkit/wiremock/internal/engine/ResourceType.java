package io.github.tctestkit.wiremock.internal.engine;

import com.fasterxml.jackson.core.JsonPointer;
import io.github.tctestkit.core.contract.ServiceContract;
import io.github.tctestkit.core.contract.Structure;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A declared resource type of the engine: what its id looks like, the structure Describe answers it as, which member
 * holds its name and state, its quota per account and region, and the filter names its Describe action documents.
 * Not API.
 *
 * <pre>{@code
 * ResourceType vpc = ResourceType.builder("vpc", "Vpc", "VpcId", "vpc-")
 *         .shape(contract, "Vpc")               // DescribeVpcs answers VpcSet items of structure Vpc
 *         .name("VpcName", 60)
 *         .quota(20)
 *         .filter("vpc-id", "/VpcId")
 *         .filter("vpc-name", "/VpcName")
 *         .build();
 * }</pre>
 */
final class ResourceType {

    /** Ids are the prefix and this many lowercase letters and digits, as Tencent's are ({@code ins-9bxebleo}). */
    static final int ID_LENGTH = 8;

    final String service;
    final String name;
    final String idMember;
    final String idPrefix;
    final Structure shape;
    final String nameMember;
    final int maxNameLength;
    final String stateMember;
    final int quota;
    /** Filter name to the member it compares, as a JSON pointer into the stored resource. */
    final Map<String, JsonPointer> filters;
    /** Whether any non-empty id is well formed (inferred types: the real form is not known). */
    final boolean anyId;

    private final Pattern idPattern;
    /** Makes a fresh id at a time on the server clock, or null for the prefix and 8 random characters. */
    private final java.util.function.Function<java.time.Instant, String> freshId;

    private ResourceType(Builder b) {
        this.service = b.service;
        this.name = b.name;
        this.idMember = b.idMember;
        this.idPrefix = b.idPrefix;
        this.shape = b.shape;
        this.nameMember = b.nameMember;
        this.maxNameLength = b.maxNameLength;
        this.stateMember = b.stateMember;
        this.quota = b.quota;
        this.filters = Map.copyOf(b.filters);
        this.anyId = b.anyId;
        this.idPattern = b.idPattern != null
                ? b.idPattern
                : Pattern.compile(Pattern.quote(idPrefix) + "[a-z0-9]{" + ID_LENGTH + "}");
        this.freshId = b.freshId;
        if (shape.member(idMember).isEmpty()) {
            throw new IllegalStateException(shape.name() + " has no member " + idMember);
        }
    }

    static Builder builder(String service, String name, String idMember, String idPrefix) {
        return new Builder(service, name, idMember, idPrefix);
    }

    /** Whether an id has this type's form: the prefix and 8 lowercase letters or digits. */
    boolean isWellFormed(String id) {
        return id != null && (anyId ? !id.isEmpty() : idPattern.matcher(id).matches());
    }

    /** A fresh id made by the type's own rule, or null when the type has the engine's form (prefix and 8). */
    String freshId(java.time.Instant now) {
        return freshId == null ? null : freshId.apply(now);
    }

    /** The documented filter names, for messages. */
    String filterNames() {
        return String.join(", ", new java.util.TreeSet<>(filters.keySet()));
    }

    @Override
    public String toString() {
        return service + " " + name;
    }

    static final class Builder {
        private final String service;
        private final String name;
        private final String idMember;
        private final String idPrefix;
        private Structure shape;
        private String nameMember;
        private int maxNameLength = 60;
        private String stateMember;
        private int quota = 1000;
        private final Map<String, JsonPointer> filters = new LinkedHashMap<>();
        private Pattern idPattern;
        private java.util.function.Function<java.time.Instant, String> freshId;
        private boolean anyId;

        private Builder(String service, String name, String idMember, String idPrefix) {
            this.service = service;
            this.name = name;
            this.idMember = idMember;
            this.idPrefix = idPrefix;
        }

        Builder shape(ServiceContract contract, String structure) {
            this.shape = contract.structure(structure);
            return this;
        }

        /** A structure the contract does not name, such as an action's output member. */
        Builder shape(Structure structure) {
            this.shape = structure;
            return this;
        }

        /** Ids of the service's own form (for example StreamLive's 20 hexadecimal characters), made by {@code fresh}. */
        Builder ids(Pattern wellFormed, java.util.function.Function<java.time.Instant, String> fresh) {
            this.idPattern = wellFormed;
            this.freshId = fresh;
            return this;
        }

        Builder name(String member, int maxLength) {
            this.nameMember = member;
            this.maxNameLength = maxLength;
            return this;
        }

        Builder state(String member) {
            this.stateMember = member;
            return this;
        }

        Builder quota(int quota) {
            this.quota = quota;
            return this;
        }

        Builder filter(String filterName, String pointer) {
            filters.put(filterName, JsonPointer.compile(pointer));
            return this;
        }

        /** Accepts any non-empty id (fresh ids still have the prefix and 8 letters or digits). */
        Builder anyId() {
            this.anyId = true;
            return this;
        }

        ResourceType build() {
            if (shape == null) {
                throw new IllegalStateException(name + " needs a shape");
            }
            return new ResourceType(this);
        }
    }
}
