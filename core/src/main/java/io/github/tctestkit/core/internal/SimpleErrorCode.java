package io.github.tctestkit.core.internal;

import io.github.tctestkit.core.ErrorCode;

/** An error code outside the catalogues. Not API. */
public record SimpleErrorCode(String code, String description) implements ErrorCode {

    /** Validates the parts. */
    public SimpleErrorCode {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("error code must not be null or blank, but was " + quote(code));
        }
        if (containsSpace(code)) {
            throw new IllegalArgumentException("error code must not contain white space, but was " + quote(code));
        }
        if (description == null) {
            throw new IllegalArgumentException("description of error code " + quote(code) + " must not be null");
        }
    }

    /**
     * Whether a text contains white space or a space character (U+00A0 and the other Unicode spaces included).
     *
     * @param s the text
     * @return {@code true} if it does
     */
    public static boolean containsSpace(String s) {
        return s.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    private static String quote(String s) {
        return s == null ? "null" : '"' + s + '"';
    }

    @Override
    public String toString() {
        return code;
    }
}
