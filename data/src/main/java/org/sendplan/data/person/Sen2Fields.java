package org.sendplan.data.person;

import org.sendplan.data.CsvSource;
import org.sendplan.data.DataException;
import org.sendplan.data.DfeColumns;
import org.sendplan.model.Need;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The fields of a SEN2 return as sendplan reads them: dates, yes/no flags, need types and placements' settings. */
final class Sen2Fields {
    private Sen2Fields() {
    }

    /** COLLECT's Blade export writes dates as {@code 2024-Jan-18 00:00:00}. */
    private static final DateTimeFormatter BLADE = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("uuuu-MMM-dd").toFormatter(Locale.ENGLISH);
    private static final String DATE = "a date yyyy-mm-dd (or 2024-Jan-18 00:00:00 as COLLECT's Blade export writes it)";

    /** SEN2 need types (item 5.8a); DS (Down syndrome, from 2025) counts as {@link DfeColumns#DOWN_SYNDROME}. */
    static final Map<String, Need> NEED_TYPES = Map.ofEntries(Map.entry("SPLD", Need.SPLD), Map.entry("MLD", Need.MLD),
            Map.entry("SLD", Need.SLD), Map.entry("PMLD", Need.PMLD), Map.entry("SEMH", Need.SEMH), Map.entry("SLCN", Need.SLCN),
            Map.entry("HI", Need.HI), Map.entry("VI", Need.VI), Map.entry("MSI", Need.MSI), Map.entry("PD", Need.PD),
            Map.entry("ASD", Need.ASD), Map.entry("OTH", Need.OTH), Map.entry("DS", DfeColumns.DOWN_SYNDROME));
    private static final List<String> NEED_ORDER = List.of("SPLD", "MLD", "SLD", "PMLD", "SEMH", "SLCN", "HI", "VI", "MSI", "PD", "ASD", "DS", "OTH");

    /** SEN settings of placements without a school or provider (REFORM-PLAN.md): the setting codes themselves. */
    static final Set<String> NO_SCHOOL = Set.of("OLA", "OPA", "EHE", "EYP", "OTH", "NEET", "NIEC", "NIEO");
    private static final List<String> NO_SCHOOL_ORDER = List.of("OLA", "OPA", "EHE", "EYP", "OTH", "NEET", "NIEC", "NIEO");

    /** A date, or null where the cell is empty and {@code required} is false. */
    static LocalDate date(CsvSource.Row row, String column, boolean required) {
        String v = row.text(column);
        if (v.isEmpty()) {
            if (required) throw row.error(column, DATE, "an empty value");
            return null;
        }
        // the day only: a time after it (ISO's T or the Blade export's space) is always midnight
        int space = v.indexOf(' ');
        String day = space > 0 ? v.substring(0, space) : v.length() > 10 && v.charAt(10) == 'T' ? v.substring(0, 10) : v;
        LocalDate d;
        try {
            d = Character.isDigit(day.charAt(Math.min(5, day.length() - 1))) ? LocalDate.parse(day) : LocalDate.parse(day, BLADE);
        } catch (DateTimeParseException e) {
            throw row.error(column, DATE, DataException.quote(v));
        }
        if (d.getYear() < 1900 || d.getYear() > 2200) throw row.error(column, "a date from 1900 to 2200", DataException.quote(v));
        return d;
    }

    /** A yes/no indicator: 1/0, true/false, Y/N, yes/no; empty is no. */
    static boolean flag(CsvSource.Row row, String column) {
        String v = row.text(column).toLowerCase(Locale.ROOT);
        return switch (v) {
            case "", "0", "false", "n", "no" -> false;
            case "1", "true", "y", "yes" -> true;
            default -> throw row.error(column, "1 or 0 (true/false, Y/N)", DataException.quote(row.text(column)));
        };
    }

    static Need need(CsvSource.Row row) {
        Need n = NEED_TYPES.get(row.text("sentype").toUpperCase(Locale.ROOT));
        if (n == null) throw row.error("sentype", "a SEN2 need type (" + String.join(", ", NEED_ORDER) + ")", DataException.quote(row.text("sentype")));
        return n;
    }

    /**
     * The setting code of a placement: its school's URN, else its provider's UKPRN, with
     * {@code :RP} or {@code :UNIT} where the placement is in the school's resourced provision or
     * SEN unit; else its SEN setting (OLA, EHE, NEET, …). A settings file maps these codes to
     * provisions (there is no register of schools here to tell a special school from a mainstream one).
     */
    static String setting(CsvSource.Row row) {
        String urn = row.text("urn"), ukprn = row.text("ukprn");
        String school = !urn.isEmpty() ? urn : ukprn;
        String field = !urn.isEmpty() ? "urn" : "ukprn";
        if (!school.isEmpty()) {
            if (!school.chars().allMatch(c -> c >= '0' && c <= '9') || school.length() > 8) {
                throw row.error(field, "a URN or UKPRN (digits)", DataException.quote(school));
            }
            boolean unit = flag(row, "senunitindicator"), rp = flag(row, "resourcedprovisionindicator");
            if (unit && rp) throw row.error("resourcedprovisionindicator", "a placement in a SEN unit or a resourced provision, not both", "both");
            return school + (rp ? ":RP" : unit ? ":UNIT" : "");
        }
        String code = row.text("sensetting").toUpperCase(Locale.ROOT);
        if (NO_SCHOOL.contains(code)) return code;
        throw row.error("sensetting", "a URN, a UKPRN or a SEN setting (" + String.join(", ", NO_SCHOOL_ORDER) + ")",
                code.isEmpty() ? "none of the three" : DataException.quote(row.text("sensetting")));
    }
}
