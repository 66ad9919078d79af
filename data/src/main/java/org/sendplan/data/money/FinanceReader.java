package org.sendplan.data.money;

import org.sendplan.data.DataException;
import org.sendplan.data.yaml.YamlNode;
import org.sendplan.model.Provision;
import org.sendplan.model.money.Finance;
import org.sendplan.model.money.MadeFor;
import org.sendplan.model.money.FinancePatch;
import org.sendplan.model.money.FinancialYear;
import org.sendplan.model.money.SufficiencyPlanner;
import org.sendplan.model.money.UnitCost;
import org.sendplan.model.money.DsgInputs;
import org.sendplan.model.money.DsgManagementPlan;
import org.sendplan.data.Text;
import org.sendplan.model.money.TransportCost;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads finance.yaml (keys documented in docs/data-formats.md). Every error names file, line, column and
 * key, with a suggestion for a misspelt key or code.
 */
public final class FinanceReader {
    public static final List<String> KEYS = List.of("price_year", "inflation", "unit_costs", "hnb_allocation", "hnb_growth",
            "opening_balance", "other_high_needs_spend", "overflow", "dsg", "transport", "support_layer_cost");
    /** The {@code dsg:} block's keys, in the DfE DSG management plan's order (income, then expenditure). */
    static final List<String> DSG_KEYS = List.of("import_export", "block_transfers", "directly_funded_share", "academy_share", "lines");
    /** A named line's name is a label in the reports: printable, short; a plan has a handful. */
    static final int MAX_LINE_NAME = 80, MAX_LINES = 50;
    private static final Set<String> PROVISIONS = new TreeSet<>(Arrays.stream(Provision.values()).map(Enum::name).toList());

    private FinanceReader() {
    }

    /**
     * The file's own key beside the finance keys: {@code illustrative: true}, written by
     * {@code init}, keeps every figure ILLUSTRATIVE until the user deletes it (or sets it false).
     */
    static final String MARKER = "illustrative";
    /** The file's own key naming the authority the figures are for (old LA code), written by {@code init}. */
    static final String MADE_FOR = "la_code";

    /** The authority the file says it was made for ({@code la_code:}), if it says. */
    public static java.util.Optional<MadeFor> madeFor(Path file) {
        YamlNode root = YamlNode.read(file);
        List<String> fileKeys = new java.util.ArrayList<>(KEYS);
        fileKeys.add(MARKER);
        fileKeys.add(MADE_FOR);
        YamlNode code = root.mapping(fileKeys).get(MADE_FOR);
        if (code == null) return java.util.Optional.empty();
        String v = code.text();
        if (!v.matches("[0-9]{3}")) throw code.error("an old LA code of three digits, as init writes it", DataException.quote(v));
        return java.util.Optional.of(new MadeFor(v, file.toString(), code.line(), MADE_FOR));
    }

    public static Finance read(Path file) {
        YamlNode root = YamlNode.read(file);
        List<String> fileKeys = new java.util.ArrayList<>(KEYS);
        fileKeys.add(MARKER);
        fileKeys.add(MADE_FOR);
        FinancePatch keys = patch(root, fileKeys);
        Map<String, YamlNode> m = root.mapping(fileKeys);
        for (String required : List.of("price_year", "unit_costs", "hnb_allocation")) {
            if (!m.containsKey(required)) throw root.error("a key '" + required + "'", "none");
        }
        boolean placeholder = m.containsKey(MARKER) && switch (m.get(MARKER).text()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw m.get(MARKER).error("true or false", DataException.quote(m.get(MARKER).text()));
        };
        Finance f = keys.over(null, "finance file " + file.getFileName() + (placeholder ? ", marked illustrative: true" : ""));
        return placeholder ? f.asIllustrative(f.source()) : f;
    }

    /** Reads a finance mapping's keys, every value checked (a scenario's {@code finance:} keys are read this way too). */
    public static FinancePatch patch(YamlNode root) {
        return patch(root, KEYS);
    }

    private static FinancePatch patch(YamlNode root, List<String> allowed) {
        Map<String, YamlNode> m = root.mapping(allowed);
        FinancialYear priceYear = m.containsKey("price_year") ? fy(m.get("price_year")) : null;
        Double inflation = m.containsKey("inflation") ? m.get("inflation").number(-0.5, 1) : null;
        Map<Provision, UnitCost> costs = null;
        if (m.containsKey("unit_costs")) {
            costs = new EnumMap<>(Provision.class);
            for (var e : m.get("unit_costs").entries().entrySet()) costs.put(provision(e.getKey(), e.getValue()), unitCost(e.getValue()));
        }
        TreeMap<Integer, Double> hnb = m.containsKey("hnb_allocation") ? byYear(m.get("hnb_allocation"), 0) : null;
        Double growth = m.containsKey("hnb_growth") ? m.get("hnb_growth").number(-0.5, 1) : null;
        Double opening = m.containsKey("opening_balance") ? m.get("opening_balance").number() : null;
        TreeMap<Integer, Double> other = m.containsKey("other_high_needs_spend") ? byYear(m.get("other_high_needs_spend"), Double.NEGATIVE_INFINITY) : null;
        Map<Provision, Provision> overflow = null;
        if (m.containsKey("overflow")) {
            overflow = new EnumMap<>(Provision.class);
            for (var e : m.get("overflow").entries().entrySet()) {
                overflow.put(provision(e.getKey(), e.getValue()), Provision.valueOf(e.getValue().code(PROVISIONS)));
            }
            try {
                SufficiencyPlanner.overflowOrder(overflow);
            } catch (SufficiencyPlanner.OverflowCycleException e) {
                throw m.get("overflow").error("routes that end in a provision without overflow", e.getMessage());
            }
        }
        DsgInputs.Patch dsg = m.containsKey("dsg") ? dsg(m.get("dsg")) : null;
        Map<Provision, TransportCost> transport = null;
        if (m.containsKey("transport")) {
            transport = new EnumMap<>(Provision.class);
            for (var e : m.get("transport").entries().entrySet()) {
                Map<String, YamlNode> t = e.getValue().mapping(List.of("share", "cost_per_child"));
                for (String k : List.of("share", "cost_per_child")) if (!t.containsKey(k)) throw e.getValue().error("a key '" + k + "'", "none");
                transport.put(provision(e.getKey(), e.getValue()), new TransportCost(t.get("share").number(0, 1),
                        t.get("cost_per_child").number(0, 1_000_000)));
            }
        }
        // a year's cost of a child in a reform's support layer (per child, price-year prices)
        Double supportLayer = m.containsKey("support_layer_cost") ? m.get("support_layer_cost").number(0, 1_000_000) : null;
        return new FinancePatch(priceYear, inflation, costs, hnb, growth, opening, other, overflow, dsg, transport, supportLayer);
    }

    private static DsgInputs.Patch dsg(YamlNode node) {
        Map<String, YamlNode> m = node.mapping(DSG_KEYS);
        Map<String, java.util.SortedMap<Integer, Double>> lines = null;
        if (m.containsKey("lines")) {
            Map<String, YamlNode> named = m.get("lines").entries();
            if (named.size() > MAX_LINES) throw m.get("lines").error("at most " + MAX_LINES + " named lines", named.size() + " lines");
            lines = new java.util.LinkedHashMap<>();
            Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            for (var e : named.entrySet()) {
                String name = lineName(e.getKey(), e.getValue());
                if (DsgManagementPlan.BUILT_IN_LINES.contains(name)) {
                    throw e.getValue().error("a line name other than those the DSG plan computes", DataException.quote(name)
                            + " (use other_high_needs_spend for other spend)");
                }
                if (!seen.add(name)) throw e.getValue().error("each line name once (case aside)", DataException.quote(name) + " twice");
                lines.put(name, byYear(e.getValue(), Double.NEGATIVE_INFINITY));
            }
        }
        return new DsgInputs.Patch(m.containsKey("import_export") ? byYear(m.get("import_export"), Double.NEGATIVE_INFINITY) : null,
                m.containsKey("block_transfers") ? byYear(m.get("block_transfers"), Double.NEGATIVE_INFINITY) : null, lines,
                m.containsKey("academy_share") ? shares(m.get("academy_share"), DsgManagementPlan::academyShareApplies,
                        "a provision of maintained schools and academies") : null,
                m.containsKey("directly_funded_share") ? shares(m.get("directly_funded_share"), DsgManagementPlan::directFundingApplies,
                        "a provision of academies or colleges") : null);
    }

    private static Map<Provision, Double> shares(YamlNode node, java.util.function.Predicate<Provision> applies, String expected) {
        Map<Provision, Double> out = new EnumMap<>(Provision.class);
        for (var e : node.entries().entrySet()) {
            Provision p = provision(e.getKey(), e.getValue());
            if (!applies.test(p)) {
                throw new DataException(e.getValue().file(), e.getValue().line(), e.getValue().column(), e.getValue().path(), expected,
                        DataException.quote(p.name()));
            }
            out.put(p, e.getValue().number(0, 1));
        }
        return out;
    }

    /** A line's name goes into sheets, CSV cells and terminals: printable and short. */
    private static String lineName(String name, YamlNode at) {
        String t = name.trim();
        if (!Text.printable(t, false) || t.length() > MAX_LINE_NAME) {
            throw new DataException(at.file(), at.line(), at.column(), at.path(), "a line name of 1 to " + MAX_LINE_NAME + " printable characters",
                    DataException.quote(t));
        }
        return t;
    }

    private static UnitCost unitCost(YamlNode v) {
        if (v.isMapping()) {
            Map<String, YamlNode> parts = v.mapping(List.of("place_funding", "top_up"));
            if (parts.isEmpty()) throw v.error("place_funding and top_up", "an empty mapping");
            double pf = parts.containsKey("place_funding") ? parts.get("place_funding").number(0, 10_000_000) : 0;
            double tu = parts.containsKey("top_up") ? parts.get("top_up").number(0, 10_000_000) : 0;
            return new UnitCost(pf, tu);
        }
        return UnitCost.of(v.number(0, 10_000_000));
    }

    private static Provision provision(String key, YamlNode at) {
        if (!PROVISIONS.contains(key)) {
            throw new org.sendplan.data.DataException(at.file(), at.line(), at.column(), at.path(), "a provision (" + String.join(", ", PROVISIONS) + ")",
                    DataException.quote(key) + org.sendplan.data.Suggestions.didYouMean(key, PROVISIONS));
        }
        return Provision.valueOf(key);
    }

    private static FinancialYear fy(YamlNode v) {
        return CalendarParsing.financial(v.text(), v::error);
    }

    private static TreeMap<Integer, Double> byYear(YamlNode v, double min) {
        TreeMap<Integer, Double> out = new TreeMap<>();
        for (var e : v.entries().entrySet()) {
            FinancialYear y = CalendarParsing.financial(e.getKey(), e.getValue()::error);
            out.put(y.start(), min == 0 ? e.getValue().number(0, 1e12) : e.getValue().number(-1e12, 1e12));
        }
        return out;
    }
}
