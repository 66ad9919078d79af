package org.sendplan.model.scenario;

import org.sendplan.model.Forecast;
import org.sendplan.model.PlacementDraws;
import org.sendplan.model.SummaryRow;
import org.sendplan.model.rollup.DrawSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A forecast held under a scenario's {@link PlanShareCeiling}, draw by draw, after its bands are
 * made (the calibration maps totals onto past errors, so a ceiling applied earlier would not hold
 * in the upper draws): in each year the ceiling covers, a draw with more plans than the ceiling
 * allows on that year's pupils is scaled down to it in every roll-up alike (its mix kept), and the
 * plans above the ceiling join the support layer. The central figure, every band, place and cost
 * are then read from the held draws.
 */
public final class HeldUnderCeiling {
    private HeldUnderCeiling() {
    }

    /**
     * @param pupils pupils on roll by January census (index 0 the base year), projected where not observed
     * @param source where the pupils come from, for the method note
     */
    public static Forecast apply(Forecast f, PlanShareCeiling ceiling, double[] pupils, String source) {
        PlacementDraws in = f.draws();
        int years = in.years(), n = in.simulations();
        if (pupils.length < years) throw new IllegalArgumentException("pupils for " + pupils.length + " years, the forecast has " + years);
        PlacementDraws out = new PlacementDraws(in.firstYear(), years, n);
        double[] scale = new double[years];
        List<String> held = new ArrayList<>();
        for (int y = 0; y < years; y++) {
            double per1000 = y == 0 ? Double.NaN : ceiling.at(in.firstYear() + y);
            double cap = per1000 * pupils[y] / 1000;
            double before = 0, after = 0;
            int capped = 0;
            double[] f1 = new double[n];
            for (int k = 0; k < n; k++) {
                double total = in.total(y, k);
                f1[k] = !Double.isNaN(cap) && total > cap ? cap / total : 1;
                if (f1[k] < 1) capped++;
                before += total;
                after += total * f1[k];
                out.addSupportLayer(y, k, in.supportLayer(y, k) + total * (1 - f1[k]));
            }
            out.addScaled(in, y, f1);
            scale[y] = before > 0 ? after / before : 1;
            if (capped > 0) {
                held.add(String.format(Locale.ROOT, "January %d: %,.0f plans (%s per 1,000 of %,.0f pupils), %d%% of draws held",
                        in.firstYear() + y, cap, trim(per1000), pupils[y], Math.round(100.0 * capped / n)));
            }
        }
        List<SummaryRow> summary = DrawSummary.rows(out);
        List<String> method = new ArrayList<>(f.method());
        method.add(String.format(Locale.ROOT, "Ceiling on the share with a plan (scenario lever): no draw holds more than %s EHC plans per 1,000 "
                        + "pupils (%s) from January %d; plans above it are met in the support layer, every roll-up scaled alike. %s",
                ceiling.per1000Pupils().stream().map(HeldUnderCeiling::trim).reduce((a, b) -> a + ", then " + b).orElse(""), source,
                ceiling.period().firstCensus(), held.isEmpty() ? "It held no draw." : "It held " + String.join("; ", held) + "."));
        return new Forecast(f.scenario(), f.area(), f.baseYear(), f.horizon(), f.projection().scaled(scale), summary, f.assumptions(),
                f.warnings(), method, out, f.coverage());
    }

    private static String trim(double v) {
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
