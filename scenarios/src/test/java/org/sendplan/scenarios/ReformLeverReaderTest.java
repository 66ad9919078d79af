package org.sendplan.scenarios;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendplan.data.DataException;
import org.sendplan.model.Phase;
import org.sendplan.model.Provision;
import org.sendplan.model.money.AcademicYear;
import org.sendplan.model.money.Capacity;
import org.sendplan.model.scenario.InclusionBases;
import org.sendplan.model.scenario.PhaseTransferReview;
import org.sendplan.model.scenario.PlanShareCeiling;
import org.sendplan.model.scenario.SupportLayer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The 2026 reform levers as a scenario file writes them, and their errors. */
class ReformLeverReaderTest {
    @TempDir
    Path dir;
    final ScenarioReader reader = new ScenarioReader(2025);

    Scenario read(String text) throws IOException {
        return reader.read(Files.writeString(dir.resolve("reforms.yaml"), text));
    }

    @Test
    void readsEveryReformLever() throws IOException {
        Scenario s = read("""
                name: reforms
                levers:
                  support_layer: {share: 0.15, start: 2027/28, ages: 5-15}
                  phase_transfer_review: {share: 0.25, start: 2030/31, end: 2034/35}
                  inclusion_bases:
                    - {places: [60, 120], start: 2027/28, share: 0.25, phase: secondary, name: trust bases}
                  plan_share_ceiling: {percent_of_pupils: 12.5, start: 2030/31}
                finance:
                  support_layer_cost: 4000
                """);
        SupportLayer l = s.levers().supportLayers().get(0);
        assertEquals(0.15, l.share(), 0);
        assertEquals(2028, l.period().firstCensus(), "from 2027/28: January 2028 is the first census that differs");
        assertTrue(l.selection().age(15) && !l.selection().age(16));
        PhaseTransferReview r = s.levers().reviews().get(0);
        assertEquals(Set.of(Phase.SECONDARY, Phase.POST16), r.into(), "by default the two transfers the reforms name");
        assertEquals(2031, r.period().firstCensus());
        assertEquals(2035, r.period().lastCensus());
        InclusionBases b = s.levers().inclusionBases().get(0);
        assertEquals(Set.of("SPECIAL_LA_MAINTAINED", "SPECIAL_ACADEMY_FREE", "SPECIAL_INDEPENDENT", "SPECIAL_NON_MAINTAINED"), b.redirect().from(),
                "by default from state and independent special schools");
        assertEquals(Set.of("RESOURCED_PROVISION", "SEN_UNIT"), b.redirect().to());
        assertTrue(b.redirect().newPlansOnly());
        assertTrue(b.redirect().selection().age(11) && !b.redirect().selection().age(10), "secondary: ages 11-15");
        // the places join the scenario's capacity as resourced places for secondary, a ramp
        Capacity c = s.capacity(new Capacity(List.of(), "none", false));
        assertEquals(60, c.places(Provision.RESOURCED, Phase.SECONDARY, new AcademicYear(2027)), 0);
        assertEquals(120, c.places(Provision.RESOURCED, Phase.SECONDARY, new AcademicYear(2030)), 0);
        assertTrue(Double.isNaN(c.places(Provision.SPECIAL_STATE, new AcademicYear(2030))));
        PlanShareCeiling ceiling = s.levers().ceiling();
        assertEquals(125, ceiling.at(2031), 1e-9, "12.5% of pupils is 125 per 1,000");
        assertEquals(4000, s.finance(org.sendplan.model.money.IllustrativeInputs.finance()).supportLayerCost(), 0);
        assertTrue(s.written().containsKey("levers.plan_share_ceiling"), "written for the Scenarios sheet");
    }

    @Test
    void aChildFileReplacesOneKindOfReformLeverAndKeepsTheOthers() throws IOException {
        Files.writeString(dir.resolve("parent.yaml"), "levers:\n  support_layer: {share: 0.1}\n  plan_share_ceiling: {per_1000_pupils: 90}\n");
        Scenario s = read("extends: parent.yaml\nlevers:\n  support_layer: [{share: 0.2}, {share: 0.05, needs: ASD}]\n");
        assertEquals(List.of(0.2, 0.05), s.levers().supportLayers().stream().map(SupportLayer::share).toList());
        assertEquals(List.of(90.0), s.levers().ceiling().per1000Pupils());
        assertTrue(s.levers().reviews().isEmpty());
        assertNull(read("levers:\n  support_layer: {share: 0.1}\n").levers().ceiling());
    }

    /** Each error is one line: FILE:LINE:COLUMN: KEY: expected …, found … (the CLI prints it after "error: "). */
    @Test
    void badValuesAreOneLineWithFileLineAndColumn() throws IOException {
        List<String[]> cases = List.of(
                new String[]{"levers:\n  support_layer: {share: 1.5}\n", ":3:26: levers.support_layer.share: expected a number from 0 to 1, found '1.5'"},
                new String[]{"levers:\n  phase_transfer_review: {share: -0.1}\n", ":3:34: levers.phase_transfer_review.share: expected a number from 0 to 1, found '-0.1'"},
                new String[]{"levers:\n  support_layer: {shar: 0.15}\n", ":3:19: levers.support_layer.shar: expected one of share, ages, needs, settings, provisions, "
                        + "phases, start, end, phase, found 'shar' (did you mean 'share'?)"},
                new String[]{"levers:\n  suport_layer: {share: 0.15}\n", "found 'suport_layer' (did you mean 'support_layer'?)"},
                new String[]{"levers:\n  phase_transfer_review: {share: 0.2, into: [secondry]}\n", "found 'secondry' (did you mean 'secondary'?)"},
                new String[]{"levers:\n  phase_transfer_review: {share: 0.2, into: early_years}\n", "expected one of primary, secondary, post16, post19"},
                new String[]{"levers:\n  inclusion_bases: {share: 0.2, start: 2027/28}\n", "expected a key 'places', found none"},
                new String[]{"levers:\n  inclusion_bases: {places: -5, share: 0.2, start: 2027/28}\n", "expected a number from 0 to 100000, found '-5'"},
                new String[]{"levers:\n  plan_share_ceiling: {per_1000_pupils: 47, percent_of_pupils: 4.7}\n",
                        "expected one of per_1000_pupils or percent_of_pupils, found both"},
                new String[]{"levers:\n  plan_share_ceiling: {per_1000_pupils: 47, start: 2030}\n", "a bare year is ambiguous"},
                new String[]{"levers:\n  support_layer: {share: 0.1}\nfinance:\n  support_layer_cost: -1\n", "expected a number from 0 to 1000000, found '-1'"});
        int i = 0;
        for (String[] c : cases) {
            Path f = Files.writeString(dir.resolve("bad" + (i++) + ".yaml"), "name: bad\n" + c[0]);
            DataException e = assertThrows(DataException.class, () -> reader.read(f), c[0]);
            assertTrue(e.getMessage().contains(c[1]), e.getMessage());
            assertTrue(e.getMessage().startsWith(f.toString() + ":"), e.getMessage());
            assertTrue(e.line() >= 2 && e.column() >= 1, e.getMessage());
            assertEquals(-1, e.getMessage().indexOf('\n'), "one line");
        }
    }
}
