package io.github.tctestkit.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A catalogue of error codes backed by an enum: the lookups that every catalogue needs, written once.
 *
 * <p>{@link CommonError} and {@link StreamLiveError} each expose one through {@code catalogue()}. A catalogue for
 * another service is an enum implementing {@link ErrorCode} plus one line:
 *
 * <pre>{@code
 * enum CvmError implements ErrorCode {
 *     INVALID_INSTANCE_ID_NOT_FOUND("InvalidInstanceId.NotFound", "No instance has that ID.");
 *     // constructor, code(), description() ...
 *     static final ErrorCatalogue<CvmError> CATALOGUE = ErrorCatalogue.of(CvmError.class);
 * }
 *
 * CommonError.catalogue().find("AuthFailure.SignatureFailure");   // Optional[AUTH_SIGNATURE_FAILURE]
 * CommonError.catalogue().closest("InvalidParameter.NotFound");    // Optional[INVALID_PARAMETER]
 * }</pre>
 *
 * <p>Instances are immutable and safe to share between threads.
 *
 * @param <E> the enum of codes
 */
public final class ErrorCatalogue<E extends Enum<E> & ErrorCode> {

    private final Class<E> type;
    private final Map<String, E> byCode;

    private ErrorCatalogue(Class<E> type) {
        this.type = type;
        Map<String, E> map = new LinkedHashMap<>();
        for (E e : type.getEnumConstants()) {
            E previous = map.put(e.code(), e);
            if (previous != null) {
                throw new IllegalArgumentException(type.getName() + " lists code \"" + e.code() + "\" twice: "
                        + previous.name() + " and " + e.name());
            }
        }
        this.byCode = Collections.unmodifiableMap(map);
    }

    /**
     * Builds the catalogue of an enum of codes.
     *
     * @param type the enum class
     * @param <E> the enum type
     * @return its catalogue
     * @throws IllegalArgumentException when {@code type} is null or two constants share a wire code
     */
    public static <E extends Enum<E> & ErrorCode> ErrorCatalogue<E> of(Class<E> type) {
        if (type == null) {
            throw new IllegalArgumentException("catalogue type must not be null");
        }
        @SuppressWarnings("unchecked")
        ErrorCatalogue<E> catalogue = (ErrorCatalogue<E>) MADE.get(type);
        return catalogue;
    }

    /** A pure memo (one catalogue per enum type): what it returns does not depend on what was asked before. */
    private static final ClassValue<ErrorCatalogue<?>> MADE = new ClassValue<>() {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        protected ErrorCatalogue<?> computeValue(Class<?> type) {
            return new ErrorCatalogue(type);
        }
    };

    /**
     * Looks up a received wire code among the built-in enums: the common codes, then StreamLive's. The answer does not
     * depend on which classes were loaded before. Codes of other services carry no description (Tencent publishes
     * none); find them with {@link ServiceDescription#findError(String)}.
     *
     * <pre>{@code
     * ErrorCatalogue.findInAny("InvalidParameter.NotFound"); // Optional[StreamLiveError.INVALID_PARAMETER_NOT_FOUND]
     * }</pre>
     *
     * @param wireCode a code as received; {@code null} finds nothing
     * @return the catalogued code, if any
     */
    public static Optional<ErrorCode> findInAny(String wireCode) {
        if (wireCode == null) {
            return Optional.empty();
        }
        Optional<ErrorCode> common = CommonError.fromCode(wireCode).map(e -> e);
        if (common.isPresent()) {
            return common;
        }
        return StreamLiveError.fromCode(wireCode).map(e -> e);
    }

    /**
     * The entry whose wire code is exactly {@code wireCode}.
     *
     * @param wireCode a code as received; {@code null} finds nothing
     * @return the entry, or empty
     */
    public Optional<E> find(String wireCode) {
        return wireCode == null ? Optional.empty() : Optional.ofNullable(byCode.get(wireCode));
    }

    /**
     * The most specific entry that {@linkplain ErrorCode#includes(String) includes} {@code wireCode}: the exact
     * entry, else the entry for its nearest dotted parent ({@code InvalidParameter.NotFound.Channel} →
     * {@code InvalidParameter.NotFound} if listed, else {@code InvalidParameter}).
     *
     * @param wireCode a code as received; {@code null} finds nothing
     * @return the closest entry, or empty when no entry includes the code
     */
    public Optional<E> closest(String wireCode) {
        String candidate = wireCode;
        while (candidate != null) {
            E hit = byCode.get(candidate);
            if (hit != null) {
                return Optional.of(hit);
            }
            int dot = candidate.lastIndexOf('.');
            candidate = dot < 0 ? null : candidate.substring(0, dot);
        }
        return Optional.empty();
    }

    /**
     * Every entry, in declaration order.
     *
     * @return an unmodifiable list
     */
    public List<E> all() {
        return List.copyOf(byCode.values());
    }

    /**
     * The entries of one category, in declaration order.
     *
     * @param category for example {@code "AuthFailure"}
     * @return an unmodifiable list, empty when the category is unknown
     */
    public List<E> inCategory(String category) {
        List<E> result = new ArrayList<>();
        for (E e : byCode.values()) {
            if (e.category().equals(category)) {
                result.add(e);
            }
        }
        return List.copyOf(result);
    }

    /**
     * The distinct categories, in order of first appearance.
     *
     * @return an unmodifiable set
     */
    public Set<String> categories() {
        Set<String> result = new java.util.LinkedHashSet<>();
        for (E e : byCode.values()) {
            result.add(e.category());
        }
        return Collections.unmodifiableSet(result);
    }

    /**
     * The enum class behind this catalogue.
     *
     * @return the enum class
     */
    public Class<E> type() {
        return type;
    }

    /**
     * A mutable set of all entries, handy for filtering.
     *
     * @return a new {@link EnumSet} of every entry
     */
    public EnumSet<E> toEnumSet() {
        return EnumSet.allOf(type);
    }

    /**
     * The number of entries.
     *
     * @return the size
     */
    public int size() {
        return byCode.size();
    }

    @Override
    public String toString() {
        return "ErrorCatalogue[" + type.getSimpleName() + ", " + byCode.size() + " codes]";
    }
}
