package org.sendplan.model.benchmark;

import org.sendplan.model.Area;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The nearest-neighbour rule: the {@code k} authorities with the smallest standardised Euclidean
 * distance to an authority on the {@link #MEASURES}, each measure z-scored across the candidate
 * authorities (mean and sample standard deviation), ties broken by LA code. Candidates are the
 * authorities with every measure finite; an authority is never its own neighbour.
 * <p>
 * The DfE's statistical-neighbour lists are not published as data this tool can read, so the
 * measures are those the bundled data hold for (nearly) every authority: the release's special
 * school share, 5-year growth and the log of the plans (size: the bundled data give a population by
 * age for one authority only, so size is measured by the plans themselves), and the plans per 1,000
 * pupils of the school census (prevalence: without it, authorities of the same size and mix but
 * half the rate of plans were each other's nearest).
 */
public final class Neighbours {
    /** A measure of the distance: its name (as docs/method.md names it) and how it is read. */
    public record Measure(String name, ToDoubleFunction<BenchmarkFigures> value) {
    }

    public static final List<Measure> MEASURES = List.of(
            new Measure("special school share", BenchmarkFigures::specialShare),
            new Measure("5-year growth", BenchmarkFigures::growth5),
            new Measure("log plans", f -> f.plans() > 0 ? Math.log(f.plans()) : Double.NaN),
            new Measure("plans per 1,000 pupils", BenchmarkFigures::plansPer1000Pupils));

    /** One neighbour of an authority and its distance (in standard deviations). */
    public record Neighbour(BenchmarkFigures figures, double distance) {
    }

    private final List<BenchmarkFigures> candidates;
    private final double[][] z;

    private Neighbours(List<BenchmarkFigures> candidates, double[][] z) {
        this.candidates = candidates;
        this.z = z;
    }

    /** The rule over {@code authorities} (any order): the candidates and their z-scores, computed once. */
    public static Neighbours among(List<BenchmarkFigures> authorities) {
        List<BenchmarkFigures> c = new ArrayList<>();
        for (BenchmarkFigures f : authorities) if (complete(f)) c.add(f);
        int m = MEASURES.size();
        double[][] z = new double[c.size()][m];
        for (int j = 0; j < m; j++) {
            double mean = 0;
            for (BenchmarkFigures f : c) mean += MEASURES.get(j).value().applyAsDouble(f);
            mean /= c.size();
            double ss = 0;
            for (BenchmarkFigures f : c) ss += Math.pow(MEASURES.get(j).value().applyAsDouble(f) - mean, 2);
            // a measure equal for every candidate (to rounding: a ratio of equal ratios) tells them apart by nothing: it adds no
            // distance, where z-scoring its rounding noise would make that noise as far apart as any real measure
            double sd = c.size() > 1 ? Math.sqrt(ss / (c.size() - 1)) : 0;
            if (sd <= 1e-9 * Math.max(1, Math.abs(mean))) sd = 0;
            for (int i = 0; i < c.size(); i++) {
                z[i][j] = sd > 0 ? (MEASURES.get(j).value().applyAsDouble(c.get(i)) - mean) / sd : 0;
            }
        }
        return new Neighbours(List.copyOf(c), z);
    }

    /** Whether an authority has every measure, and so can have neighbours and be one. */
    public static boolean complete(BenchmarkFigures f) {
        for (Measure m : MEASURES) if (!Double.isFinite(m.value().applyAsDouble(f))) return false;
        return true;
    }

    /** The candidate authorities, as given. */
    public List<BenchmarkFigures> candidates() {
        return candidates;
    }

    /** The {@code k} nearest candidates to {@code area}, nearest first; empty when the area is not a candidate. */
    public List<Neighbour> nearest(Area area, int k) {
        int self = -1;
        for (int i = 0; i < candidates.size(); i++) if (candidates.get(i).area().code().equals(area.code())) self = i;
        if (self < 0) return List.of();
        List<Neighbour> all = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (i == self) continue;
            double d = 0;
            for (int j = 0; j < z[i].length; j++) d += (z[i][j] - z[self][j]) * (z[i][j] - z[self][j]);
            all.add(new Neighbour(candidates.get(i), Math.sqrt(d)));
        }
        all.sort(Comparator.comparingDouble(Neighbour::distance).thenComparing(n -> n.figures().area().code()));
        return List.copyOf(all.subList(0, Math.min(k, all.size())));
    }
}
