package org.sendplan.data;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A CSV input read as a stream of rows that know their line number, so every error can name
 * file, line and field. Strips a UTF-8 byte-order mark, reads {@code .gz} transparently, and
 * rejects files that are empty, not UTF-8 text, or whose rows do not match the header.
 * commons-csv does the parsing (quoted names with commas).
 *
 * <p>Every input may be hostile, so the reader holds it to bounds that no real file nears, each
 * enforced while streaming (memory stays bounded whatever the file): only regular files (not a
 * device such as {@code /dev/zero}, a FIFO or a folder); at most {@link #MAX_FILE_BYTES} bytes; a
 * row of at most {@link #MAX_ROW_CHARS} characters (the longest row of the bundled releases is
 * about 1,100) and a header of at most {@link #MAX_COLUMNS} columns (they have at most 60); and a
 * gzip file that inflates to at most {@link #MAX_INFLATED_BYTES} and, past
 * {@link #RATIO_CHECK_FROM} bytes, at most {@link #MAX_RATIO} times the compressed bytes read
 * (DfE releases inflate 6 to 15 times, to a few tens of MB; a gzip bomb inflates a thousand).
 */
public final class CsvSource {
    /** 1 GiB: a DfE release file is a few tens of MB. */
    public static final long MAX_FILE_BYTES = 1L << 30;
    /** 1 GiB inflated. */
    public static final long MAX_INFLATED_BYTES = 1L << 30;
    public static final long MAX_RATIO = 100;
    /** 16 MiB: small files may compress well without being bombs. */
    public static final long RATIO_CHECK_FROM = 16L << 20;
    /** 64 Ki characters in one row (a quoted field's line breaks included). */
    public static final int MAX_ROW_CHARS = 1 << 16;
    public static final int MAX_COLUMNS = 1000;

    private final String name;
    private final IoSupplier opener;
    private final String hint;

    @FunctionalInterface
    public interface IoSupplier {
        InputStream open() throws IOException;
    }

    private CsvSource(String name, IoSupplier opener, String hint) {
        this.name = name;
        this.opener = opener;
        this.hint = hint;
    }

    public static CsvSource of(Path file) {
        return new CsvSource(file.toString(), () -> open(file), null);
    }

    /**
     * A file opened for reading once it is known to be one that can be read to its end within the
     * bounds (every reader of a file from outside opens it here: the checks are the same for all).
     */
    static InputStream open(Path file) throws IOException {
        String name = file.toString();
        if (!Files.exists(file)) throw new DataException(name, 0, "file", "an existing file", "none");
        if (!Files.isRegularFile(file)) {
            throw new DataException(name, 0, "file", "a regular file",
                    Files.isDirectory(file) ? "a folder" : "a device, FIFO or socket (not a file that can be read to its end)");
        }
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new DataException(name, 0, "file", "a file of at most " + MAX_FILE_BYTES + " bytes", Files.size(file) + " bytes");
            }
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new DataException(name, 0, "file", "an existing file", "none");
        }
    }

    /** A resource bundled in the jar (for example {@code dfe-sen2-2025/caseload.csv.gz}). */
    public static CsvSource bundled(String resource) {
        return new CsvSource("bundled:" + resource.replace(".gz", ""), () -> {
            InputStream in = CsvSource.class.getResourceAsStream(resource);
            if (in == null) throw new IllegalStateException("bundled resource missing: " + resource);
            return in;
        }, null);
    }

    /**
     * The same file, with what kind of file it should be (for example "a DfE SEN2 file"), said
     * when a column it needs is missing.
     */
    public CsvSource expecting(String kind) {
        return new CsvSource(name, opener, kind);
    }

    public String name() {
        return name;
    }

    /** One row of the file. */
    public final class Row {
        private final CSVRecord record;
        private final Map<String, Integer> columns;
        private final long line;

        private Row(CSVRecord record, Map<String, Integer> columns, long line) {
            this.record = record;
            this.columns = columns;
            this.line = line;
        }

        /** 1-based line number in the file where the row starts (the header is line 1). */
        public long line() {
            return line;
        }

        public boolean has(String column) {
            return columns.containsKey(column);
        }

        public String text(String column) {
            Integer i = columns.get(column);
            if (i == null) throw new DataException(name, 1, column, "a column '" + column + "'", "no such column");
            return record.get(i).trim();
        }

        /**
         * A published count: a non-negative number ({@link Numbers}, thousands may be grouped
         * with commas), or {@code NaN} for the publisher's markers {@code x} (not available),
         * {@code z} (not applicable), {@code c} (confidential), {@code u} (low reliability) and
         * an empty cell.
         */
        public double count(String column) {
            String v = text(column);
            if (v.isEmpty() || v.equals("x") || v.equals("z") || v.equals("c") || v.equals("u")) return Double.NaN;
            double d;
            try {
                d = Numbers.decimalWithCommas(v);
            } catch (NumberFormatException e) {
                throw new DataException(name, line(), column, "a count", DataException.quote(v));
            }
            if (d < 0) throw new DataException(name, line(), column, "a count of zero or more", DataException.quote(v));
            return d;
        }

        public DataException error(String field, String expected, String found) {
            return new DataException(name, line(), field, expected, found);
        }
    }

    /** The header of the file, for readers that must look at which columns exist. */
    public List<String> header() {
        try (CSVParser parser = open()) {
            return parser.getHeaderNames();
        } catch (IOException e) {
            throw new DataException(name, 1, "header", "a readable CSV header", describe(e));
        } catch (UncheckedIOException e) {
            throw new DataException(name, 1, "header", "a readable CSV header", describe(e));
        }
    }

    /**
     * Streams every row to {@code sink} after checking that {@code required} columns exist. A
     * file with a header and no rows is refused.
     */
    public void forEach(List<String> required, Consumer<Row> sink) {
        try (CSVParser parser = open()) {
            List<String> header = parser.getHeaderNames();
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String h = header.get(i).trim();
                if (h.isEmpty()) continue;
                Integer before = columns.putIfAbsent(h, i);
                if (before != null) {
                    throw new DataException(name, 1, "header", "each column once",
                            "column " + DataException.quote(h) + " as columns " + (before + 1) + " and " + (i + 1));
                }
            }
            for (String r : required) {
                if (!columns.containsKey(r)) {
                    String seen = String.join(",", header.subList(0, Math.min(4, header.size())));
                    throw new DataException(name, 1, r, "a column '" + r + "'" + (hint == null ? "" : " (is this " + hint + "?)"),
                            "header " + DataException.quote(seen));
                }
            }
            Iterator<CSVRecord> it = parser.iterator();
            long rows = 0;
            while (true) {
                CSVRecord rec;
                try {
                    if (!it.hasNext()) break;
                    rec = it.next();
                } catch (UncheckedIOException e) {
                    throw new DataException(name, parser.getCurrentLineNumber() + 1, "row", "well-formed CSV", describe(e));
                } catch (IllegalStateException e) {
                    // commons-csv's word for a quote that is never closed
                    throw new DataException(name, parser.getCurrentLineNumber(), "row", "well-formed CSV", describe(e));
                }
                // the parser has read up to the end of this row (the reader ends every file with a
                // line break), so its line count less the breaks inside quoted fields is where the row starts
                long line = parser.getCurrentLineNumber();
                for (String v : rec) line -= breaks(v);
                if (rec.size() == 1 && rec.get(0).isBlank()) continue;
                if (rec.size() != header.size()) {
                    throw new DataException(name, line, "row", header.size() + " fields", rec.size() + " (truncated or malformed row)");
                }
                rows++;
                sink.accept(new Row(rec, columns, line));
            }
            if (rows == 0) throw new DataException(name, 2, "row", "rows of data after the header", "none (the file has only its header)");
        } catch (IOException e) {
            throw new DataException(name, 0, "file", "a readable CSV file", describe(e));
        }
    }

    /** Line breaks as the parser counts them: CR LF, CR, or LF. */
    private static int breaks(String v) {
        if (v.indexOf('\n') < 0 && v.indexOf('\r') < 0) return 0; // almost every value: no scan
        int n = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\n' && (i == 0 || v.charAt(i - 1) != '\r') || c == '\r') n++;
        }
        return n;
    }

    private static String describe(Exception e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        if (t instanceof DataException d) throw d;
        if (t instanceof CharacterCodingException) return "bytes that are not UTF-8 text";
        return DataException.quote(t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage());
    }

    private CSVParser open() throws IOException {
        BoundedText.CountingStream raw = new BoundedText.CountingStream(name, opener.open());
        try {
            Reader reader = new BoundedText.GuardedReader(name, raw);
            PushbackReader pb = new PushbackReader(reader, 1);
            int first = pb.read();
            if (first == -1) throw new DataException(name, 1, "header", "a CSV header line", "an empty file");
            pb.unread(first);
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true).build();
            CSVParser parser;
            try {
                parser = CSVParser.parse(pb, format);
            } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
                throw new DataException(name, 1, "header", "a well-formed CSV header", describe(e));
            }
            if (parser.getHeaderNames().isEmpty()) {
                parser.close();
                throw new DataException(name, 1, "header", "a CSV header line", "an empty header");
            }
            if (parser.getHeaderNames().size() > MAX_COLUMNS) {
                int n = parser.getHeaderNames().size();
                parser.close();
                throw new DataException(name, 1, "header", "at most " + MAX_COLUMNS + " columns", n + " columns");
            }
            return parser;
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }
}
