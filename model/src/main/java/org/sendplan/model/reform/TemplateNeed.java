package org.sendplan.model.reform;

import org.sendplan.model.Need;

/**
 * The primary needs of the reform plan's tables 7 and 7.1–7.7, in the template's order, labelled
 * as the nearest public source names them (MastodonC's witan.send.lsrp, the same labels as the
 * DfE's DSG management plan). The template has no Down syndrome row and no row for a need not
 * recorded: both count under other difficulty/disability ({@link #of}). SEN support without a
 * specialist assessment is a school-census category, never an EHC plan's, so it is always 0 here.
 */
public enum TemplateNeed {
    ASD("asd", "Autistic Spectrum Disorder"),
    HI("hi", "Hearing Impairment"),
    MLD("mld", "Moderate Learning Difficulty"),
    MSI("msi", "Multi- Sensory Impairment"),
    PD("pd", "Physical Disability"),
    PMLD("pmld", "Profound & Multiple Learning Difficulty"),
    SEMH("semh", "Social, Emotional and Mental Health"),
    SLCN("slcn", "Speech, Language and Communications needs"),
    SLD("sld", "Severe Learning Difficulty"),
    SPLD("spld", "Specific Learning Difficulty"),
    VI("vi", "Visual Impairment"),
    OTH("oth", "Other Difficulty/Disability"),
    NSA("nsa", "SEN support but no specialist assessment of type of need");

    private final String code;
    private final String label;

    TemplateNeed(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The row a plan of primary need {@code need} counts in. */
    public static TemplateNeed of(Need need) {
        return switch (need) {
            case ASD -> ASD;
            case HI -> HI;
            case MLD -> MLD;
            case MSI -> MSI;
            case PD -> PD;
            case PMLD -> PMLD;
            case SEMH -> SEMH;
            case SLCN -> SLCN;
            case SLD -> SLD;
            case SPLD -> SPLD;
            case VI -> VI;
            // a need not recorded has no row of its own; Down syndrome (SEN2 from 2025) would come here too
            case OTH, UNKNOWN -> OTH;
        };
    }
}
