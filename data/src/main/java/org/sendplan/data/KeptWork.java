package org.sendplan.data;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Supplier;

/**
 * Work that is a function of some data and the code alone (a release parsed, the track record
 * judged on it), done once and kept between runs. Each piece is kept in a file named by the
 * SHA-256 of its identity (the code's, {@link BuildIdentity}, and the data's,
 * {@link ReleaseFingerprint}), so new data or a new build is worked afresh and never served stale
 * work; the file also holds the identity in full, checked on reading.
 *
 * <p>Where: the folder named by the system property {@code sendplan.cache} or the environment
 * variable {@code SENDPLAN_CACHE}, else {@code $XDG_CACHE_HOME/sendplan}, else
 * {@code ~/.cache/sendplan}; {@code off} keeps nothing. Keeping is an optimisation only: a
 * folder that cannot be written, or a kept file that cannot be read back whole (truncated,
 * another format, a class its filter does not admit), is worked afresh as if it were not there,
 * and what a run writes is the same either way, byte for byte.
 */
public final class KeptWork {
    public static final String PROPERTY = "sendplan.cache", VARIABLE = "SENDPLAN_CACHE", OFF = "off";
    private static final String MAGIC = "sendplan kept work 1";
    /** Bounds on what is read back, whatever a file holds: no kept piece comes near them. */
    static final String LIMITS = "maxdepth=24;maxrefs=5000000;maxbytes=500000000;maxarray=20000000;";
    /** The JDK's plain values and the collections kept work is made of. */
    static final String PLAIN = "java.lang.*;java.util.HashMap;java.util.LinkedHashMap;java.util.TreeMap;java.util.ArrayList;java.util.Map$Entry;"
            + "java.util.CollSer;java.util.ImmutableCollections$*;java.util.Collections$*;";

    private KeptWork() {
    }

    /**
     * The kept piece with this identity, or {@code work}'s, kept for the next run.
     *
     * @param kind   a name for the file ({@code track-record}, {@code release})
     * @param admits the classes of the piece beside {@link #PLAIN} (a filter pattern such as {@code org.sendplan.model.*})
     * @param identity null: the data are not identified, nothing is kept
     */
    public static <T extends Serializable> T load(String kind, String identity, String admits, Class<T> type, Supplier<T> work) {
        return load(folder(), kind, identity, admits, type, work);
    }

    /** As {@link #load(String, String, String, Class, Supplier)}, kept in {@code folder} (null: nothing is kept). */
    public static <T extends Serializable> T load(Path folder, String kind, String identity, String admits, Class<T> type, Supplier<T> work) {
        if (identity == null || folder == null) return work.get();
        Path file = folder.resolve(kind + "-" + ReleaseFingerprint.of(kind + " " + identity) + ".bin");
        T kept = read(file, identity, ObjectInputFilter.Config.createFilter(LIMITS + PLAIN + (admits.isEmpty() ? "" : admits + ";") + "!*"), type);
        if (kept != null) return kept;
        T made = work.get();
        write(folder, file, identity, made);
        prune(folder, kind);
        return made;
    }

    /** Pieces of one kind kept at most (the newest written): each build and each data folder leaves its own. */
    public static final int KEEP = 4;

    /** Leaves the {@link #KEEP} newest pieces of a kind: a store that every build adds to must not grow without end. */
    private static void prune(Path folder, String kind) {
        java.util.regex.Pattern name = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(kind) + "-[0-9a-f]{64}\\.bin");
        try (java.util.stream.Stream<Path> all = Files.list(folder)) {
            List<Path> pieces = all.filter(p -> name.matcher(p.getFileName().toString()).matches()).sorted(java.util.Comparator.comparing(
                    (Path p) -> p.toFile().lastModified()).reversed().thenComparing(Path::toString)).toList();
            for (Path p : pieces.subList(Math.min(KEEP, pieces.size()), pieces.size())) Files.deleteIfExists(p);
        } catch (IOException | RuntimeException e) {
            // nothing pruned: the next write tries again
        }
    }

    /** The store's folder, or null when it is off (or there is no home to keep it in). */
    static Path folder() {
        String named = System.getProperty(PROPERTY);
        if (named == null || named.isBlank()) named = System.getenv(VARIABLE);
        if (named != null && !named.isBlank()) return named.trim().equals(OFF) ? null : Path.of(named.trim());
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) return Path.of(xdg, "sendplan");
        Path home = Path.of(System.getProperty("user.home", ""));
        // a home the JVM could not find ("?") would put the store in the working folder: keep nothing instead
        return home.isAbsolute() ? home.resolve(".cache").resolve("sendplan") : null;
    }

    private static <T> T read(Path file, String identity, ObjectInputFilter filter, Class<T> type) {
        if (!Files.isRegularFile(file)) return null;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             ObjectInputStream in = new ObjectInputStream(raw)) {
            in.setObjectInputFilter(filter);
            if (!MAGIC.equals(in.readUTF()) || !identity.equals(in.readUTF())) return null;
            Object o = in.readObject();
            if (!type.isInstance(o)) return null;
            file.toFile().setLastModified(System.currentTimeMillis()); // used: the last to be pruned
            return type.cast(o);
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            return null; // not whole, or not ours: worked afresh
        }
    }

    /** Written beside the final name and moved there whole, so a reader never sees half a piece. */
    private static void write(Path folder, Path file, String identity, Serializable piece) {
        Path part = null;
        try {
            Files.createDirectories(folder);
            part = Files.createTempFile(folder, "kept-", ".part");
            try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16);
                 ObjectOutputStream out = new ObjectOutputStream(raw)) {
                out.writeUTF(MAGIC);
                out.writeUTF(identity);
                out.writeObject(piece);
            }
            try {
                Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
            }
            part = null;
        } catch (IOException | RuntimeException e) {
            // a folder that cannot be written keeps nothing: the next run works again
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
