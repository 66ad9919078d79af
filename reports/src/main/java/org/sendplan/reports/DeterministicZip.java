package org.sendplan.reports;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Date;
import java.util.Optional;

/**
 * What makes a workbook file depend on its contents only: the document properties carry a fixed
 * created and modified date ({@link #FIXED_DATE}), and every zip entry a fixed time (POI stamps
 * the current time otherwise). Used by the sufficiency-plan and the national workbooks.
 */
final class DeterministicZip {
    /** The created and modified date written to the document properties. */
    static final String FIXED_DATE = "2000-01-01T00:00:00Z";

    private DeterministicZip() {
    }

    /** Sets the document properties: {@code title}, {@code subject}, creator "sendplan" and the fixed dates. */
    static void properties(SXSSFWorkbook wb, String title, String subject) {
        POIXMLProperties.CoreProperties core = wb.getXSSFWorkbook().getProperties().getCoreProperties();
        Date fixed = Date.from(Instant.parse(FIXED_DATE));
        core.setTitle(title);
        core.setSubjectProperty(subject);
        core.setCreator("sendplan");
        core.setLastModifiedByUser("sendplan");
        core.setCreated(Optional.of(fixed));
        core.setModified(Optional.of(fixed));
    }

    /** Writes the zip in {@code zip} (a workbook as POI writes it) to {@code file} with {@link #fixZipTimes fixed times}. */
    static void write(byte[] zip, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            fixZipTimes(zip, out);
        }
    }

    /**
     * Copies the zip in {@code zip} to {@code out} with every entry's time set to 2000-01-01 00:00
     * (DOS time, local to no zone), without recompressing: POI stamps the current time otherwise.
     */
    static void fixZipTimes(byte[] zip, OutputStream out) throws IOException {
        long time = LocalDateTime.of(2000, 1, 1, 0, 0).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get();
             ZipArchiveOutputStream zout = new ZipArchiveOutputStream(out)) {
            for (ZipArchiveEntry e : Collections.list(in.getEntriesInPhysicalOrder())) {
                ZipArchiveEntry copy = new ZipArchiveEntry(e.getName());
                copy.setMethod(e.getMethod());
                copy.setCrc(e.getCrc());
                copy.setSize(e.getSize());
                copy.setCompressedSize(e.getCompressedSize());
                copy.setTime(time);
                try (InputStream raw = in.getRawInputStream(e)) {
                    zout.addRawArchiveEntry(copy, raw);
                }
            }
        }
    }
}
