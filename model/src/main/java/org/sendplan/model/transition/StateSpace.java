package org.sendplan.model.transition;

import org.sendplan.model.Setting;

import java.util.List;

/**
 * The states of the transition model: NC year × need × setting, with which of them are valid
 * (a setting takes children of some NC years and some needs) and which setting-to-setting moves
 * are allowed. Needs and settings are the codes of the data. A state is a dense index
 * {@code ((ncy - minNcy) * needs + need) * settings + setting}.
 */
public final class StateSpace {
    private final List<String> needs;
    private final List<Setting> settings;
    private final int minNcy;
    private final int maxNcy;
    private final boolean[] valid;
    private final boolean[][] moveAllowed;

    /**
     * @param valid       per state index, whether a child can be in it
     * @param moveAllowed [from setting][to setting], whether a move between them is allowed
     */
    public StateSpace(List<String> needs, List<Setting> settings, int minNcy, int maxNcy, boolean[] valid, boolean[][] moveAllowed) {
        if (maxNcy < minNcy) throw new IllegalArgumentException("NC year range is empty");
        this.needs = List.copyOf(needs);
        this.settings = List.copyOf(settings);
        this.minNcy = minNcy;
        this.maxNcy = maxNcy;
        if (valid.length != (maxNcy - minNcy + 1) * needs.size() * settings.size()) throw new IllegalArgumentException("valid[] size");
        if (moveAllowed.length != settings.size()) throw new IllegalArgumentException("moveAllowed size");
        this.valid = valid.clone();
        this.moveAllowed = new boolean[settings.size()][];
        for (int i = 0; i < settings.size(); i++) this.moveAllowed[i] = moveAllowed[i].clone();
    }

    public List<String> needs() { return needs; }
    public List<Setting> settings() { return settings; }
    public int minNcy() { return minNcy; }
    public int maxNcy() { return maxNcy; }
    public int ncyCount() { return maxNcy - minNcy + 1; }
    public int needCount() { return needs.size(); }
    public int settingCount() { return settings.size(); }
    public int size() { return ncyCount() * needs.size() * settings.size(); }

    public int index(int ncy, int need, int setting) {
        return ((ncy - minNcy) * needs.size() + need) * settings.size() + setting;
    }

    public int ncy(int state) { return state / (needs.size() * settings.size()) + minNcy; }
    public int need(int state) { return (state / settings.size()) % needs.size(); }
    public int setting(int state) { return state % settings.size(); }

    public boolean inRange(int ncy) { return ncy >= minNcy && ncy <= maxNcy; }

    public boolean valid(int state) { return valid[state]; }

    public boolean valid(int ncy, int need, int setting) {
        return inRange(ncy) && valid[index(ncy, need, setting)];
    }

    public boolean moveAllowed(int fromSetting, int toSetting) { return moveAllowed[fromSetting][toSetting]; }

    public int needIndex(String code) { return needs.indexOf(code); }

    public int settingIndex(String code) {
        for (int i = 0; i < settings.size(); i++) if (settings.get(i).code().equals(code)) return i;
        return -1;
    }

    /** Whether every setting maps to a provision (a settings file was given). */
    public boolean hasProvisions() {
        for (Setting s : settings) if (s.provision() == null) return false;
        return true;
    }
}
