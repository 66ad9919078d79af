package org.sendplan.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendplan.data.DfeHistory;
import org.sendplan.data.DfeRelease;
import org.sendplan.data.DfeReleaseReader;
import org.sendplan.model.Dimension;
import org.sendplan.model.evaluation.Case;
import org.sendplan.model.evaluation.TrackRecord;
import org.sendplan.model.SummaryRow;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

/**
 * The track record is judged once per data and build and read back the same, to the last bit;
 * other data, or a kept file that is damaged or not ours, is judged afresh.
 */
class TrackRecordStoreTest {
    @TempDir
    Path dir;

    /** Thirty areas growing about 8% a year, forecast at 4%: enough past errors for every horizon's band. */
    private static List<Case> pool() {
        Random rng = new Random(11);
        List<Case> cases = new ArrayList<>();
        for (int a = 0; a < 30; a++) {
            double[] plans = new double[16]; // January 2010 + i
            plans[0] = 400 + 40 * a;
            for (int i = 1; i < plans.length; i++) plans[i] = plans[i - 1] * Math.exp(0.08 + 0.03 * rng.nextGaussian());
            for (int base = 2012; base <= 2024; base++) {
                double tb = plans[base - 2010], own = Math.log(tb / plans[base - 2011]);
                for (int h = 1; h <= Math.min(5, 2025 - base); h++) {
                    double method = tb * Math.exp(0.04 * h);
                    cases.add(new Case("A" + a, base, h, Dimension.TOTAL, SummaryRow.ALL, method, method, tb, own, 0.08, plans[base + h - 2010], tb,
                            Double.NaN));
                }
            }
        }
        return cases;
    }

    private record Counted(AtomicInteger judged, Supplier<TrackRecord> judge) {
        static Counted of(List<Case> pool) {
            AtomicInteger n = new AtomicInteger();
            return new Counted(n, () -> {
                n.incrementAndGet();
                return TrackRecord.of(pool);
            });
        }
    }

    private List<Path> kept() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    @Test
    void aKeptRecordIsReadBackInsteadOfJudgedAgainAndGivesTheSameFiguresToTheBit() throws IOException {
        List<Case> pool = pool();
        Counted c = Counted.of(pool);
        TrackRecord first = TrackRecordStore.load(dir, "data-a", c.judge());
        TrackRecord second = TrackRecordStore.load(dir, "data-a", c.judge());
        assertEquals(1, c.judged().get(), "judged once, then read back");
        assertNotSame(first, second);
        assertEquals(1, kept().size());
        for (Case x : pool) {
            assertEquals(Double.doubleToLongBits(first.central(x)), Double.doubleToLongBits(second.central(x)), x.toString());
            assertArrayEquals(first.band(x), second.band(x), 0, x.toString());
        }
        for (int h = 1; h <= 5; h++) {
            assertEquals(first.coverage(Dimension.TOTAL, h, 2025), second.coverage(Dimension.TOTAL, h, 2025), 0);
            assertEquals(first.widening(Dimension.TOTAL, 2025, h), second.widening(Dimension.TOTAL, 2025, h), 0);
        }
    }

    @Test
    void otherDataAreJudgedAfreshAndKeptBesideTheFirst() throws IOException {
        Counted c = Counted.of(pool());
        TrackRecordStore.load(dir, "data-a", c.judge());
        TrackRecordStore.load(dir, "data-b", c.judge());
        TrackRecordStore.load(dir, "data-b", c.judge());
        assertEquals(2, c.judged().get());
        assertEquals(2, kept().size());
    }

    /** Every build and data folder leaves its own piece: the store keeps the newest four of a kind and prunes the rest. */
    @Test
    void theStoreKeepsTheNewestFourOfAKind() throws IOException {
        Counted c = Counted.of(pool());
        for (String data : List.of("a", "b", "c", "d", "e", "f")) TrackRecordStore.load(dir, data, c.judge());
        assertEquals(6, c.judged().get());
        assertEquals(org.sendplan.data.KeptWork.KEEP, kept().size());
        TrackRecordStore.load(dir, "f", c.judge());
        assertEquals(6, c.judged().get(), "the newest is still there");
    }

    @Test
    void dataNotIdentifiedOrAStoreThatIsOffKeepNothing() throws IOException {
        Counted c = Counted.of(pool());
        TrackRecordStore.load(dir, null, c.judge());
        TrackRecordStore.load(null, "data-a", c.judge());
        assertEquals(2, c.judged().get());
        assertEquals(0, kept().size());
    }

    /** An authority's backtest of data that are not identified is made afresh each time, never kept under a shared name. */
    @Test
    void aBacktestOfDataNotIdentifiedIsNotKept() {
        AtomicInteger made = new AtomicInteger();
        Supplier<org.sendplan.model.evaluation.RollingBacktest.Result> make = () -> {
            made.incrementAndGet();
            return new org.sendplan.model.evaluation.RollingBacktest.Result(new org.sendplan.model.Area("T1", "E0", "Test", org.sendplan.model.Area.Level.LOCAL_AUTHORITY,
                    "North East"), 5, List.of(), List.of(), List.of(), List.of());
        };
        TrackRecordStore.backtest(null, "T1", 5, make);
        TrackRecordStore.backtest(null, "T1", 5, make);
        assertEquals(2, made.get(), "made each time");
    }

    @Test
    void aTruncatedFileIsJudgedAfreshAndReplaced() throws IOException {
        Counted c = Counted.of(pool());
        TrackRecord judged = TrackRecordStore.load(dir, "data-a", c.judge());
        Path file = kept().get(0);
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(whole, whole.length / 2));
        TrackRecord again = TrackRecordStore.load(dir, "data-a", c.judge());
        assertEquals(2, c.judged().get());
        assertArrayEquals(whole.length > 0 ? judged.band(pool().get(0)) : null, again.band(pool().get(0)), 0);
        assertEquals(whole.length, Files.size(file), "replaced whole");
        TrackRecordStore.load(dir, "data-a", c.judge());
        assertEquals(2, c.judged().get(), "and read back after");
    }

    /** A kept file of the right name and header that holds anything but a track record (here a list of strings) is not read. */
    @Test
    void aFileHoldingOtherClassesIsNotDeserialised() throws IOException {
        Counted c = Counted.of(pool());
        TrackRecordStore.load(dir, "data-a", c.judge());
        Path file = kept().get(0);
        String identity;
        try (InputStream raw = Files.newInputStream(file); java.io.ObjectInputStream in = new java.io.ObjectInputStream(raw)) {
            in.readUTF();
            identity = in.readUTF();
        }
        try (ObjectOutputStream out = new ObjectOutputStream(Files.newOutputStream(file))) {
            out.writeUTF("sendplan kept work 1");
            out.writeUTF(identity);
            out.writeObject(new java.util.TreeMap<>(java.util.Map.of("a", new java.util.concurrent.atomic.AtomicLong(1))));
        }
        TrackRecordStore.load(dir, "data-a", c.judge());
        assertEquals(2, c.judged().get(), "a TreeMap is refused by the filter and the record judged again");
    }

    @Test
    void aStoreThatCannotBeWrittenStillGivesTheJudgedRecord() throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        Counted c = Counted.of(pool());
        TrackRecord r = TrackRecordStore.load(notAFolder.resolve("store"), "data-a", c.judge());
        assertEquals(1, c.judged().get());
        assertEquals(List.of(notAFolder), kept());
        assertArrayEquals(TrackRecord.of(pool()).band(pool().get(7)), r.band(pool().get(7)), 0);
    }

    /**
     * From the data file to the key: a release read from a folder is identified by its files'
     * bytes, the history built on it carries that identity (the older release it merges is the
     * build's own), and one changed figure changes it, so the kept record of the old file is
     * never served for the new one.
     */
    @Test
    void aChangedDataFileChangesTheIdentityTheRecordIsKeptBy() throws IOException {
        Path data = dir.resolve("release");
        Files.createDirectories(data);
        for (String f : DfeReleaseReader.FILES) copyBundled(f, data);
        copyBundled(DfeReleaseReader.REQUESTS, data);
        DfeRelease before = DfeReleaseReader.folder(data);
        assertEquals(before.fingerprint(), DfeHistory.of(before).fingerprint());
        assertEquals(before.fingerprint(), DfeReleaseReader.folder(data).fingerprint(), "the same bytes, the same identity");

        Path caseload = data.resolve("caseload.csv.gz");
        List<String> lines = gunzip(caseload);
        // one authority's plans in one census, one more
        int column = List.of(lines.get(0).split(",", -1)).indexOf("ehcplans");
        int row = 1;
        while (!lines.get(row).contains(",Local authority,")) row++;
        String[] cells = lines.get(row).split(",", -1);
        cells[column] = Integer.toString(Integer.parseInt(cells[column]) + 1);
        lines.set(row, String.join(",", cells));
        gzip(caseload, lines);
        DfeRelease after = DfeReleaseReader.folder(data);
        assertNotEquals(before.fingerprint(), after.fingerprint());

        Counted c = Counted.of(pool());
        TrackRecordStore.load(dir.resolve("store"), DfeHistory.of(before).fingerprint(), c.judge());
        TrackRecordStore.load(dir.resolve("store"), DfeHistory.of(after).fingerprint(), c.judge());
        assertEquals(2, c.judged().get(), "the changed data judged afresh");
        // the bundled release's identity is the build's own
        assertEquals(org.sendplan.data.ReleaseFingerprint.BUNDLED, DfeHistory.of(DfeReleaseReader.bundled()).fingerprint());
    }

    private static void copyBundled(String name, Path to) throws IOException {
        try (InputStream in = DfeReleaseReader.class.getResourceAsStream("/org/sendplan/data/dfe-sen2-2025/" + name + ".gz")) {
            Files.copy(java.util.Objects.requireNonNull(in, name), to.resolve(name + ".gz"));
        }
    }

    private static List<String> gunzip(Path f) throws IOException {
        try (InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(f))) {
            return new ArrayList<>(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList());
        }
    }

    private static void gzip(Path f, List<String> lines) throws IOException {
        List<String> copy = new ArrayList<>(lines);
        try (java.io.Writer w = new java.io.OutputStreamWriter(new java.util.zip.GZIPOutputStream(Files.newOutputStream(f)),
                java.nio.charset.StandardCharsets.UTF_8)) {
            for (String l : copy) w.write(l + "\n");
        }
    }
}
