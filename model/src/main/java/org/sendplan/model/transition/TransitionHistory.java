package org.sendplan.model.transition;

import org.sendplan.model.DataWarning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What was observed, aggregated (no person appears here): for each pair of consecutive January
 * censuses (labelled by the first), the joiners into each state, and from each state the
 * leavers, the stayers (same need and setting, one NC year on) and the movers by destination;
 * the stock at both ends of each pair; the base stock (the census after the last pair); and the
 * population by NC year per calendar year (null when none was given).
 */
public final class TransitionHistory {
    private final StateSpace space;
    private final int[] pairYears;
    private final int[][] leavers;
    private final int[][] stayers;
    private final int[][] joiners;
    private final int[][] moveFrom;
    private final int[][] moveTo;
    private final int[][] moveCount;
    private final int[][] startStock;
    private final int[][] endStock;
    private final int[] baseStock;
    private final TreeMap<Integer, double[]> population;
    private final List<DataWarning> warnings;

    private TransitionHistory(Builder b, int[] baseStock) {
        this.space = b.space;
        this.pairYears = b.pairYears.clone();
        int p = pairYears.length;
        this.leavers = b.leavers;
        this.stayers = b.stayers;
        this.joiners = b.joiners;
        this.moveFrom = new int[p][];
        this.moveTo = new int[p][];
        this.moveCount = new int[p][];
        this.startStock = b.start;
        this.endStock = b.end;
        for (int k = 0; k < p; k++) {
            Map<Long, int[]> m = b.moves.get(k);
            // deterministic order: by key
            long[] keys = m.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
            moveFrom[k] = new int[keys.length];
            moveTo[k] = new int[keys.length];
            moveCount[k] = new int[keys.length];
            for (int i = 0; i < keys.length; i++) {
                moveFrom[k][i] = (int) (keys[i] >>> 32);
                moveTo[k][i] = (int) keys[i];
                moveCount[k][i] = m.get(keys[i])[0];
            }
        }
        this.baseStock = baseStock.clone();
        this.population = b.population.isEmpty() ? null : new TreeMap<>(b.population);
        this.warnings = List.copyOf(b.warnings);
    }

    public StateSpace space() { return space; }
    public int pairs() { return pairYears.length; }
    /** The first census year of pair {@code k} (pairs in ascending order). */
    public int pairYear(int k) { return pairYears[k]; }
    /** The census year the projection starts from: the one after the last pair. */
    public int baseYear() { return pairYears[pairYears.length - 1] + 1; }
    public int leavers(int pair, int state) { return leavers[pair][state]; }
    public int stayers(int pair, int state) { return stayers[pair][state]; }
    public int joiners(int pair, int state) { return joiners[pair][state]; }
    public int[] moveFrom(int pair) { return moveFrom[pair]; }
    public int[] moveTo(int pair) { return moveTo[pair]; }
    public int[] moveCount(int pair) { return moveCount[pair]; }
    /** Children in each state at the first census of the pair. */
    public int[] startStock(int pair) { return startStock[pair].clone(); }
    /** Children in each state at the second census of the pair. */
    public int[] endStock(int pair) { return endStock[pair].clone(); }
    public int[] baseStock() { return baseStock.clone(); }
    public boolean hasPopulation() { return population != null; }
    public List<DataWarning> warnings() { return warnings; }

    /** Population by NC year in calendar year {@code year}, or null when the year is missing. */
    public double[] population(int year) {
        if (population == null) return null;
        double[] v = population.get(year);
        return v == null ? null : v.clone();
    }

    public int lastPopulationYear() {
        return population == null ? Integer.MAX_VALUE : population.lastKey();
    }

    /** Collects transitions pair by pair (readers call it as they stream rows). */
    public static final class Builder {
        private final StateSpace space;
        private final int[] pairYears;
        private final int[][] leavers, stayers, joiners, start, end;
        private final List<Map<Long, int[]>> moves = new ArrayList<>();
        private final Map<Integer, double[]> population = new HashMap<>();
        private final List<DataWarning> warnings = new ArrayList<>();

        /** @param pairYears the first census year of each pair, ascending, consecutive */
        public Builder(StateSpace space, int[] pairYears) {
            for (int i = 1; i < pairYears.length; i++) {
                if (pairYears[i] <= pairYears[i - 1]) throw new IllegalArgumentException("pair years must ascend");
            }
            if (pairYears.length == 0) throw new IllegalArgumentException("no transition pairs");
            this.space = space;
            this.pairYears = pairYears.clone();
            int n = space.size();
            int p = pairYears.length;
            leavers = new int[p][n];
            stayers = new int[p][n];
            joiners = new int[p][n];
            start = new int[p][n];
            end = new int[p][n];
            for (int k = 0; k < p; k++) moves.add(new HashMap<>());
        }

        public int pairIndex(int year) {
            for (int k = 0; k < pairYears.length; k++) if (pairYears[k] == year) return k;
            return -1;
        }

        /** A child in {@code from} at the first census and not at the second. */
        public void leaver(int pair, int from) {
            leavers[pair][from]++;
            start[pair][from]++;
        }

        /** A child at the second census who was not at the first. */
        public void joiner(int pair, int to) {
            joiners[pair][to]++;
            end[pair][to]++;
        }

        /** A child at both censuses; {@code to} is one NC year on from {@code from}. */
        public void transition(int pair, int from, int to) {
            start[pair][from]++;
            end[pair][to]++;
            if (space.need(from) == space.need(to) && space.setting(from) == space.setting(to)) {
                stayers[pair][from]++;
            } else {
                moves.get(pair).computeIfAbsent(((long) from << 32) | to, k -> new int[1])[0]++;
            }
        }

        public void population(int year, int ncy, double persons) {
            population.computeIfAbsent(year, y -> new double[space.ncyCount()])[ncy - space.minNcy()] = persons;
        }

        public void warn(DataWarning w) {
            warnings.add(w);
        }

        /** The history, projecting from {@code baseStock} (by default the end stock of the last pair). */
        public TransitionHistory build(int[] baseStock) {
            return new TransitionHistory(this, baseStock == null ? end[pairYears.length - 1] : baseStock);
        }
    }
}
