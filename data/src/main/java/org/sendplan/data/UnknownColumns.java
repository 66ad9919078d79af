package org.sendplan.data;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The measure columns of a release that the reader does not know, gathered over its files so that
 * a new layout is said once, in one warning line, rather than once per column and file (a new
 * release renames or adds several columns at a time, each in several files).
 */
final class UnknownColumns {
    /** Names beyond this are counted, not listed: a hostile header may hold a thousand columns. */
    static final int MAX_NAMED = 20;
    private final Map<String, Set<String>> byFile = new LinkedHashMap<>();
    private int named;
    private int more;

    void add(String file, String column) {
        Set<String> columns = byFile.computeIfAbsent(file, f -> new LinkedHashSet<>());
        if (columns.contains(column)) return;
        if (named == MAX_NAMED) {
            more++;
            return;
        }
        columns.add(column);
        named++;
    }

    /** The one warning line naming every unknown column by file, or empty when there is none. */
    Optional<String> warning() {
        if (byFile.isEmpty()) return Optional.empty();
        String list = byFile.entrySet().stream()
                .map(e -> e.getKey() + " (" + e.getValue().stream().map(DataException::quote).collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining("; "));
        return Optional.of("columns sendplan does not know, left out of the setting and need breakdowns: " + list
                + (more > 0 ? "; and " + more + " more" : ""));
    }
}
