package org.sendplan.model.money;

import org.sendplan.model.Provision;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The money side of a plan (finance.yaml): unit costs, inflation, the High Needs Block and the
 * opening DSG balance, fixed other spending, and where a full provision's excess goes.
 *
 * @param priceYear      financial year the unit costs are priced in
 * @param inflation      per year, applied to unit costs after (and before) the price year
 * @param unitCosts      by provision; a provision without one is not costed (and said so)
 * @param hnbAllocation  High Needs Block by financial year (start year)
 * @param hnbGrowth      growth per year of the allocation after the last year given
 * @param openingBalance cumulative DSG balance at the start of the first projected year
 * @param otherSpend     fixed high-needs lines by financial year; the last carries forward
 * @param overflow       provision → where its excess goes when it is full
 * @param source         where it came from
 * @param illustrative   true for the illustrative default
 * @param dsg            the DSG management plan's other income and expenditure lines
 * @param transport      home-to-school transport by provision (outside the DSG); empty when not costed
 * @param supportLayerCost a year's cost of one child in a reform's support layer, met from the High Needs Block
 *                       (price-year prices, inflated as unit costs are); NaN when not given: the support layer is not costed
 */
public record Finance(FinancialYear priceYear, double inflation, Map<Provision, UnitCost> unitCosts,
                      SortedMap<Integer, Double> hnbAllocation, double hnbGrowth, double openingBalance,
                      SortedMap<Integer, Double> otherSpend, Map<Provision, Provision> overflow, String source,
                      boolean illustrative, DsgInputs dsg, Map<Provision, TransportCost> transport, double supportLayerCost) {
    /** Where a full provision's excess goes unless finance.yaml says otherwise. */
    public static final Map<Provision, Provision> DEFAULT_OVERFLOW = Map.of(
            Provision.SPECIAL_STATE, Provision.SPECIAL_INDEPENDENT,
            Provision.RESOURCED, Provision.SPECIAL_STATE);

    public Finance {
        unitCosts = Collections.unmodifiableMap(new EnumMap<>(unitCosts.isEmpty() ? new EnumMap<>(Provision.class) : unitCosts));
        hnbAllocation = Collections.unmodifiableSortedMap(new TreeMap<>(hnbAllocation));
        otherSpend = Collections.unmodifiableSortedMap(new TreeMap<>(otherSpend));
        overflow = Collections.unmodifiableMap(overflow.isEmpty() ? new EnumMap<>(Provision.class) : new EnumMap<>(overflow));
        transport = Collections.unmodifiableMap(transport.isEmpty() ? new EnumMap<>(Provision.class) : new EnumMap<>(transport));
    }

    /** Finance without a support-layer cost. */
    public Finance(FinancialYear priceYear, double inflation, Map<Provision, UnitCost> unitCosts, SortedMap<Integer, Double> hnbAllocation,
                   double hnbGrowth, double openingBalance, SortedMap<Integer, Double> otherSpend, Map<Provision, Provision> overflow,
                   String source, boolean illustrative, DsgInputs dsg, Map<Provision, TransportCost> transport) {
        this(priceYear, inflation, unitCosts, hnbAllocation, hnbGrowth, openingBalance, otherSpend, overflow, source, illustrative, dsg, transport,
                Double.NaN);
    }

    /** Finance with no other DSG lines and no transport. */
    public Finance(FinancialYear priceYear, double inflation, Map<Provision, UnitCost> unitCosts, SortedMap<Integer, Double> hnbAllocation,
                   double hnbGrowth, double openingBalance, SortedMap<Integer, Double> otherSpend, Map<Provision, Provision> overflow,
                   String source, boolean illustrative) {
        this(priceYear, inflation, unitCosts, hnbAllocation, hnbGrowth, openingBalance, otherSpend, overflow, source, illustrative,
                DsgInputs.NONE, Map.of(), Double.NaN);
    }

    /** A price-year amount in financial year F: × (1 + inflation)^(F − price year), as unit costs are. */
    public double inflated(double priceYearAmount, FinancialYear f) {
        return priceYearAmount * Math.pow(1 + inflation, f.start() - priceYear.start());
    }

    /** Unit cost of a provision in a financial year: price-year cost × (1 + inflation)^(F − price year). */
    public double unitCost(Provision p, FinancialYear f) {
        UnitCost c = unitCosts.get(p);
        return c == null ? 0 : inflated(c.total(), f);
    }

    /** The allocation of a year: as given, or grown from the last year given (shrunk before the first). */
    public double hnb(FinancialYear f) {
        if (hnbAllocation.isEmpty()) return 0;
        Double v = hnbAllocation.get(f.start());
        if (v != null) return v;
        int last = hnbAllocation.lastKey(), first = hnbAllocation.firstKey();
        if (f.start() > last) return hnbAllocation.get(last) * Math.pow(1 + hnbGrowth, f.start() - last);
        if (f.start() < first) return hnbAllocation.get(first) * Math.pow(1 + hnbGrowth, f.start() - first);
        // between two given years: the earlier one grown
        int before = hnbAllocation.headMap(f.start()).lastKey();
        return hnbAllocation.get(before) * Math.pow(1 + hnbGrowth, f.start() - before);
    }

    /** The fixed other spending of a year ({@code other_high_needs_spend}): as given, else the last given before it, else zero. */
    public double other(FinancialYear f) {
        return DsgInputs.of(otherSpend, f);
    }

    /** Everything spent beside placements in a year: the other spending and every named DSG line. */
    public double otherAndLines(FinancialYear f) {
        return other(f) + dsg.lines(f);
    }

    /** The High Needs Block income of a year before deductions: the allocation, its import/export adjustment and block transfers. */
    public double income(FinancialYear f) {
        return hnb(f) + DsgInputs.of(dsg.importExport(), f) + DsgInputs.of(dsg.blockTransfers(), f);
    }

    /** A support-layer child's cost in financial year F (0 where not costed). */
    public double supportLayerCost(FinancialYear f) {
        return Double.isNaN(supportLayerCost) ? 0 : inflated(supportLayerCost, f);
    }

    public Finance withHnb(SortedMap<Integer, Double> allocation) {
        return new Finance(priceYear, inflation, unitCosts, allocation, hnbGrowth, openingBalance, otherSpend, overflow, source, illustrative,
                dsg, transport, supportLayerCost);
    }

    public Finance withOverflow(Map<Provision, Provision> routes) {
        return new Finance(priceYear, inflation, unitCosts, hnbAllocation, hnbGrowth, openingBalance, otherSpend, routes, source, illustrative,
                dsg, transport, supportLayerCost);
    }

    /** The same figures marked ILLUSTRATIVE (an {@code init} template not yet edited), with where they came from. */
    public Finance asIllustrative(String source) {
        return new Finance(priceYear, inflation, unitCosts, hnbAllocation, hnbGrowth, openingBalance, otherSpend, overflow, source, true,
                dsg, transport, supportLayerCost);
    }
}
