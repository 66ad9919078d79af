package org.sendplan.data.person;

import org.sendplan.data.CsvSource;
import org.sendplan.data.DataException;
import org.sendplan.model.Provision;
import org.sendplan.model.Setting;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a settings file, {@code code,provision,description}: each local setting code and the
 * provision it counts towards ({@link Provision} names, any case). Codes must be unique.
 */
public final class SettingsFileReader {
    static final List<String> COLUMNS = List.of("code", "provision", "description");

    private SettingsFileReader() {
    }

    /** Settings by code, in file order. */
    public static Map<String, Setting> read(Path file) {
        CsvSource src = CsvSource.of(file);
        Map<String, Setting> out = new LinkedHashMap<>();
        Map<String, Long> lines = new LinkedHashMap<>();
        String provisions = Arrays.stream(Provision.values()).map(Enum::name).collect(Collectors.joining(", "));
        src.forEach(COLUMNS, row -> {
            String code = row.text("code");
            if (code.isEmpty()) throw row.error("code", "a setting code", "an empty value");
            if (code.equalsIgnoreCase("NONSEND")) throw row.error("code", "a setting code other than NONSEND (it marks joiners and leavers)", DataException.quote(code));
            String p = row.text("provision").toUpperCase(Locale.ROOT);
            Provision provision;
            try {
                provision = Provision.valueOf(p);
            } catch (IllegalArgumentException e) {
                throw row.error("provision", "one of " + provisions, DataException.quote(row.text("provision")));
            }
            if (out.containsKey(code)) throw row.error("code", "each code once", DataException.quote(code) + " again (first at line " + lines.get(code) + ")");
            String label = row.text("description");
            out.put(code, new Setting(code, label.isEmpty() ? code : label, provision));
            lines.put(code, row.line());
        });
        if (out.isEmpty()) throw new DataException(src.name(), 1, "code", "at least one setting", "no rows");
        return out;
    }
}
