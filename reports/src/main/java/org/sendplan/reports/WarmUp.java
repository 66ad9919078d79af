package org.sendplan.reports;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Loads a library's classes on a background daemon thread so that a later write finds them
 * ready: most of the time of a cold workbook or chart write is class loading (POI, XMLBeans,
 * Java2D, fonts), which can overlap with reading data and running the model on another core.
 * A writer {@link #await awaits} its warm-up before it starts, so the two never initialise
 * classes concurrently; if the warm-up failed, the writer just does the work itself.
 */
final class WarmUp {
    private final String name;
    private final Runnable task;
    private CompletableFuture<Void> running;

    WarmUp(String name, Runnable task) {
        this.name = name;
        this.task = task;
    }

    /** Starts the warm-up once; later calls do nothing. */
    synchronized void start() {
        if (running != null) {
            return;
        }
        CompletableFuture<Void> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                task.run();
                f.complete(null);
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        }, "sendplan-warmup-" + name);
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        running = f;
        t.start();
    }

    /** Waits for a started warm-up to end (whatever its outcome); returns at once if none started. */
    void await() {
        CompletableFuture<Void> f;
        synchronized (this) {
            f = running;
        }
        if (f == null) {
            return;
        }
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException ignored) {
            // the real write will meet the same problem and report it
        }
    }
}
