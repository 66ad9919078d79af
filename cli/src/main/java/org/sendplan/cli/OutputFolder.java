package org.sendplan.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a run's reports atomically: everything is written into a staging folder inside the
 * output folder, and only when all of it is written are the files moved into place. A failed
 * run leaves the previous reports untouched.
 */
final class OutputFolder implements AutoCloseable {
    /** Output that cannot be written (exit 4). */
    static final class OutputException extends RuntimeException {
        OutputException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Path target;
    private final Path staging;
    private boolean committed;

    OutputFolder(Path target) {
        this.target = target;
        try {
            Files.createDirectories(target);
            this.staging = Files.createTempDirectory(target, ".sendplan-staging-");
        } catch (IOException e) {
            throw new OutputException("cannot write to " + target + ": " + reason(e), e);
        }
    }

    /** Where to write a file of the run (relative path, e.g. {@code charts/total.png}). */
    Path stage(String relative) {
        Path p = staging.resolve(relative);
        try {
            Files.createDirectories(p.getParent());
        } catch (IOException e) {
            throw new OutputException("cannot write to " + target + ": " + reason(e), e);
        }
        return p;
    }

    /** Moves every staged file into place; returns the final paths. */
    List<Path> commit() {
        List<Path> moved = new ArrayList<>();
        try (Stream<Path> files = Files.walk(staging)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                Path dest = target.resolve(staging.relativize(f).toString());
                Files.createDirectories(dest.getParent());
                try {
                    Files.move(f, dest, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(f, dest, StandardCopyOption.REPLACE_EXISTING);
                }
                moved.add(dest);
            }
            committed = true;
        } catch (IOException | UncheckedIOException e) {
            throw new OutputException("cannot write to " + target + ": " + reason(e), e);
        }
        return moved;
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(staging)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException | UncheckedIOException e) {
            if (committed) return; // the reports are in place; a leftover empty folder is harmless
        }
    }

    private static String reason(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + " " + e.getMessage();
    }
}
