package org.sendplan.model.evaluation;

import org.sendplan.model.BandCoverage;
import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;
import org.sendplan.model.Phase;
import org.sendplan.model.PlacementDraws;
import org.sendplan.model.Provision;
import org.sendplan.model.SummaryRow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A forward forecast made the way the {@link TrackRecord} judged best, with the bands its past
 * errors give. The central forecast of each year is the chosen {@link Combination} of the cohort
 * model's expected path (the point forecast the track record judged); every cell and roll-up
 * of the simulations' means is scaled to it by the same factor, so they still add up to the total. The total, each provision and each phase take their bands
 * from the spread of their own past log errors. The simulations are then mapped onto the same
 * distribution ({@link #draws}), so that places, costs and the DSG balance
 * carry the same uncertainty and every simulation still adds up.
 */
public final class CalibratedForecast {
    private CalibratedForecast() {
    }

    /**
     * @param sims          the cohort model's simulations
     * @param expected      the same forecast's expected path (one simulation, no randomness)
     * @param ownGrowth     log growth of the area's plans in the year to the base census (NaN: unknown or flagged)
     * @param englandGrowth log growth of England's plans in that year
     */
    public static Forecast apply(Forecast sims, Forecast expected, TrackRecord judge, double ownGrowth, double englandGrowth) {
        int base = sims.baseYear(), years = sims.horizon() + 1;
        double baseTotal = total(expected, base);
        // factor[h]: the central total over the simulations' mean total, applied to every cell and roll-up so that they still add up
        double[] factor = new double[years];
        factor[0] = 1;
        double central = baseTotal;
        for (int h = 1; h < years; h++) {
            double c = total(expected, base + h);
            if (h <= judge.horizons()) {
                Case t = new Case(sims.area().code(), base, h, Dimension.TOTAL, SummaryRow.ALL, c, c, baseTotal, ownGrowth, englandGrowth,
                        Double.NaN, Double.NaN, Double.NaN);
                central = judge.forecast(t);
            } else {
                // beyond the horizons judged: the cohort model's own growth on from the last judged level
                central *= c / total(expected, base + h - 1);
            }
            double mean = total(sims, base + h);
            factor[h] = mean > 0 ? central / mean : 1;
        }
        List<SummaryRow> summary = new ArrayList<>();
        for (SummaryRow r : sims.summary()) summary.add(row(r, judge, base, factor));
        PlacementDraws draws = sims.draws() == null ? null : draws(sims.draws(), summary, judge, base);
        Map<Dimension, double[]> cov = new EnumMap<>(Dimension.class);
        for (Dimension d : TrackRecord.JUDGED) {
            double[] v = new double[sims.horizon()];
            for (int h = 1; h <= v.length; h++) v[h - 1] = judge.coverage(d, h, base);
            cov.put(d, v);
        }
        List<String> method = new ArrayList<>(sims.method());
        method.add(describe(judge, base, factor));
        return new Forecast(sims.scenario(), sims.area(), base, sims.horizon(), sims.projection().scaled(factor), summary, sims.assumptions(),
                sims.warnings(), method, draws, new BandCoverage(cov));
    }

    private static double total(Forecast f, int year) {
        for (SummaryRow r : f.summary()) if (r.year() == year && r.dimension() == Dimension.TOTAL) return r.mean();
        throw new IllegalArgumentException("no total for January " + year);
    }

    /** A judged roll-up: central forecast and calibrated band; any other: the simulation's, scaled. */
    private static SummaryRow row(SummaryRow r, TrackRecord judge, int base, double[] factor) {
        int h = r.year() - base;
        double f = factor[h];
        boolean judged = r.dimension() == Dimension.TOTAL || r.dimension() == Dimension.PROVISION || r.dimension() == Dimension.PHASE;
        double central = r.mean() * f;
        double[] band = h == 0 || !judged ? null : judge.band(r.dimension(), r.group(), h, base, central);
        if (band == null || Double.isNaN(band[0])) {
            return new SummaryRow(r.year(), r.dimension(), r.group(), central, r.p025() * f, r.p10() * f, r.p50() * f, r.p90() * f, r.p975() * f);
        }
        return new SummaryRow(r.year(), r.dimension(), r.group(), central, at(judge, r, h, base, central, 0.025), band[0],
                at(judge, r, h, base, central, 0.5), band[1], at(judge, r, h, base, central, 0.975));
    }

    private static double at(TrackRecord judge, SummaryRow r, int h, int base, double central, double u) {
        return PastErrors.at(central, judge.stretchedError(r.dimension(), r.group(), h, base, u));
    }

    /**
     * The simulations mapped onto the calibrated distribution. A simulation at rank u of the total
     * takes the total's widened past error at u, and each provision in it its own at the same u
     * (comonotone: a high total is high in every provision, as in the simulations); the provisions
     * are then scaled to add up to the simulation's total, and each keeps the simulation's own mix
     * of phases. Independent draws of each provision's mix error were tried first: the heavy tails
     * of small provisions' past errors (a unit that opens from nothing) then swamped the large ones.
     */
    private static PlacementDraws draws(PlacementDraws in, List<SummaryRow> summary, TrackRecord judge, int base) {
        int years = in.years(), n = in.simulations();
        Provision[] provisions = Provision.values();
        Phase[] phases = Phase.values();
        PlacementDraws out = new PlacementDraws(in.firstYear(), years, n);
        double[] total = new double[n];
        double[] v = new double[provisions.length];
        for (int y = 0; y < years; y++) {
            Arrays.fill(total, 0);
            for (int k = 0; k < n; k++) for (Provision p : provisions) total[k] += in.provision(y, p, k);
            if (y == 0) {
                for (int k = 0; k < n; k++) for (Provision p : provisions) for (Phase ph : phases) out.add(y, p, ph, k, in.get(y, p, ph, k));
                continue;
            }
            double central = central(summary, base + y, Dimension.TOTAL, SummaryRow.ALL);
            double[] centralOf = new double[provisions.length];
            for (Provision p : provisions) centralOf[p.ordinal()] = central(summary, base + y, Dimension.PROVISION, p.name());
            double[] rank = ranks(total);
            for (int k = 0; k < n; k++) {
                double u = rank[k];
                double target = PastErrors.at(central, orZero(judge.stretchedError(Dimension.TOTAL, SummaryRow.ALL, y, base, u)));
                double sum = 0;
                for (Provision p : provisions) {
                    v[p.ordinal()] = PastErrors.at(centralOf[p.ordinal()], orZero(judge.stretchedError(Dimension.PROVISION, p.name(), y, base, u)));
                    sum += v[p.ordinal()];
                }
                double scale = sum > 0 ? target / sum : 0;
                for (Provision p : provisions) {
                    double own = in.provision(y, p, k);
                    if (own <= 0) continue;
                    for (Phase ph : phases) out.add(y, p, ph, k, in.get(y, p, ph, k) / own * v[p.ordinal()] * scale);
                }
            }
        }
        return out;
    }

    private static double orZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    private static double central(List<SummaryRow> summary, int year, Dimension d, String group) {
        for (SummaryRow r : summary) if (r.year() == year && r.dimension() == d && r.group().equals(group)) return r.mean();
        return 0;
    }

    /**
     * Ranks k / (n − 1) of the values (0.5 for one value): the plotting positions of R's type 7, so
     * that the type-7 quantiles of the mapped draws fall on the calibrated ones. Ties are broken by
     * position, so the result is deterministic.
     */
    private static double[] ranks(double[] v) {
        Integer[] order = new Integer[v.length];
        for (int i = 0; i < v.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> v[a] != v[b] ? Double.compare(v[a], v[b]) : Integer.compare(a, b));
        double[] r = new double[v.length];
        for (int k = 0; k < v.length; k++) r[order[k]] = v.length == 1 ? 0.5 : (double) k / (v.length - 1);
        return r;
    }

    private static String describe(TrackRecord judge, int base, double[] factor) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "Central forecast and bands, chosen out of sample on the outturns of every authority published by January %d "
                        + "(docs/method.md, \"The track record\"); every roll-up is scaled to the central total. By years ahead:", base));
        for (int h = 1; h <= judge.horizons(); h++) {
            sb.append(String.format(Locale.ROOT, " %d: %s (%.3f × the cohort model's mean); band the p10–p90 of past log errors "
                            + "widened %.1f× about their median (provisions %.1f×, phases %.1f×), which covered %.0f%% of past outturns of the total.",
                    h, judge.combination(base, h).describe(), h < factor.length ? factor[h] : Double.NaN,
                    judge.widening(Dimension.TOTAL, base, h), judge.widening(Dimension.PROVISION, base, h), judge.widening(Dimension.PHASE, base, h),
                    100 * judge.coverage(Dimension.TOTAL, h, base)));
        }
        return sb.append(String.format(Locale.ROOT, " Beyond %d years (not validated): the cohort model's own path on from the %d-year level, and the "
                        + "%d-year errors extrapolated in proportion to the years ahead.", judge.horizons(), judge.horizons(), judge.horizons())).toString();
    }
}
