package io.github.tctestkit.core.internal;

import io.github.tctestkit.core.ErrorCode;

/** An error code outside the catalogues. Not API. */
public record SimpleErrorCode(String code, String description) implements ErrorCode {

    /** Validates the parts. */
    public SimpleErrorCode {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("error code must not be null or blank, but was " + quote(code));
        }
        if (code.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("error code must not contain white space, but was " + quote(code));
        }
        if (description == null) {
            throw new IllegalArgumentException("description of error code " + quote(code) + " must not be null");
        }
    }

    private static String quote(String s) {
        return s == null ? "null" : '"' + s + '"';
    }

    @Override
    public String toString() {
        return code;
    }
}
