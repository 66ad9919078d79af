package org.sendplan.data;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * A CSV input read as a stream of rows that know their line number, so every error can name
 * file, line and field. Strips a UTF-8 byte-order mark, reads {@code .gz} transparently, and
 * rejects files that are empty, not UTF-8 text, or whose rows do not match the header.
 * commons-csv does the parsing (quoted names with commas).
 */
public final class CsvSource {
    private final String name;
    private final IoSupplier opener;

    @FunctionalInterface
    public interface IoSupplier {
        InputStream open() throws IOException;
    }

    private CsvSource(String name, IoSupplier opener) {
        this.name = name;
        this.opener = opener;
    }

    public static CsvSource of(Path file) {
        return new CsvSource(file.toString(), () -> {
            try {
                return Files.newInputStream(file);
            } catch (NoSuchFileException e) {
                throw new DataException(file.toString(), 0, "file", "an existing file", "none");
            }
        });
    }

    /** A resource bundled in the jar (for example {@code dfe-sen2-2025/caseload.csv.gz}). */
    public static CsvSource bundled(String resource) {
        return new CsvSource("bundled:" + resource.replace(".gz", ""), () -> {
            InputStream in = CsvSource.class.getResourceAsStream(resource);
            if (in == null) throw new IllegalStateException("bundled resource missing: " + resource);
            return in;
        });
    }

    public String name() {
        return name;
    }

    /** One row of the file. */
    public final class Row {
        private final CSVRecord record;
        private final Map<String, Integer> columns;

        private Row(CSVRecord record, Map<String, Integer> columns) {
            this.record = record;
            this.columns = columns;
        }

        /** 1-based line number in the file (the header is line 1). */
        public long line() {
            return record.getRecordNumber() + 1;
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
         * A published count: a non-negative whole number, or {@code NaN} for the publisher's
         * markers {@code x} (not available), {@code z} (not applicable) and an empty cell.
         */
        public double count(String column) {
            String v = text(column);
            if (v.isEmpty() || v.equals("x") || v.equals("z") || v.equals("c") || v.equals("u")) return Double.NaN;
            double d;
            try {
                d = Double.parseDouble(v.replace(",", ""));
            } catch (NumberFormatException e) {
                throw new DataException(name, line(), column, "a count", "'" + v + "'");
            }
            if (d < 0 || Double.isNaN(d) || Double.isInfinite(d)) {
                throw new DataException(name, line(), column, "a count of zero or more", "'" + v + "'");
            }
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
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Streams every row to {@code sink} after checking that {@code required} columns exist.
     */
    public void forEach(List<String> required, Consumer<Row> sink) {
        try (CSVParser parser = open()) {
            List<String> header = parser.getHeaderNames();
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.size(); i++) columns.putIfAbsent(header.get(i).trim(), i);
            for (String r : required) {
                if (!columns.containsKey(r)) {
                    String seen = String.join(",", header.subList(0, Math.min(4, header.size())));
                    throw new DataException(name, 1, r, "a column '" + r + "' (is this a DfE SEN2 file?)",
                            "header '" + (seen.length() > 60 ? seen.substring(0, 60) + "…" : seen) + "'");
                }
            }
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                CSVRecord rec;
                try {
                    if (!it.hasNext()) break;
                    rec = it.next();
                } catch (UncheckedIOException e) {
                    throw new DataException(name, parser.getCurrentLineNumber(), "row", "well-formed CSV", describe(e));
                }
                if (rec.size() == 1 && rec.get(0).isBlank()) continue;
                if (rec.size() != header.size()) {
                    throw new DataException(name, rec.getRecordNumber() + 1, "row",
                            header.size() + " fields", rec.size() + " (truncated or malformed row)");
                }
                sink.accept(new Row(rec, columns));
            }
        } catch (IOException e) {
            throw new DataException(name, 0, "file", "a readable CSV file", describe(e));
        }
    }

    private static String describe(Exception e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        if (t instanceof CharacterCodingException) return "bytes that are not UTF-8 text";
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private CSVParser open() throws IOException {
        InputStream raw = new BufferedInputStream(opener.open(), 1 << 16);
        try {
            InputStream in = isGzip(raw) ? new GZIPInputStream(raw, 1 << 16) : raw;
            Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
            PushbackReader pb = new PushbackReader(reader, 1);
            int first = pb.read();
            if (first == -1) throw new DataException(name, 1, "header", "a CSV header line", "an empty file");
            if (first != '\uFEFF') pb.unread(first);
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setIgnoreEmptyLines(true).build();
            CSVParser parser = CSVParser.parse(pb, format);
            if (parser.getHeaderNames().isEmpty()) {
                parser.close();
                throw new DataException(name, 1, "header", "a CSV header line", "an empty header");
            }
            return parser;
        } catch (CharacterCodingException e) {
            raw.close();
            throw new DataException(name, 1, "file", "UTF-8 CSV text", "bytes that are not UTF-8 text");
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /** Detects gzip by its magic bytes, so bundled resources and user files both work. */
    private static boolean isGzip(InputStream in) throws IOException {
        in.mark(2);
        byte[] b = in.readNBytes(2);
        in.reset();
        return b.length == 2 && (b[0] & 0xff) == 0x1f && (b[1] & 0xff) == 0x8b;
    }
}
