package io.github.tctestkit.core.signing.internal;

/** Argument checks that report bad input as {@link IllegalArgumentException}. Internal. */
public final class Checks {

    private Checks() {}

    /** Returns {@code value} or throws if it is {@code null}. */
    public static <T> T notNull(T value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        return value;
    }

    /** Returns {@code value} or throws if it is {@code null}, empty or only whitespace. */
    public static String notBlank(String value, String what) {
        notNull(value, what);
        if (value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }

    /** True if {@code s} contains a whitespace or ISO control character. */
    public static boolean hasWhitespaceOrControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                return true;
            }
        }
        return false;
    }

    /** Shortens {@code s} for inclusion in a message, quoting it and escaping control characters. */
    public static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        int limit = Math.min(s.length(), 80);
        for (int i = 0; i < limit; i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        if (s.length() > limit) {
            b.append("...(").append(s.length()).append(" chars)");
        }
        return b.append('"').toString();
    }
}
