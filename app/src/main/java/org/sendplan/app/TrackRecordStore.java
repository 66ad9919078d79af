package org.sendplan.app;

import org.sendplan.data.ReleaseFingerprint;
import org.sendplan.model.evaluation.TrackRecord;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Supplier;

/**
 * The track record of a release, judged once and kept: it is a function of the data and the code
 * alone, and judging it (every authority's past forecasts made again and every choice scored) is
 * most of a forecast's work. Kept in a file named by the SHA-256 of the code's identity
 * ({@link BuildIdentity}) and the data's ({@link ReleaseFingerprint}), so new data or a new build
 * is judged afresh and never served stale work; the file also holds both identities in full,
 * checked on reading.
 *
 * <p>Where: the folder named by the system property {@code sendplan.cache} or the environment
 * variable {@code SENDPLAN_CACHE}, else {@code $XDG_CACHE_HOME/sendplan}, else
 * {@code ~/.cache/sendplan}; {@code off} keeps nothing. The store is an optimisation only: a
 * folder that cannot be written, or a kept file that cannot be read back whole (truncated,
 * another format, anything but the record's own classes), is judged afresh as if it were not
 * there, and the run's figures are the same either way, byte for byte.
 */
public final class TrackRecordStore {
    public static final String PROPERTY = "sendplan.cache", VARIABLE = "SENDPLAN_CACHE", OFF = "off";
    private static final String MAGIC = "sendplan track record 1";
    /** Only the record's own classes, arrays and the JDK's plain values and collections are read back. */
    private static final ObjectInputFilter ONLY_THE_RECORD = ObjectInputFilter.Config.createFilter(
            "maxdepth=12;maxrefs=2000000;maxbytes=200000000;maxarray=10000000;"
                    + "org.sendplan.model.evaluation.*;org.sendplan.model.Dimension;java.lang.*;java.util.HashMap;java.util.Map$Entry;java.util.ArrayList;!*");

    private TrackRecordStore() {
    }

    /**
     * The kept record of the data with this fingerprint, or {@code judge}'s, kept for the next
     * run. A null fingerprint (data not identified) or a store that is off: {@code judge}'s alone.
     */
    public static TrackRecord load(String fingerprint, Supplier<TrackRecord> judge) {
        return load(folder(), fingerprint, judge);
    }

    /** As {@link #load(String, Supplier)}, kept in {@code folder} (null: nothing is kept). */
    static TrackRecord load(Path folder, String fingerprint, Supplier<TrackRecord> judge) {
        if (fingerprint == null || folder == null) return judge.get();
        String identity = BuildIdentity.get() + " " + fingerprint;
        Path file = folder.resolve("track-record-" + ReleaseFingerprint.of(identity) + ".bin");
        TrackRecord kept = read(file, identity);
        if (kept != null) return kept;
        TrackRecord judged = judge.get();
        write(folder, file, identity, judged);
        return judged;
    }

    /** The store's folder, or null when it is off. */
    static Path folder() {
        String named = System.getProperty(PROPERTY);
        if (named == null || named.isBlank()) named = System.getenv(VARIABLE);
        if (named != null && !named.isBlank()) return named.trim().equals(OFF) ? null : Path.of(named.trim());
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) return Path.of(xdg, "sendplan");
        return Path.of(System.getProperty("user.home"), ".cache", "sendplan");
    }

    private static TrackRecord read(Path file, String identity) {
        if (!Files.isRegularFile(file)) return null;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             ObjectInputStream in = new ObjectInputStream(raw)) {
            in.setObjectInputFilter(ONLY_THE_RECORD);
            if (!MAGIC.equals(in.readUTF()) || !identity.equals(in.readUTF())) return null;
            return in.readObject() instanceof TrackRecord r ? r : null;
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            return null; // not whole, or not ours: judged afresh
        }
    }

    /** Written beside the final name and moved there whole, so a reader never sees half a record. */
    private static void write(Path folder, Path file, String identity, TrackRecord record) {
        Path part = null;
        try {
            Files.createDirectories(folder);
            part = Files.createTempFile(folder, "track-record-", ".part");
            try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16);
                 ObjectOutputStream out = new ObjectOutputStream(raw)) {
                out.writeUTF(MAGIC);
                out.writeUTF(identity);
                out.writeObject(record);
            }
            try {
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            }
            part = null;
        } catch (IOException | RuntimeException e) {
            // a folder that cannot be written keeps nothing: the next run judges again
        } finally {
            if (part != null) {
                try {
                    Files.deleteIfExists(part);
                } catch (IOException ignored) {
                    // left for the next run's write to replace; the name is never read
                }
            }
        }
    }
}
