package org.sendplan.model.transition;

import org.sendplan.model.scenario.FlowLever;
import org.sendplan.model.scenario.Levers;
import org.sendplan.model.scenario.MixLever;
import org.sendplan.model.scenario.Selection;

import java.util.ArrayList;
import java.util.List;

/**
 * A scenario's levers in the transition model's terms, step by step (step s is the flow from
 * the January base + s − 1 census to January base + s; a lever acts on the steps whose end
 * census its period covers). Selections read a state's age as NC year + 4.
 * <ul>
 *   <li>{@code joiners}: the expected joiners into each selected state (age and need at the
 *       census joined, setting joined) are multiplied: the NC year's joiner rate is multiplied by
 *       the weighted mean factor and the joiners' destination weights are re-weighted, keeping
 *       the Dirichlet's concentration;</li>
 *   <li>{@code leavers}: the leaver probability of each selected state (age, need and setting
 *       at the census left) is multiplied (capped at 0.999 in simulation, 1 on the expected path);</li>
 *   <li>{@code redirect}: a share of the destination weight of joiners and movers into a "from"
 *       setting (age and need selected at the destination) moves to the "to" settings of the same
 *       NC year and need, in proportion to their weights (evenly when all are zero); movers only
 *       to settings they may move to (valid-states' setting→setting), joiners to any valid state;</li>
 *   <li>{@code placement_mix}: as a redirect, and also a share of the children who would stay
 *       in a "from" setting: all those selected at the lever's first step, later only those who
 *       enter the selected ages (so each child is shifted once, and the setting mix of the
 *       selected ages moves by about the share). Stayers go to the valid "to" states of their
 *       NC year and need in proportion to those states' base-year stock (evenly when empty).</li>
 * </ul>
 * Steps that no lever touches use the baseline's arrays, and no lever draws random numbers
 * where it changes nothing, so a scenario without levers reproduces the baseline exactly.
 */
public final class ScenarioFlows {
    /** One step's parameters; arrays a lever did not touch are the baseline's. */
    static final class Step {
        double[] destAlpha, destCum, destTotal;
        double[] joinAlpha, joinCum, joinTotal;
        double[] joinMult;      // per NC year index, or null
        double[] leaveMult;     // per state, or null
        double[] stayShare;     // per state, or null
        int[][] stayTargets;    // per state
        double[][] stayWeights; // per state, summing to 1
    }

    private final Step[] steps; // index 1..horizon, null when untouched

    private ScenarioFlows(Step[] steps) {
        this.steps = steps;
    }

    Step step(int s) {
        return s < steps.length ? steps[s] : null;
    }

    /** Whether any step differs from the baseline. */
    public boolean any() {
        for (Step s : steps) if (s != null) return true;
        return false;
    }

    /**
     * @param baseStock the base-year stock by state (weights of placement-mix targets)
     * @return null when the levers change nothing
     */
    public static ScenarioFlows of(Levers levers, TransitionParameters p, int baseYear, int horizon, int[] baseStock) {
        if (levers == null || levers.isEmpty()) return null;
        StateSpace sp = p.space();
        int n = sp.size(), A = sp.ncyCount();
        Step[] out = new Step[horizon + 1];
        for (int s = 1; s <= horizon; s++) {
            int census = baseYear + s;
            Step st = null;
            // joiners
            double[] f = null;
            for (FlowLever l : levers.joiners()) {
                if (!l.period().covers(census)) continue;
                if (f == null) {
                    f = new double[n];
                    java.util.Arrays.fill(f, 1);
                }
                for (int i = 0; i < n; i++) if (selected(sp, i, l.selection(), true)) f[i] *= l.multiply();
            }
            if (f != null) {
                st = new Step();
                st.joinAlpha = p.joinAlpha.clone();
                st.joinMult = new double[A];
                for (int a = 0; a < A; a++) {
                    double tot = p.joinTotal[a], weighted = 0;
                    for (int k = p.joinStart[a]; k < p.joinStart[a + 1]; k++) weighted += p.joinAlpha[k] * f[p.joinIdx[k]];
                    double factor = tot > 0 ? weighted / tot : 1;
                    st.joinMult[a] = factor;
                    for (int k = p.joinStart[a]; k < p.joinStart[a + 1]; k++) {
                        st.joinAlpha[k] = factor > 0 ? p.joinAlpha[k] * f[p.joinIdx[k]] / factor : p.joinAlpha[k];
                    }
                }
            }
            // leavers
            for (FlowLever l : levers.leavers()) {
                if (!l.period().covers(census)) continue;
                if (st == null) st = new Step();
                if (st.leaveMult == null) {
                    st.leaveMult = new double[n];
                    java.util.Arrays.fill(st.leaveMult, 1);
                }
                for (int i = 0; i < n; i++) if (selected(sp, i, l.selection(), true)) st.leaveMult[i] *= l.multiply();
            }
            // redirect and placement mix
            for (MixLever m : levers.allMixes()) {
                if (!m.period().covers(census)) continue;
                int[] from = settings(sp, m.from()), to = settings(sp, m.to());
                if (st == null) st = new Step();
                if (st.joinAlpha == null) st.joinAlpha = p.joinAlpha.clone();
                if (st.destAlpha == null) st.destAlpha = p.destAlpha.clone();
                for (int a = 0; a < A; a++) redirect(sp, p.joinStart[a], p.joinStart[a + 1], p.joinIdx, st.joinAlpha, m, from, to);
                for (int i = 0; i < n; i++) redirect(sp, p.destStart[i], p.destStart[i + 1], p.destIdx, st.destAlpha, m, from, to);
                if (!m.newPlansOnly()) stayers(sp, p, st, m, from, to, census == Math.max(m.period().firstCensus(), baseYear + 1), baseStock);
            }
            if (st != null) {
                if (st.joinAlpha == null) {
                    st.joinAlpha = p.joinAlpha;
                    st.joinCum = p.joinCum;
                    st.joinTotal = p.joinTotal;
                } else {
                    st.joinCum = new double[st.joinAlpha.length];
                    st.joinTotal = new double[A];
                    cumulate(p.joinStart, A, st.joinAlpha, st.joinCum, st.joinTotal);
                }
                if (st.destAlpha == null) {
                    st.destAlpha = p.destAlpha;
                    st.destCum = p.destCum;
                    st.destTotal = p.destTotal;
                } else {
                    st.destCum = new double[st.destAlpha.length];
                    st.destTotal = new double[n];
                    cumulate(p.destStart, n, st.destAlpha, st.destCum, st.destTotal);
                }
            }
            out[s] = st;
        }
        ScenarioFlows flows = new ScenarioFlows(out);
        return flows.any() ? flows : null;
    }

    private static void cumulate(int[] start, int segments, double[] alpha, double[] cum, double[] total) {
        for (int g = 0; g < segments; g++) {
            double c = 0;
            for (int k = start[g]; k < start[g + 1]; k++) {
                c += alpha[k];
                cum[k] = c;
            }
            total[g] = c;
        }
    }

    private static boolean selected(StateSpace sp, int state, Selection sel, boolean withSettings) {
        return sp.valid(state) && sel.age(sp.ncy(state) + 4) && sel.need(sp.needs().get(sp.need(state)))
                && (!withSettings || sel.setting(sp.settings().get(sp.setting(state)).code()));
    }

    private static int[] settings(StateSpace sp, java.util.Set<String> codes) {
        List<Integer> out = new ArrayList<>();
        for (int s = 0; s < sp.settingCount(); s++) if (codes.contains(sp.settings().get(s).code())) out.add(s);
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static boolean contains(int[] a, int v) {
        for (int x : a) if (x == v) return true;
        return false;
    }

    /** Moves the share of the segment's weight on selected "from" states to its "to" states of the same NC year and need. */
    private static void redirect(StateSpace sp, int k0, int k1, int[] idx, double[] alpha, MixLever m, int[] from, int[] to) {
        for (int k = k0; k < k1; k++) {
            int st = idx[k];
            int s = sp.setting(st);
            if (!contains(from, s) || contains(to, s) || alpha[k] == 0) continue;
            if (!selected(sp, st, m.selection(), false)) continue;
            int ncy = sp.ncy(st), need = sp.need(st);
            double weight = 0;
            int targets = 0;
            for (int j = k0; j < k1; j++) {
                int t = idx[j];
                if (sp.ncy(t) == ncy && sp.need(t) == need && contains(to, sp.setting(t))) {
                    weight += alpha[j];
                    targets++;
                }
            }
            if (targets == 0) continue; // nowhere valid to send them: left alone
            double moved = alpha[k] * m.share();
            alpha[k] -= moved;
            for (int j = k0; j < k1; j++) {
                int t = idx[j];
                if (sp.ncy(t) == ncy && sp.need(t) == need && contains(to, sp.setting(t))) {
                    alpha[j] += weight > 0 ? moved * alpha[j] / weight : moved / targets;
                }
            }
        }
    }

    /** The share of stayers arriving in a selected "from" state that is placed in the "to" settings instead. */
    private static void stayers(StateSpace sp, TransitionParameters p, Step st, MixLever m, int[] from, int[] to, boolean first, int[] baseStock) {
        int n = sp.size();
        for (int i = 0; i < n; i++) {
            int t = p.stayTo[i];
            if (t < 0 || !contains(from, sp.setting(t)) || contains(to, sp.setting(t))) continue;
            if (!selected(sp, t, m.selection(), false)) continue;
            // after the first step only children entering the selected ages are shifted
            if (!first && m.selection().age(sp.ncy(i) + 4)) continue;
            int ncy = sp.ncy(t), need = sp.need(t);
            List<Integer> targets = new ArrayList<>();
            double w = 0;
            for (int s : to) {
                if (!sp.valid(ncy, need, s)) continue;
                targets.add(sp.index(ncy, need, s));
                w += baseStock[sp.index(ncy, need, s)];
            }
            if (targets.isEmpty()) continue;
            if (st.stayShare == null) {
                st.stayShare = new double[n];
                st.stayTargets = new int[n][];
                st.stayWeights = new double[n][];
            }
            double[] weights = new double[targets.size()];
            for (int k = 0; k < weights.length; k++) weights[k] = w > 0 ? baseStock[targets.get(k)] / w : 1.0 / weights.length;
            // a second lever on the same stayers moves its share of what the first left, to its own
            // targets; what the first moved keeps going to the first's (the weights mix the two)
            double prev = st.stayShare[i], added = (1 - prev) * m.share(), share = prev + added;
            java.util.Map<Integer, Double> mixed = new java.util.LinkedHashMap<>();
            if (prev > 0) for (int k = 0; k < st.stayTargets[i].length; k++) mixed.merge(st.stayTargets[i][k], prev * st.stayWeights[i][k], Double::sum);
            for (int k = 0; k < weights.length; k++) mixed.merge(targets.get(k), added * weights[k], Double::sum);
            st.stayShare[i] = share;
            st.stayTargets[i] = mixed.keySet().stream().mapToInt(Integer::intValue).toArray();
            st.stayWeights[i] = mixed.values().stream().mapToDouble(v -> share > 0 ? v / share : 0).toArray();
        }
    }
}
