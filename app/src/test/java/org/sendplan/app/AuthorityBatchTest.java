package org.sendplan.app;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendplan.data.DataException;
import org.sendplan.data.DfeHistory;
import org.sendplan.data.DfeReleaseReader;
import org.sendplan.model.Area;
import org.sendplan.model.Dimension;
import org.sendplan.model.SummaryRow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Authorities side by side without a terminal: outcomes in order, a failing authority recorded and the rest run, a bug stops the batch. */
class AuthorityBatchTest {
    /** No capacity or finance given: the illustrative plan, as a batch without them has. */
    private static final PlacesAndMoney MONEY = new PlacesAndMoney(null, null, 0.95);
    static CheckedRelease release;
    static BacktestRoute backtests;
    static List<Area> northEast;

    @BeforeAll
    static void read() {
        release = new CheckedRelease(DfeReleaseReader.bundled());
        backtests = new BacktestRoute(release, DfeHistory.of(release.release()));
        northEast = release.release().authorities().stream().filter(a -> a.region().equals("North East")).limit(4).toList();
        assertEquals(4, northEast.size());
    }

    private static Function<Area, DfeRoute> routes(int simulations) {
        return a -> new DfeRoute(release, new DfeRoute.Request(a, null, 5, null, new PupilRoute.Files(null, null, null), PupilRoute.Denominator.POPULATION, simulations,
                42, false, false), () -> backtests);
    }

    /** The base census's plans of each authority, as the release publishes them. */
    private static double base(Area a) {
        return release.release().data().get(a.code()).caseloadTotal().get(2025);
    }

    @Test
    void everyAuthorityIsRunOnTheWorkersAndItsOutcomeKeptInOrder() {
        Set threads = new Set();
        AtomicInteger finished = new AtomicInteger();
        List<AuthorityBatch.Outcome<Double>> out = AuthorityBatch.run(new AuthorityBatch.Request(routes(100), MONEY, List.of(), false),
                northEast, 2, (a, route, r) -> {
                    threads.add(Thread.currentThread().getName());
                    SummaryRow total = r.baseline().summary(Dimension.TOTAL).stream().filter(x -> x.year() == 2025).findFirst().orElseThrow();
                    return total.central();
                }, listener(new ArrayList<>(), finished));
        assertEquals(northEast, out.stream().map(AuthorityBatch.Outcome::area).toList());
        for (AuthorityBatch.Outcome<Double> o : out) {
            assertNull(o.failure());
            // the base census is observed: every draw holds the published figure
            assertEquals(base(o.area()), o.value(), 1e-9, o.area().name());
        }
        assertEquals(4, finished.get());
        assertEquals(java.util.Set.of("sendplan-batch"), threads.names);
    }

    @Test
    void anAuthorityWhoseDataCannotServeTheModelIsRecordedAndTheOthersRun() {
        Area bad = northEast.get(1);
        Function<Area, DfeRoute> routes = routes(100);
        List<String> failed = Collections.synchronizedList(new ArrayList<>());
        List<AuthorityBatch.Outcome<String>> out = AuthorityBatch.run(new AuthorityBatch.Request(a -> {
            if (a.equals(bad)) throw new DataException("caseload.csv", 12, "ehcplans", "a count", "'lots'");
            return routes.apply(a);
        }, MONEY, List.of(), false), northEast, 2, (a, route, r) -> route.label(), listener(failed, new AtomicInteger()));
        assertEquals("caseload.csv:12: ehcplans: expected a count, found 'lots'", out.get(1).failure());
        assertEquals(List.of(bad.name()), failed);
        for (int i : new int[]{0, 2, 3}) assertEquals(northEast.get(i).name() + " (" + northEast.get(i).code() + ")", out.get(i).value());
    }

    @Test
    void aBugStopsTheBatchAndIsThrownAsItWas() {
        IllegalStateException bug = new IllegalStateException("a bug");
        RuntimeException thrown = assertThrows(IllegalStateException.class, () -> AuthorityBatch.run(
                new AuthorityBatch.Request(routes(100), MONEY, List.of(), false), northEast, 1, (a, route, r) -> {
                    throw bug;
                }, listener(new ArrayList<>(), new AtomicInteger())));
        assertSame(bug, thrown);
    }

    private static AuthorityBatch.Listener listener(List<String> failed, AtomicInteger finished) {
        return new AuthorityBatch.Listener() {
            @Override
            public void failed(Area a, String reason) {
                failed.add(a.name());
            }

            @Override
            public void finished(Area a) {
                finished.incrementAndGet();
            }
        };
    }

    private static final class Set {
        final java.util.Set<String> names = ConcurrentHashMap.newKeySet();

        void add(String n) {
            names.add(n);
        }
    }
}
