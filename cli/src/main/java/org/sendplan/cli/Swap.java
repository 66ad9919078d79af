package org.sendplan.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * One run's commit into an output folder {@code OUT}, by renames inside it: the old reports the
 * run replaces or owns go to {@code OUT/.sendplan-previous-<run>/}, the new ones come from
 * {@code OUT/.sendplan-staging-<run>/}. A journal {@code OUT/.sendplan-swap-<run>} naming both
 * lists is in place before the first rename and removed after the last, so that a swap cut short
 * (a kill, a failed rename) can be finished: forward when every new file is staged or in place,
 * else back from the previous folder. Without a journal, {@code OUT} holds one whole set.
 *
 * @param out    the output folder (its real path)
 * @param run    the run's id, {@code <pid>-<n>}: the pid tells the next run whether this one is alive
 * @param fresh  the new set's files (relative, {@code /}-separated)
 * @param old    the files of {@code OUT} that go: every owned report and every file of the new set's names
 */
record Swap(Path out, String run, List<String> fresh, List<String> old) {
    static final String PREFIX = ".sendplan-";
    private static final String JOURNAL = PREFIX + "swap-", STAGING = PREFIX + "staging-", PREVIOUS = PREFIX + "previous-";
    /** A journal being written: it names no swap yet, so a dead run's is simply removed. */
    private static final String DRAFT = PREFIX + "journal-";
    private static final String HEADER = "sendplan swap 1";
    /** The runs of this process not yet closed: another run of the same process must not take their folders for a dead run's. */
    private static final Set<String> RUNNING = ConcurrentHashMap.newKeySet();

    /** Moves one file; a test may stop a swap part-way with one that throws. */
    interface Mover {
        void move(Path from, Path to) throws IOException;
    }

    /** A rename: atomic where the file system can, replacing the target. */
    static final Mover RENAME = (from, to) -> {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    };

    private static final AtomicLong RUNS = new AtomicLong();

    /** A new run's id, marked as running until {@link #abandon}. */
    static String begin() {
        String run = ProcessHandle.current().pid() + "-" + RUNS.incrementAndGet();
        RUNNING.add(run);
        return run;
    }

    /**
     * Ends a run: its staging and previous folders and draft journal are removed, unless a journal
     * of its swap is still there (undoing a failed swap failed too): that is for the next run to finish.
     */
    static void abandon(Path out, String run) throws IOException {
        try {
            if (Files.exists(out.resolve(JOURNAL + run), LinkOption.NOFOLLOW_LINKS)) return;
            delete(out.resolve(DRAFT + run));
            delete(out.resolve(PREVIOUS + run));
            delete(staging(out, run));
        } finally {
            RUNNING.remove(run);
        }
    }

    static Path staging(Path out, String run) {
        return out.resolve(STAGING + run);
    }

    Path staging() {
        return staging(out, run);
    }

    Path previous() {
        return out.resolve(PREVIOUS + run);
    }

    Path journal() {
        return out.resolve(JOURNAL + run);
    }

    /** Writes the journal, then swaps; a failed rename is undone and thrown (the journal stays only if undoing fails too). */
    void commit(Mover mover) throws IOException {
        Path draft = out.resolve(DRAFT + run);
        List<String> lines = new ArrayList<>(List.of(HEADER));
        fresh.forEach(f -> lines.add("new " + f));
        old.forEach(f -> lines.add("old " + f));
        Files.write(draft, lines, StandardCharsets.UTF_8);
        RENAME.move(draft, journal()); // whole or absent, whatever instant a kill lands
        try {
            forward(mover);
        } catch (IOException | RuntimeException e) {
            try {
                back();
            } catch (IOException | RuntimeException undo) {
                e.addSuppressed(undo);
            }
            throw e;
        }
        cleanUp();
    }

    /** Finishes a dead run's swap: forward if its new set is whole, else back. */
    void recover() throws IOException {
        boolean whole = fresh.stream().allMatch(f -> exists(staging().resolve(f)) || isNew(f));
        if (whole) {
            forward(RENAME);
            cleanUp();
        } else {
            back();
        }
    }

    /** Old files out of the way, then new files in; each step skipped if done, so a swap cut short can run again. */
    private void forward(Mover mover) throws IOException {
        for (String f : old) {
            Path at = out.resolve(f), kept = previous().resolve(f);
            if (!exists(at) || exists(kept) || fresh.contains(f) && !exists(staging().resolve(f))) continue;
            Files.createDirectories(kept.getParent());
            mover.move(at, kept);
        }
        for (String f : fresh) {
            Path staged = staging().resolve(f);
            if (!exists(staged)) continue;
            Files.createDirectories(out.resolve(f).getParent());
            mover.move(staged, out.resolve(f));
        }
        Files.delete(journal()); // the new set stands alone from here: never undone
    }

    /** After the swap: the previous set and folders only old reports were in go (what cannot be removed now, the next run removes). */
    private void cleanUp() {
        try {
            for (String f : old) if (!fresh.contains(f)) removeEmptyFolders(out.resolve(f).getParent());
            delete(previous());
            delete(staging());
        } catch (IOException | UncheckedIOException e) {
            // left for the next run: its name says this run is over once it is closed
        }
    }

    /** New files out (they are still staged or about to be deleted), old files back. */
    private void back() throws IOException {
        for (String f : fresh) {
            if (!exists(staging().resolve(f)) && isNew(f)) Files.delete(out.resolve(f));
        }
        for (String f : old) {
            Path kept = previous().resolve(f);
            if (exists(kept)) RENAME.move(kept, out.resolve(f));
        }
        Files.deleteIfExists(journal());
        delete(previous());
        delete(staging());
    }

    /** Whether {@code OUT/f} is the new file: the old file of that name (if any) is already in the previous folder. */
    private boolean isNew(String f) {
        return exists(out.resolve(f)) && (!old.contains(f) || exists(previous().resolve(f)));
    }

    /** The swap a journal names; null if {@code file} is not a journal. */
    static Swap read(Path out, Path file) throws IOException {
        String name = file.getFileName().toString();
        if (!name.startsWith(JOURNAL)) return null;
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new IOException(file + " is not a journal this sendplan can read: restore the files in " + PREVIOUS + "* and remove it");
        }
        List<String> fresh = new ArrayList<>(), old = new ArrayList<>();
        for (String l : lines.subList(1, lines.size())) {
            if (l.startsWith("new ")) fresh.add(l.substring(4));
            else if (l.startsWith("old ")) old.add(l.substring(4));
        }
        return new Swap(out, name.substring(JOURNAL.length()), fresh, old);
    }

    /**
     * What runs that are no longer alive left in {@code out}: their swaps are finished first (every
     * journal, forward or back), then their staging, previous and draft journal folders removed.
     * A live run's are left to it.
     */
    static void recoverDead(Path out) throws IOException {
        for (Path p : entries(out)) {
            if (alive(p)) continue;
            Swap s = read(out, p);
            if (s != null) s.recover();
        }
        for (Path p : entries(out)) if (!alive(p)) delete(p);
    }

    private static List<Path> entries(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.filter(p -> p.getFileName().toString().startsWith(PREFIX)).sorted().toList();
        }
    }

    /** The run in an entry's name, {@code .sendplan-<kind>-<pid>-<n>}: {@code <pid>-<n>}, or "" if none. */
    private static String runOf(Path p) {
        String rest = p.getFileName().toString().substring(PREFIX.length());
        int dash = rest.indexOf('-');
        return dash < 0 ? "" : rest.substring(dash + 1);
    }

    /** Whether the run that made {@code p} may still be using it: a run of this process not yet closed, or another process alive. */
    private static boolean alive(Path p) {
        String run = runOf(p);
        if (!run.matches("[0-9]{1,18}-[0-9]+")) return false;
        long pid = Long.parseLong(run.substring(0, run.indexOf('-')));
        if (pid == ProcessHandle.current().pid()) return RUNNING.contains(run);
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static boolean exists(Path p) {
        return Files.exists(p, LinkOption.NOFOLLOW_LINKS);
    }

    /** Removes {@code dir} and its parents up to {@code out} while they are empty (a folder only old reports were in). */
    private void removeEmptyFolders(Path dir) throws IOException {
        for (Path d = dir; d != null && d.startsWith(out) && !d.equals(out); d = d.getParent()) {
            try {
                Files.deleteIfExists(d);
            } catch (DirectoryNotEmptyException e) {
                return;
            }
        }
    }

    static void delete(Path p) throws IOException {
        if (!exists(p)) return;
        try (Stream<Path> files = Files.walk(p)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        }
    }
}
