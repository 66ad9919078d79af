package org.sendplan.data.money;

import org.sendplan.data.CsvSource;
import org.sendplan.data.DataException;
import org.sendplan.data.Suggestions;
import org.sendplan.model.Phase;
import org.sendplan.model.Provision;
import org.sendplan.model.money.AcademicYear;
import org.sendplan.model.money.Capacity;
import org.sendplan.model.money.MadeFor;
import org.sendplan.model.money.CapacityEntry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads capacity.csv: {@code provision,academic_year,places[,phase][,name][,illustrative_places]},
 * commissioned places per provision from an academic year on. {@code illustrative_places} is the
 * figure {@code init} wrote: a row whose places still equal it is a placeholder, and the whole
 * capacity stays ILLUSTRATIVE while any row is, so that an unedited template never passes for
 * the authority's own figures.
 */
public final class CapacityReader {
    private static final Set<String> PROVISIONS = new TreeSet<>(Arrays.stream(Provision.values()).map(Enum::name).toList());
    private static final Map<String, Phase> PHASES = new HashMap<>();

    static {
        for (Phase p : Phase.values()) PHASES.put(p.code(), p);
    }

    private CapacityReader() {
    }

    /**
     * The authority the file says it was made for (its {@code la_code} column, which init writes on
     * every row), if it says; every row must say the same.
     */
    public static java.util.Optional<MadeFor> madeFor(Path file) {
        MadeFor[] first = {null};
        CsvSource.of(file).forEach(List.of("provision"), row -> {
            if (!row.has("la_code") || row.text("la_code").isEmpty()) return;
            String code = row.text("la_code");
            if (!code.matches("[0-9]{3}")) throw row.error("la_code", "an old LA code of three digits, as init writes it", DataException.quote(code));
            if (first[0] == null) first[0] = new MadeFor(code, file.toString(), row.line(), "la_code");
            else if (!first[0].laCode().equals(code)) {
                throw row.error("la_code", "one authority in every row (" + first[0].laCode() + ", as on line " + first[0].line() + ")", DataException.quote(code));
            }
        });
        return java.util.Optional.ofNullable(first[0]);
    }

    public static Capacity read(Path file) {
        CsvSource src = CsvSource.of(file);
        List<CapacityEntry> rows = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        int[] placeholders = {0};
        src.forEach(List.of("provision", "academic_year", "places"), row -> {
            String code = row.text("provision");
            if (!PROVISIONS.contains(code)) {
                throw row.error("provision", "one of " + String.join(", ", PROVISIONS), DataException.quote(code) + Suggestions.didYouMean(code, PROVISIONS));
            }
            AcademicYear year = CalendarParsing.academic(row.text("academic_year"), (e, f) -> row.error("academic_year", e, f));
            double places = row.count("places");
            if (Double.isNaN(places)) throw row.error("places", "a number of places", "an empty cell");
            Phase phase = null;
            if (row.has("phase") && !row.text("phase").isEmpty()) {
                phase = PHASES.get(row.text("phase"));
                if (phase == null) {
                    throw row.error("phase", "one of " + String.join(", ", new TreeSet<>(PHASES.keySet())),
                            DataException.quote(row.text("phase")) + Suggestions.didYouMean(row.text("phase"), PHASES.keySet()));
                }
            }
            String name = row.has("name") ? row.text("name") : "";
            if (name.length() > 100 || name.chars().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
                throw row.error("name", "a name of at most 100 printable characters", DataException.quote(name));
            }
            String key = code + "|" + year + "|" + phase + "|" + name;
            Long before = seen.put(key, row.line());
            if (before != null) {
                throw row.error("academic_year", "one row per provision, academic year, phase and name",
                        "a second row for " + code + " " + year + (name.isEmpty() ? "" : " " + name) + " (first on line " + before + ")");
            }
            if (row.has("illustrative_places") && !row.text("illustrative_places").isEmpty()) {
                double placeholder = row.count("illustrative_places");
                if (Double.isNaN(placeholder)) throw row.error("illustrative_places", "the places init wrote, or an empty cell", "'x'");
                if (placeholder == places) placeholders[0]++;
            }
            rows.add(new CapacityEntry(Provision.valueOf(code), year, places, phase, name));
        });
        if (rows.isEmpty()) throw new DataException(file.toString(), 2, "row", "at least one capacity row", "none");
        String source = "capacity file " + file.getFileName();
        if (placeholders[0] > 0) source += ", " + placeholders[0] + " of " + rows.size() + " rows as init wrote them";
        return new Capacity(rows, source, placeholders[0] > 0);
    }
}
