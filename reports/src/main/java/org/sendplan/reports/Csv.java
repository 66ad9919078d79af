package org.sendplan.reports;

/** RFC 4180 quoting for the text fields of the CSV writers (codes and names are usually plain). */
final class Csv {
    private Csv() {
    }

    static StringBuilder field(StringBuilder sb, String s) {
        if (s == null) {
            return sb;
        }
        boolean quote = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                quote = true;
                break;
            }
        }
        if (!quote) {
            return sb.append(s);
        }
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                sb.append('"');
            }
            sb.append(c);
        }
        return sb.append('"');
    }

    static String field(String s) {
        return field(new StringBuilder(), s).toString();
    }
}
