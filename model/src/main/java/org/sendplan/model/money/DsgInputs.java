package org.sendplan.model.money;

import org.sendplan.model.Provision;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The finance.yaml {@code dsg:} block: what the DfE's DSG management plan template asks of the
 * High Needs Block beyond placements, capacity and unit costs. Amounts are cash by financial
 * year (start year); a year not given takes the last one given before it, else zero.
 *
 * @param importExport        import/export adjustment to the allocation (+ or −)
 * @param blockTransfers      transfers into the High Needs Block from other DSG blocks (+ in, − out)
 * @param lines               other named expenditure lines (SEN support services, hospital education, …), in file order
 * @param academyShare        provision → share of its place funding and top-ups paid to academies and free schools
 *                            (the rest to maintained schools); a provision not named is all maintained
 * @param directlyFundedShare provision → share of its commissioned places whose place funding the DfE pays
 *                            directly and deducts from the allocation (academies, colleges)
 */
public record DsgInputs(SortedMap<Integer, Double> importExport, SortedMap<Integer, Double> blockTransfers,
                        Map<String, SortedMap<Integer, Double>> lines, Map<Provision, Double> academyShare,
                        Map<Provision, Double> directlyFundedShare) {
    public static final DsgInputs NONE = new DsgInputs(new TreeMap<>(), new TreeMap<>(), Map.of(), Map.of(), Map.of());

    public DsgInputs {
        importExport = Collections.unmodifiableSortedMap(new TreeMap<>(importExport));
        blockTransfers = Collections.unmodifiableSortedMap(new TreeMap<>(blockTransfers));
        Map<String, SortedMap<Integer, Double>> l = new LinkedHashMap<>();
        lines.forEach((k, v) -> l.put(k, Collections.unmodifiableSortedMap(new TreeMap<>(v))));
        lines = Collections.unmodifiableMap(l);
        academyShare = Collections.unmodifiableMap(academyShare.isEmpty() ? new EnumMap<>(Provision.class) : new EnumMap<>(academyShare));
        directlyFundedShare = Collections.unmodifiableMap(directlyFundedShare.isEmpty() ? new EnumMap<>(Provision.class)
                : new EnumMap<>(directlyFundedShare));
    }

    /** The amount of a year: as given, else the last given before it, else zero. */
    public static double of(SortedMap<Integer, Double> byYear, FinancialYear f) {
        SortedMap<Integer, Double> upTo = byYear.headMap(f.start() + 1);
        return upTo.isEmpty() ? 0 : upTo.get(upTo.lastKey());
    }

    /** Every named line's amount in a year. */
    public double lines(FinancialYear f) {
        double sum = 0;
        for (SortedMap<Integer, Double> l : lines.values()) sum += of(l, f);
        return sum;
    }

    /**
     * A {@code dsg:} block as read, each key null where not given: a scenario's block changes the
     * keys it gives and keeps the rest of the run's ({@code lines} as a whole: a scenario that
     * gives lines gives all of them).
     */
    public record Patch(SortedMap<Integer, Double> importExport, SortedMap<Integer, Double> blockTransfers,
                        Map<String, SortedMap<Integer, Double>> lines, Map<Provision, Double> academyShare,
                        Map<Provision, Double> directlyFundedShare) {
        public DsgInputs over(DsgInputs base) {
            return new DsgInputs(importExport != null ? importExport : base.importExport(),
                    blockTransfers != null ? blockTransfers : base.blockTransfers(), lines != null ? lines : base.lines(),
                    academyShare != null ? academyShare : base.academyShare(),
                    directlyFundedShare != null ? directlyFundedShare : base.directlyFundedShare());
        }
    }
}
