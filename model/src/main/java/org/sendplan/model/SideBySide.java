package org.sendplan.model;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Tasks run side by side, one daemon thread each (one task runs on the caller's thread), and
 * waited for: a task's failure is thrown as an {@link IllegalStateException} with it as the cause,
 * once every task has stopped or been interrupted. The simulation's workers and a batch's
 * authorities run this way.
 */
public final class SideBySide {
    private SideBySide() {
    }

    /** @param threadName what the threads are called (in a thread dump) */
    public static void run(String threadName, List<? extends Runnable> tasks) {
        if (tasks.size() == 1) {
            tasks.get(0).run();
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size(), r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Runnable task : tasks) running.add(pool.submit(task));
            for (Future<?> f : running) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
