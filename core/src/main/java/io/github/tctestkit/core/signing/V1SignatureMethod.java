package io.github.tctestkit.core.signing;

import java.util.Optional;

/** The two HMAC algorithms of Tencent Cloud signature v1, named as in the {@code SignatureMethod} parameter. */
public enum V1SignatureMethod {
    /** {@code HmacSHA1}: the default when {@code SignatureMethod} is absent. */
    HMAC_SHA1("HmacSHA1"),
    /** {@code HmacSHA256}. */
    HMAC_SHA256("HmacSHA256");

    private final String parameterValue;

    V1SignatureMethod(String parameterValue) {
        this.parameterValue = parameterValue;
    }

    /**
     * Returns the value of the {@code SignatureMethod} parameter, which is also the JCA algorithm name.
     *
     * @return {@code HmacSHA1} or {@code HmacSHA256}
     */
    public String parameterValue() {
        return parameterValue;
    }

    /**
     * Finds the method for a {@code SignatureMethod} parameter value (exact, case-sensitive match).
     *
     * @param value the parameter value; may be null
     * @return the method, or empty if unknown
     */
    public static Optional<V1SignatureMethod> fromParameter(String value) {
        for (V1SignatureMethod m : values()) {
            if (m.parameterValue.equals(value)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
