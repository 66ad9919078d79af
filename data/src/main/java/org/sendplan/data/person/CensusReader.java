package org.sendplan.data.person;

import org.sendplan.data.CsvSource;
import org.sendplan.data.DataException;
import org.sendplan.model.DataWarning;
import org.sendplan.model.Need;
import org.sendplan.model.Setting;
import org.sendplan.model.transition.StateSpace;
import org.sendplan.model.transition.TransitionHistory;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads a person-level census extract, one row per child per January census:
 * {@code census_year,person_id,ncy,need,setting}, or {@code date_of_birth} (ISO {@code yyyy-mm-dd})
 * instead of {@code ncy}, from which NC year = age at 31 August before the census − 4. Needs are
 * the canonical codes ({@link Need}); settings those of the settings file when one is given.
 * Transitions are derived between consecutive censuses (present then absent: a leaver; absent
 * then present: a joiner). A person's id is held only to link consecutive censuses and never
 * leaves this class; errors name the line, not the id.
 */
public final class CensusReader {
    public static final int MIN_NCY = -4;  // age 0
    public static final int MAX_NCY = 21;  // age 25

    private CensusReader() {
    }

    private record Entry(int ncy, int need, int setting, long line) {
    }

    public static WitanReader.Parsed read(Path file, Map<String, Setting> settingsFile) {
        CsvSource src = CsvSource.of(file);
        List<String> header = src.header().stream().map(String::trim).toList();
        boolean byDob = !header.contains("ncy") && header.contains("date_of_birth");
        List<String> required = List.of("census_year", "person_id", byDob ? "date_of_birth" : "ncy", "need", "setting");
        String needList = Arrays.stream(Need.values()).map(Enum::name).collect(Collectors.joining(", "));
        Map<String, Integer> settingIndex = new LinkedHashMap<>();
        if (settingsFile != null) for (String c : settingsFile.keySet()) settingIndex.put(c, settingIndex.size());
        TreeMap<Integer, Map<String, Entry>> byYear = new TreeMap<>();
        Map<Integer, Long> firstLine = new HashMap<>();
        src.forEach(required, r -> {
            int year = Ints.parse(r, "census_year", 1990, 2200);
            String id = r.text("person_id");
            if (id.isEmpty()) throw r.error("person_id", "an identifier", "an empty value");
            int ncy;
            if (byDob) {
                String d = r.text("date_of_birth");
                LocalDate dob;
                try {
                    dob = LocalDate.parse(d);
                } catch (DateTimeParseException e) {
                    throw r.error("date_of_birth", "a date yyyy-mm-dd", DataException.quote(d));
                }
                ncy = Period.between(dob, LocalDate.of(year - 1, 8, 31)).getYears() - 4;
                if (ncy < MIN_NCY || ncy > MAX_NCY) {
                    throw r.error("date_of_birth", "an age at 31 August " + (year - 1) + " of 0 to 25 (NC year " + MIN_NCY + " to " + MAX_NCY + ")",
                            "NC year " + ncy);
                }
            } else {
                ncy = Ints.parse(r, "ncy", MIN_NCY, MAX_NCY);
            }
            String needCode = r.text("need").toUpperCase(Locale.ROOT);
            int need;
            try {
                need = Need.valueOf(needCode).ordinal();
            } catch (IllegalArgumentException e) {
                throw r.error("need", "one of " + needList, DataException.quote(r.text("need")));
            }
            String setting = r.text("setting");
            Integer s = settingIndex.get(setting);
            if (s == null) {
                if (settingsFile != null) throw r.error("setting", "a code of the settings file (" + String.join(", ", settingsFile.keySet()) + ")", DataException.quote(setting));
                if (setting.isEmpty()) throw r.error("setting", "a setting code", "an empty value");
                s = settingIndex.size();
                settingIndex.put(setting, s);
            }
            Map<String, Entry> census = byYear.computeIfAbsent(year, y -> new HashMap<>());
            firstLine.putIfAbsent(year, r.line());
            Entry e = new Entry(ncy, need, s, r.line());
            Entry before = census.putIfAbsent(id, e);
            if (before != null) {
                if (before.setting != s) {
                    throw r.error("setting", "one setting per person in the " + year + " census", "a second setting for the person of line " + before.line);
                }
                throw r.error("person_id", "one row per person per census", "a duplicate of line " + before.line + " (census " + year + ")");
            }
        });
        if (byYear.size() < 2) {
            throw new DataException(src.name(), 0, "census_year", "at least two January censuses (transitions are derived between them)",
                    byYear.size() + " census year" + (byYear.size() == 1 ? " (" + byYear.firstKey() + ")" : "s"));
        }
        int prev = Integer.MIN_VALUE;
        for (int y : byYear.keySet()) {
            if (prev != Integer.MIN_VALUE && y != prev + 1) {
                throw new DataException(src.name(), firstLine.get(y), "census_year", "consecutive census years (the one after " + prev + ")", Integer.toString(y));
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
        List<String> needs = needOrd.stream().map(i -> Need.values()[i].name()).toList();
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
            byYear.put(years[k], Map.of()); // ids of a census are dropped once linked to the next
        }
        if (reaged > 0) {
            b.warn(new DataWarning("census", 0, reaged + " children did not go up exactly one NC year between consecutive censuses; "
                    + "counted as going up one (or as a leaver and a joiner where that state was never seen)", false));
        }
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return new WitanReader.Parsed(b, space, List.of(), name);
    }
}
