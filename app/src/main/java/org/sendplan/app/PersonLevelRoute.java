package org.sendplan.app;

import org.sendplan.data.person.CensusReader;
import org.sendplan.data.person.NcyPopulationReader;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The person-level route end to end: read the peer's files ({@code --witan DIR}) or a census
 * extract ({@code --census FILE}), with an optional settings file and population by NC year,
 * check that the population covers every year the estimation and the projection need, and run
 * the transition model.
 */
public final class PersonLevelRoute {
    /** Default horizon when none is asked for: up to 10 years, as far as the population goes. */
    public static final int DEFAULT_HORIZON = 10;

    /**
     * @param horizon null: {@link #DEFAULT_HORIZON}, shortened to what the population covers
     */
    public record Request(Path witan, Path census, Path settings, Path population, Estimation estimation, Integer horizon,
                          int simulations, long seed, int threads) {
    }

    private PersonLevelRoute() {
    }

    public static TransitionModel.Result forecast(Request r) {
        return TransitionModel.run(prepare(r));
    }

    /** Reads and checks the inputs: the model's request, ready to run (benchmarks run it repeatedly). */
    public static TransitionModel.Request prepare(Request r) {
        Map<String, Setting> settings = r.settings() == null ? null : SettingsFileReader.read(r.settings());
        WitanReader.Parsed parsed = r.witan() != null ? WitanReader.read(r.witan(), settings) : CensusReader.read(r.census(), settings);
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
                area, "baseline", parsed.costs(), notes, parsed.stateCosts());
    }
}
