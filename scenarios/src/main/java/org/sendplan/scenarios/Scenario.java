package org.sendplan.scenarios;

import org.sendplan.model.Provision;
import org.sendplan.model.money.Capacity;
import org.sendplan.model.money.CapacityEntry;
import org.sendplan.model.money.Finance;
import org.sendplan.model.money.FinancePatch;
import org.sendplan.model.scenario.InclusionBases;
import org.sendplan.model.scenario.Levers;
import org.sendplan.model.scenario.ScenarioDefinition;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A scenario as read from its file (and the files it extends): rate levers for the projection,
 * capacity changes, finance overrides, an alternative population and overflow routes.
 *
 * @param finance    finance keys to apply in order over the run's finance (parents first), each checked when read
 * @param population an alternative population file, or null
 * @param overflow   overflow routes replacing the finance's, or null
 * @param file       the scenario file itself
 * @param written    each key the file (or a parent) gives, as written in flow style: {@code levers.joiners},
 *                   {@code capacity}, {@code finance (file)}, …, for the reports
 */
public record Scenario(String name, String description, Levers levers, List<CapacityEntry> capacity, List<FinancePatch> finance,
                           Path population, Map<Provision, Provision> overflow, Path file, Map<String, String> written) {
    /** The run's capacity with this scenario's places added (a row per step of each ramp), its inclusion bases' among them. */
    public Capacity capacity(Capacity base) {
        List<CapacityEntry> rows = new ArrayList<>(base.entries());
        rows.addAll(capacity);
        for (InclusionBases b : levers.inclusionBases()) rows.addAll(b.capacity());
        boolean added = rows.size() > base.entries().size();
        return new Capacity(rows, base.source() + (added ? " + scenario " + name : ""), base.illustrative());
    }

    /** The run's finance with this scenario's finance keys (parents first) and overflow routes applied. */
    public Finance finance(Finance base) {
        Finance fin = base;
        for (FinancePatch keys : finance) fin = keys.over(fin, "scenario " + name);
        if (overflow != null) fin = fin.withOverflow(overflow);
        return fin;
    }

    public Scenario {
        capacity = List.copyOf(capacity);
        finance = List.copyOf(finance);
        overflow = overflow == null ? null : Map.copyOf(overflow);
        written = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(written));
    }

    /** What the reports say of this scenario: its description and each key as written. */
    public ScenarioDefinition definition() {
        List<String> lines = new ArrayList<>();
        written.forEach((key, value) -> lines.add(key + ": " + value));
        return new ScenarioDefinition(description, lines);
    }
}
