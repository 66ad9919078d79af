package org.sendplan.model.money;

import org.sendplan.model.Provision;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The keys of a finance mapping as read, each null where not given: finance.yaml itself (over
 * nothing), or a scenario's {@code finance:} keys over the run's finance. A given key replaces
 * the base's value whole (a scenario's {@code unit_costs} replaces every unit cost, its
 * {@code transport} every transport cost; {@code support_layer_cost} the cost of a support-layer child); a {@code dsg} block's keys are patched one by one
 * ({@link DsgInputs.Patch}).
 */
public record FinancePatch(FinancialYear priceYear, Double inflation, Map<Provision, UnitCost> unitCosts,
                           SortedMap<Integer, Double> hnbAllocation, Double hnbGrowth, Double openingBalance,
                           SortedMap<Integer, Double> otherSpend, Map<Provision, Provision> overflow, DsgInputs.Patch dsg,
                           Map<Provision, TransportCost> transport, Double supportLayerCost) {
    public FinancePatch {
        unitCosts = unitCosts == null ? null : Collections.unmodifiableMap(new EnumMap<>(unitCosts.isEmpty() ? new EnumMap<>(Provision.class) : unitCosts));
        hnbAllocation = hnbAllocation == null ? null : Collections.unmodifiableSortedMap(new TreeMap<>(hnbAllocation));
        otherSpend = otherSpend == null ? null : Collections.unmodifiableSortedMap(new TreeMap<>(otherSpend));
        overflow = overflow == null ? null : Collections.unmodifiableMap(overflow.isEmpty() ? new EnumMap<>(Provision.class) : new EnumMap<>(overflow));
        transport = transport == null ? null : Collections.unmodifiableMap(transport.isEmpty() ? new EnumMap<>(Provision.class)
                : new EnumMap<>(transport));
    }

    /**
     * The finance with these keys over {@code base}; with no base, the keys not given take their
     * defaults (no inflation, growth or opening balance; the default overflow routes).
     *
     * @param source where these keys came from, appended to the base's source
     */
    public Finance over(Finance base, String source) {
        if (base == null && priceYear == null) throw new IllegalArgumentException("finance without a price year");
        return new Finance(priceYear != null ? priceYear : base.priceYear(),
                inflation != null ? inflation : base == null ? 0 : base.inflation(),
                unitCosts != null ? unitCosts : base == null ? Map.of() : base.unitCosts(),
                hnbAllocation != null ? hnbAllocation : base == null ? new TreeMap<>() : base.hnbAllocation(),
                hnbGrowth != null ? hnbGrowth : base == null ? 0 : base.hnbGrowth(),
                openingBalance != null ? openingBalance : base == null ? 0 : base.openingBalance(),
                otherSpend != null ? otherSpend : base == null ? new TreeMap<>() : base.otherSpend(),
                overflow != null ? overflow : base == null ? Finance.DEFAULT_OVERFLOW : base.overflow(),
                base == null ? source : base.source() + ", " + source, base != null && base.illustrative(),
                dsg != null ? dsg.over(base == null ? DsgInputs.NONE : base.dsg()) : base == null ? DsgInputs.NONE : base.dsg(),
                transport != null ? transport : base == null ? Map.of() : base.transport(),
                supportLayerCost != null ? supportLayerCost : base == null ? Double.NaN : base.supportLayerCost());
    }
}
