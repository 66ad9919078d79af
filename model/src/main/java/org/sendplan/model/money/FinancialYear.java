package org.sendplan.model.money;

/**
 * An April–March financial year, written {@code 2025-26}. Budgets, High Needs Block
 * allocations and DSG balances are per financial year; financial year F holds 5/12 of academic
 * year F−1/F (April–August) and 7/12 of F/F+1 (September–March).
 */
public record FinancialYear(int start) implements Comparable<FinancialYear> {
    public static final double SHARE_OF_EARLIER_ACADEMIC_YEAR = 5.0 / 12;
    public static final double SHARE_OF_LATER_ACADEMIC_YEAR = 7.0 / 12;

    public static FinancialYear parse(String text) {
        String t = text.trim();
        if (t.matches("\\d{4}-\\d{2}")) {
            int start = Integer.parseInt(t.substring(0, 4));
            if (Integer.parseInt(t.substring(5)) == (start + 1) % 100) return new FinancialYear(start);
        }
        throw new IllegalArgumentException(t);
    }

    /** Academic year F−1/F, whose April–August falls in this financial year. */
    public AcademicYear earlierAcademicYear() {
        return new AcademicYear(start - 1);
    }

    /** Academic year F/F+1, whose September–March falls in this financial year. */
    public AcademicYear laterAcademicYear() {
        return new AcademicYear(start);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%d-%02d", start, (start + 1) % 100);
    }

    @Override
    public int compareTo(FinancialYear o) {
        return Integer.compare(start, o.start);
    }
}
