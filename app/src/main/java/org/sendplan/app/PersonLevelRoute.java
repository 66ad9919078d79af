package org.sendplan.app;

import org.sendplan.model.scenario.ScenarioDefinition;
import org.sendplan.data.person.CensusReader;
import org.sendplan.data.person.NcyPopulationReader;
import org.sendplan.data.person.Sen2ReturnReader;
import org.sendplan.data.person.SettingsFileReader;
import org.sendplan.data.person.WitanReader;
import org.sendplan.data.DataException;
import org.sendplan.model.Area;
import org.sendplan.model.Setting;
import org.sendplan.model.transition.Estimation;
import org.sendplan.model.transition.StateSpace;
import org.sendplan.model.transition.TransitionHistory;
import org.sendplan.model.transition.TransitionModel;

import java.nio.file.Path;
import org.sendplan.model.Provision;
import org.sendplan.model.transition.StateCosts;
import org.sendplan.scenarios.Scenario;
import org.sendplan.scenarios.ScenarioReader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.List;
import java.util.Map;

/**
 * The person-level route: the peer's files ({@code --witan DIR}), a census extract
 * ({@code --census FILE}) or the authority's SEN2 return ({@code --sen2-return DIR}), with an optional settings file and population by NC year, read and
 * checked (the population must cover every year the estimation and the projection need), then
 * the transition model for the baseline and each scenario from one estimation.
 */
public final class PersonLevelRoute implements Route {
    /** Default horizon when none is asked for: up to 10 years, as far as the population goes. */
    public static final int DEFAULT_HORIZON = 10;

    /**
     * One of {@code witan}, {@code census} and {@code sen2Return} is given.
     *
     * @param horizon    null: {@link #DEFAULT_HORIZON}, shortened to what the population covers
     * @param sen2Return a folder holding the authority's SEN2 return, one CSV per module
     */
    public record Request(Path witan, Path census, Path settings, Path population, Estimation estimation, Integer horizon,
                          int simulations, long seed, int threads, Path sen2Return) {
        public Request(Path witan, Path census, Path settings, Path population, Estimation estimation, Integer horizon,
                       int simulations, long seed, int threads) {
            this(witan, census, settings, population, estimation, horizon, simulations, seed, threads, null);
        }
    }

    private final TransitionModel.Request model;

    /** Reads and checks the inputs. */
    public PersonLevelRoute(Request r) {
        this(prepare(r));
    }

    public PersonLevelRoute(TransitionModel.Request model) {
        this.model = model;
    }

    @Override
    public String label() {
        return model.area().name() + " (person-level, " + model.estimation().name().toLowerCase(Locale.ROOT) + " estimation)";
    }

    @Override
    public int baseYear() {
        return model.history().baseYear();
    }

    @Override
    public ScenarioReader scenarioReader() {
        return new ScenarioReader(baseYear(), codes(model.history().space()));
    }

    /** Only where settings map to provisions (unit costs are by provision) and there are no costs per need × setting. */
    @Override
    public boolean plansByDefault() {
        return model.history().space().hasProvisions() && model.stateCosts() == null;
    }

    @Override
    public Projections project(List<Scenario> scenarios, boolean expectedPath) {
        for (Scenario s : scenarios) {
            // the transition model follows children, not a support layer beside them: not built yet
            if (s.levers().hasSupportLayer()) {
                throw new UnsupportedRequestException("scenario " + s.name() + ": support_layer, phase_transfer_review and plan_share_ceiling "
                        + "work on the DfE route only (inclusion_bases works on both)");
            }
        }
        TransitionModel.Request r = expectedPath ? new TransitionModel.Request(model.history(), model.estimation(), model.horizon(), 0,
                model.seed(), 1, model.area(), model.scenario(), model.assumptions(), model.notes(), model.stateCosts()) : model;
        List<TransitionModel.Result> results = TransitionModel.run(r, scenarios.stream().map(s -> new TransitionModel.Scenario(s.name(), s.levers())).toList());
        List<StateCosts> costs = results.get(0).costs() == null ? List.of() : results.stream().map(TransitionModel.Result::costs).toList();
        return new Projections(results.stream().map(TransitionModel.Result::forecast).toList(), List.of(), results.get(0).report(), costs,
                List.of());
    }

    /** The codes a scenario file may name on this route: its settings, needs and (with a settings file) provisions. */
    static ScenarioReader.Codes codes(StateSpace space) {
        Set<String> settings = new TreeSet<>(), needs = new TreeSet<>(space.needs());
        Map<String, Set<String>> provisions = new LinkedHashMap<>();
        for (Setting s : space.settings()) {
            settings.add(s.code());
            if (s.provision() != null) provisions.computeIfAbsent(s.provision().name(), k -> new TreeSet<>()).add(s.code());
        }
        if (space.hasProvisions()) for (Provision p : Provision.values()) provisions.putIfAbsent(p.name(), Set.of());
        return new ScenarioReader.Codes(settings, needs, provisions, false);
    }

    /** Reads and checks the inputs: the model's request, ready to run (benchmarks run it repeatedly). */
    public static TransitionModel.Request prepare(Request r) {
        Map<String, Setting> settings = r.settings() == null ? null : SettingsFileReader.read(r.settings());
        WitanReader.Parsed parsed = r.witan() != null ? WitanReader.read(r.witan(), settings)
                : r.sen2Return() != null ? Sen2ReturnReader.read(r.sen2Return(), settings) : CensusReader.read(r.census(), settings);
        StateSpace space = parsed.space();
        TransitionHistory.Builder b = parsed.builder();
        Path popFile = r.population() != null ? r.population() : r.witan() != null ? r.witan().resolve("population.csv") : null;
        List<String> notes = new ArrayList<>();
        int base;
        int horizon;
        TransitionHistory probe = b.build(null);
        base = probe.baseYear();
        if (popFile != null) {
            NcyPopulationReader.Table pop = NcyPopulationReader.read(popFile, space.minNcy(), space.maxNcy());
            for (int k = 0; k < probe.pairs(); k++) {
                int y = probe.pairYear(k);
                double[] v = pop.require(y, "joiner rates of the " + y + "–" + (y + 1) + " transitions");
                for (int a = 0; a < v.length; a++) b.population(y, a + space.minNcy(), v[a]);
            }
            if (r.horizon() == null) {
                int covered = pop.byYear().isEmpty() ? 0 : pop.byYear().lastKey() + 1 - base;
                horizon = Math.max(1, Math.min(DEFAULT_HORIZON, covered));
                if (horizon < DEFAULT_HORIZON) {
                    notes.add("Horizon " + horizon + " years: as far as the population by NC year goes (to " + pop.byYear().lastKey()
                            + ", which serves joiners into January " + (base + horizon) + ").");
                }
            } else {
                horizon = r.horizon();
            }
            for (int y = base; y < base + horizon; y++) {
                double[] v = pop.require(y, "joiners into the projected January " + (y + 1));
                for (int a = 0; a < v.length; a++) b.population(y, a + space.minNcy(), v[a]);
            }
            notes.add("Joiners per head of the population by NC year in " + popFile.getFileName() + "; the population of calendar year Y "
                    + "serves joiners between the January Y and January Y+1 censuses (as the peer estimates them).");
        } else {
            horizon = r.horizon() == null ? DEFAULT_HORIZON : r.horizon();
            notes.add("No population by NC year was given (--population FILE, columns calendar-year,academic-year,population): "
                    + "joiners are modelled as numbers per year by NC year, not per head.");
        }
        TransitionHistory history = b.build(null);
        if (history.pairs() < 1) throw new DataException(parsed.name(), 0, "transitions", "at least one pair of censuses", "none");
        Area area = new Area("local", "local", parsed.name(), Area.Level.LOCAL_AUTHORITY, "");
        return new TransitionModel.Request(history, r.estimation(), horizon, r.simulations(), r.seed(), r.threads(),
                area, ScenarioDefinition.BASELINE_NAME, parsed.costs(), notes, parsed.stateCosts());
    }
}
