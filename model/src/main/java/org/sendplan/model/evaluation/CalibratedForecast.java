package org.sendplan.model.evaluation;

import org.sendplan.model.BandCoverage;
import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;
import org.sendplan.model.Phase;
import org.sendplan.model.PlacementDraws;
import org.sendplan.model.Provision;
import org.sendplan.model.SummaryRow;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A forward forecast made the way the {@link TrackRecord} judged best, with the bands its past
 * errors give. The central forecast of each year is the chosen {@link Combination} of the cohort
 * model's expected path; every cell, setting and need is scaled by the same factor, so the
 * roll-ups still add up to the total. The total, each provision and each phase take their bands
 * from the quantiles of their own past log errors. The simulations are then mapped onto the same
 * distribution (each simulation keeps its rank of the total, and its mix across provisions and
 * phases moves by a draw of their past mix errors), so that places, costs and the DSG balance
 * carry the same uncertainty and every simulation still adds up.
 */
public final class CalibratedForecast {
    /** Seed offset of the mix draws, so that they are not the simulation's own random numbers. */
    private static final long MIX_SEED = 0x5eedL;

    private CalibratedForecast() {
    }

    /**
     * @param sims          the cohort model's simulations
     * @param expected      the same forecast's expected path (one simulation, no randomness)
     * @param ownGrowth     log growth of the area's plans in the year to the base census (NaN: unknown or flagged)
     * @param englandGrowth log growth of England's plans in that year
     */
    public static Forecast apply(Forecast sims, Forecast expected, TrackRecord judge, double ownGrowth, double englandGrowth, long seed) {
        int base = sims.baseYear(), years = sims.horizon() + 1;
        double baseTotal = total(expected, base);
        double[] factor = new double[years];
        factor[0] = 1;
        for (int h = 1; h < years; h++) {
            double c = total(expected, base + h);
            Case t = new Case(sims.area().code(), base, h, Dimension.TOTAL, SummaryRow.ALL, c, c, baseTotal, ownGrowth, englandGrowth,
                    Double.NaN, Double.NaN, Double.NaN);
            factor[h] = c > 0 ? judge.forecast(t) / c : 1;
        }
        List<SummaryRow> summary = new ArrayList<>();
        for (SummaryRow r : sims.summary()) summary.add(row(r, expected, judge, base, factor));
        PlacementDraws draws = sims.draws() == null ? null : draws(sims.draws(), summary, judge, base, seed);
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

    private static double expected(Forecast f, SummaryRow like) {
        for (SummaryRow r : f.summary()) {
            if (r.year() == like.year() && r.dimension() == like.dimension() && r.group().equals(like.group())) return r.mean();
        }
        return like.mean();
    }

    /** A judged roll-up: central forecast and calibrated band; any other: the simulation's, scaled. */
    private static SummaryRow row(SummaryRow r, Forecast expected, TrackRecord judge, int base, double[] factor) {
        int h = r.year() - base;
        double f = factor[h];
        boolean judged = r.dimension() == Dimension.TOTAL || r.dimension() == Dimension.PROVISION || r.dimension() == Dimension.PHASE;
        if (h == 0 || !judged) {
            return new SummaryRow(r.year(), r.dimension(), r.group(), r.mean() * f, r.p025() * f, r.p10() * f, r.p50() * f, r.p90() * f, r.p975() * f);
        }
        double central = expected(expected, r) * f;
        double[] band = judge.band(r.dimension(), r.group(), h, base, central);
        if (Double.isNaN(band[0])) {
            return new SummaryRow(r.year(), r.dimension(), r.group(), central, r.p025() * f, r.p10() * f, r.p50() * f, r.p90() * f, r.p975() * f);
        }
        return new SummaryRow(r.year(), r.dimension(), r.group(), central, at(judge, r, h, base, central, 0.025), band[0],
                at(judge, r, h, base, central, 0.5), band[1], at(judge, r, h, base, central, 0.975));
    }

    private static double at(TrackRecord judge, SummaryRow r, int h, int base, double central, double u) {
        return PastErrors.at(central, judge.stretchedError(r.dimension(), r.group(), h, base, u, false));
    }

    /**
     * The simulations mapped onto the calibrated distribution: a simulation at rank u of the total
     * takes the total's stretched past error at u; each provision and each phase in it moves by a
     * past mix error drawn at random; the cells are then scaled to the simulation's total.
     */
    private static PlacementDraws draws(PlacementDraws in, List<SummaryRow> summary, TrackRecord judge, int base, long seed) {
        int years = in.years(), n = in.simulations();
        Provision[] provisions = Provision.values();
        Phase[] phases = Phase.values();
        PlacementDraws out = new PlacementDraws(in.firstYear(), years, n);
        RandomGenerator rng = new Well19937c(seed ^ MIX_SEED);
        double[] total = new double[n];
        for (int y = 0; y < years; y++) {
            Arrays.fill(total, 0);
            for (int k = 0; k < n; k++) for (Provision p : provisions) total[k] += in.provision(y, p, k);
            if (y == 0) {
                for (int k = 0; k < n; k++) for (Provision p : provisions) for (Phase ph : phases) out.add(y, p, ph, k, in.get(y, p, ph, k));
                continue;
            }
            double central = central(summary, base + y);
            double[] rank = ranks(total);
            double[] mp = new double[provisions.length], mh = new double[phases.length];
            for (int k = 0; k < n; k++) {
                double target = PastErrors.at(central, orZero(judge.stretchedError(Dimension.TOTAL, SummaryRow.ALL, y, base, rank[k], false)));
                for (Provision p : provisions) mp[p.ordinal()] = orZero(judge.stretchedError(Dimension.PROVISION, p.name(), y, base, rng.nextDouble(), true));
                for (Phase ph : phases) mh[ph.ordinal()] = orZero(judge.stretchedError(Dimension.PHASE, ph.code(), y, base, rng.nextDouble(), true));
                double sum = 0;
                for (Provision p : provisions) for (Phase ph : phases) sum += in.get(y, p, ph, k) * Math.exp(mp[p.ordinal()] + mh[ph.ordinal()]);
                double scale = sum > 0 ? target / sum : 0;
                for (Provision p : provisions) for (Phase ph : phases) {
                    out.add(y, p, ph, k, in.get(y, p, ph, k) * Math.exp(mp[p.ordinal()] + mh[ph.ordinal()]) * scale);
                }
            }
        }
        return out;
    }

    private static double orZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    private static double central(List<SummaryRow> summary, int year) {
        for (SummaryRow r : summary) if (r.year() == year && r.dimension() == Dimension.TOTAL) return r.mean();
        throw new IllegalArgumentException("no total for January " + year);
    }

    /** Mid-ranks (k + 0.5) / n of the values, ties broken by position so that the result is deterministic. */
    private static double[] ranks(double[] v) {
        Integer[] order = new Integer[v.length];
        for (int i = 0; i < v.length; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> v[a] != v[b] ? Double.compare(v[a], v[b]) : Integer.compare(a, b));
        double[] r = new double[v.length];
        for (int k = 0; k < v.length; k++) r[order[k]] = (k + 0.5) / v.length;
        return r;
    }

    private static String describe(TrackRecord judge, int base, double[] factor) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "Central forecast and bands, chosen out of sample on the outturns of every authority published by January %d "
                        + "(docs/method.md, \"The track record\"); every roll-up is scaled to the central total. By years ahead:", base));
        for (int h = 1; h <= judge.horizons(); h++) {
            sb.append(String.format(Locale.ROOT, " %d: %s (%.3f × the cohort model's expected path); band the %.0fth–%.0fth percentiles of past log errors "
                            + "(provisions %.0fth–%.0fth, phases %.0fth–%.0fth), which covered %.0f%% of past outturns of the total.",
                    h, judge.combination(base, h).describe(), h < factor.length ? factor[h] : Double.NaN,
                    100 * judge.level(Dimension.TOTAL, base, h), 100 - 100 * judge.level(Dimension.TOTAL, base, h),
                    100 * judge.level(Dimension.PROVISION, base, h), 100 - 100 * judge.level(Dimension.PROVISION, base, h),
                    100 * judge.level(Dimension.PHASE, base, h), 100 - 100 * judge.level(Dimension.PHASE, base, h),
                    100 * judge.coverage(Dimension.TOTAL, h, base)));
        }
        return sb.append(String.format(Locale.ROOT, " Beyond %d years: the %d-year choices, errors extrapolated in proportion to the years ahead (not validated).",
                judge.horizons(), judge.horizons())).toString();
    }
}
