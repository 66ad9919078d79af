package org.sendplan.data.money;

import org.sendplan.data.Numbers;
import org.sendplan.data.DataException;
import org.sendplan.model.money.AcademicYear;
import org.sendplan.model.money.FinancialYear;

/**
 * Reads academic years ({@code 2025/26}) and financial years ({@code 2025-26}) and says what
 * was meant when a bare year or the other calendar's form is written.
 */
public final class CalendarParsing {
    private CalendarParsing() {
    }

    /** Null when the text is an academic year; else what to say was expected. */
    public static AcademicYear academic(String text, java.util.function.BiFunction<String, String, RuntimeException> error) {
        try {
            return AcademicYear.parse(text);
        } catch (IllegalArgumentException e) {
            throw error.apply("an academic year like 2025/26", DataException.quote(text) + hint(text, true));
        }
    }

    public static FinancialYear financial(String text, java.util.function.BiFunction<String, String, RuntimeException> error) {
        try {
            return FinancialYear.parse(text);
        } catch (IllegalArgumentException e) {
            throw error.apply("a financial year like 2025-26", DataException.quote(text) + hint(text, false));
        }
    }

    private static String hint(String text, boolean academic) {
        String t = text.trim();
        if (t.matches("\\d{4}")) {
            int y = Numbers.integer(t);
            String ay = new AcademicYear(y).toString(), fy = new FinancialYear(y).toString();
            return " (a bare year is ambiguous: academic year " + ay + " or financial year " + fy + "?)";
        }
        if (academic && t.matches("\\d{4}-\\d{2}")) return " (that is a financial year; academic years are written " + t.replace('-', '/') + ")";
        if (!academic && t.matches("\\d{4}/\\d{2}")) return " (that is an academic year; financial years are written " + t.replace('/', '-') + ")";
        return "";
    }
}
