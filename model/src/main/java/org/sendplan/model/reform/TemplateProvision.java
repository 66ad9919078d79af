package org.sendplan.model.reform;

import org.sendplan.model.DfeSetting;
import org.sendplan.model.Phase;

/**
 * The fourteen provisions of the reform plan's table 6, in the template's order, labelled as the
 * nearest public source names them (MastodonC's witan.send.lsrp), with the provision group of
 * tables 7.1–7.7 each counts in (null: the three rows no need table covers). The mapping from
 * the DfE release's settings ({@link #of}) follows that public reading: resourced provision and
 * SEN units are specialist bases to NCY 12 and mainstream post-16 specialist provision after it;
 * independent mainstream schools count with the independent special schools; general FE and other
 * FE providers are mainstream post-16; NEET and unrecorded placements are other.
 * <p>
 * What the release cannot tell apart is said on the row ({@link #note}): it publishes independent
 * and non-maintained special schools without saying who arranged the placement, so both NMSS rows
 * are one figure, shown on the first; support bases are schools' or trusts' own and never an LA
 * placement in SEN2, so they are 0; and its "other arrangements" setting holds arrangements made
 * by the LA (EOTAS) together with parents' arrangements, online providers and other placements.
 */
public enum TemplateProvision {
    EARLY_YEARS("early_years", "Early Years settings including PVIs", Group.EARLY_YEARS, ""),
    MAINSTREAM("mainstream", "Mainstream schools or academies", Group.MAINSTREAM, ""),
    SUPPORT_BASES("support_bases", "Support bases in mainstream settings", Group.MAINSTREAM,
            "0 by definition: schools or trusts set up support bases; SEN2 records the school, not the base"),
    SPECIALIST_BASES("specialist_bases", "Specialist bases in mainstream settings", Group.SPECIALIST_BASES,
            "resourced provision and SEN units, NCY 12 and below"),
    SPECIAL_STATE("special_state", "Maintained special schools or special academies", Group.SPECIAL_STATE, ""),
    NMSS_LA_FUNDED("nmss_la_funded", "NMSS or independent schools - LA funded placements", Group.INDEPENDENT,
            "both NMSS or independent rows together (the release does not say who arranged a placement); with independent mainstream schools"),
    NMSS_OTHER("nmss_other", "NMSS or independent schools - other suitable arrangements", Group.INDEPENDENT,
            "not told apart: counted in nmss_la_funded"),
    AP("ap", "Alternative Provision", Group.AP_HOSPITAL, "hospital schools are not told apart from other placements in the release"),
    POST16("post16", "Mainstream Post 16 provision", Group.POST16, "general FE and tertiary colleges and other FE providers"),
    POST16_SPECIALIST("post16_specialist", "Mainstream Post 16 specialist provision", Group.POST16,
            "resourced provision and SEN units above NCY 12"),
    SPI("spi", "Specialist Post-16 institutions", Group.POST16, ""),
    EHE("ehe", "Elective Home Education (EHE)", null, ""),
    EOTAS("eotas", "Other arrangements by LA (EOTAS)", null,
            "with parents' arrangements, online providers and other placements, which the release counts in the same setting"),
    OTHER("other", "Other (including hospital schools where applicable)", null, "NEET and placements not recorded");

    /** The provision groups of tables 7.1–7.7, in order. */
    public enum Group {
        EARLY_YEARS("7.1", "Early Years Settings including PVIs"),
        MAINSTREAM("7.2", "Mainstream Schools or Academies (including Support Bases)"),
        SPECIALIST_BASES("7.3", "Specialist Bases"),
        SPECIAL_STATE("7.4", "Maintained Special Schools or Special Academies"),
        INDEPENDENT("7.5", "Non-Maintained Special Schools or Independent Schools"),
        AP_HOSPITAL("7.6", "Alternative Provision or Hospital Schools"),
        POST16("7.7", "Post-16 (Further Education or Specialist Further Education) Settings");

        private final String number;
        private final String label;

        Group(String number, String label) {
            this.number = number;
            this.label = label;
        }

        public String number() {
            return number;
        }

        public String label() {
            return label;
        }
    }

    /** Resourced provision and SEN units above this NC year are post-16 specialist provision. */
    static final int LAST_SPECIALIST_BASE_NCY = 12;

    private final String code;
    private final String label;
    private final Group group;
    private final String note;

    TemplateProvision(String code, String label, Group group, String note) {
        this.code = code;
        this.label = label;
        this.group = group;
        this.note = note;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The group of tables 7.1–7.7 the row counts in; null for EHE, EOTAS and other. */
    public Group group() {
        return group;
    }

    /** What the row holds beyond its label, or what it cannot tell apart; empty when nothing. */
    public String note() {
        return note;
    }

    /** Whether the row is a figure of its own (false: counted in another row). */
    public boolean toldApart() {
        return this != NMSS_OTHER;
    }

    /** The row a plan in DfE setting {@code s} at age {@code ageAt31August} counts in. */
    public static TemplateProvision of(DfeSetting s, int ageAt31August) {
        return switch (s) {
            case EARLY_YEARS -> EARLY_YEARS;
            case MAINSTREAM_SCHOOL -> MAINSTREAM;
            case RESOURCED_PROVISION, SEN_UNIT -> Phase.ncy(ageAt31August) <= LAST_SPECIALIST_BASE_NCY ? SPECIALIST_BASES : POST16_SPECIALIST;
            case SPECIAL_LA_MAINTAINED, SPECIAL_ACADEMY_FREE -> SPECIAL_STATE;
            case MAINSTREAM_INDEPENDENT, SPECIAL_INDEPENDENT, SPECIAL_NON_MAINTAINED -> NMSS_LA_FUNDED;
            case AP_PRU -> AP;
            case FE_COLLEGE, FE_OTHER -> POST16;
            case SPECIALIST_POST16 -> SPI;
            case HOME_EDUCATION -> EHE;
            case OTHER_ARRANGEMENTS -> EOTAS;
            case NEET, PLACEMENT_UNKNOWN -> OTHER;
        };
    }
}
