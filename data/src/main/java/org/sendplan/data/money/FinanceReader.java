package org.sendplan.data.money;

import org.sendplan.data.yaml.YamlNode;
import org.sendplan.model.Provision;
import org.sendplan.model.money.Finance;
import org.sendplan.model.money.FinancialYear;
import org.sendplan.model.money.SufficiencyPlanner;
import org.sendplan.model.money.UnitCost;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads finance.yaml (keys documented in the README). Every error names file, line, column and
 * key, with a suggestion for a misspelt key or code.
 */
public final class FinanceReader {
    public static final List<String> KEYS = List.of("price_year", "inflation", "unit_costs", "hnb_allocation", "hnb_growth",
            "opening_balance", "other_high_needs_spend", "overflow");
    private static final Set<String> PROVISIONS = new TreeSet<>(Arrays.stream(Provision.values()).map(Enum::name).toList());

    private FinanceReader() {
    }

    public static Finance read(Path file) {
        return read(YamlNode.read(file), "finance file " + file.getFileName(), null);
    }

    /**
     * Reads a finance mapping, each key overriding {@code base} where given (scenario files
     * override finance.yaml this way); with no base, {@code price_year} and {@code unit_costs}
     * are required.
     */
    public static Finance read(YamlNode root, String source, Finance base) {
        Map<String, YamlNode> m = root.mapping(KEYS);
        if (base == null) {
            for (String required : List.of("price_year", "unit_costs", "hnb_allocation")) {
                if (!m.containsKey(required)) throw root.error("a key '" + required + "'", "none");
            }
        }
        FinancialYear priceYear = m.containsKey("price_year") ? fy(m.get("price_year")) : base.priceYear();
        double inflation = m.containsKey("inflation") ? m.get("inflation").number(-0.5, 1) : base == null ? 0 : base.inflation();
        Map<Provision, UnitCost> costs = base == null ? new EnumMap<>(Provision.class) : new EnumMap<>(base.unitCosts());
        if (m.containsKey("unit_costs")) {
            costs = new EnumMap<>(Provision.class);
            for (var e : m.get("unit_costs").entries().entrySet()) {
                Provision p = provision(e.getKey(), e.getValue());
                costs.put(p, unitCost(e.getValue()));
            }
        }
        TreeMap<Integer, Double> hnb = base == null ? new TreeMap<>() : new TreeMap<>(base.hnbAllocation());
        if (m.containsKey("hnb_allocation")) hnb = byYear(m.get("hnb_allocation"), 0);
        double growth = m.containsKey("hnb_growth") ? m.get("hnb_growth").number(-0.5, 1) : base == null ? 0 : base.hnbGrowth();
        double opening = m.containsKey("opening_balance") ? m.get("opening_balance").number() : base == null ? 0 : base.openingBalance();
        TreeMap<Integer, Double> other = base == null ? new TreeMap<>() : new TreeMap<>(base.otherSpend());
        if (m.containsKey("other_high_needs_spend")) other = byYear(m.get("other_high_needs_spend"), Double.NEGATIVE_INFINITY);
        Map<Provision, Provision> overflow = base == null ? Finance.DEFAULT_OVERFLOW : base.overflow();
        if (m.containsKey("overflow")) {
            Map<Provision, Provision> o = new EnumMap<>(Provision.class);
            for (var e : m.get("overflow").entries().entrySet()) {
                o.put(provision(e.getKey(), e.getValue()), Provision.valueOf(e.getValue().code(PROVISIONS)));
            }
            try {
                SufficiencyPlanner.overflowOrder(o);
            } catch (SufficiencyPlanner.OverflowCycleException e) {
                throw m.get("overflow").error("routes that end in a provision without overflow", e.getMessage());
            }
            overflow = o;
        }
        return new Finance(priceYear, inflation, costs, hnb, growth, opening, other, overflow,
                base == null ? source : base.source() + ", " + source, base != null && base.illustrative());
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
                    "'" + key + "'" + org.sendplan.data.Suggestions.didYouMean(key, PROVISIONS));
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
            out.put(y.start(), min == 0 ? e.getValue().number(0, 1e12) : e.getValue().number());
        }
        return out;
    }
}
