package org.sendplan.data.person;

import org.sendplan.data.CsvSource;
import org.sendplan.data.DataException;
import org.sendplan.model.Need;
import org.sendplan.model.Setting;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a person-level census extract, one row per child per January census:
 * {@code census_year,person_id,ncy,need,setting}, or {@code date_of_birth} (ISO {@code yyyy-mm-dd})
 * instead of {@code ncy}, from which NC year = age at 31 August before the census − 4. Needs are
 * the canonical codes ({@link Need}); settings those of the settings file when one is given. The
 * rows become {@link CensusRecords}, which derive the transitions. A person's id is held only to
 * link consecutive censuses and never leaves the records; errors name the line, not the id.
 */
public final class CensusReader {
    public static final int MIN_NCY = CensusRecords.MIN_NCY;
    public static final int MAX_NCY = CensusRecords.MAX_NCY;

    private CensusReader() {
    }

    public static WitanReader.Parsed read(Path file, Map<String, Setting> settingsFile) {
        CsvSource src = CsvSource.of(file);
        List<String> header = src.header().stream().map(String::trim).toList();
        boolean byDob = !header.contains("ncy") && header.contains("date_of_birth");
        List<String> required = List.of("census_year", "person_id", byDob ? "date_of_birth" : "ncy", "need", "setting");
        String needList = Arrays.stream(Need.values()).map(Enum::name).collect(Collectors.joining(", "));
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        CensusRecords records = new CensusRecords(name, settingsFile);
        src.forEach(required, r -> {
            int year = Ints.parse(r, "census_year", 1990, 2200);
            String id = r.text("person_id");
            if (id.isEmpty()) throw r.error("person_id", "an identifier", "an empty value");
            int ncy;
            if (byDob) {
                String d = r.text("date_of_birth");
                LocalDate dob;
                try {
                    dob = LocalDate.parse(d);
                } catch (DateTimeParseException e) {
                    throw r.error("date_of_birth", "a date yyyy-mm-dd", DataException.quote(d));
                }
                ncy = ncyAtCensus(dob, year);
                if (ncy < MIN_NCY || ncy > MAX_NCY) {
                    throw r.error("date_of_birth", "an age at 31 August " + (year - 1) + " of 0 to 25 (NC year " + MIN_NCY + " to " + MAX_NCY + ")",
                            "NC year " + ncy);
                }
            } else {
                ncy = Ints.parse(r, "ncy", MIN_NCY, MAX_NCY);
            }
            int need;
            try {
                need = Need.valueOf(r.text("need").toUpperCase(Locale.ROOT)).ordinal();
            } catch (IllegalArgumentException e) {
                throw r.error("need", "one of " + needList, DataException.quote(r.text("need")));
            }
            records.add(year, id, ncy, need, r.text("setting"), src.name(), r.line(), "setting");
        });
        return records.transitions(src.name(), null);
    }

    /** NC year at the January {@code year} census: age at the 31 August before it, less 4. */
    public static int ncyAtCensus(LocalDate birth, int year) {
        return ageAtAugust31(birth, year - 1) - 4;
    }

    /** Age in whole years on 31 August of a year: the age the school year is set by. */
    static int ageAtAugust31(LocalDate birth, int year) {
        return java.time.Period.between(birth, LocalDate.of(year, 8, 31)).getYears();
    }
}
