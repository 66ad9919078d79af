package org.sendplan.reports;

import org.apache.commons.io.output.StringBuilderWriter;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A workbook whose cells are plain objects until it is written (POI's SXSSF, every row kept), the
 * rest (styles, charts, print setup) the XSSF workbook beneath. XSSF keeps every cell as XML
 * objects and serialises them at the end: that was most of a workbook's time and of a batch's
 * garbage. Strings are written in their cells (inline), not in a shared table.
 * <p>
 * SXSSF writes each sheet's rows to a temporary file, which a killed run would leave behind; here
 * they are written to memory (a sheet is at most a few hundred kilobytes of XML), and the written
 * workbook is assembled in memory too.
 */
final class StreamingWorkbook extends SXSSFWorkbook {
    StreamingWorkbook() {
        // -1: no row is flushed before the workbook is written, so sheets can be read back (widths, chart data)
        super(new XSSFWorkbook(), -1, false, false);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        // not a StringWriter: it locks its StringBuffer on each of the many small writes of a sheet's cells
        return new InMemorySheetData(new StringBuilderWriter(1 << 16));
    }

    /** Writes the workbook without temporary files. */
    @Override
    public void write(OutputStream out) throws IOException {
        writeAvoidingTempFiles(out);
    }

    /**
     * Frees the workbook without saving it again. POI's close saves a workbook it made itself into
     * a buffer of its own, after {@link #write} has written the file: about 4 ms a workbook, half a
     * second of a batch of every authority. The sheets' rows are in memory: no writer to close.
     */
    @Override
    public void close() {
        getXSSFWorkbook().getPackage().revert();
    }

    /** Nothing to delete: no sheet was written to a file (SXSSF's own would fail on the in-memory sheets). */
    @Override
    public boolean dispose() {
        return true;
    }

    /** The XSSF sheet beneath {@code sheet}: where its drawing and charts are made. */
    static XSSFSheet beneath(SXSSFSheet sheet) {
        return ((SXSSFWorkbook) sheet.getWorkbook()).getXSSFWorkbook().getSheet(sheet.getSheetName());
    }

    /** A sheet's rows as XML in memory. */
    private static final class InMemorySheetData extends SheetDataWriter {
        private final StringBuilderWriter xml;

        InMemorySheetData(StringBuilderWriter xml) throws IOException {
            super(xml);
            this.xml = xml;
        }

        @Override
        public InputStream getWorksheetXMLInputStream() {
            return new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8));
        }
    }
}
