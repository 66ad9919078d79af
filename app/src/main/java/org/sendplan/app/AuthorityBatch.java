package org.sendplan.app;

import org.sendplan.data.DataException;
import org.sendplan.model.Area;
import org.sendplan.model.RunResult;
import org.sendplan.model.SideBySide;
import org.sendplan.scenarios.Scenario;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Many authorities forecast side by side ({@code forecast --la all}): one worker per core takes
 * the next authority, runs it through the {@link Pipeline} and hands the result to the caller's
 * {@link Work} (which writes its reports and keeps what the combined outputs need), so at most
 * one authority per worker is in memory at once, whatever the number of authorities. What is
 * shared (the checked release, the track record, England per base year) is shared through the
 * routes the caller makes.
 *
 * <p>An authority whose data cannot serve the model ({@link DataException}, an
 * {@link UnsupportedRequestException}) is a failure of that authority: recorded with its message,
 * and the others go on. Anything else (a report that cannot be written, a bug) stops the batch
 * after the authorities in hand and is thrown as it was.
 */
public final class AuthorityBatch {
    /** What the caller does with one authority's run, on the worker's thread (its reports are written here). */
    @FunctionalInterface
    public interface Work<T> {
        T apply(Area area, Route route, RunResult result);
    }

    /** Told as each authority ends, on the worker's thread (calls may come from several at once). */
    public interface Listener {
        void failed(Area area, String reason);

        void finished(Area area);
    }

    /** One authority's outcome: the work's value, or why it failed (null when it did not). */
    public record Outcome<T>(Area area, T value, String failure) {
    }

    /**
     * @param routes    each authority's route (sharing the release and the backtests)
     * @param scenarios run beside each baseline
     * @param backtest  each authority's own backtest as well
     */
    public record Request(Function<Area, ? extends Route> routes, PlacesAndMoney money, List<Scenario> scenarios, boolean backtest) {
    }

    private AuthorityBatch() {
    }

    /** Every authority in order of {@code areas}, on {@code workers} threads (at least 1, at most one per authority). */
    public static <T> List<Outcome<T>> run(Request request, List<Area> areas, int workers, Work<T> work, Listener listener) {
        @SuppressWarnings("unchecked")
        Outcome<T>[] out = new Outcome[areas.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicReference<RuntimeException> fatal = new AtomicReference<>();
        int n = Math.max(1, Math.min(areas.size(), workers));
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < areas.size() && fatal.get() == null; i = next.getAndIncrement()) {
                Area a = areas.get(i);
                try {
                    Route route = request.routes().apply(a);
                    RunResult r = new Pipeline(route, request.money()).run(request.scenarios(), request.backtest(), false);
                    out[i] = new Outcome<>(a, work.apply(a, route, r), null);
                } catch (DataException | UnsupportedRequestException e) {
                    out[i] = new Outcome<>(a, null, e.getMessage());
                    listener.failed(a, e.getMessage());
                } catch (RuntimeException e) {
                    fatal.compareAndSet(null, e);
                }
                listener.finished(a);
            }
        };
        SideBySide.run("sendplan-batch", Collections.nCopies(n, worker));
        if (fatal.get() != null) throw fatal.get();
        return List.copyOf(Arrays.asList(out));
    }
}
