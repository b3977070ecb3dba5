package io.github.tctestkit.core;

import java.util.regex.Pattern;

/** The naming rule for catalogue constants, written independently of the enums under test. */
final class ConstantNames {

    private static final Pattern LOWER_OR_DIGIT_THEN_UPPER = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");
    private static final Pattern ACRONYM_END = Pattern.compile("(?<=[A-Z])(?=[A-Z][a-z])");

    private ConstantNames() {}

    /**
     * The constant name a wire code must have: the category {@code AuthFailure} of a sub-code becomes {@code AUTH},
     * every dot becomes an underscore, and each camel-case word (an acronym such as {@code MFA} counts as one word)
     * becomes an upper-case word joined by underscores.
     */
    static String expectedName(String wireCode) {
        String code =
                wireCode.startsWith("AuthFailure.") ? "Auth." + wireCode.substring("AuthFailure.".length()) : wireCode;
        StringBuilder name = new StringBuilder();
        for (String part : code.split("\\.", -1)) {
            if (name.length() > 0) {
                name.append('_');
            }
            String words = LOWER_OR_DIGIT_THEN_UPPER.matcher(part).replaceAll("_");
            words = ACRONYM_END.matcher(words).replaceAll("_");
            name.append(words.toUpperCase(java.util.Locale.ROOT));
        }
        return name.toString();
    }
}
