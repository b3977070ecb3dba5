package io.github.tctestkit.core.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean" for names: the closest by edit distance, ignoring case. Not API. */
public final class Names {

    private Names() {}

    /**
     * The names closest to {@code wanted}, closest first, then alphabetically.
     *
     * @param wanted the name that was not found (null counts as empty)
     * @param known the names that exist
     * @param limit how many at most
     * @return at most {@code limit} names
     */
    public static List<String> closestList(String wanted, Collection<String> known, int limit) {
        String w = wanted == null ? "" : wanted.toLowerCase(Locale.ROOT);
        record Scored(String name, int distance) {}
        List<Scored> scored = new ArrayList<>(known.size());
        for (String k : known) {
            scored.add(new Scored(k, distance(w, k.toLowerCase(Locale.ROOT))));
        }
        scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name));
        List<String> result = new ArrayList<>();
        for (int i = 0; i < scored.size() && i < limit; i++) {
            result.add(scored.get(i).name());
        }
        return result;
    }

    /**
     * The closest names joined with {@code ", "}.
     *
     * @param wanted the name that was not found
     * @param known the names that exist
     * @param limit how many at most
     * @return for example {@code "cvm, cwp, cls"}
     */
    public static String closest(String wanted, Collection<String> known, int limit) {
        return String.join(", ", closestList(wanted, known, limit));
    }

    /**
     * The Levenshtein distance.
     *
     * @param a one text
     * @param b the other
     * @return the number of one-character edits from one to the other
     */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        // loops over the characters, not up to a bound, so that no mutant of a bound can make them endless (PIT)
        int i = 0;
        for (char ca : a.toCharArray()) {
            current[0] = ++i;
            int j = 0;
            for (char cb : b.toCharArray()) {
                j++;
                int cost = ca == cb ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }
}
