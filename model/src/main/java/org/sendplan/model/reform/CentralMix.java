package org.sendplan.model.reform;

import org.sendplan.model.DfeSetting;
import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;
import org.sendplan.model.Need;
import org.sendplan.model.Projection;
import org.sendplan.model.SummaryRow;

import java.util.HashMap;
import java.util.Map;

/**
 * A forecast's central figure of each census shared out in its projected mix: the total is the
 * median of the draws (the headline's figure, {@link SummaryRow#central}), and the parts are that
 * total in the proportions of the projection's mean cells (age × setting × need), which add up
 * to the draws' mean total. A median of each part would not add up to the median of the total;
 * this mix does, and keeps the headline's figure as every table's total.
 * <p>
 * Year index 0 is the base census (observed: every cell is the observed figure).
 */
final class CentralMix {
    private static final int P = TemplateProvision.values().length;
    private static final int N = Need.values().length;

    final int years;
    /** [year] the central total, unrounded, and rounded to whole plans. */
    final double[] central;
    final long[] rounded;
    /** [year][age index] plans at each age (age at 31 August = projection's min age + index). */
    final double[][] byAge;
    /** [year][template provision][need] plans. */
    final double[][][] byProvisionNeed;
    final int minAge;

    CentralMix(Forecast f) {
        Projection pr = f.projection();
        years = pr.years();
        minAge = pr.minAge();
        central = new double[years];
        rounded = new long[years];
        Map<Integer, Double> p50 = new HashMap<>();
        for (SummaryRow r : f.summary(Dimension.TOTAL)) p50.put(r.year(), r.central());
        DfeSetting[] settings = new DfeSetting[pr.settings().size()];
        for (int s = 0; s < settings.length; s++) settings[s] = DfeSetting.valueOf(pr.settings().get(s).code());
        Need[] needs = new Need[pr.needs().size()];
        for (int n = 0; n < needs.length; n++) needs[n] = Need.valueOf(pr.needs().get(n));
        byAge = new double[years][pr.ages()];
        byProvisionNeed = new double[years][P][N];
        for (int y = 0; y < years; y++) {
            Double c = p50.get(pr.firstYear() + y);
            if (c == null) throw new IllegalArgumentException("no central total for January " + (pr.firstYear() + y));
            central[y] = c;
            rounded[y] = Math.round(c);
            double mean = 0;
            for (int a = 0; a < pr.ages(); a++) {
                for (int s = 0; s < settings.length; s++) {
                    int p = TemplateProvision.of(settings[s], minAge + a).ordinal();
                    for (int n = 0; n < needs.length; n++) {
                        double v = pr.mean(pr.index(y, a, s, n));
                        byAge[y][a] += v;
                        byProvisionNeed[y][p][needs[n].ordinal()] += v;
                        mean += v;
                    }
                }
            }
            double scale = mean > 0 ? c / mean : 0;
            for (int a = 0; a < pr.ages(); a++) byAge[y][a] *= scale;
            for (double[] row : byProvisionNeed[y]) for (int n = 0; n < N; n++) row[n] *= scale;
        }
    }
}
