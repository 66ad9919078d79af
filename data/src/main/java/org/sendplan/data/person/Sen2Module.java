package org.sendplan.data.person;

import org.sendplan.data.CsvSource;
import org.sendplan.data.DataException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One module of an authority's SEN2 return, one CSV file: each row keyed by its own table id and
 * linked to its parent module's row by the parent's table id (REFORM-PLAN.md). The ids are held
 * only to link the modules; a row is known to the rest of the reader by its index (its order in
 * the file), and errors name lines, never ids.
 */
final class Sen2Module {
    /** A row of the module with the index of its parent row (-1 for a module without a parent). */
    @FunctionalInterface
    interface RowSink {
        void accept(CsvSource.Row row, int parent);
    }

    final String file;
    final String fileName;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<Long> lines = new ArrayList<>();

    private Sen2Module(String file, String fileName) {
        this.file = file;
        this.fileName = fileName;
    }

    /**
     * Reads {@code fileName} of {@code dir}: {@code idColumn}, {@code parentColumn} (naming a row of
     * {@code parent}, or null without a parent) and {@code columns}, every other column left unread.
     */
    static Sen2Module read(Path dir, String fileName, String title, String idColumn, Sen2Module parent, String parentColumn,
                           List<String> columns, RowSink sink) {
        Path path = dir.resolve(fileName);
        if (!Files.isRegularFile(path)) {
            throw new DataException(path.toString(), 0, "file", "the SEN2 return's " + title + " module (" + fileName + ")", "no such file");
        }
        CsvSource src = CsvSource.of(path).expecting("the " + title + " module of a SEN2 return");
        Sen2Module m = new Sen2Module(src.name(), fileName);
        List<String> required = new ArrayList<>();
        required.add(idColumn);
        if (parentColumn != null) required.add(parentColumn);
        required.addAll(columns);
        src.forEach(required, row -> {
            String id = row.text(idColumn);
            if (id.isEmpty()) throw row.error(idColumn, "an id", "an empty value");
            Integer before = m.index.putIfAbsent(id, m.lines.size());
            if (before != null) throw row.error(idColumn, "each id once", "a duplicate of the id of line " + m.lines.get(before));
            m.lines.add(row.line());
            int p = -1;
            if (parentColumn != null) {
                Integer found = parent.index.get(row.text(parentColumn));
                if (found == null) {
                    throw row.error(parentColumn, "the id of a row of " + parent.fileName,
                            row.text(parentColumn).isEmpty() ? "an empty value" : "an id that is in no row of " + parent.fileName);
                }
                p = found;
            }
            sink.accept(row, p);
        });
        return m;
    }

    /** The line of the row at {@code i}. */
    long line(int i) {
        return lines.get(i);
    }

    int size() {
        return lines.size();
    }
}
