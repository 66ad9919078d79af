package org.sendplan.data.person;

import org.sendplan.data.CsvSource;
import org.sendplan.data.DataException;
import org.sendplan.model.Assumption;
import org.sendplan.model.DataWarning;
import org.sendplan.model.NeedsAssessments;
import org.sendplan.model.Setting;
import org.sendplan.model.transition.StateSpace;
import org.sendplan.model.transition.TransitionHistory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads the peer model's (witan.send) four input files from a folder, as they are:
 * <ul>
 * <li>{@code valid-states.csv}: {@code setting,setting-group,min-academic-year,max-academic-year,needs,setting->setting}
 *     (needs and allowed destination settings as comma lists);</li>
 * <li>{@code transitions.csv}: {@code calendar-year,setting-1,need-1,academic-year-1,setting-2,need-2,academic-year-2},
 *     one row per child per pair of January censuses ({@code calendar-year} the first), {@code NONSEND}
 *     marking a joiner (in {@code -1}) or a leaver (in {@code -2});</li>
 * <li>{@code population.csv}: {@code calendar-year,academic-year,population} (see {@link NcyPopulationReader});</li>
 * <li>{@code costs.csv}: {@code need,setting,cost}.</li>
 * </ul>
 * Academic year is the NC year. A setting, need or NC year outside valid-states is an error with
 * its file and line; so is a setting missing from the settings file when one is given.
 */
public final class WitanReader {
    static final String NONSEND = "NONSEND";

    /**
     * What a person-level source gave: the transitions (population still to add), the costs as assumptions.
     *
     * @param stateCosts  unit cost per state (need × setting of costs.csv; 0 where it has none), or null without costs.csv
     * @param assessments requests and needs assessments by census year and age, where the source records them (an
     *                    authority's SEN2 return), else null
     */
    public record Parsed(TransitionHistory.Builder builder, StateSpace space, List<Assumption> costs, String name, double[] stateCosts,
                         NeedsAssessments assessments) {
        public Parsed(TransitionHistory.Builder builder, StateSpace space, List<Assumption> costs, String name, double[] stateCosts) {
            this(builder, space, costs, name, stateCosts, null);
        }

        public Parsed(TransitionHistory.Builder builder, StateSpace space, List<Assumption> costs, String name) {
            this(builder, space, costs, name, null, null);
        }
    }

    private WitanReader() {
    }

    public static Parsed read(Path dir, Map<String, Setting> settingsFile) {
        StateSpace space = validStates(dir.resolve("valid-states.csv"), settingsFile);
        TransitionHistory.Builder b = transitions(dir.resolve("transitions.csv"), space);
        double[][] unit = new double[space.needCount()][space.settingCount()];
        List<Assumption> costs = costs(dir.resolve("costs.csv"), space, unit);
        double[] stateCosts = new double[space.size()];
        for (int i = 0; i < stateCosts.length; i++) stateCosts[i] = unit[space.need(i)][space.setting(i)];
        return new Parsed(b, space, costs, dir.getFileName() == null ? dir.toString() : dir.getFileName().toString(), stateCosts);
    }

    static List<String> list(String s) {
        List<String> out = new ArrayList<>();
        for (String x : s.split(",")) if (!x.trim().isEmpty()) out.add(x.trim());
        return out;
    }

    static StateSpace validStates(Path file, Map<String, Setting> settingsFile) {
        CsvSource src = CsvSource.of(file);
        record Row(String setting, String group, int min, int max, List<String> needs, List<String> to, long line) {
        }
        List<Row> rows = new ArrayList<>();
        src.forEach(List.of("setting", "setting-group", "min-academic-year", "max-academic-year", "needs", "setting->setting"), r -> {
            String s = r.text("setting");
            if (s.isEmpty() || s.equals(NONSEND)) throw r.error("setting", "a setting code", DataException.quote(s));
            int min = Ints.parse(r, "min-academic-year", -10, 40);
            int max = Ints.parse(r, "max-academic-year", -10, 40);
            if (max < min) throw r.error("max-academic-year", "at least min-academic-year (" + min + ")", Integer.toString(max));
            List<String> needs = list(r.text("needs"));
            if (needs.isEmpty()) throw r.error("needs", "a comma-separated list of need codes", "an empty list");
            for (Row x : rows) if (x.setting.equals(s)) throw r.error("setting", "each setting once", DataException.quote(s) + " again (first at line " + x.line + ")");
            if (settingsFile != null && !settingsFile.containsKey(s)) {
                throw r.error("setting", "a code of the settings file (" + String.join(", ", settingsFile.keySet()) + ")", DataException.quote(s));
            }
            rows.add(new Row(s, r.text("setting-group"), min, max, needs, list(r.text("setting->setting")), r.line()));
        });
        if (rows.isEmpty()) throw new DataException(src.name(), 1, "setting", "at least one valid state", "no rows");
        List<String> needs = new ArrayList<>(new TreeSet<>(rows.stream().flatMap(x -> x.needs.stream()).toList()));
        List<Setting> settings = new ArrayList<>();
        Map<String, Integer> index = new LinkedHashMap<>();
        int minNcy = Integer.MAX_VALUE, maxNcy = Integer.MIN_VALUE;
        for (Row x : rows) {
            index.put(x.setting, settings.size());
            Setting mapped = settingsFile == null ? null : settingsFile.get(x.setting);
            settings.add(mapped != null ? mapped : new Setting(x.setting, x.group.isEmpty() ? x.setting : x.setting + " (" + x.group + ")", null));
            minNcy = Math.min(minNcy, x.min);
            maxNcy = Math.max(maxNcy, x.max);
        }
        int N = needs.size(), S = settings.size();
        boolean[] valid = new boolean[(maxNcy - minNcy + 1) * N * S];
        boolean[][] allowed = new boolean[S][S];
        for (Row x : rows) {
            int s = index.get(x.setting);
            for (String to : x.to) {
                Integer t = index.get(to);
                if (t == null) throw new DataException(src.name(), x.line, "setting->setting", "settings listed in the file (" + String.join(", ", index.keySet()) + ")", DataException.quote(to));
                allowed[s][t] = true;
            }
            for (String need : x.needs) {
                int n = needs.indexOf(need);
                for (int a = x.min; a <= x.max; a++) valid[((a - minNcy) * N + n) * S + s] = true;
            }
        }
        return new StateSpace(needs, settings, minNcy, maxNcy, valid, allowed);
    }

    private static TransitionHistory.Builder transitions(Path file, StateSpace space) {
        CsvSource src = CsvSource.of(file);
        int[][] buf = {new int[3 * 4096]};
        int[] size = {0};
        int[] reaged = {0};
        TreeSet<Integer> years = new TreeSet<>();
        src.forEach(List.of("calendar-year", "setting-1", "need-1", "academic-year-1", "setting-2", "need-2", "academic-year-2"), r -> {
            int year = Ints.parse(r, "calendar-year", 1900, 2200);
            int from = state(r, space, "1");
            int to = state(r, space, "2");
            if (from < 0 && to < 0) throw r.error("setting-2", "a setting (NONSEND on both sides is not a transition)", NONSEND);
            if (from >= 0 && to >= 0 && space.ncy(to) != space.ncy(from) + 1) {
                int moved = space.inRange(space.ncy(from) + 1) ? space.index(space.ncy(from) + 1, space.need(to), space.setting(to)) : -1;
                reaged[0]++;
                if (moved >= 0 && space.valid(moved)) {
                    to = moved;
                } else {
                    add(buf, size, year, from, -1);
                    from = -1;
                }
            }
            years.add(year);
            add(buf, size, year, from, to);
        });
        if (years.isEmpty()) throw new DataException(src.name(), 1, "calendar-year", "at least one transition", "no rows");
        int[] pairYears = years.stream().mapToInt(Integer::intValue).toArray();
        TransitionHistory.Builder b = new TransitionHistory.Builder(space, pairYears);
        int[] v = buf[0];
        for (int k = 0; k < size[0]; k += 3) {
            int pair = Arrays.binarySearch(pairYears, v[k]);
            if (v[k + 1] < 0) b.joiner(pair, v[k + 2]);
            else if (v[k + 2] < 0) b.leaver(pair, v[k + 1]);
            else b.transition(pair, v[k + 1], v[k + 2]);
        }
        if (reaged[0] > 0) {
            b.warn(new DataWarning("transitions", 0, String.format(Locale.ROOT, "%d transitions do not go up exactly one NC year; "
                    + "counted as going up one (or as a leaver and a joiner where that state is not valid)", reaged[0]), false));
        }
        return b;
    }

    private static void add(int[][] buf, int[] size, int year, int from, int to) {
        if (size[0] + 3 > buf[0].length) buf[0] = Arrays.copyOf(buf[0], buf[0].length * 2);
        buf[0][size[0]++] = year;
        buf[0][size[0]++] = from;
        buf[0][size[0]++] = to;
    }

    /** The state of side "1" or "2" of a row, −1 for NONSEND. */
    private static int state(CsvSource.Row r, StateSpace space, String side) {
        String setting = r.text("setting-" + side), need = r.text("need-" + side);
        int ncy = Ints.parse(r, "academic-year-" + side, -10, 40);
        if (setting.equals(NONSEND) || need.equals(NONSEND)) {
            if (!setting.equals(need)) throw r.error(setting.equals(NONSEND) ? "need-" + side : "setting-" + side, "NONSEND on both setting and need", DataException.quote((setting.equals(NONSEND) ? need : setting)));
            return -1;
        }
        int s = space.settingIndex(setting);
        if (s < 0) throw r.error("setting-" + side, "a setting of valid-states.csv (" + codes(space) + ") or NONSEND", DataException.quote(setting));
        int n = space.needIndex(need);
        if (n < 0 || !anyNcy(space, n, s)) throw r.error("need-" + side, "a need valid in setting " + setting + " (valid-states.csv)", DataException.quote(need));
        if (!space.valid(ncy, n, s)) {
            throw r.error("academic-year-" + side, "an NC year in the range of setting " + setting + " (" + range(space, n, s) + ")", Integer.toString(ncy));
        }
        return space.index(ncy, n, s);
    }

    private static boolean anyNcy(StateSpace space, int n, int s) {
        for (int a = space.minNcy(); a <= space.maxNcy(); a++) if (space.valid(a, n, s)) return true;
        return false;
    }

    private static String range(StateSpace space, int n, int s) {
        int lo = Integer.MAX_VALUE, hi = Integer.MIN_VALUE;
        for (int a = space.minNcy(); a <= space.maxNcy(); a++) {
            if (space.valid(a, n, s)) {
                lo = Math.min(lo, a);
                hi = Math.max(hi, a);
            }
        }
        return lo + " to " + hi;
    }

    static String codes(StateSpace space) {
        StringBuilder sb = new StringBuilder();
        for (Setting s : space.settings()) sb.append(sb.length() == 0 ? "" : ", ").append(s.code());
        return sb.toString();
    }

    private static List<Assumption> costs(Path file, StateSpace space, double[][] unit) {
        CsvSource src = CsvSource.of(file);
        List<Assumption> out = new ArrayList<>();
        Map<String, Long> seen = new LinkedHashMap<>();
        src.forEach(List.of("need", "setting", "cost"), r -> {
            String need = r.text("need"), setting = r.text("setting");
            int s = space.settingIndex(setting);
            if (s < 0) throw r.error("setting", "a setting of valid-states.csv (" + codes(space) + ")", DataException.quote(setting));
            if (space.needIndex(need) < 0) throw r.error("need", "a need of valid-states.csv (" + String.join(", ", space.needs()) + ")", DataException.quote(need));
            double cost = r.count("cost");
            if (Double.isNaN(cost)) throw r.error("cost", "a cost of zero or more", "a missing value");
            Long first = seen.putIfAbsent(need + "\u0000" + setting, r.line());
            if (first != null) throw r.error("need", "one row per need and setting", need + ", " + setting + " again (first at line " + first + ")");
            unit[space.needIndex(need)][s] = cost;
            out.add(new Assumption("costs", "unit cost, need " + need + ", setting " + setting, cost, "costs.csv (per plan per year)"));
        });
        return out;
    }
}
