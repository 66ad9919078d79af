package org.sendplan.model.evaluation;

import org.sendplan.model.BandCoverage;
import org.sendplan.model.DataWarning;
import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;
import org.sendplan.model.PlacementDraws;
import org.sendplan.model.SummaryRow;
import org.sendplan.model.cohort.Simulated;
import org.sendplan.model.rollup.DrawSummary;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The run's one predictive distribution: the cohort model's simulations mapped onto the errors
 * the {@link TrackRecord} measured ({@link CalibratedDraws}), carried past the judged horizons by
 * the {@link LongHorizon} rule. Every summary row is read from the mapped draws
 * ({@link DrawSummary}): the central figure is their median, which is the point forecast the
 * track record judged moved by the share of the median of its past errors the judge chose;
 * the mean is the mean of the same draws; places, costs and the DSG balance are computed on the
 * same draws. Roll-ups add up to the total in every draw.
 */
public final class CalibratedForecast {
    private CalibratedForecast() {
    }

    /**
     * @param sims          the cohort model's simulations (their roll-ups not summarised: only the mapped draws' are)
     * @param expected      the same forecast's expected path (one simulation, no randomness)
     * @param ownGrowth     log growth of the area's plans in the year to the base census (NaN: unknown or flagged)
     * @param englandGrowth log growth of England's plans in that year
     * @param judgement     the track record, the roll-ups' shared bands, and the rule beyond the judged horizons
     * @param seed          the run's seed (the random walk beyond the judged horizons draws from it)
     */
    public static Forecast apply(Simulated sims, Forecast expected, Judgement judgement, double ownGrowth, double englandGrowth, long seed) {
        TrackRecord judge = judgement.record();
        LongHorizon longHorizon = judgement.longHorizon();
        int base = sims.baseYear(), years = sims.horizon() + 1;
        double baseTotal = total(expected.summary(), base).mean();
        double[] point = new double[years];
        double[] growth = new double[years];
        point[0] = baseTotal;
        for (int h = 1; h < years; h++) {
            // the expected path's plans with any reform's support layer: the children the track record judges (CalibratedDraws)
            double c = needs(expected, h);
            growth[h] = Math.log(c / needs(expected, h - 1));
            if (h <= judge.horizons()) {
                point[h] = judge.forecast(new Case(sims.area().code(), base, h, Dimension.TOTAL, SummaryRow.ALL, c, c, baseTotal, ownGrowth,
                        englandGrowth, Double.NaN, Double.NaN, Double.NaN));
            }
        }
        CalibratedDraws mapped = CalibratedDraws.map(sims.draws(), judge, base, point, growth, longHorizon, seed);
        PlacementDraws draws = mapped.draws();
        List<SummaryRow> summary = DrawSummary.rows(draws);
        double[] factor = new double[years];
        for (int h = 0; h < years; h++) {
            double simMean = sims.totalMean(h), mean = total(summary, base + h).mean();
            factor[h] = simMean > 0 ? mean / simMean : 1;
        }
        Map<Dimension, double[]> cov = new EnumMap<>(Dimension.class);
        for (Dimension d : new Dimension[]{Dimension.TOTAL, Dimension.PROVISION, Dimension.PHASE}) {
            double[] v = new double[sims.horizon()];
            for (int h = 1; h <= v.length; h++) v[h - 1] = judge.coverage(d, h, base);
            cov.put(d, v);
        }
        List<String> method = new ArrayList<>(sims.method());
        method.add(describe(judge, base, point, summary));
        method.add(longHorizon.describe(judge.horizons()));
        List<DataWarning> warnings = new ArrayList<>(sims.warnings());
        warnings.addAll(mapped.ceilingWarnings(sims.area().name(), longHorizon));
        return new Forecast(sims.scenario(), sims.area(), base, sims.horizon(), sims.projection().scaled(factor), summary, sims.assumptions(),
                warnings, method, draws, new BandCoverage(cov));
    }

    /** Plans and a reform's support layer h years ahead on the expected path (its one draw). */
    private static double needs(Forecast expected, int h) {
        return expected.draws().needs(h, 0);
    }

    /** The total's row of a census year. */
    private static SummaryRow total(List<SummaryRow> rows, int year) {
        for (SummaryRow r : rows) if (r.year() == year && r.dimension() == Dimension.TOTAL) return r;
        throw new IllegalArgumentException("no total for January " + year);
    }

    private static String describe(TrackRecord judge, int base, double[] point, List<SummaryRow> summary) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "Central forecast and bands, chosen out of sample on the outturns of every authority published by January %d "
                        + "(docs/method.md, \"The track record\"). The central figure is the median of the draws: the judged point forecast "
                        + "moved by the share of the median of its past errors the judge chose (none where it chose none). By years ahead:", base));
        for (int h = 1; h <= judge.horizons() && h < point.length; h++) {
            sb.append(String.format(Locale.ROOT, " %d: %s, point %,.0f, median %,.0f (moved by %.1f of the median past error); band the "
                            + "p10–p90 of past log errors (recency weight %.1f) widened %.1f× about their median, chosen by the interval score; as made, "
                            + "the bands covered %.0f%% of past outturns of the total in past forecasts for every authority.",
                    h, judge.combination(base, h).describe(), point[h], total(summary, base + h).p50(), judge.shift(Dimension.TOTAL, base, h),
                    judge.recency(Dimension.TOTAL, base, h), judge.widening(Dimension.TOTAL, base, h), 100 * judge.coverage(Dimension.TOTAL, h, base)));
        }
        return sb.append(" Every roll-up (provision, phase, setting, need) is the draw's total shared out in the simulation's own mix, "
                + "so roll-ups add up to the total in every draw.").toString();
    }
}
