package org.sendplan.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Replaces a run's reports in an output folder {@code OUT} as one set of plain files: a failed or
 * killed run never leaves a mix of old and new reports and never loses the previous set.
 *
 * <p>Everything a run makes is inside {@code OUT}, in hidden {@code .sendplan-*} entries, and
 * nothing beside it. (1) Open: an {@code OUT} an older sendplan left as links into a store beside
 * it is taken over ({@link OldLinkStore}); swaps that dead runs left part-way are finished and
 * their folders removed ({@link Swap#recoverDead}). (2) Stage: every file is written into
 * {@code OUT/.sendplan-staging-<run>/}. (3) Commit ({@link Swap}): a journal names the new files and
 * the old files that go (the reports this kind of run owns, and any file of a new file's name);
 * the old files are moved into {@code OUT/.sendplan-previous-<run>/}, the new ones into place; the
 * journal and the previous folder are removed. The user's own files, and reports this run does
 * not own ({@code backtest} owns only {@code backtest.csv}), are never touched.
 *
 * <p>A kill before the journal leaves the previous set untouched; a kill during the renames (a
 * few milliseconds) leaves the journal, and the next run into {@code OUT} finishes the swap before
 * anything else. A failed rename is undone by the run itself. A failed run removes its staging
 * folder once every writer thread has stopped ({@link org.sendplan.reports.ReportSet#write} returns
 * or throws only then).
 */
final class OutputFolder implements AutoCloseable {
    /** Output that cannot be written (exit 4). */
    static final class OutputException extends RuntimeException {
        OutputException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Path shown;
    private final Path target;
    private final Predicate<String> owned;
    private final String run;
    private final Path staging;
    private boolean committed;

    /**
     * @param owned names (relative, {@code /}-separated) that belong to this kind of run: a file of
     *              {@code OUT} so named goes when this run does not write it; other files stay
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
        this.run = Swap.begin();
        this.staging = Swap.staging(t, run);
        try {
            OldLinkStore.migrate(t, run);
            Swap.recoverDead(t);
            Files.createDirectory(staging);
        } catch (IOException | UncheckedIOException e) {
            close();
            throw failure(target, e);
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

    /** Makes the staged files the reports of the output folder; returns their paths in it. */
    List<Path> commit() {
        return commit(Swap.RENAME);
    }

    /** As {@link #commit()}, each file moved by {@code mover} (a test stops a swap part-way with one that throws). */
    List<Path> commit(Swap.Mover mover) {
        try {
            List<String> fresh = files(staging);
            Set<String> writes = new HashSet<>(fresh);
            List<String> old = files(target).stream().filter(f -> owned.test(f) || writes.contains(f)).toList();
            for (String f : fresh) makeRoom(f);
            new Swap(target, run, fresh, old).commit(mover);
            committed = true;
            List<Path> shownPaths = new ArrayList<>();
            for (String f : fresh) shownPaths.add(shown.resolve(f));
            return shownPaths;
        } catch (IOException | UncheckedIOException e) {
            throw failure(shown, e);
        }
    }

    /** Fails before the swap, not in it, where a folder is in the way of a report or a file in the way of its folder. */
    private void makeRoom(String f) throws IOException {
        Path at = target.resolve(f);
        Files.createDirectories(at.getParent());
        if (Files.isDirectory(at, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(at.toString(), null, "a folder is in the way of a report");
        }
    }

    /** Removes the run's staging folder unless it was committed (call once no thread writes into it). */
    @Override
    public void close() {
        try {
            Swap.abandon(target, run);
        } catch (IOException | UncheckedIOException e) {
            // the next run into this folder removes it
        }
    }

    /** Files (and links) under {@code root}, relative and sorted; the hidden entries of sendplan's runs left out. */
    private static List<String> files(Path root) throws IOException {
        List<String> found = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && internal(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!attrs.isDirectory() && !internal(file)) found.add(root.relativize(file).toString().replace('\\', '/'));
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found;
    }

    private static boolean internal(Path p) {
        return p.getFileName().toString().startsWith(Swap.PREFIX);
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
