package org.sendplan.data.person;

import org.sendplan.data.DataException;
import org.sendplan.model.DataWarning;
import org.sendplan.model.NeedsAssessments;
import org.sendplan.model.Setting;
import org.sendplan.model.transition.StateSpace;
import org.sendplan.model.transition.TransitionHistory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The person-level records of the person-level route: one per child per January census (NC year,
 * primary need, setting), whichever file they came from (a census extract, an authority's SEN2
 * return), and the transitions derived from them between consecutive censuses (present then absent:
 * a leaver; absent then present: a joiner). A person's key is held only to link consecutive
 * censuses; errors name a file and line, never the key.
 */
public final class CensusRecords {
    public static final int MIN_NCY = -4;  // age 0
    public static final int MAX_NCY = 21;  // age 25

    private record Entry(int ncy, int need, int setting, long line) {
    }

    private final String name;
    private final Map<String, Setting> settingsFile;
    private final Map<String, Integer> settingIndex = new LinkedHashMap<>();
    private final TreeMap<Integer, Map<String, Entry>> byYear = new TreeMap<>();
    private final Map<Integer, String> firstFile = new HashMap<>();
    private final Map<Integer, Long> firstLine = new HashMap<>();

    /**
     * @param name         what the records are called in the outputs (the file or folder name)
     * @param settingsFile the settings file's settings by code, or null: settings as found
     */
    public CensusRecords(String name, Map<String, Setting> settingsFile) {
        this.name = name;
        this.settingsFile = settingsFile;
        if (settingsFile != null) for (String c : settingsFile.keySet()) settingIndex.put(c, settingIndex.size());
    }

    /**
     * One child in one census. {@code file} and {@code line} name where the record came from, and
     * {@code settingField} the field an unknown setting is reported against.
     */
    public void add(int year, String person, int ncy, int need, String setting, String file, long line, String settingField) {
        Integer s = settingIndex.get(setting);
        if (s == null) {
            if (settingsFile != null) {
                throw new DataException(file, line, settingField, "a code of the settings file (" + String.join(", ", settingsFile.keySet()) + ")",
                        DataException.quote(setting));
            }
            if (setting.isEmpty()) throw new DataException(file, line, settingField, "a setting code", "an empty value");
            s = settingIndex.size();
            settingIndex.put(setting, s);
        }
        Map<String, Entry> census = byYear.computeIfAbsent(year, y -> new HashMap<>());
        firstFile.putIfAbsent(year, file);
        firstLine.putIfAbsent(year, line);
        Entry before = census.putIfAbsent(person, new Entry(ncy, need, s, line));
        if (before != null) {
            if (before.setting != s) {
                throw new DataException(file, line, settingField, "one setting per person in the " + year + " census",
                        "a second setting for the person of line " + before.line);
            }
            throw new DataException(file, line, "person_id", "one row per person per census", "a duplicate of line " + before.line + " (census " + year + ")");
        }
    }

    /** The state space and transitions of the records, with {@code assessments} where the source counts them (else null). */
    public WitanReader.Parsed transitions(String file, NeedsAssessments assessments) {
        if (byYear.size() < 2) {
            throw new DataException(file, 0, "census_year", "at least two January censuses (transitions are derived between them)",
                    byYear.size() + " census year" + (byYear.size() == 1 ? " (" + byYear.firstKey() + ")" : "s"));
        }
        int prev = Integer.MIN_VALUE;
        for (int y : byYear.keySet()) {
            if (prev != Integer.MIN_VALUE && y != prev + 1) {
                throw new DataException(firstFile.get(y), firstLine.get(y), "census_year", "consecutive census years (the one after " + prev + ")",
                        Integer.toString(y));
            }
            prev = y;
        }
        // state space: needs present (canonical order), settings of the file (or as found, sorted),
        // each setting valid over the NC years it was seen in
        TreeSet<Integer> needsSeen = new TreeSet<>();
        int S = settingIndex.size();
        int[] lo = new int[S], hi = new int[S];
        Arrays.fill(lo, Integer.MAX_VALUE);
        Arrays.fill(hi, Integer.MIN_VALUE);
        for (Map<String, Entry> c : byYear.values()) for (Entry e : c.values()) {
            needsSeen.add(e.need);
            lo[e.setting] = Math.min(lo[e.setting], e.ncy);
            hi[e.setting] = Math.max(hi[e.setting], e.ncy);
        }
        List<String> codes = new ArrayList<>(settingIndex.keySet());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < S; i++) order.add(i);
        if (settingsFile == null) order.sort((a, b) -> codes.get(a).compareTo(codes.get(b)));
        int[] newIndex = new int[S];
        List<Setting> settings = new ArrayList<>();
        for (int k = 0; k < S; k++) {
            int old = order.get(k);
            newIndex[old] = k;
            String code = codes.get(old);
            settings.add(settingsFile != null ? settingsFile.get(code) : new Setting(code, code, null));
        }
        List<Integer> needOrd = new ArrayList<>(needsSeen);
        List<String> needs = needOrd.stream().map(i -> org.sendplan.model.Need.values()[i].name()).toList();
        int minNcy = Integer.MAX_VALUE, maxNcy = Integer.MIN_VALUE;
        for (int s = 0; s < S; s++) {
            if (lo[s] == Integer.MAX_VALUE) continue;
            minNcy = Math.min(minNcy, lo[s]);
            maxNcy = Math.max(maxNcy, hi[s]);
        }
        int N = needs.size();
        boolean[] valid = new boolean[(maxNcy - minNcy + 1) * N * S];
        for (int old = 0; old < S; old++) {
            if (lo[old] == Integer.MAX_VALUE) continue;
            for (int a = lo[old]; a <= hi[old]; a++) for (int n = 0; n < N; n++) valid[((a - minNcy) * N + n) * S + newIndex[old]] = true;
        }
        boolean[][] allowed = new boolean[S][S];
        for (boolean[] row : allowed) Arrays.fill(row, true);
        StateSpace space = new StateSpace(needs, settings, minNcy, maxNcy, valid, allowed);
        int[] years = byYear.keySet().stream().mapToInt(Integer::intValue).toArray();
        int[] pairYears = Arrays.copyOf(years, years.length - 1);
        TransitionHistory.Builder b = new TransitionHistory.Builder(space, pairYears);
        int reaged = 0;
        for (int k = 0; k < pairYears.length; k++) {
            Map<String, Entry> a = byYear.get(years[k]), z = byYear.get(years[k + 1]);
            for (var e : a.entrySet()) {
                Entry x = e.getValue();
                int from = space.index(x.ncy, needOrd.indexOf(x.need), newIndex[x.setting]);
                Entry y = z.get(e.getKey());
                if (y == null) {
                    b.leaver(k, from);
                    continue;
                }
                int n2 = needOrd.indexOf(y.need), s2 = newIndex[y.setting];
                if (y.ncy != x.ncy + 1) {
                    reaged++;
                    if (space.valid(x.ncy + 1, n2, s2)) {
                        b.transition(k, from, space.index(x.ncy + 1, n2, s2));
                    } else {
                        b.leaver(k, from);
                        b.joiner(k, space.index(y.ncy, n2, s2));
                    }
                    continue;
                }
                b.transition(k, from, space.index(y.ncy, n2, s2));
            }
            for (var e : z.entrySet()) {
                if (a.containsKey(e.getKey())) continue;
                Entry y = e.getValue();
                b.joiner(k, space.index(y.ncy, needOrd.indexOf(y.need), newIndex[y.setting]));
            }
            byYear.put(years[k], Map.of()); // keys of a census are dropped once linked to the next
        }
        if (reaged > 0) {
            b.warn(new DataWarning("census", 0, reaged + " children did not go up exactly one NC year between consecutive censuses; "
                    + "counted as going up one (or as a leaver and a joiner where that state was never seen)", false));
        }
        return new WitanReader.Parsed(b, space, List.of(), name, null, assessments);
    }
}
