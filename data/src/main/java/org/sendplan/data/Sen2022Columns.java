package org.sendplan.data;

import org.sendplan.model.AgeBand;
import org.sendplan.model.DfeSetting;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The documented mapping of the DfE SEN2 2022 release (long layout) onto sendplan's settings:
 * every {@code establishment_type} it publishes, 2010–2022. Subtotal rows ({@code Total} and
 * {@code Awaiting provision - total}) are never added in. An establishment type not in the table
 * is an error that names it.
 */
public final class Sen2022Columns {
    private Sen2022Columns() {
    }

    /** {@code establishment_type} → setting (docs/data-formats.md, "DfE SEN2 2022 release"). */
    public static final Map<String, DfeSetting> ESTABLISHMENT_TYPES;

    static {
        Map<String, DfeSetting> m = new LinkedHashMap<>();
        m.put("Mainstream - LA maintained", DfeSetting.MAINSTREAM_SCHOOL);
        m.put("Mainstream - Academy", DfeSetting.MAINSTREAM_SCHOOL);
        m.put("Mainstream - Free school", DfeSetting.MAINSTREAM_SCHOOL);
        m.put("Mainstream - Independent", DfeSetting.MAINSTREAM_INDEPENDENT);
        m.put("Mainstream - LA maintained - Resourced provision", DfeSetting.RESOURCED_PROVISION);
        m.put("Mainstream - Academy - Resourced Provision", DfeSetting.RESOURCED_PROVISION);
        m.put("Mainstream - Free school - Resourced provision", DfeSetting.RESOURCED_PROVISION);
        m.put("Mainstream - LA maintained - SEN unit", DfeSetting.SEN_UNIT);
        m.put("Mainstream - Academy - SEN unit", DfeSetting.SEN_UNIT);
        m.put("Mainstream - Free school - SEN unit", DfeSetting.SEN_UNIT);
        m.put("Special - LA maintained", DfeSetting.SPECIAL_LA_MAINTAINED);
        // Hospital schools are LA-maintained special schools (or PRUs) that the 2022 release
        // counts in its "Special school" group; the 2025 layout has no column of their own.
        m.put("Hospital School", DfeSetting.SPECIAL_LA_MAINTAINED);
        m.put("Special - Academy", DfeSetting.SPECIAL_ACADEMY_FREE);
        m.put("Special - Free school", DfeSetting.SPECIAL_ACADEMY_FREE);
        m.put("Special - Academy/free", DfeSetting.SPECIAL_ACADEMY_FREE);
        m.put("Special - Independent", DfeSetting.SPECIAL_INDEPENDENT);
        m.put("Special - Non-maintained", DfeSetting.SPECIAL_NON_MAINTAINED);
        m.put("AP/PRU - LA maintained", DfeSetting.AP_PRU);
        m.put("AP/PRU - Academy", DfeSetting.AP_PRU);
        m.put("AP/PRU - Free school", DfeSetting.AP_PRU);
        m.put("General FE and tertiary colleges/HE", DfeSetting.FE_COLLEGE);
        m.put("Sixth form college", DfeSetting.FE_COLLEGE);
        m.put("Other FE", DfeSetting.FE_OTHER);
        // work-based routes (2015–2016 only): providers on the UKRLP register, as in 2025's ukrlp_provider
        m.put("Apprenticeship", DfeSetting.FE_OTHER);
        m.put("Traineeship", DfeSetting.FE_OTHER);
        m.put("Supported Internship", DfeSetting.FE_OTHER);
        m.put("Work-based learning", DfeSetting.FE_OTHER);
        m.put("Specialist post-16 institutions", DfeSetting.SPECIALIST_POST16);
        m.put("Independent specialist providers", DfeSetting.SPECIALIST_POST16);
        m.put("Non-maintained early years", DfeSetting.EARLY_YEARS);
        m.put("Elective home education", DfeSetting.HOME_EDUCATION);
        m.put("Other arrangements by local authority", DfeSetting.OTHER_ARRANGEMENTS);
        m.put("Other arrangements by parents", DfeSetting.OTHER_ARRANGEMENTS);
        m.put("Permanently excluded", DfeSetting.OTHER_ARRANGEMENTS);       // 2025: perm_ex_2022
        // the six "Awaiting provision" types (2019–2022): 2025's await_prov_2022
        m.put("Awaiting provision - below compulsory school age and in education", DfeSetting.OTHER_ARRANGEMENTS);
        m.put("Awaiting provision - below compulsory school age and not in education", DfeSetting.OTHER_ARRANGEMENTS);
        m.put("Awaiting provision - compulsory school age and in education", DfeSetting.OTHER_ARRANGEMENTS);
        m.put("Awaiting provision - compulsory school age and not in education", DfeSetting.OTHER_ARRANGEMENTS);
        m.put("Awaiting provision - above compulsory school age and in education", DfeSetting.OTHER_ARRANGEMENTS);
        m.put("Awaiting provision - above compulsory school age and not in education", DfeSetting.OTHER_ARRANGEMENTS);
        m.put("Other", DfeSetting.OTHER_ARRANGEMENTS);                      // 2019–2022
        m.put("NEET", DfeSetting.NEET);                                     // 2019–2022
        ESTABLISHMENT_TYPES = Collections.unmodifiableMap(m);
    }

    /**
     * The setting of an establishment type; empty for subtotal rows.
     *
     * @throws IllegalArgumentException for a type the table does not know
     */
    public static Optional<DfeSetting> establishment(String type) {
        if (type.equals("Total") || type.equals("Awaiting provision - total")) return Optional.empty();
        DfeSetting s = ESTABLISHMENT_TYPES.get(type);
        if (s == null) throw new IllegalArgumentException(type);
        return Optional.of(s);
    }

    /**
     * The band of a {@code characteristic_age} label; empty for {@code Total}.
     *
     * @throws IllegalArgumentException for a label that is no band
     */
    public static Optional<AgeBand> band(String label) {
        if (label.equals("Total")) return Optional.empty();
        for (AgeBand b : AgeBand.values()) if (b.label().equalsIgnoreCase(label.trim())) return Optional.of(b);
        throw new IllegalArgumentException(label);
    }
}
