package org.sendplan.model.money;

/**
 * A September–August academic year, written {@code 2025/26}. Places are commissioned per
 * academic year; its January census is {@code start + 1} (academic year 2025/26 ↔ January 2026).
 */
public record AcademicYear(int start) implements Comparable<AcademicYear> {
    public static AcademicYear ofCensus(int januaryCensus) {
        return new AcademicYear(januaryCensus - 1);
    }

    public int census() {
        return start + 1;
    }

    /** Parses {@code 2025/26}; anything else (a bare {@code 2025}, {@code 2025-26}) is refused. */
    public static AcademicYear parse(String text) {
        String t = text.trim();
        if (t.matches("\\d{4}/\\d{2}")) {
            int start = Integer.parseInt(t.substring(0, 4));
            if (Integer.parseInt(t.substring(5)) == (start + 1) % 100) return new AcademicYear(start);
        }
        throw new IllegalArgumentException(t);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%d/%02d", start, (start + 1) % 100);
    }

    @Override
    public int compareTo(AcademicYear o) {
        return Integer.compare(start, o.start);
    }
}
