package org.sendplan.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Replaces a run's reports in an output folder as one set: after the process is killed at any
 * instant, the reports read through {@code OUT} are either all of the previous run's or all of
 * the new run's, never a mix and never a half-written file.
 *
 * <p><b>Layout.</b> {@code OUT} stays an ordinary folder (it may hold the user's own files, which
 * are never touched). Beside it, a hidden store {@code .OUT.sendplan/} holds the sets: each set a
 * folder {@code set-<pid>-<n>}, and {@code current}, a symbolic link naming the live set. Each
 * report in {@code OUT} is a relative symbolic link through {@code current}, e.g.
 * {@code OUT/charts/total.png -> ../../.OUT.sendplan/current/charts/total.png}, so every report
 * resolves into the same set, and one rename of {@code current} switches all of them at once.
 *
 * <p><b>A run.</b> (1) Clean up what killed runs left (below). (2) Write every file into a new set
 * folder in the store. (3) Commit: report files of an older sendplan still in {@code OUT} as plain
 * files are first hard-linked into the live set and each replaced by a link to the same bytes
 * (the user sees no change); files of the live set that this run does not own (e.g.
 * {@code backtest} after a {@code forecast} owns only {@code backtest.csv}) are hard-linked into
 * the new set; a link is made in {@code OUT} for each file of the new set (a link for a new name
 * dangles, that is the file is absent, until the switch); then {@code current} is replaced by a
 * link to the new set with one {@code rename(2)}: the commit point. (4) Links left dangling (reports
 * the new run no longer writes) and the old set are removed.
 *
 * <p><b>After a kill.</b> Before the commit point the old set is live and nothing it holds has
 * changed; after it the new set is complete. The next run into the same folder removes sets and
 * temporary links of runs that are no longer alive (their pid in the name) and the links that
 * dangle. A failed run (an error, a full disk) removes its own set once every writer thread has
 * stopped ({@link org.sendplan.reports.ReportSet#write} returns only then).
 *
 * <p>Where symbolic links cannot be made (Windows without the privilege, some network shares)
 * the set is written to the store and its files then moved into {@code OUT} one by one: a failed
 * run leaves the previous reports untouched, but a kill during the moves can leave a mix.
 */
final class OutputFolder implements AutoCloseable {
    /** Output that cannot be written (exit 4). */
    static final class OutputException extends RuntimeException {
        OutputException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static final String CURRENT = "current";
    private static final long PID = ProcessHandle.current().pid();

    private final Path shown;
    private final Path target;
    private final Path store;
    private final Path staging;
    private final Predicate<String> owned;
    private final boolean links;
    private boolean committed;

    /** An output folder whose every file belongs to the run's set (the run owns every name it writes). */
    OutputFolder(Path target) {
        this(target, name -> false);
    }

    /**
     * @param owned names (relative, {@code /}-separated) that belong to this kind of run: a file of
     *              the previous set so named is dropped when this run does not write it; files of
     *              the previous set not owned are kept (carried into the new set)
     */
    OutputFolder(Path target, Predicate<String> owned) {
        this.shown = target;
        this.owned = owned;
        Path t;
        try {
            if (Files.exists(target) && !Files.isDirectory(target)) {
                throw new OutputException("cannot write to " + target + ": it is a file, not a folder", null);
            }
            Files.createDirectories(target);
            t = target.toRealPath();
        } catch (IOException e) {
            throw failure(target, e);
        }
        this.target = t;
        Path parent = t.getParent();
        if (parent == null) throw new OutputException("cannot write to " + target + ": choose a folder below the root", null);
        this.store = parent.resolve("." + t.getFileName() + ".sendplan");
        try {
            Files.createDirectories(store);
            this.links = symlinks(store);
            recover();
            this.staging = store.resolve("set-" + PID + "-" + System.nanoTime());
            Files.createDirectory(staging);
        } catch (IOException | UncheckedIOException e) {
            throw failure(store, e);
        }
    }

    /** Where to write a file of the run (relative path, e.g. {@code charts/total.png}). */
    Path stage(String relative) {
        Path p = staging.resolve(relative);
        try {
            Files.createDirectories(p.getParent());
        } catch (IOException e) {
            throw failure(shown, e);
        }
        return p;
    }

    /** Makes the staged files the live set of the output folder; returns their paths in it. */
    List<Path> commit() {
        try {
            List<String> mine = relativeFiles(staging);
            if (links) commitByLink(mine);
            else commitByMoves(mine);
            committed = true;
            List<Path> shownPaths = new ArrayList<>();
            for (String rel : mine) shownPaths.add(shown.resolve(rel));
            return shownPaths;
        } catch (IOException | UncheckedIOException e) {
            throw failure(shown, e);
        }
    }

    private void commitByLink(List<String> mine) throws IOException {
        Path current = store.resolve(CURRENT);
        Path live = liveSet();
        // plain report files of an older sendplan (or of a run without links) join the live set first
        for (String rel : relativeFiles(target)) {
            Path f = target.resolve(rel);
            if (Files.isSymbolicLink(f) || !owned.test(rel) && !mine.contains(rel)) continue;
            if (live == null) {
                live = Files.createDirectory(store.resolve("set-" + PID + "-" + System.nanoTime()));
                point(current, live);
            }
            Path copy = live.resolve(rel);
            Files.createDirectories(copy.getParent());
            Files.deleteIfExists(copy);
            linkOrCopy(f, copy);
            replaceByLink(rel);
        }
        // what the previous set holds that this run does not own stays
        if (live != null) {
            Set<String> written = new HashSet<>(mine);
            for (String rel : relativeFiles(live)) {
                if (written.contains(rel) || owned.test(rel)) continue;
                Path to = staging.resolve(rel);
                Files.createDirectories(to.getParent());
                linkOrCopy(live.resolve(rel), to);
            }
        }
        for (String rel : relativeFiles(staging)) {
            Path link = target.resolve(rel);
            if (Files.isSymbolicLink(link) && isOurs(link)) continue;
            replaceByLink(rel);
        }
        point(current, staging); // the commit point
        removeDanglingLinks();
        if (live != null) delete(live);
    }

    private void commitByMoves(List<String> mine) throws IOException {
        for (String rel : mine) {
            Path dest = target.resolve(rel);
            Files.createDirectories(dest.getParent());
            try {
                Files.move(staging.resolve(rel), dest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging.resolve(rel), dest, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        delete(staging);
    }

    /** Removes the run's set unless it was committed (call once no thread writes into it). */
    @Override
    public void close() {
        if (committed) return;
        try {
            delete(staging);
        } catch (IOException | UncheckedIOException e) {
            // the next run into this folder removes it
        }
    }

    /** Removes what killed runs left: sets and temporary links not live and not of a running process, dangling report links. */
    private void recover() throws IOException {
        Path live = liveSet();
        boolean othersRunning = false;
        try (Stream<Path> entries = Files.list(store)) {
            for (Path e : entries.toList()) {
                String name = e.getFileName().toString();
                if (name.equals(CURRENT) || e.equals(live)) continue;
                long pid = pidOf(name);
                if (pid != PID && pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    othersRunning = true;
                    continue;
                }
                delete(e);
            }
        }
        // another run's links for new names dangle until its own commit: leave them to it
        if (!othersRunning) removeDanglingLinks();
    }

    private Path liveSet() throws IOException {
        Path current = store.resolve(CURRENT);
        if (!Files.isSymbolicLink(current)) return null;
        Path set = store.resolve(Files.readSymbolicLink(current)).normalize();
        return Files.isDirectory(set) ? set : null;
    }

    /** Makes {@code link} name {@code set} by renaming a new link over it (atomic on POSIX file systems). */
    private void point(Path link, Path set) throws IOException {
        Path tmp = store.resolve("next-" + PID + "-" + System.nanoTime());
        Files.createSymbolicLink(tmp, set.getFileName());
        Files.move(tmp, link, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Puts at {@code OUT/rel} a link through {@code current} to {@code rel}, replacing what is there in one rename. */
    private void replaceByLink(String rel) throws IOException {
        Path at = target.resolve(rel);
        Files.createDirectories(at.getParent());
        if (Files.isDirectory(at, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(at.toString(), null, "a folder is in the way of a report");
        }
        Path via = at.getParent().relativize(store.resolve(CURRENT).resolve(rel));
        Path tmp = at.resolveSibling(".sendplan-link-" + PID + "-" + System.nanoTime());
        Files.createSymbolicLink(tmp, via);
        try {
            Files.move(tmp, at, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
    }

    private boolean isOurs(Path link) {
        try {
            return link.getParent().resolve(Files.readSymbolicLink(link)).normalize().startsWith(store.resolve(CURRENT));
        } catch (IOException e) {
            return false;
        }
    }

    /** Links through {@code current} that name nothing (reports the live set has not), and temporary links of dead runs. */
    private void removeDanglingLinks() throws IOException {
        List<Path> gone = new ArrayList<>();
        try (Stream<Path> s = Files.walk(target)) {
            s.filter(Files::isSymbolicLink).forEach(p -> {
                String name = p.getFileName().toString();
                boolean tmp = name.startsWith(".sendplan-link-") && !alive(pidOf(name.substring(".sendplan-link-".length())));
                if (tmp || isOurs(p) && !Files.exists(p)) gone.add(p);
            });
        }
        for (Path p : gone) Files.deleteIfExists(p);
    }

    private static boolean alive(long pid) {
        return pid == PID || pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** The pid in {@code set-<pid>-<n>}, {@code next-<pid>-<n>} or {@code <pid>-<n>}; -1 if none. */
    private static long pidOf(String name) {
        String[] parts = name.split("-");
        for (String p : parts) {
            if (!p.isEmpty() && p.chars().allMatch(Character::isDigit)) {
                try {
                    return Long.parseLong(p);
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        return -1;
    }

    /** Regular files under {@code root} (links to files count; links are not followed into folders), relative, sorted. */
    private List<String> relativeFiles(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> !p.equals(root))
                    .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(p) && isOurs(p))
                    .filter(p -> !p.getFileName().toString().startsWith(".sendplan-link-"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    private static void linkOrCopy(Path from, Path to) throws IOException {
        try {
            Files.createLink(to, from);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static boolean symlinks(Path store) {
        Path probe = store.resolve("probe-" + PID + "-" + System.nanoTime());
        try {
            Files.createSymbolicLink(probe, Path.of(CURRENT));
            Files.delete(probe);
            return true;
        } catch (UnsupportedOperationException | IOException | SecurityException e) {
            return false;
        }
    }

    private static void delete(Path p) throws IOException {
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> files = Files.walk(p)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(f);
        }
    }

    /** The exception in plain words: what could not be written and why, no class names. */
    static OutputException failure(Path where, Exception e) {
        return new OutputException("cannot write to " + where + ": " + reason(e), e);
    }

    static String reason(Throwable e) {
        if (e instanceof UncheckedIOException u && u.getCause() != null) return reason(u.getCause());
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof FileAlreadyExistsException f) {
            return f.getReason() != null ? f.getReason() + " (" + f.getFile() + ")" : f.getFile() + " is in the way (a file where a folder should be)";
        }
        if (e instanceof NoSuchFileException f) return "no such folder (" + f.getFile() + ")";
        if (e instanceof NotDirectoryException f) return f.getFile() + " is a file, not a folder";
        if (e instanceof DirectoryNotEmptyException f) return f.getFile() + " is a folder that is not empty";
        if (e instanceof FileSystemException f && f.getReason() != null) {
            String r = f.getReason();
            if (r.contains("Read-only")) return "the disk is read-only";
            if (r.contains("No space")) return "the disk is full";
            if (r.contains("Permission denied") || r.contains("Operation not permitted")) return "permission denied";
            return r.toLowerCase(java.util.Locale.ROOT);
        }
        String m = e.getMessage();
        if (m != null && m.contains("No space left")) return "the disk is full";
        return m == null ? "it could not be written" : m;
    }
}
