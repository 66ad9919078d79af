package org.sendplan.model;

import java.util.Arrays;
import java.util.List;

/**
 * The settings of the DfE SEN2 route: the published category columns grouped so that what
 * matters for places and money stays apart (independent special schools apart from
 * non-maintained ones, resourced provision apart from SEN units). The column-to-setting table
 * lives with the reader ({@code org.sendplan.data.DfeColumns}); this is the model's view.
 */
public enum DfeSetting {
    MAINSTREAM_SCHOOL("Mainstream school (LA maintained, academy, free school)", Provision.MAINSTREAM),
    MAINSTREAM_INDEPENDENT("Independent mainstream school", Provision.MAINSTREAM),
    RESOURCED_PROVISION("Resourced provision in a mainstream school", Provision.RESOURCED),
    SEN_UNIT("SEN unit in a mainstream school", Provision.RESOURCED),
    SPECIAL_LA_MAINTAINED("LA maintained special school", Provision.SPECIAL_STATE),
    SPECIAL_ACADEMY_FREE("Special academy or free school", Provision.SPECIAL_STATE),
    SPECIAL_INDEPENDENT("Independent special school", Provision.SPECIAL_INDEPENDENT),
    SPECIAL_NON_MAINTAINED("Non-maintained special school", Provision.SPECIAL_INDEPENDENT),
    AP_PRU("Alternative provision or pupil referral unit", Provision.AP),
    FE_COLLEGE("General FE and tertiary college", Provision.FE),
    FE_OTHER("Other FE provider (UKRLP)", Provision.FE),
    SPECIALIST_POST16("Specialist post-16 institution", Provision.SPI),
    EARLY_YEARS("Non-maintained early years setting", Provision.EARLY_YEARS),
    HOME_EDUCATION("Elective home education", Provision.OTHER),
    OTHER_ARRANGEMENTS("Other arrangements, online, other schools and placements", Provision.OTHER),
    NEET("Not in education, employment or training", Provision.OTHER),
    PLACEMENT_UNKNOWN("Placement not recorded", Provision.OTHER);

    private final String label;
    private final Provision provision;

    DfeSetting(String label, Provision provision) {
        this.label = label;
        this.provision = provision;
    }

    public Setting setting() {
        return new Setting(name(), label, provision);
    }

    public static List<Setting> catalogue() {
        return Arrays.stream(values()).map(DfeSetting::setting).toList();
    }
}
