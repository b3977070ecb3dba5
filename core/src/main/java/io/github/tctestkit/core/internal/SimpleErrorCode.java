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
            throw new IllegalArgumentException(
                    "error code must not contain white space, but " + quote(code) + " has " + firstSpace(code));
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

    /**
     * Names the first white space or space character of a text, for messages: spaces such as U+00A0 are invisible
     * when printed.
     *
     * @param s a text that {@linkplain #containsSpace contains a space}
     * @return for example {@code "U+00A0 (NO-BREAK SPACE) at index 7"}
     */
    public static String firstSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return String.format("U+%04X (%s) at index %d", (int) c, Character.getName(c), i);
            }
        }
        throw new IllegalArgumentException("no white space in " + quote(s));
    }

    private static String quote(String s) {
        return s == null ? "null" : Json.snippet(s, 200);
    }

    @Override
    public String toString() {
        return code;
    }
}
