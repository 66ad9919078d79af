package org.sendplan.reports;

import org.sendplan.model.Provision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario's lines as its file writes them ({@link org.sendplan.model.scenario.ScenarioDefinition#levers},
 * e.g. {@code levers.joiners: [{multiply: 0.9, start: 2026/27, ages: 5-15}]}) in words, one sentence
 * per lever: "New plans (joiners) × 0.9 for ages 5–15, from 2026/27." A line that does not read as
 * the flow style of a known key (or was cut short) is kept as written.
 */
final class LeverSentences {
    private LeverSentences() {
    }

    /** A scenario in one table cell: its description, then every lever in words. */
    static String oneLine(org.sendplan.model.scenario.ScenarioDefinition d) {
        List<String> parts = new ArrayList<>();
        if (!d.description().isEmpty()) parts.add(d.description().replaceAll("\\s+", " "));
        for (String line : d.levers()) parts.addAll(of(line));
        return parts.isEmpty() ? "(no description)" : String.join(" ", parts);
    }

    /** The sentences of one line (one per item of a list of levers). */
    static List<String> of(String line) {
        int colon = line.indexOf(": ");
        if (colon < 0 || line.endsWith("…")) return List.of(line);
        String key = line.substring(0, colon), value = line.substring(colon + 2);
        try {
            Object parsed = new Flow(value).value();
            List<String> out = new ArrayList<>();
            for (Object item : parsed instanceof List<?> l ? l : List.of(parsed)) out.add(sentence(key, item));
            return out;
        } catch (IllegalArgumentException e) {
            return List.of(line);
        }
    }

    private static String sentence(String key, Object item) {
        if (!(item instanceof Map<?, ?> m)) {
            if (key.equals("population")) return "Population from " + item + ".";
            throw new IllegalArgumentException(key);
        }
        Map<String, String> v = new LinkedHashMap<>();
        m.forEach((k, x) -> v.put(k.toString(), words(x)));
        String what = switch (key) {
            case "levers.joiners" -> "New plans (joiners) × " + v.remove("multiply");
            case "levers.leavers" -> "Plans ending (leavers) × " + v.remove("multiply");
            case "levers.redirect" -> percent(v.remove("share")) + " of new plans for " + v.remove("from") + " go to " + v.remove("to") + " instead";
            case "levers.placement_mix" -> percent(v.remove("share")) + " of placements in " + v.remove("from") + " move to " + v.remove("to");
            case "levers.support_layer" -> percent(v.remove("share")) + " of new plans met in a support layer without a plan";
            case "levers.phase_transfer_review" -> review(v);
            case "levers.inclusion_bases" -> inclusionBases(v);
            case "levers.plan_share_ceiling" -> "EHC plans held at or under " + (v.containsKey("per_1000_pupils")
                    ? v.remove("per_1000_pupils").replace(" and ", ", then ") + " per 1,000 pupils"
                    : v.remove("percent_of_pupils").replace(" and ", ", then ") + "% of pupils") + " (the excess met in a support layer)";
            case "capacity" -> places(v);
            case "overflow" -> overflow(v);
            default -> {
                if (!key.startsWith("finance")) throw new IllegalArgumentException(key);
                yield "Finance " + key.substring("finance".length()).strip() + ": " + rest(v, ", ");
            }
        };
        if (key.startsWith("finance") || key.equals("overflow")) return what + ".";
        StringBuilder sb = new StringBuilder(what);
        if (v.containsKey("ages")) sb.append(" for ages ").append(v.remove("ages").replace('-', '–'));
        for (String k : List.of("phase", "phases")) if (v.containsKey(k)) sb.append(", ").append(v.remove(k));
        for (String k : List.of("needs", "settings", "provisions")) if (v.containsKey(k)) sb.append(", ").append(k).append(' ').append(v.remove(k));
        if (v.containsKey("start")) sb.append(", from ").append(v.remove("start"));
        if (v.containsKey("end")) sb.append(" to ").append(v.remove("end"));
        if (v.containsKey("name")) sb.append(" (").append(v.remove("name")).append(')');
        if (!v.isEmpty()) sb.append("; ").append(rest(v, "; "));
        return sb.append('.').toString();
    }

    private static String places(Map<String, String> v) {
        String add = v.remove("add"), provision = v.remove("provision");
        String[] steps = add.split(" and ");
        String places = steps.length == 1 ? add + " more places" : add.replace(" and ", ", then ") + " more places (year by year)";
        return provision + ": " + places + (v.containsKey("phase") ? ", " + v.remove("phase") : "");
    }

    private static String inclusionBases(Map<String, String> v) {
        String places = v.remove("places"), from = v.containsKey("from") ? v.remove("from")
                : label("SPECIAL_STATE") + " and " + label("SPECIAL_INDEPENDENT");
        return "Inclusion bases, counted as " + label("RESOURCED") + ": " + places.replace(" and ", ", then ") + " places; "
                + percent(v.remove("share")) + " of new plans for " + from + " go to them instead";
    }

    private static String review(Map<String, String> v) {
        String into = v.containsKey("into") ? v.remove("into") : "secondary and post16";
        return percent(v.remove("share")) + " of plan holders moving into " + into + " leave the plan for a support layer at phase transfer";
    }

    private static String overflow(Map<String, String> v) {
        List<String> routes = new ArrayList<>();
        v.forEach((from, to) -> routes.add(label(from) + " overflows to " + to));
        v.clear();
        return "When full, " + String.join("; ", routes);
    }

    private static String rest(Map<String, String> v, String sep) {
        List<String> parts = new ArrayList<>();
        v.forEach((k, x) -> parts.add(k.replace('_', ' ') + " " + x));
        return String.join(sep, parts);
    }

    /** A share as a percentage: 0.2 → 20%. */
    private static String percent(String share) {
        try {
            return new java.math.BigDecimal(share).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(share);
        }
    }

    /** A value in words: a provision code by its name, a list joined with "and". */
    private static String words(Object x) {
        if (x instanceof List<?> l) {
            List<String> parts = new ArrayList<>();
            for (Object o : l) parts.add(words(o));
            return String.join(" and ", parts);
        }
        if (x instanceof Map<?, ?>) throw new IllegalArgumentException("nested");
        return label(x.toString());
    }

    private static String label(String code) {
        for (Provision p : Provision.values()) if (p.name().equals(code)) return p.label();
        return code;
    }

    /** YAML's one-line flow style as {@code YamlNode.flow} writes it: scalars, {@code [a, b]} and {@code {k: v}}. */
    private static final class Flow {
        private final String s;
        private int i;

        Flow(String s) {
            this.s = s;
        }

        Object value() {
            Object v = next();
            if (i != s.length()) throw new IllegalArgumentException("trailing " + s.substring(i));
            return v;
        }

        private Object next() {
            if (i < s.length() && s.charAt(i) == '[') {
                i++;
                List<Object> list = new ArrayList<>();
                while (!eat(']')) {
                    list.add(next());
                    eat(',');
                }
                return list;
            }
            if (i < s.length() && s.charAt(i) == '{') {
                i++;
                Map<String, Object> map = new LinkedHashMap<>();
                while (!eat('}')) {
                    String k = scalar(":");
                    if (!eat(':')) throw new IllegalArgumentException("no ':'");
                    map.put(k, next());
                    eat(',');
                }
                return map;
            }
            return scalar(",]}");
        }

        private String scalar(String stops) {
            int start = i;
            while (i < s.length() && stops.indexOf(s.charAt(i)) < 0) i++;
            if (i == start && i >= s.length()) throw new IllegalArgumentException("end of line");
            return s.substring(start, i).strip();
        }

        private boolean eat(char c) {
            while (i < s.length() && s.charAt(i) == ' ') i++;
            if (i < s.length() && s.charAt(i) == c) {
                i++;
                while (i < s.length() && s.charAt(i) == ' ') i++;
                return true;
            }
            if (i >= s.length() && c != ',') throw new IllegalArgumentException("end of line");
            return false;
        }
    }
}
