package org.sendplan.bench;

import org.sendplan.app.CheckedRelease;
import org.sendplan.data.DfeRelease;
import org.sendplan.data.DfeReleaseReader;
import org.sendplan.model.Area;
import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;
import org.sendplan.model.PlanningData;
import org.sendplan.model.SummaryRow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;


/**
 * Forecasts January 2025 from January 2024 for every authority with the data known in
 * January 2024 (the degraded method: no second single-age census, no need breakdown), and
 * compares with the published January 2025 totals and with the naive forecast that repeats
 * each authority's last year-on-year growth. The method's constants were chosen on this same
 * comparison, so its figures are in-sample (docs/validation.md).
 * Run: {@code mvn -q -B -DskipTests package && java -cp bench/target/benchmarks.jar org.sendplan.bench.OneYearAccuracy}
 */
public final class OneYearAccuracy {
    private OneYearAccuracy() {
    }

    public static void main(String[] args) {
        DfeRelease release = DfeReleaseReader.bundled();
        CheckedRelease route = new CheckedRelease(release);
        List<Double> ape = new ArrayList<>(), naive = new ArrayList<>();
        int inside = 0, n = 0;
        for (Area la : release.authorities()) {
            PlanningData d = release.data().get(la.code());
            Double a2025 = d.caseloadTotal().get(2025), a2024 = d.caseloadTotal().get(2024), a2023 = d.caseloadTotal().get(2023);
            if (a2025 == null || a2024 == null || a2023 == null || !d.caseloadByAge().containsKey(2024)) continue;
            Forecast f = route.forecast(new CheckedRelease.Request(la, 2024, 1, null, 400, 7));
            SummaryRow r = f.summary(Dimension.TOTAL).get(1);
            ape.add(Math.abs(r.mean() - a2025) / a2025);
            naive.add(Math.abs(a2024 * a2024 / a2023 - a2025) / a2025);
            if (a2025 >= r.p10() && a2025 <= r.p90()) inside++;
            n++;
        }
        double medianApe = median(ape), meanApe = mean(ape), medianNaive = median(naive), meanNaive = mean(naive);
        double coverage = (double) inside / n;
        System.out.printf(Locale.ROOT, "one-year backtest 2024->2025, %d authorities: sendplan median APE %.2f%%, mean %.2f%%; "
                        + "last growth median %.2f%%, mean %.2f%%; p10-p90 coverage %.1f%%%n",
                n, 100 * medianApe, 100 * meanApe, 100 * medianNaive, 100 * meanNaive, 100 * coverage);
    }

    private static double median(List<Double> v) {
        double[] a = v.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return a.length % 2 == 1 ? a[a.length / 2] : (a[a.length / 2 - 1] + a[a.length / 2]) / 2;
    }

    private static double mean(List<Double> v) {
        return Arrays.stream(v.stream().mapToDouble(Double::doubleValue).toArray()).average().orElse(Double.NaN);
    }
}
