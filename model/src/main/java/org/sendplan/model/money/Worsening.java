package org.sendplan.model.money;

import org.sendplan.model.Provision;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Why a scenario ends with more independent special placements or more high-needs cost than the
 * baseline in the last financial year. The rise in independent placements is split into the
 * change in their own demand (what the levers do to the children who would be placed there) and
 * the change in children overflowing into them from full provisions (what the levers send into
 * provisions whose places, added capacity included, do not hold them); each full provision whose
 * demand rose by more than the places the scenario added is named, with the levers written as
 * sending children to it. The levers themselves cannot be told apart without running each alone,
 * so the sentence names the scenario's lever types and says that together they raised the figure.
 *
 * @param independentRise  the scenario's independent placements less the baseline's in {@code year} (mean, as costed)
 * @param costRise         the scenario's high-needs cost less the baseline's in {@code year}
 * @param ownDemandChange  the change in independent special schools' own demand over {@code year} (mean, before overflow)
 * @param overflowChange   the change in children overflowing into them ({@code independentRise − ownDemandChange})
 * @param leverTypes       the scenario's rate levers as its file names them: joiners, leavers, redirect, placement_mix
 * @param otherChanges     its other keys: capacity, finance, overflow, population
 * @param pressures        full provisions whose demand rose more than their places, in the last academic year
 */
public record Worsening(String scenario, FinancialYear year, double independentRise, double costRise, double ownDemandChange,
                        double overflowChange, List<String> leverTypes, List<String> otherChanges, List<Pressure> pressures) {
    /**
     * A full provision (short of places at median demand in the scenario) whose mean demand rose by
     * more than the places the scenario added to it, and the scenario's lever lines that send
     * children to it ({@code to: CODE} as written), and where its excess goes: the overflow route
     * from it to its end.
     */
    public record Pressure(Provision provision, AcademicYear year, double demandChange, double placesAdded, List<String> levers,
                           List<Provision> route) {
        public Pressure {
            levers = List.copyOf(levers);
            route = List.copyOf(route);
        }
    }

    /** The prefix of a rate lever's key as a scenario file writes it. */
    private static final String LEVERS = "levers.";

    public Worsening {
        leverTypes = List.copyOf(leverTypes);
        otherChanges = List.copyOf(otherChanges);
        pressures = List.copyOf(pressures);
    }

    /** Null when the scenario ends with no more independent placements and no more cost than the baseline. */
    static Worsening of(Outcome baseline, Outcome scenario, Saving last) {
        double independentRise = -last.independentPlacements(), costRise = -last.cost();
        if (independentRise < ScenarioHeadline.NOTHING && costRise < ScenarioHeadline.NO_MONEY) return null;
        SufficiencyPlan b = baseline.plan(), s = scenario.plan();
        FinancialYear y = last.year();
        double ownDemand = s.demand(y, Provision.SPECIAL_INDEPENDENT) - b.demand(y, Provision.SPECIAL_INDEPENDENT);
        List<String> types = new ArrayList<>(), others = new ArrayList<>();
        for (String line : scenario.definition().levers()) {
            String key = line.substring(0, Math.max(0, line.indexOf(':'))).replaceFirst(" \\(.*\\)$", "");
            List<String> to = key.startsWith(LEVERS) ? types : others;
            key = key.replaceFirst("^" + LEVERS, "");
            if (!key.isEmpty() && !to.contains(key)) to.add(key);
        }
        AcademicYear ay = s.lastAcademicYear();
        List<Pressure> pressures = new ArrayList<>();
        for (Provision p : Provision.values()) {
            if (!s.finance().overflow().containsKey(p)) continue;
            PlacesRow sr = s.placesRow(p, ay), br = b.placesRow(p, ay);
            if (Double.isNaN(sr.capacity()) || !sr.shortOfPlaces()) continue;
            double demand = sr.demandMean() - br.demandMean(), added = sr.capacity() - (Double.isNaN(br.capacity()) ? 0 : br.capacity());
            if (demand - added < ScenarioHeadline.NOTHING) continue;
            List<String> to = scenario.definition().levers().stream().filter(l -> l.startsWith(LEVERS) && l.contains("to: " + p.name()))
                    .map(l -> l.substring(LEVERS.length(), l.indexOf(':'))).toList();
            List<Provision> route = new ArrayList<>();
            for (Provision next = s.finance().overflow().get(p); next != null && !route.contains(next); next = s.finance().overflow().get(next)) {
                route.add(next);
            }
            pressures.add(new Pressure(p, ay, demand, added, to, route));
        }
        return new Worsening(scenario.forecast().scenario(), y, independentRise, costRise, ownDemand, independentRise - ownDemand, types,
                others, pressures);
    }

    /**
     * The reason in plain words, e.g. "mitigated has 141 more independent placements and £4.8m more
     * cost than the baseline in 2034-35: …".
     */
    public String sentence() {
        List<String> rises = new ArrayList<>();
        if (independentRise >= ScenarioHeadline.NOTHING) rises.add(ScenarioHeadline.count(-independentRise, "independent placements"));
        if (costRise >= ScenarioHeadline.NO_MONEY) rises.add(ScenarioHeadline.money(-costRise, "less cost", "more cost", "cost"));
        StringBuilder sb = new StringBuilder(scenario).append(" has ").append(String.join(" and ", rises)).append(" than the baseline in ")
                .append(year).append('.');
        if (independentRise >= ScenarioHeadline.NOTHING) {
            sb.append(" Independent special schools' own demand is ").append(change(ownDemandChange)).append(", and ")
                    .append(overflowChange >= ScenarioHeadline.NOTHING ? String.format(Locale.UK, "%,.0f more", overflowChange)
                            : overflowChange <= -ScenarioHeadline.NOTHING ? String.format(Locale.UK, "%,.0f fewer", -overflowChange) : "no more")
                    .append(" children overflow into them from full provisions (means).");
        }
        for (Pressure p : pressures) {
            sb.append(String.format(Locale.UK, " %s is full: its demand in %s is %,.0f higher than the baseline's against %,.0f places added",
                    p.provision().label(), p.year(), p.demandChange(), p.placesAdded()));
            if (!p.levers().isEmpty()) sb.append(" (the ").append(String.join(" and ", p.levers())).append(" lever sends children to it)");
            if (!p.route().isEmpty()) {
                sb.append("; its excess overflows to ").append(p.route().get(0).label());
                for (Provision next : p.route().subList(1, p.route().size())) sb.append(", then to ").append(next.label());
            }
            sb.append('.');
        }
        String raised = (independentRise >= ScenarioHeadline.NOTHING ? "independent placements" : "")
                + (independentRise >= ScenarioHeadline.NOTHING && costRise >= ScenarioHeadline.NO_MONEY ? " and " : "")
                + (costRise >= ScenarioHeadline.NO_MONEY ? "cost" : "");
        String changes = otherChanges.isEmpty() ? "" : ", with its " + String.join(" and ", otherChanges) + " changes,";
        if (leverTypes.size() == 1) {
            sb.append(" Its one rate lever (").append(leverTypes.get(0)).append(")").append(changes).append(" raised ").append(raised).append('.');
        } else if (!leverTypes.isEmpty()) {
            sb.append(" Its rate levers (").append(String.join(", ", leverTypes)).append(")").append(changes).append(" together raised ")
                    .append(raised).append("; run them one at a time to see each one's part.");
        } else if (!otherChanges.isEmpty()) {
            sb.append(" Its ").append(String.join(" and ", otherChanges)).append(" changes raised ").append(raised).append('.');
        }
        return sb.toString();
    }

    private static String change(double v) {
        if (Math.abs(v) < ScenarioHeadline.NOTHING) return "unchanged";
        return String.format(Locale.UK, "%,.0f %s", Math.abs(v), v > 0 ? "higher" : "lower");
    }
}
