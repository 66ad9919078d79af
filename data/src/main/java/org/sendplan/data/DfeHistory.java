package org.sendplan.data;

import org.sendplan.model.AgeBand;
import org.sendplan.model.Area;
import org.sendplan.model.DataWarning;
import org.sendplan.model.DfeSetting;
import org.sendplan.model.History;
import org.sendplan.model.Lazy;
import org.sendplan.model.PlanningData;
import org.sendplan.model.Provision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Every authority's whole published history: the latest release (2025 layout) merged with the
 * 2022 release. Where both have a year (caseload 2019–2022, new plans 2019–2021) the latest
 * release wins: it is the later revision, and the base year is read in its layout. Where they
 * disagree the reconciliation says so: a total that differs at all, and a setting split in
 * which some setting differs by {@value #MIN_PLANS} plans and {@value #SHARE_TOLERANCE_POINTS} percentage point of
 * the total or more.
 */
public final class DfeHistory {
    static final double SHARE_TOLERANCE_POINTS = 1.0;
    static final double MIN_PLANS = 5;
    private static final int S = DfeSetting.values().length;

    private final String fingerprint;
    /** Merged when first asked for: a run whose backtest and track record are kept needs the fingerprint alone. */
    private final Lazy<Merged> merged;

    private record Merged(Map<String, History> authorities, List<String> warnings) {
    }

    private DfeHistory(DfeRelease latest, Supplier<Sen2022Reader.Release> older, String fingerprint) {
        this.merged = new Lazy<>(() -> merged(latest, older.get()));
        this.fingerprint = fingerprint;
    }

    /** The latest release with the bundled 2022 release behind it. */
    public static DfeHistory of(DfeRelease latest) {
        // the bundled older release is part of the build: the latest release's data identify the history
        return new DfeHistory(latest, Sen2022Reader::bundled, latest.fingerprint());
    }

    /** The latest release with another older one behind it (whose data are not identified: {@link #fingerprint} is null). */
    public static DfeHistory merge(DfeRelease latest, Sen2022Reader.Release older) {
        return new DfeHistory(latest, () -> older, null);
    }

    private static Merged merged(DfeRelease latest, Sen2022Reader.Release older) {
        Map<String, History> out = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        for (Area la : latest.authorities()) {
            PlanningData d = latest.data().get(la.code());
            Sen2022Reader.Series old = older.authorities().get(la.code());
            out.put(la.code(), merge(d, old));
        }
        List<String> unmatched = older.authorities().keySet().stream().filter(c -> !out.containsKey(c)).toList();
        if (!unmatched.isEmpty()) {
            warnings.add(older.source() + ": " + unmatched.size() + " authorities are not in the latest release and are left out of the history ("
                    + String.join(", ", unmatched) + ")");
        }
        return new Merged(out, warnings);
    }

    /** What identifies the data of this history ({@link ReleaseFingerprint}), null where unknown. */
    public String fingerprint() {
        return fingerprint;
    }

    /** Old LA code → history. */
    public Map<String, History> authorities() {
        return java.util.Collections.unmodifiableMap(merged.get().authorities());
    }

    public List<String> warnings() {
        return List.copyOf(merged.get().warnings());
    }

    /** The history of an area: an authority's own, a region's or England's as the sum of authorities. */
    public History of(Area area) {
        return switch (area.level()) {
            case LOCAL_AUTHORITY -> merged.get().authorities().get(area.code());
            case REGION -> History.sum(area, merged.get().authorities().values().stream().filter(h -> h.data().area().region().equals(area.name())).toList());
            default -> History.sum(area, List.copyOf(merged.get().authorities().values()));
        };
    }

    static History merge(PlanningData d, Sen2022Reader.Series old) {
        SortedMap<Integer, double[]> bands = new TreeMap<>();
        List<DataWarning> w = new ArrayList<>();
        d.caseloadByAge().forEach((y, ages) -> {
            if (DataQualitySum.of(ages) > 0) bands.put(y, AgeBand.fromSingleAges(ages));
        });
        if (old == null) return new History(d, bands, List.of());
        old.caseloadByBand().forEach(bands::putIfAbsent);
        SortedMap<Integer, Double> caseload = mergeScalars(d.caseloadTotal(), old.caseloadTotal(), "caseload total", w);
        SortedMap<Integer, double[]> caseloadBySetting = mergeSplits(d.caseloadBySetting(), old.caseloadBySetting(), "caseload by setting", w);
        SortedMap<Integer, Double> newPlans = mergeScalars(d.newPlansTotal(), old.newPlansTotal(), "new plans total", w);
        SortedMap<Integer, double[]> newPlansBySetting = mergeSplits(d.newPlansBySetting(), old.newPlansBySetting(), "new plans by setting", w);
        PlanningData merged = new PlanningData(d.area(), caseload, caseloadBySetting, d.caseloadByAge(), d.caseloadByAgeSetting(),
                newPlans, newPlansBySetting, d.newPlansByAge(), d.ceasedTotal(), d.ceasedByAge(), d.needsByAge(), d.needsBySetting(),
                d.newPlanNeedsByAge());
        return new History(merged, bands, w);
    }

    private static SortedMap<Integer, Double> mergeScalars(SortedMap<Integer, Double> latest, SortedMap<Integer, Double> old, String series,
                                                           List<DataWarning> w) {
        SortedMap<Integer, Double> out = new TreeMap<>(latest);
        old.forEach((y, v) -> {
            Double now = latest.get(y);
            if (now == null) {
                out.put(y, v);
            } else if (!Double.isNaN(v) && !Double.isNaN(now) && Math.abs(now - v) > 0.5) {
                w.add(new DataWarning(series, y, String.format(Locale.ROOT, "the 2022 release published %,.0f, the 2025 release %,.0f; "
                        + "the 2025 release's figure is used", v, now), false));
            }
        });
        return out;
    }

    private static SortedMap<Integer, double[]> mergeSplits(SortedMap<Integer, double[]> latest, SortedMap<Integer, double[]> old, String series,
                                                            List<DataWarning> w) {
        SortedMap<Integer, double[]> out = new TreeMap<>(latest);
        old.forEach((y, v) -> {
            double[] now = latest.get(y);
            if (now == null) {
                out.put(y, v);
                return;
            }
            double ta = DataQualitySum.of(v), tb = DataQualitySum.of(now);
            if (ta == 0 || tb == 0) return;
            List<String> diffs = new ArrayList<>();
            for (DfeSetting s : DfeSetting.values()) {
                double ca = nz(v[s.ordinal()]), cb = nz(now[s.ordinal()]);
                double pa = 100 * ca / ta, pb = 100 * cb / tb;
                if (Math.abs(ca - cb) >= MIN_PLANS && Math.abs(pa - pb) >= SHARE_TOLERANCE_POINTS) {
                    diffs.add(String.format(Locale.ROOT, "%s %,.0f (%.1f%%) in the 2022 release, %,.0f (%.1f%%) in the 2025 release",
                            s.name(), ca, pa, cb, pb));
                }
            }
            if (!diffs.isEmpty()) {
                w.add(new DataWarning(series, y, "the two releases split the plans differently: " + String.join("; ", diffs)
                        + "; the 2025 release's split is used", false));
            }
        });
        return out;
    }

    private static double nz(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    private static double[] byProvision(double[] settings) {
        double[] out = new double[Provision.values().length];
        for (int s = 0; s < S; s++) {
            if (!Double.isNaN(settings[s])) out[DfeSetting.values()[s].setting().provision().ordinal()] += settings[s];
        }
        return out;
    }

    /** NaN-skipping sum (DataQuality's is package-private to the model). */
    private static final class DataQualitySum {
        static double of(double[] v) {
            double s = 0;
            if (v != null) for (double x : v) if (!Double.isNaN(x)) s += x;
            return s;
        }
    }
}
