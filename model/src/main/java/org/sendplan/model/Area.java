package org.sendplan.model;

/**
 * A geography a forecast can be made for: a local authority, a region or England.
 *
 * @param code    the code written to outputs: the old three-digit LA code, the region code or
 *                {@code E92000001} for England
 * @param newCode the nine-character ONS code (same as {@code code} for regions and England)
 * @param name    the published name
 * @param level   what kind of area it is
 * @param region  the region's name (empty for England)
 */
public record Area(String code, String newCode, String name, Level level, String region) implements java.io.Serializable {
    public enum Level { LOCAL_AUTHORITY, REGION, ENGLAND }

    public static final Area ENGLAND = new Area("E92000001", "E92000001", "England", Level.ENGLAND, "");
}
