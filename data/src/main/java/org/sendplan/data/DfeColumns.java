package org.sendplan.data;

import org.sendplan.model.DfeSetting;
import org.sendplan.model.Need;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The documented mapping from DfE SEN2 columns and labels to sendplan's canonical codes.
 * Category columns sum to the total; subtotal and percentage columns are never added in.
 */
public final class DfeColumns {
    private DfeColumns() {
    }

    /** Category column → setting, for caseload.csv and newplans.csv (2025 and 2026 layouts). */
    public static final Map<String, DfeSetting> SETTING_COLUMNS;

    static {
        Map<String, DfeSetting> m = new LinkedHashMap<>();
        m.put("mainstream_la_maintained", DfeSetting.MAINSTREAM_SCHOOL);
        m.put("mainstream_academy", DfeSetting.MAINSTREAM_SCHOOL);
        m.put("mainstream_free_school", DfeSetting.MAINSTREAM_SCHOOL);
        m.put("mainstream_independent", DfeSetting.MAINSTREAM_INDEPENDENT);
        m.put("mainstream_la_maintained_resourced_provision", DfeSetting.RESOURCED_PROVISION);
        m.put("mainstream_academy_resourced_provision", DfeSetting.RESOURCED_PROVISION);
        m.put("mainstream_free_school_resourced_provision", DfeSetting.RESOURCED_PROVISION);
        m.put("mainstream_la_maintained_senunit", DfeSetting.SEN_UNIT);
        m.put("mainstream_academy_senunit", DfeSetting.SEN_UNIT);
        m.put("mainstream_free_school_senunit", DfeSetting.SEN_UNIT);
        m.put("special_la_maintained", DfeSetting.SPECIAL_LA_MAINTAINED);
        m.put("special_academy_free", DfeSetting.SPECIAL_ACADEMY_FREE);
        m.put("special_academy", DfeSetting.SPECIAL_ACADEMY_FREE);      // 2026 layout
        m.put("special_free_school", DfeSetting.SPECIAL_ACADEMY_FREE);  // 2026 layout
        m.put("special_independent", DfeSetting.SPECIAL_INDEPENDENT);
        m.put("special_non_maintained", DfeSetting.SPECIAL_NON_MAINTAINED);
        m.put("ap_pru_academy", DfeSetting.AP_PRU);
        m.put("ap_pru_free_school", DfeSetting.AP_PRU);
        m.put("ap_pru_la_maintained", DfeSetting.AP_PRU);
        m.put("general_fe_tertiary_colleges", DfeSetting.FE_COLLEGE);
        m.put("ukrlp_provider", DfeSetting.FE_OTHER);
        m.put("specialist_post_16_institutions", DfeSetting.SPECIALIST_POST16);
        m.put("nm_early_years", DfeSetting.EARLY_YEARS);
        m.put("elective_home_education", DfeSetting.HOME_EDUCATION);
        m.put("other_arrangements_la", DfeSetting.OTHER_ARRANGEMENTS);
        m.put("other_arrangements_parents", DfeSetting.OTHER_ARRANGEMENTS);
        m.put("online_provider", DfeSetting.OTHER_ARRANGEMENTS);
        m.put("w_settings", DfeSetting.OTHER_ARRANGEMENTS);
        m.put("other_schools", DfeSetting.OTHER_ARRANGEMENTS);
        m.put("other_placement_settings", DfeSetting.OTHER_ARRANGEMENTS);
        m.put("await_prov_2022", DfeSetting.OTHER_ARRANGEMENTS);
        m.put("perm_ex_2022", DfeSetting.OTHER_ARRANGEMENTS);
        m.put("neet", DfeSetting.NEET);
        m.put("neet_ntci", DfeSetting.NEET);
        m.put("neet_other", DfeSetting.NEET);
        m.put("neet_other_csa", DfeSetting.NEET);
        m.put("placement_unknown", DfeSetting.PLACEMENT_UNKNOWN);
        SETTING_COLUMNS = java.util.Collections.unmodifiableMap(m);
    }

    /**
     * The need a Down syndrome primary need (SEN2 type {@code DS}, published as {@code number_ds}
     * from 2026) is counted as. Before DS was a code these children were recorded under another
     * need, mostly a learning difficulty; folding DS into severe learning difficulty keeps each
     * need's history one series and the reform plan's 13 rows (it has no DS row). docs/method.md
     * says why SLD rather than MLD.
     */
    public static final Need DOWN_SYNDROME = Need.SLD;

    /** Subtotals of the category columns: known, never added in. */
    public static final Set<String> SUBTOTAL_COLUMNS = Set.of(
            "mainstream_total", "special_total", "ap_pru_total", "fe_total", "ed_elsewhere");

    /** Identifier and total columns of the measures files. */
    public static final Set<String> KEY_COLUMNS = Set.of("time_period", "time_identifier", "geographic_level",
            "country_code", "country_name", "region_code", "region_name", "new_la_code", "old_la_code", "la_name",
            "breakdown_topic", "breakdown", "ehcplans", "new_ehc_plans", "ehc_plans");

    /**
     * Need count columns of sen_needs_all_plans.csv and sen_need_newplans.csv. Down syndrome
     * ({@code number_ds}, from the 2026 release; {@code x} for 2024/25) is counted as SLD
     * ({@link #DOWN_SYNDROME}).
     */
    public static final Map<String, Need> NEED_COLUMNS = Map.ofEntries(
            Map.entry("number_ds", DOWN_SYNDROME),
            Map.entry("number_asd", Need.ASD), Map.entry("number_semh", Need.SEMH),
            Map.entry("number_slcn", Need.SLCN), Map.entry("number_mld", Need.MLD),
            Map.entry("number_sld", Need.SLD), Map.entry("number_pmld", Need.PMLD),
            Map.entry("number_spld", Need.SPLD), Map.entry("number_hi", Need.HI),
            Map.entry("number_vi", Need.VI), Map.entry("number_msi", Need.MSI),
            Map.entry("number_pd", Need.PD), Map.entry("number_oth", Need.OTH),
            Map.entry("number_need_unknown", Need.UNKNOWN));

    /** True for a column the setting mapping knows to ignore (subtotals, percentages). */
    public static boolean ignored(String column) {
        return SUBTOTAL_COLUMNS.contains(column) || column.toLowerCase(Locale.ROOT).endsWith("_pc")
                || KEY_COLUMNS.contains(column);
    }

    /**
     * The setting of a "Type of placement" label in the need and ceased files. Labels are free
     * text that changes between years, so they are matched on their words; subtotal labels
     * (ending "total") give empty.
     *
     * @throws IllegalArgumentException for a label no rule knows
     */
    public static Optional<DfeSetting> placementLabel(String label) {
        String l = label.toLowerCase(Locale.ROOT).trim();
        if (l.endsWith("total")) return Optional.empty();
        if (l.startsWith("ap/pru")) return Optional.of(DfeSetting.AP_PRU);
        if (l.startsWith("mainstream")) {
            if (l.contains("sen unit")) return Optional.of(DfeSetting.SEN_UNIT);
            if (l.contains("resourced provision")) return Optional.of(DfeSetting.RESOURCED_PROVISION);
            if (l.contains("independent")) return Optional.of(DfeSetting.MAINSTREAM_INDEPENDENT);
            return Optional.of(DfeSetting.MAINSTREAM_SCHOOL);
        }
        if (l.startsWith("special")) {
            if (l.contains("la maintained")) return Optional.of(DfeSetting.SPECIAL_LA_MAINTAINED);
            if (l.contains("academy") || l.contains("free school")) return Optional.of(DfeSetting.SPECIAL_ACADEMY_FREE);
            if (l.contains("non-maintained")) return Optional.of(DfeSetting.SPECIAL_NON_MAINTAINED);
            if (l.contains("independent")) return Optional.of(DfeSetting.SPECIAL_INDEPENDENT);
        }
        if (l.startsWith("fe")) {
            if (l.contains("specialist")) return Optional.of(DfeSetting.SPECIALIST_POST16);
            if (l.contains("ukrlp")) return Optional.of(DfeSetting.FE_OTHER);
            if (l.contains("general fe")) return Optional.of(DfeSetting.FE_COLLEGE);
        }
        if (l.startsWith("educated elsewhere")) {
            if (l.contains("neet") || l.contains("not in education")) return Optional.of(DfeSetting.NEET);
            if (l.contains("home education")) return Optional.of(DfeSetting.HOME_EDUCATION);
            return Optional.of(DfeSetting.OTHER_ARRANGEMENTS);
        }
        if (l.startsWith("non-maintained early years")) return Optional.of(DfeSetting.EARLY_YEARS);
        if (l.startsWith("placement not recorded")) return Optional.of(DfeSetting.PLACEMENT_UNKNOWN);
        throw new IllegalArgumentException(label);
    }

    /**
     * The single age of an age label: {@code age 7}; the bands {@code under 3} and
     * {@code age 2 and under} give 2, {@code age 20 and over} gives 20; {@code Age unknown}
     * gives -1. Anything else is an error the caller reports with its line.
     */
    public static int age(String label) {
        String l = label.toLowerCase(Locale.ROOT).trim();
        if (l.equals("under 3") || l.equals("age 2 and under")) return 2;
        if (l.equals("age 20 and over")) return AGE_20_AND_OVER;
        if (l.equals("age unknown")) return -1;
        if (l.startsWith("age ")) {
            try {
                return Numbers.integer(l.substring(4).trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(label);
            }
        }
        throw new IllegalArgumentException(label);
    }

    /** Marker age for the open band "age 20 and over" of new and ceased plans. */
    public static final int AGE_20_AND_OVER = 1020;
}
