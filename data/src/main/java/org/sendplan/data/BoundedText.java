package org.sendplan.data;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import static org.sendplan.data.CsvSource.MAX_FILE_BYTES;
import static org.sendplan.data.CsvSource.MAX_INFLATED_BYTES;
import static org.sendplan.data.CsvSource.MAX_RATIO;
import static org.sendplan.data.CsvSource.MAX_ROW_CHARS;
import static org.sendplan.data.CsvSource.RATIO_CHECK_FROM;

/** The streams under {@link CsvSource} that hold a file to its bounds while it is read. */
final class BoundedText {
    private BoundedText() {
    }

    /** Counts the bytes read from the file and refuses more than {@link CsvSource#MAX_FILE_BYTES}. */
    static final class CountingStream extends FilterInputStream {
        private final String name;
        long count;
        private final long max;
        private final boolean inflated;
        private final CountingStream compressed;

        CountingStream(String name, InputStream in) {
            this(name, in, MAX_FILE_BYTES, null);
        }

        CountingStream(String name, InputStream in, long max, CountingStream compressed) {
            super(in);
            this.name = name;
            this.max = max;
            this.inflated = compressed != null;
            this.compressed = compressed;
        }

        @Override
        public int read() throws IOException {
            byte[] b = new byte[1];
            return read(b, 0, 1) == -1 ? -1 : b[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
                if (count > max) {
                    throw new DataException(name, 0, "file", inflated ? "a gzip file that inflates to at most " + max + " bytes"
                            : "a file of at most " + max + " bytes", "more");
                }
                if (inflated && count > RATIO_CHECK_FROM && count > MAX_RATIO * Math.max(1, compressed.count)) {
                    throw new DataException(name, 0, "file", "a gzip file that inflates to at most " + MAX_RATIO + " times its size",
                            compressed.count + " bytes inflating to more than " + count + " (a gzip bomb?)");
                }
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            return read(new byte[(int) Math.min(n, 8192)], 0, (int) Math.min(n, 8192));
        }
    }

    /**
     * Decodes UTF-8 (a bad byte refused on the line it is on), strips a byte-order mark, refuses
     * a row longer than {@link CsvSource#MAX_ROW_CHARS}, inflates gzip and ends the text with a line break
     * (so that the parser's line count after a row is that row's last line).
     */
    static final class GuardedReader extends Reader {
        private final String name;
        private final CountingStream raw;
        private InputStream in;
        private boolean gzip;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
        private final CharBuffer chars = CharBuffer.allocate(1 << 16).flip();
        private boolean eof, flushed, lastWasBreak = true, ended, first = true, quoted, lastWasCr;
        private String badBytes;
        private long line = 1, rowStart = 1;
        private int rowChars;

        GuardedReader(String name, CountingStream raw) {
            this.name = name;
            this.raw = raw;
        }

        private void start() throws IOException {
            BufferedInputStream b = new BufferedInputStream(raw, 1 << 16);
            b.mark(2);
            byte[] magic = b.readNBytes(2);
            b.reset();
            gzip = magic.length == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
            if (gzip) {
                try {
                    in = new CountingStream(name, new GZIPInputStream(b, 1 << 16), MAX_INFLATED_BYTES, raw);
                } catch (IOException e) {
                    throw notGzip(e);
                }
            } else {
                in = b;
            }
        }

        private DataException notGzip(IOException e) {
            return new DataException(name, 0, "file", "a valid gzip file (it starts like one)",
                    "not a valid gzip file (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            if (len == 0) return 0;
            int n = 0;
            while (n == 0) {
                while (!chars.hasRemaining()) {
                    if (badBytes != null) {
                        throw new DataException(name, line, "text", "UTF-8 text", "bytes that are not UTF-8 text (" + badBytes + ")");
                    }
                    if (!fill()) return -1;
                }
                // on the buffer's array with the state in locals: this loop sees every character of a release
                char[] a = chars.array();
                int p = chars.position(), limit = chars.limit(), rc = rowChars;
                boolean q = quoted, cr = lastWasCr;
                long ln = line, rs = rowStart;
                while (n < len && p < limit) {
                    char c = a[p++];
                    if (first) {
                        first = false;
                        if (c == '\uFEFF') continue;
                    }
                    if (c == '\r' || c == '\n' && !cr) {
                        ln++;
                        if (!q) {
                            rc = 0;
                            rs = ln;
                        }
                    } else if (c == '"') {
                        q = !q;
                    }
                    cr = c == '\r';
                    if (++rc > MAX_ROW_CHARS) {
                        throw new DataException(name, rs, "row", "a row of at most " + MAX_ROW_CHARS + " characters",
                                "a longer one" + (q ? " (a quote that is never closed?)" : ""));
                    }
                    buf[off + n++] = c;
                }
                chars.position(p);
                rowChars = rc;
                quoted = q;
                lastWasCr = cr;
                line = ln;
                rowStart = rs;
            }
            return n;
        }

        private boolean fill() throws IOException {
            if (in == null) start();
            chars.clear();
            while (true) {
                if (flushed) {
                    if (!lastWasBreak && !ended) {
                        chars.put('\n');
                        ended = true;
                    }
                    break;
                }
                CoderResult r = decoder.decode(bytes, chars, eof);
                if (r.isError()) {
                    StringBuilder hex = new StringBuilder();
                    for (int i = 0; i < r.length(); i++) hex.append(i == 0 ? "0x" : " 0x").append(String.format("%02X", bytes.get(bytes.position() + i) & 0xff));
                    badBytes = hex.toString();
                    break;
                }
                if (chars.position() > 0) break;
                if (eof) {
                    decoder.flush(chars);
                    flushed = true;
                    if (chars.position() > 0) break;
                    continue;
                }
                bytes.compact();
                int k;
                try {
                    k = in.read(bytes.array(), bytes.position(), bytes.remaining());
                } catch (java.util.zip.ZipException | java.io.EOFException e) {
                    if (gzip) throw notGzip(e);
                    throw e;
                }
                if (k < 0) eof = true;
                else bytes.position(bytes.position() + k);
                bytes.flip();
            }
            if (chars.position() > 0) {
                char last = chars.get(chars.position() - 1);
                lastWasBreak = last == '\n' || last == '\r';
            }
            chars.flip();
            return chars.hasRemaining() || badBytes != null;
        }

        @Override
        public void close() throws IOException {
            if (in != null) in.close();
            raw.close();
        }
    }
}
