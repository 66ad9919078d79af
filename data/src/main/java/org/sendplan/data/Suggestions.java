package org.sendplan.data;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?" for misspelt keys, codes and names: the nearest by edit distance. */
public final class Suggestions {
    private Suggestions() {
    }

    /** The candidate nearest to {@code value}, if it is close enough to be a plausible typo. */
    public static Optional<String> nearest(String value, Collection<String> candidates) {
        String v = value.toLowerCase(Locale.ROOT);
        return candidates.stream()
                .min(Comparator.comparingInt((String c) -> distance(c.toLowerCase(Locale.ROOT), v)).thenComparing(c -> c))
                .filter(c -> distance(c.toLowerCase(Locale.ROOT), v) <= Math.max(2, v.length() / 3));
    }

    /** " (did you mean X?)" or "" when nothing is close. */
    public static String didYouMean(String value, Collection<String> candidates) {
        return nearest(value, candidates).map(c -> " (did you mean '" + c + "'?)").orElse("");
    }

    /** The {@code n} candidates nearest to {@code value}. */
    public static <T> List<T> nearestN(String value, Collection<T> candidates, java.util.function.Function<T, String> name, int n) {
        String v = value.toLowerCase(Locale.ROOT);
        return candidates.stream().sorted(Comparator.comparingInt(c -> distance(name.apply(c).toLowerCase(Locale.ROOT), v))).limit(n).toList();
    }

    /** Levenshtein distance. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
