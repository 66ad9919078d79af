package org.sendplan.bench;

import org.sendplan.app.CheckedRelease;
import org.sendplan.app.PupilRoute;
import org.sendplan.app.UnsupportedRequestException;
import org.sendplan.data.DataException;
import org.sendplan.data.DfeRelease;
import org.sendplan.data.DfeReleaseReader;
import org.sendplan.model.Area;
import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;
import org.sendplan.model.PlanningData;
import org.sendplan.model.SummaryRow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;


/**
 * A benchmark, not part of the test suite (its name does not end in Test): the one-year backtest
 * of {@link OneYearAccuracy} (January 2025 forecast from January 2024, data known then) run
 * twice on every authority whose pupils the given file holds: new plans as the current driver
 * (counts, no population) and new plans per pupil at school ages (pupils by NC year, projected
 * from the last census before 2024 by grade progression). Run with the full pupil numbers file:
 * {@code java -cp bench/target/benchmarks.jar org.sendplan.bench.PupilDenominatorAccuracy pupil_numbers_by_ncyear_2012_2023.csv}
 */
public final class PupilDenominatorAccuracy {
    private PupilDenominatorAccuracy() {
    }

    public static void main(String[] args) {
        if (args.length != 1 || !Files.isRegularFile(Path.of(args[0]))) {
            System.err.println("usage: PupilDenominatorAccuracy PUPIL_NUMBERS_FILE");
            System.exit(2);
        }
        Path pupils = Path.of(args[0]);
        DfeRelease release = DfeReleaseReader.bundled();
        CheckedRelease route = new CheckedRelease(release);
        List<Double> current = new ArrayList<>(), perPupil = new ArrayList<>(), naive = new ArrayList<>();
        int inCurrent = 0, inPupil = 0, skipped = 0, better = 0;
        for (Area la : release.authorities()) {
            PlanningData d = release.data().get(la.code());
            Double a2025 = d.caseloadTotal().get(2025), a2024 = d.caseloadTotal().get(2024), a2023 = d.caseloadTotal().get(2023);
            if (a2025 == null || a2024 == null || a2023 == null || !d.caseloadByAge().containsKey(2024)) continue;
            PupilRoute.Prepared p;
            try {
                p = PupilRoute.prepare(release, la, new PupilRoute.Files(pupils, null, null), 2024, 1, null, PupilRoute.Denominator.PUPILS);
            } catch (DataException | UnsupportedRequestException e) {
                skipped++;
                continue;
            }
            SummaryRow c = route.forecast(new CheckedRelease.Request(la, 2024, 1, null, 400, 7)).summary(Dimension.TOTAL).get(1);
            Forecast fp = route.forecast(new CheckedRelease.Request(la, 2024, 1, p.population(), 400, 7));
            SummaryRow q = fp.summary(Dimension.TOTAL).get(1);
            double ec = Math.abs(c.mean() - a2025) / a2025, ep = Math.abs(q.mean() - a2025) / a2025;
            current.add(ec);
            perPupil.add(ep);
            naive.add(Math.abs(a2024 * a2024 / a2023 - a2025) / a2025);
            if (ep < ec) better++;
            if (a2025 >= c.p10() && a2025 <= c.p90()) inCurrent++;
            if (a2025 >= q.p10() && a2025 <= q.p90()) inPupil++;
        }
        int n = current.size();
        System.out.printf(Locale.ROOT, "pupil denominator backtest 2024->2025, %d authorities (%d without pupils in the file): "
                        + "current driver median APE %.2f%%, mean %.2f%%, coverage %.1f%%; per pupil median APE %.2f%%, mean %.2f%%, "
                        + "coverage %.1f%%; per pupil closer in %d of %d; last growth median %.2f%%, mean %.2f%%%n",
                n, skipped, 100 * median(current), 100 * mean(current), 100.0 * inCurrent / n, 100 * median(perPupil), 100 * mean(perPupil),
                100.0 * inPupil / n, better, n, 100 * median(naive), 100 * mean(naive));
    }

    private static double median(List<Double> v) {
        double[] a = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
    }

    private static double mean(List<Double> v) {
        return Arrays.stream(v.stream().mapToDouble(Double::doubleValue).toArray()).average().orElse(Double.NaN);
    }
}
