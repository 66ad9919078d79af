package org.sendplan.model.scap;

import org.sendplan.model.Provision;

import java.util.Arrays;

/** The specialist provision types of the SCAP forecast, each filled from one {@link Provision}. */
public enum ScapType {
    SPECIAL("State-funded special school", Provision.SPECIAL_STATE),
    SEN_UNIT_RESOURCED("SEN unit or resourced provision", Provision.RESOURCED),
    ALTERNATIVE_PROVISION("Alternative provision", Provision.AP);

    private final String label;
    private final Provision provision;

    ScapType(String label, Provision provision) {
        this.label = label;
        this.provision = provision;
    }

    public String label() {
        return label;
    }

    public Provision provision() {
        return provision;
    }

    /** "state-funded special school (SPECIAL_STATE), …": each type with the provision it is filled from. */
    static String describe() {
        return String.join(", ", Arrays.stream(values()).map(t -> t.label.toLowerCase(java.util.Locale.ROOT) + " (" + t.provision.name() + ")").toList());
    }
}
