package org.sendplan.app;

import org.sendplan.data.money.CapacityReader;
import org.sendplan.data.money.FinanceReader;
import org.sendplan.scenarios.Scenario;
import org.sendplan.scenarios.ScenarioReader;
import org.sendplan.model.Forecast;
import org.sendplan.model.Provision;
import org.sendplan.model.Setting;
import org.sendplan.model.money.Capacity;
import org.sendplan.model.money.Finance;
import org.sendplan.model.money.IllustrativeInputs;
import org.sendplan.model.money.Outcome;
import org.sendplan.model.money.SufficiencyPlanner;
import org.sendplan.model.transition.StateSpace;
import org.sendplan.model.transition.TransitionModel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The person-level route with scenarios and money: the baseline and each scenario from one
 * estimation (shared random numbers), and, when finance inputs by provision are given, places,
 * costs and the DSG balance of each against the same capacity and finance (a scenario's capacity,
 * finance and overflow keys applied as on the DfE route).
 */
public final class PersonLevelScenarios {
    private PersonLevelScenarios() {
    }

    /**
     * @param capacityFile null: illustrative capacity (base-year placements) when finance is given
     * @param financeFile  null: no plan (costs the peer's way from costs.csv, when it was given)
     */
    public record Run(List<TransitionModel.Result> results, List<Outcome> outcomes) {
    }

    /** The codes a scenario file may name on this route: its settings, needs and (with a settings file) provisions. */
    public static ScenarioReader.Codes codes(StateSpace space) {
        Set<String> settings = new TreeSet<>(), needs = new TreeSet<>(space.needs());
        Map<String, Set<String>> provisions = new LinkedHashMap<>();
        for (Setting s : space.settings()) {
            settings.add(s.code());
            if (s.provision() != null) provisions.computeIfAbsent(s.provision().name(), k -> new TreeSet<>()).add(s.code());
        }
        if (space.hasProvisions()) for (Provision p : Provision.values()) provisions.putIfAbsent(p.name(), Set.of());
        return new ScenarioReader.Codes(settings, needs, provisions, false);
    }

    public static Run run(TransitionModel.Request request, List<Scenario> scenarios, Path capacityFile, Path financeFile, double occupancy) {
        List<TransitionModel.Scenario> sc = scenarios.stream().map(s -> new TransitionModel.Scenario(s.name(), s.levers())).toList();
        List<TransitionModel.Result> results = TransitionModel.run(request, sc);
        List<Outcome> outcomes = new ArrayList<>();
        Capacity capacity = null;
        Finance finance = null;
        for (int i = 0; i < results.size(); i++) {
            Forecast f = results.get(i).forecast();
            if (financeFile == null) {
                outcomes.add(new Outcome(f, null));
                continue;
            }
            if (i == 0) {
                capacity = capacityFile != null ? CapacityReader.read(capacityFile) : IllustrativeInputs.capacity(f);
                finance = FinanceReader.read(financeFile);
                outcomes.add(new Outcome(f, SufficiencyPlanner.plan(f, capacity, finance, occupancy)));
                continue;
            }
            Scenario s = scenarios.get(i - 1);
            outcomes.add(new Outcome(f, SufficiencyPlanner.plan(f, s.capacity(capacity), s.finance(finance), occupancy)));
        }
        return new Run(results, outcomes);
    }
}
