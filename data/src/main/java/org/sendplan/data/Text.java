package org.sendplan.data;

/**
 * What text read from an input may hold when it becomes a name or a label in the reports
 * (a scenario's name and description, a finance line's name): one rule for every reader.
 */
public final class Text {
    private Text() {
    }

    /**
     * Not a control, format, line or paragraph separator, unassigned or private-use character;
     * with {@code lines}, line breaks and tabs are allowed (a description has paragraphs).
     */
    public static boolean printable(char c, boolean lines) {
        if (lines && (c == '\n' || c == '\t')) return true;
        int type = Character.getType(c);
        return !Character.isISOControl(c) && type != Character.FORMAT && type != Character.LINE_SEPARATOR
                && type != Character.PARAGRAPH_SEPARATOR && type != Character.UNASSIGNED && type != Character.PRIVATE_USE;
    }

    /** Every character of {@code s} {@link #printable}, and {@code s} not empty. */
    public static boolean printable(String s, boolean lines) {
        if (s.isEmpty()) return false;
        for (int i = 0; i < s.length(); i++) if (!printable(s.charAt(i), lines)) return false;
        return true;
    }
}
