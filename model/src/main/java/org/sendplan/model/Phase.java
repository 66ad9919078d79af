package org.sendplan.model;

/** Education phase from national curriculum year (NCY = age at 31 August − 4). */
public enum Phase {
    EARLY_YEARS("early_years"),
    PRIMARY("primary"),
    SECONDARY("secondary"),
    POST16("post16"),
    POST19("post19");

    private final String code;

    Phase(String code) {
        this.code = code;
    }

    /** Lower-case code used in outputs ({@code early_years}, {@code post16}, ...). */
    public String code() {
        return code;
    }

    public static int ncy(int age) {
        return age - 4;
    }

    public static Phase ofAge(int age) {
        int ncy = ncy(age);
        if (ncy < 0) return EARLY_YEARS;
        if (ncy <= 6) return PRIMARY;
        if (ncy <= 11) return SECONDARY;
        if (ncy <= 14) return POST16;
        return POST19;
    }
}
