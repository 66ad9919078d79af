package org.sendplan.model.cohort;

import org.sendplan.model.Ages;
import org.sendplan.model.DfeSetting;
import org.sendplan.model.Need;
import org.sendplan.model.scenario.FlowLever;
import org.sendplan.model.scenario.Levers;
import org.sendplan.model.scenario.MixLever;
import org.sendplan.model.scenario.PhaseTransferReview;
import org.sendplan.model.scenario.SupportLayer;
import org.sendplan.model.scenario.Selection;

import java.util.List;

/**
 * A scenario's levers turned into the cohort projection's terms, year by year (index h: the
 * flow into January base + h):
 * <ul>
 *   <li>new plans: multiplied for the ages and needs selected; a settings selection multiplies
 *       the part of them that the placement mix sends to those settings;</li>
 *   <li>plans ending: the outflow 1 − c of the ages and needs selected is multiplied (ages whose
 *       continuation is above 1, where joiners are counted a year late, are left alone);</li>
 *   <li>placement mix: the share moves from the "from" settings to the "to" settings, for
 *       everyone selected; a redirect moves it only for plans started since the lever began,
 *       whose fraction of each age and need is taken from the expected path (an inclusion base's
 *       redirect among them);</li>
 *   <li>support layer: after the joiner levers, the share of the selected new plans is met without
 *       a plan: it leaves the new plans and joins the support layer;</li>
 *   <li>phase-transfer review: of the plan holders who continue from the last age of a phase into
 *       a phase the review names, the share leaves the plans for the support layer.</li>
 * </ul>
 * The cohort model places every plan by its age and need each year (it has no memory of a
 * child's setting), so mix levers act on the mix, not on individual children.
 */
final class CohortLevers {
    private static final int A = Ages.COUNT;
    private static final int S = DfeSetting.values().length;
    private static final int N = Need.values().length;
    private static final DfeSetting[] SETTINGS = DfeSetting.values();
    private static final Need[] NEEDS = Need.values();

    /** joinerFactor[h][a][n] */
    final double[][][] joinerFactor;
    /** continuation[h][a][n] before the yearly random shock */
    final double[][][] continuation;
    /** toLayer[h][a][n]: the new plans met in the support layer instead, as a factor of new plans before any lever (as joinerFactor) */
    final double[][][] toLayer;
    /** reviewed[h][a]: the share of plan holders continuing from age a to a + 1 who leave for the support layer */
    final double[][] reviewed;

    private CohortLevers(double[][][] joinerFactor, double[][][] continuation, double[][][] toLayer, double[][] reviewed) {
        this.joinerFactor = joinerFactor;
        this.continuation = continuation;
        this.toLayer = toLayer;
        this.reviewed = reviewed;
    }

    /** The flow terms, and the mix levers applied to {@code shares[h][a][n][s]} in place. */
    static CohortLevers apply(CohortAssumptions as, Levers levers, int horizon, double[][][][] shares) {
        int years = horizon + 1;
        double[][][] jf = new double[years][A][N];
        double[][][] cont = new double[years][A][N];
        double[][][] toLayer = new double[years][A][N];
        double[][] reviewed = new double[years][A];
        for (int h = 0; h < years; h++) for (int a = 0; a < A; a++) for (int n = 0; n < N; n++) {
            jf[h][a][n] = 1;
            cont[h][a][n] = as.continuation()[a];
        }
        for (int h = 1; h < years; h++) {
            int census = as.baseYear() + h;
            for (FlowLever l : levers.joiners()) {
                if (!l.period().covers(census)) continue;
                for (int a = 0; a < A; a++) {
                    if (!l.selection().age(Ages.age(a))) continue;
                    for (int n = 0; n < N; n++) {
                        if (!l.selection().need(NEEDS[n].name())) continue;
                        double part = selectedShare(shares[h][a][n], l.selection());
                        jf[h][a][n] *= 1 + (l.multiply() - 1) * part;
                    }
                }
            }
            for (SupportLayer l : levers.supportLayers()) {
                if (!l.period().covers(census)) continue;
                for (int a = 0; a < A; a++) {
                    if (!l.selection().age(Ages.age(a))) continue;
                    for (int n = 0; n < N; n++) {
                        if (!l.selection().need(NEEDS[n].name())) continue;
                        double met = jf[h][a][n] * l.share() * selectedShare(shares[h][a][n], l.selection());
                        jf[h][a][n] -= met;
                        toLayer[h][a][n] += met;
                    }
                }
            }
            for (PhaseTransferReview r : levers.reviews()) {
                if (!r.period().covers(census)) continue;
                // several reviews of one transfer compound: each takes its share of those still holding a plan
                for (int a = 0; a < A - 1; a++) if (r.crosses(Ages.age(a))) reviewed[h][a] = 1 - (1 - reviewed[h][a]) * (1 - r.share());
            }
            for (FlowLever l : levers.leavers()) {
                if (!l.period().covers(census)) continue;
                for (int a = 0; a < A - 1; a++) {
                    // the outflow from age a happens on the way to age a + 1
                    if (!l.selection().age(Ages.age(a))) continue;
                    for (int n = 0; n < N; n++) {
                        if (!l.selection().need(NEEDS[n].name())) continue;
                        double c = cont[h][a][n];
                        if (c < 1) cont[h][a][n] = Math.max(0, 1 - l.multiply() * (1 - c));
                    }
                }
            }
        }
        for (MixLever m : levers.allMixes()) {
            double[][][] fraction = m.newPlansOnly() ? newPlanFraction(as, jf, cont, horizon, m.period().firstCensus()) : null;
            for (int h = 0; h < years; h++) {
                int census = as.baseYear() + h;
                if (!m.period().covers(census)) continue;
                for (int a = 0; a < A; a++) {
                    if (!m.selection().age(Ages.age(a))) continue;
                    for (int n = 0; n < N; n++) {
                        if (!m.selection().need(NEEDS[n].name())) continue;
                        double share = m.share() * (fraction == null ? 1 : fraction[h][a][n]);
                        move(shares[h][a][n], m, share);
                    }
                }
            }
        }
        return new CohortLevers(jf, cont, toLayer, reviewed);
    }

    private static double selectedShare(double[] mix, Selection sel) {
        if (sel.settings() == null) return 1;
        double s = 0;
        for (int i = 0; i < S; i++) if (sel.setting(SETTINGS[i].name())) s += mix[i];
        return s;
    }

    /** Moves {@code share} of the "from" settings' mix to the "to" settings, in proportion to their mix. */
    private static void move(double[] mix, MixLever m, double share) {
        double moved = 0, toMix = 0;
        int toCount = 0;
        for (int s = 0; s < S; s++) {
            String code = SETTINGS[s].name();
            if (m.from().contains(code) && !m.to().contains(code)) {
                moved += mix[s] * share;
                mix[s] *= 1 - share;
            } else if (m.to().contains(code)) {
                toMix += mix[s];
                toCount++;
            }
        }
        if (moved == 0 || toCount == 0) return;
        for (int s = 0; s < S; s++) {
            if (!m.to().contains(SETTINGS[s].name())) continue;
            mix[s] += toMix > 0 ? moved * mix[s] / toMix : moved / toCount;
        }
    }

    /**
     * fraction[h][a][n]: the share of plans at an age and need in January base + h that started
     * on or after the flow into {@code firstCensus}, on the expected path.
     */
    private static double[][][] newPlanFraction(CohortAssumptions as, double[][][] jf, double[][][] cont, int horizon, int firstCensus) {
        double[][][] fraction = new double[horizon + 1][A][N];
        double[][] all = new double[A][N], started = new double[A][N];
        for (int a = 0; a < A; a++) for (int s = 0; s < S; s++) for (int n = 0; n < N; n++) all[a][n] += as.baseStock()[a][s][n];
        for (int h = 1; h <= horizon; h++) {
            double[] joiners = CohortProjector.expectedJoiners(as, h);
            boolean counting = as.baseYear() + h >= firstCensus;
            double[][] nextAll = new double[A][N], nextStarted = new double[A][N];
            for (int n = 0; n < N; n++) {
                double j0 = as.youngestRatio() * joiners[0] * as.joinerNeedMix()[0][n] * jf[h][0][n];
                nextAll[0][n] = j0;
                nextStarted[0][n] = counting ? j0 : 0;
            }
            for (int a = 0; a < A - 1; a++) for (int n = 0; n < N; n++) {
                double j = joiners[a + 1] * as.joinerNeedMix()[a + 1][n] * jf[h][a + 1][n];
                nextAll[a + 1][n] = cont[h][a][n] * all[a][n] + j;
                nextStarted[a + 1][n] = cont[h][a][n] * started[a][n] + (counting ? j : 0);
            }
            all = nextAll;
            started = nextStarted;
            for (int a = 0; a < A; a++) for (int n = 0; n < N; n++) {
                fraction[h][a][n] = all[a][n] > 0 ? Math.min(1, started[a][n] / all[a][n]) : (counting ? 1 : 0);
            }
        }
        return fraction;
    }

    static List<String> describe(Levers levers) {
        if (levers.isEmpty()) return List.of();
        return List.of(String.format(java.util.Locale.ROOT, "Scenario levers: %d on new plans, %d on plans ending, %d on the placement mix "
                        + "(listed in the Scenarios sheet)%s.", levers.joiners().size(), levers.leavers().size(), levers.allMixes().size(),
                levers.hasSupportLayer() ? String.format(java.util.Locale.ROOT, "; %d on new plans met in a support layer, %d reviewing plans at "
                        + "phase transfer%s (the children they take out of the plans are followed as the support layer)", levers.supportLayers().size(),
                        levers.reviews().size(), levers.ceiling() == null ? "" : ", a ceiling on plans per 1,000 pupils") : ""));
    }
}
