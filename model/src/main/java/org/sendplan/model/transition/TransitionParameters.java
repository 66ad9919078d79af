package org.sendplan.model.transition;

/**
 * The estimated model, in dense arrays for the projection's hot loops. Per state (origin at NC
 * year a): a Beta for the probability of leaving and a Beta for the probability of moving (given
 * not leaving), the state a stayer goes to (−1 when its setting takes no child of the next NC
 * year: then every non-leaver moves), and a Dirichlet over the destinations of movers. Per NC
 * year: a Beta for the joiner rate per head of population and a Dirichlet over the states joiners
 * arrive in. Rate multipliers for the trends (1 when there is none).
 */
public final class TransitionParameters {
    /** Population used per NC year when none is given: joiners are then modelled as counts per year. */
    public static final double NOMINAL_POPULATION = 100_000;

    final StateSpace space;
    final EstimationConfig config;
    final int lastFitYear;
    final double[] aLeave, bLeave, aMove, bMove;
    final int[] stayTo;
    /** destinations of state i are destIdx[destStart[i] .. destStart[i+1]) with alphas destAlpha. */
    final int[] destStart, destIdx;
    final double[] destAlpha, destCum, destTotal;
    final double[] aJoin, bJoin;
    final int[] joinStart, joinIdx;
    final double[] joinAlpha, joinCum, joinTotal;
    // trends and persistent uncertainty (log scale)
    final double joinerLevel, joinerSlope, joinerDamping, joinerLevelSe, joinerSlopeSe;
    final double leaverLevel, leaverSlope, leaverDamping, leaverLevelSe, leaverSlopeSe;
    // pooled summaries for reports
    final double[] ncyLeave, ncyMove, ncyJoinRate;
    final double[][] ncySettingLeave, ncySettingMove;

    private TransitionParameters(Builder b) {
        space = b.space;
        config = b.config;
        lastFitYear = b.lastFitYear;
        aLeave = b.aLeave; bLeave = b.bLeave; aMove = b.aMove; bMove = b.bMove; stayTo = b.stayTo;
        destStart = b.destStart; destIdx = b.destIdx; destAlpha = b.destAlpha; destCum = b.destCum; destTotal = b.destTotal;
        aJoin = b.aJoin; bJoin = b.bJoin; joinStart = b.joinStart; joinIdx = b.joinIdx; joinAlpha = b.joinAlpha;
        joinCum = b.joinCum; joinTotal = b.joinTotal;
        joinerLevel = b.joinerLevel; joinerSlope = b.joinerSlope; joinerDamping = config.joinerTrend();
        joinerLevelSe = b.joinerLevelSe; joinerSlopeSe = b.joinerSlopeSe;
        leaverLevel = b.leaverLevel; leaverSlope = b.leaverSlope; leaverDamping = config.leaverTrend();
        leaverLevelSe = b.leaverLevelSe; leaverSlopeSe = b.leaverSlopeSe;
        ncyLeave = b.ncyLeave; ncyMove = b.ncyMove; ncyJoinRate = b.ncyJoinRate;
        ncySettingLeave = b.ncySettingLeave; ncySettingMove = b.ncySettingMove;
    }

    public StateSpace space() { return space; }
    public EstimationConfig config() { return config; }
    /** The first census year of the last history pair used. */
    public int lastFitYear() { return lastFitYear; }

    public double leaveMean(int state) { return aLeave[state] / (aLeave[state] + bLeave[state]); }
    public double moveMean(int state) { return aMove[state] / (aMove[state] + bMove[state]); }
    public double joinRateMean(int ncyIndex) { return aJoin[ncyIndex] / (aJoin[ncyIndex] + bJoin[ncyIndex]); }
    /** Pooled leaver probability of an NC year (weighted history, with its prior). */
    public double ncyLeave(int ncyIndex) { return ncyLeave[ncyIndex]; }
    public double ncyMove(int ncyIndex) { return ncyMove[ncyIndex]; }
    public double ncyJoinRate(int ncyIndex) { return ncyJoinRate[ncyIndex]; }
    public double ncySettingLeave(int ncyIndex, int setting) { return ncySettingLeave[ncyIndex][setting]; }
    public double ncySettingMove(int ncyIndex, int setting) { return ncySettingMove[ncyIndex][setting]; }

    /** Cumulative damped steps: φ + φ² + … + φ^h (h when φ = 1, 0 when φ = 0). */
    static double dampedSteps(double phi, int h) {
        double s = 0, f = 1;
        for (int k = 1; k <= h; k++) {
            f *= phi;
            s += f;
        }
        return s;
    }

    /** Multiplier of the joiner rate {@code h} years after the last history pair. */
    public double joinerFactor(int h, double levelError, double slopeError) {
        return Math.exp(joinerLevel + levelError + (joinerSlope + slopeError) * dampedSteps(joinerDamping, h));
    }

    /** Multiplier of every leaver probability {@code h} years after the last history pair. */
    public double leaverFactor(int h, double levelError, double slopeError) {
        return Math.exp(leaverLevel + levelError + (leaverSlope + slopeError) * dampedSteps(leaverDamping, h));
    }

    public double joinerLevel() { return joinerLevel; }
    public double joinerSlope() { return joinerSlope; }
    public double leaverLevel() { return leaverLevel; }
    public double leaverSlope() { return leaverSlope; }
    public double joinerLevelSe() { return joinerLevelSe; }
    public double joinerSlopeSe() { return joinerSlopeSe; }
    public double leaverLevelSe() { return leaverLevelSe; }
    public double leaverSlopeSe() { return leaverSlopeSe; }

    /** Estimates from the first {@code fitPairs} pairs of the history. */
    public static TransitionParameters estimate(TransitionHistory h, EstimationConfig config, int fitPairs) {
        return new Builder(h, config, fitPairs).build(null);
    }

    /**
     * As {@link #estimate(TransitionHistory, EstimationConfig, int)}, taking the leaver, mover and
     * destination estimates from {@code sameFlows} (estimated on the same history and pairs with the
     * same flow weights and state rule) instead of recomputing them: the backtest's candidates
     * differ mostly in their joiners and trends, so they share this, the costliest part.
     */
    static TransitionParameters estimate(TransitionHistory h, EstimationConfig config, int fitPairs, TransitionParameters sameFlows) {
        return new Builder(h, config, fitPairs).build(sameFlows);
    }

    /** Whether two configurations give the same leaver, mover and destination estimates (trends aside). */
    static boolean sameFlows(EstimationConfig a, EstimationConfig b) {
        return a.flowDecay() == b.flowDecay() && a.strictStates() == b.strictStates();
    }

    private static final class Builder {
        final StateSpace space;
        final EstimationConfig config;
        final int lastFitYear;
        double[] aLeave, bLeave, aMove, bMove;
        int[] stayTo;
        int[] destStart, destIdx;
        double[] destAlpha, destCum, destTotal;
        double[] aJoin, bJoin;
        int[] joinStart, joinIdx;
        double[] joinAlpha, joinCum, joinTotal;
        double joinerLevel, joinerSlope, joinerLevelSe, joinerSlopeSe;
        double leaverLevel, leaverSlope, leaverLevelSe, leaverSlopeSe;
        double[] ncyLeave, ncyMove, ncyJoinRate;
        double[][] ncySettingLeave, ncySettingMove;
        private final TransitionHistory h;
        private final int fit;

        Builder(TransitionHistory h, EstimationConfig config, int fitPairs) {
            if (fitPairs < 1 || fitPairs > h.pairs()) throw new IllegalArgumentException("fitPairs " + fitPairs);
            this.h = h;
            this.space = h.space();
            this.config = config;
            this.fit = fitPairs;
            this.lastFitYear = h.pairYear(fitPairs - 1);
        }

        private double[] weights(double decay) {
            double[] w = new double[fit];
            for (int k = 0; k < fit; k++) w[k] = Math.pow(decay, fit - 1 - k);
            return w;
        }

        private double[] population(int pair) {
            double[] p = h.population(h.pairYear(pair));
            if (p != null) return p;
            double[] nominal = new double[space.ncyCount()];
            java.util.Arrays.fill(nominal, NOMINAL_POPULATION);
            return nominal;
        }

        TransitionParameters build(TransitionParameters same) {
            if (same != null && same.lastFitYear == lastFitYear && sameFlows(same.config, config)) {
                aLeave = same.aLeave; bLeave = same.bLeave; aMove = same.aMove; bMove = same.bMove; stayTo = same.stayTo;
                destStart = same.destStart; destIdx = same.destIdx; destAlpha = same.destAlpha; destCum = same.destCum;
                destTotal = same.destTotal;
                ncyLeave = same.ncyLeave; ncyMove = same.ncyMove; ncySettingLeave = same.ncySettingLeave; ncySettingMove = same.ncySettingMove;
                leaverTrend(weights(config.flowDecay()));
            } else {
                flows();
            }
            joiners();
            return new TransitionParameters(this);
        }

        private void flows() {
            int n = space.size(), N = space.needCount(), S = space.settingCount(), A = space.ncyCount();
            double[] w = weights(config.flowDecay());
            double[] L = new double[n], stay = new double[n], move = new double[n];
            double[] La = new double[A], Na = new double[A], Ma = new double[A], Sa = new double[A], Ka = new double[A];
            double[][] Da = new double[A][S];
            double[][] LaS = new double[A][S], NaS = new double[A][S], MaS = new double[A][S];
            java.util.Map<Long, Double> moves = new java.util.HashMap<>();
            for (int k = 0; k < fit; k++) {
                double wk = w[k];
                for (int i = 0; i < n; i++) {
                    int l = h.leavers(k, i), s = h.stayers(k, i);
                    if (l == 0 && s == 0) continue;
                    int a = space.ncy(i) - space.minNcy();
                    L[i] += wk * l;
                    stay[i] += wk * s;
                    La[a] += wk * l;
                    Na[a] += wk * s;
                    Sa[a] += wk * s;
                    LaS[a][space.setting(i)] += wk * l;
                    NaS[a][space.setting(i)] += wk * s;
                }
                int[] f = h.moveFrom(k), t = h.moveTo(k), c = h.moveCount(k);
                for (int j = 0; j < f.length; j++) {
                    double v = wk * c[j];
                    int i = f[j], a = space.ncy(i) - space.minNcy();
                    move[i] += v;
                    Na[a] += v;
                    Ma[a] += v;
                    NaS[a][space.setting(i)] += v;
                    MaS[a][space.setting(i)] += v;
                    Da[a][space.setting(t[j])] += v;
                    if (space.need(t[j]) == space.need(i)) Ka[a] += v;
                    moves.merge(((long) i << 32) | t[j], v, Double::sum);
                }
            }
            aLeave = new double[n]; bLeave = new double[n]; aMove = new double[n]; bMove = new double[n];
            stayTo = new int[n];
            ncyLeave = new double[A]; ncyMove = new double[A];
            ncySettingLeave = new double[A][S]; ncySettingMove = new double[A][S];
            double[] priorLeave = new double[A], priorMove = new double[A];
            for (int a = 0; a < A; a++) {
                // per-NC-year prior: Jeffreys Beta(½, ½) updated with the NC year's pooled counts,
                // rescaled to a weight of one observation
                priorLeave[a] = (La[a] + 0.5) / (La[a] + Na[a] + 1);
                priorMove[a] = (Ma[a] + 0.5) / (Ma[a] + Sa[a] + 1);
                ncyLeave[a] = priorLeave[a];
                ncyMove[a] = priorMove[a];
                for (int s = 0; s < S; s++) {
                    ncySettingLeave[a][s] = (LaS[a][s] + priorLeave[a]) / (LaS[a][s] + NaS[a][s] + 1);
                    ncySettingMove[a][s] = (MaS[a][s] + priorMove[a]) / (NaS[a][s] + 1); // among non-leavers
                }
            }
            for (int i = 0; i < n; i++) {
                int a = space.ncy(i) - space.minNcy();
                aLeave[i] = L[i] + priorLeave[a];
                bLeave[i] = stay[i] + move[i] + 1 - priorLeave[a];
                aMove[i] = move[i] + priorMove[a];
                bMove[i] = stay[i] + 1 - priorMove[a];
                int ncy = space.ncy(i);
                boolean stays = config.strictStates() ? space.valid(ncy + 1, space.need(i), space.setting(i)) : space.inRange(ncy + 1);
                stayTo[i] = stays ? space.index(ncy + 1, space.need(i), space.setting(i)) : -1;
            }
            // destinations: prior weights first, observed (weighted) moves added after
            int[] validSettingsAt = new int[A];
            for (int a = 0; a < A; a++) {
                for (int s = 0; s < S; s++) {
                    boolean any = false;
                    for (int m = 0; m < N && !any; m++) any = space.valid(a + space.minNcy(), m, s);
                    if (any) validSettingsAt[a]++;
                }
            }
            destStart = new int[n + 1];
            int[] d = new int[N * S];
            double[] al = new double[N * S];
            int[] idxBuf = new int[Math.max(16, n * 4)];
            double[] alphaBuf = new double[idxBuf.length];
            int total = 0;
            for (int i = 0; i < n; i++) {
                destStart[i] = total;
                int ncy = space.ncy(i);
                if ((config.strictStates() && !space.valid(i)) || !space.inRange(ncy + 1)) continue;
                int a = ncy - space.minNcy();
                int need = space.need(i), setting = space.setting(i);
                int validNext = validSettingsAt[a + 1];
                double sameNeed = N > 1 ? (Ka[a] + 0.5) / (Ma[a] + 1) : 1;
                int c = 0;
                for (int m = 0; m < N; m++) for (int s = 0; s < S; s++) {
                    if (m == need && s == setting) continue;
                    if (!space.valid(ncy + 1, m, s)) continue;
                    if (s != setting && !space.moveAllowed(setting, s)) continue;
                    double q = (Da[a][s] + 1.0 / validNext) / (Ma[a] + 1);
                    double r = m == need ? sameNeed : (1 - sameNeed) / (N - 1);
                    d[c] = space.index(ncy + 1, m, s);
                    al[c] = q * r;
                    c++;
                }
                if (total + c > idxBuf.length) {
                    idxBuf = java.util.Arrays.copyOf(idxBuf, Math.max(total + c, idxBuf.length * 2));
                    alphaBuf = java.util.Arrays.copyOf(alphaBuf, idxBuf.length);
                }
                System.arraycopy(d, 0, idxBuf, total, c);
                System.arraycopy(al, 0, alphaBuf, total, c);
                total += c;
            }
            destStart[n] = total;
            destIdx = java.util.Arrays.copyOf(idxBuf, total);
            destAlpha = java.util.Arrays.copyOf(alphaBuf, total);
            for (var e : moves.entrySet()) {
                int i = (int) (e.getKey() >>> 32), to = (int) (long) e.getKey();
                for (int k = destStart[i]; k < destStart[i + 1]; k++) {
                    if (destIdx[k] == to) {
                        destAlpha[k] += e.getValue();
                        break;
                    }
                }
            }
            destCum = new double[total];
            destTotal = new double[n];
            for (int i = 0; i < n; i++) {
                double cum = 0;
                for (int k = destStart[i]; k < destStart[i + 1]; k++) {
                    cum += destAlpha[k];
                    destCum[k] = cum;
                }
                destTotal[i] = cum;
            }
            leaverTrend(w);
        }

        private void leaverTrend(double[] w) {
            double[] y = new double[fit], lr = new double[fit];
            double lw = 0, sw = 0;
            for (int k = 0; k < fit; k++) {
                int[] start = h.startStock(k);
                double st = 0, l = 0;
                for (int i = 0; i < start.length; i++) {
                    st += start[i];
                    l += h.leavers(k, i);
                }
                y[k] = h.pairYear(k);
                lr[k] = st > 0 && l > 0 ? Math.log(l / st) : Double.NaN;
                lw += w[k] * l;
                sw += w[k] * st;
            }
            Trend t = Trend.fit(y, lr, w, config.leaverTrend() > 0);
            leaverLevel = config.leaverTrend() > 0 && lw > 0 && sw > 0 ? t.last() - Math.log(lw / sw) : 0;
            leaverSlope = config.leaverTrend() > 0 ? t.slope() : 0;
            leaverLevelSe = config.persistent() ? t.levelSe() : 0;
            leaverSlopeSe = config.persistent() && config.leaverTrend() > 0 ? t.slopeSe() : 0;
        }

        private void joiners() {
            int A = space.ncyCount(), S = space.settingCount(), N = space.needCount();
            double[] w = weights(config.joinerDecay());
            double W = 0;
            for (double v : w) W += v;
            double[] J = new double[A], P = new double[A];
            double[] Js = new double[space.size()];
            double[] y = new double[fit], jr = new double[fit];
            for (int k = 0; k < fit; k++) {
                double[] pop = population(k);
                double jt = 0, pt = 0;
                for (int i = 0; i < space.size(); i++) {
                    int j = h.joiners(k, i);
                    if (j == 0) continue;
                    J[space.ncy(i) - space.minNcy()] += w[k] * j;
                    Js[i] += w[k] * j;
                    jt += j;
                }
                for (int a = 0; a < A; a++) {
                    P[a] += w[k] * pop[a];
                    pt += pop[a];
                }
                y[k] = h.pairYear(k);
                jr[k] = jt > 0 && pt > 0 ? Math.log(jt / pt) : Double.NaN;
            }
            aJoin = new double[A];
            bJoin = new double[A];
            ncyJoinRate = new double[A];
            for (int a = 0; a < A; a++) {
                // the peer's joiner Beta: counts divided by the (weighted) number of years, which
                // widens the rate's uncertainty to the spread seen between years
                aJoin[a] = J[a] / W + 1e-3;
                bJoin[a] = Math.max(P[a] - J[a], 0) / W + 1e-3;
                ncyJoinRate[a] = P[a] > 0 ? J[a] / P[a] : 0;
            }
            joinStart = new int[A + 1];
            int count = 0;
            for (int a = 0; a < A; a++) for (int m = 0; m < N; m++) for (int s = 0; s < S; s++) if (space.valid(a + space.minNcy(), m, s)) count++;
            joinIdx = new int[count];
            joinAlpha = new double[count];
            joinCum = new double[count];
            joinTotal = new double[A];
            int c = 0;
            for (int a = 0; a < A; a++) {
                joinStart[a] = c;
                int valid = 0;
                for (int m = 0; m < N; m++) for (int s = 0; s < S; s++) if (space.valid(a + space.minNcy(), m, s)) valid++;
                double cum = 0;
                for (int m = 0; m < N; m++) for (int s = 0; s < S; s++) {
                    if (!space.valid(a + space.minNcy(), m, s)) continue;
                    int i = space.index(a + space.minNcy(), m, s);
                    joinIdx[c] = i;
                    joinAlpha[c] = Js[i] + 1.0 / valid;
                    cum += joinAlpha[c];
                    joinCum[c] = cum;
                    c++;
                }
                joinTotal[a] = cum;
            }
            joinStart[A] = c;
            Trend t = Trend.fit(y, jr, w, config.joinerTrend() > 0);
            // level: the trend line at the last pair against the weighted mean rate (log ratio)
            double jw = 0, pw = 0;
            for (int a = 0; a < A; a++) {
                jw += J[a];
                pw += P[a];
            }
            joinerLevel = config.joinerTrend() > 0 && jw > 0 && pw > 0 ? t.last() - Math.log(jw / pw) : 0;
            joinerSlope = config.joinerTrend() > 0 ? t.slope() : 0;
            joinerLevelSe = config.persistent() ? t.levelSe() : 0;
            joinerSlopeSe = config.persistent() && config.joinerTrend() > 0 ? t.slopeSe() : 0;
        }
    }
}
