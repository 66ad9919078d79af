package org.sendplan.scenarios;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendplan.data.DataException;
import org.sendplan.model.Provision;
import org.sendplan.model.money.AcademicYear;
import org.sendplan.model.money.Capacity;
import org.sendplan.model.scenario.FlowLever;
import org.sendplan.model.scenario.MixLever;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioReaderTest {
    @TempDir
    Path dir;
    final ScenarioReader reader = new ScenarioReader(2025);

    Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void readsTheIssueExampleWithExtends() throws IOException {
        file("common.yaml", "name: common\nfinance:\n  inflation: 0.04\nlevers:\n  leavers:\n    - {multiply: 1.1}\n");
        Scenario s = reader.read(file("mitigated.yaml", """
                name: mitigated
                description: Earlier support, a new special school, post-16 in colleges
                extends: common.yaml
                levers:
                  joiners:
                    - {multiply: 0.9, start: 2026/27, ages: 5-15, needs: [ASD, SEMH]}
                  redirect:
                    - {from: SPECIAL_INDEPENDENT, to: SPECIAL_STATE, share: 0.5, start: 2027/28}
                  placement_mix:
                    - {phase: post16, from: SPI, to: FE, share: 0.3, start: 2026/27}
                capacity:
                  - {provision: SPECIAL_STATE, start: 2027/28, add: [60, 120]}
                overflow: {SPECIAL_STATE: SPECIAL_INDEPENDENT}
                """));
        assertEquals("mitigated", s.name());
        FlowLever j = s.levers().joiners().get(0);
        assertEquals(0.9, j.multiply());
        assertEquals(2027, j.period().firstCensus(), "a lever from 2026/27 first changes January 2027");
        assertEquals(Set.of(5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15), j.selection().ages());
        assertEquals(Set.of("ASD", "SEMH"), j.selection().needs());
        assertEquals(1, s.levers().leavers().size(), "leavers inherited from common.yaml");
        assertEquals(1.1, s.levers().leavers().get(0).multiply());
        assertEquals(2026, s.levers().leavers().get(0).period().firstCensus(), "no start: from the first projected census");
        MixLever redirect = s.levers().mixes().stream().filter(MixLever::newPlansOnly).findFirst().orElseThrow();
        assertEquals(Set.of("SPECIAL_INDEPENDENT", "SPECIAL_NON_MAINTAINED"), redirect.from(), "a provision stands for its settings");
        assertEquals(Set.of("SPECIAL_LA_MAINTAINED", "SPECIAL_ACADEMY_FREE"), redirect.to());
        MixLever mix = s.levers().mixes().stream().filter(m -> !m.newPlansOnly()).findFirst().orElseThrow();
        assertEquals(Set.of(16, 17, 18), mix.selection().ages(), "post16 is ages 16–18");
        assertEquals(1, s.finance().size(), "finance keys of the parent are applied");
        Capacity c = new Capacity(s.capacity(), "t", false);
        assertEquals(0, c.places(Provision.SPECIAL_STATE, new AcademicYear(2026)));
        assertEquals(60, c.places(Provision.SPECIAL_STATE, new AcademicYear(2027)));
        assertEquals(120, c.places(Provision.SPECIAL_STATE, new AcademicYear(2028)));
        assertEquals(120, c.places(Provision.SPECIAL_STATE, new AcademicYear(2033)), "the last step is carried on");
    }

    @Test
    void theDefinitionListsEachKeyAsWrittenWithTheParentsKeysItDoesNotReplace() throws IOException {
        file("common.yaml", """
                name: common
                description: shared
                finance:
                  inflation: 0.04   # a comment is not a lever
                levers:
                  leavers:
                    - {multiply: 1.1}
                  joiners:
                    - multiply: 0.8
                      ages: 5-15
                """);
        Scenario s = reader.read(file("child.yaml", """
                name: child
                extends: common.yaml
                levers:
                  joiners: [{multiply: 0.9, needs: [ASD, SEMH]}]
                capacity:
                  - {provision: SPECIAL_STATE, start: 2027/28, add: [60, 120], name: new school}
                """));
        assertEquals("shared", s.definition().description(), "the parent's description when the file has none");
        // the parent's leavers stay in their place; the child's joiners replace the parent's, block style
        // or flow style alike; finance keys name the file they come from
        assertEquals(List.of("levers.leavers: [{multiply: 1.1}]", "levers.joiners: [{multiply: 0.9, needs: [ASD, SEMH]}]",
                "finance (common.yaml): {inflation: 0.04}", "capacity: [{provision: SPECIAL_STATE, start: 2027/28, add: [60, 120], name: new school}]"), s.definition().levers());
    }

    @Test
    void aLongLeverIsCutForTheReports() throws IOException {
        String needs = String.join(", ", java.util.Collections.nCopies(200, "ASD"));
        Scenario s = reader.read(file("long.yaml", "levers:\n  joiners: [{multiply: 0.9, needs: [" + needs + "]}]\n"));
        String line = s.definition().levers().get(0);
        assertEquals("levers.joiners: ".length() + ScenarioReader.MAX_WRITTEN, line.length());
        assertTrue(line.endsWith("…"), line);
    }

    @Test
    void aMisspeltKeyIsNamedWithLineColumnAndSuggestion() throws IOException {
        Path f = file("a.yaml", "name: a\nlevers:\n  joiners:\n    - {multipy: 0.9, start: 2026/27}\n");
        DataException e = assertThrows(DataException.class, () -> reader.read(f));
        assertEquals(4, e.line());
        assertEquals(8, e.column());
        assertTrue(e.getMessage().endsWith("found 'multipy' (did you mean 'multiply'?)"), e.getMessage());
    }

    @Test
    void wrongValuesAreRefusedWithTheirPlace() throws IOException {
        List<String[]> cases = List.of(
                new String[]{"levers:\n  redirect:\n    - {from: SPI, to: FE, share: 1.5}\n", "expected a number from 0 to 1, found '1.5'"},
                new String[]{"levers:\n  joiners:\n    - {multiply: 0.9, start: 2027}\n", "a bare year is ambiguous: academic year 2027/28 or financial year 2027-28?"},
                new String[]{"levers:\n  joiners:\n    - {multiply: 0.9, needs: [ASD, SMEH]}\n", "found 'SMEH' (did you mean 'SEMH'?)"},
                new String[]{"levers:\n  redirect:\n    - {from: SPECIAL_INDEPENDANT, to: SPECIAL_STATE, share: 0.5}\n", "did you mean 'SPECIAL_INDEPENDENT'?"},
                new String[]{"levers:\n  joiners:\n    - {multiply: lots}\n", "expected a number, found 'lots'"},
                new String[]{"levers:\n  joiners: {multiply: 0.9}\n", "expected a list, found a mapping"},
                new String[]{"capacity:\n  - {provision: SPECIAL_STATE, start: 2027/28}\n", "expected a key 'add', found none"},
                new String[]{"levers:\n  leavers:\n    - {multiply: 1.2, ages: 19-30}\n", "expected ages from 0 to 25, found age 26"});
        int i = 0;
        for (String[] c : cases) {
            Path f = file("bad" + (i++) + ".yaml", "name: bad\n" + c[0]);
            DataException e = assertThrows(DataException.class, () -> reader.read(f), c[0]);
            assertTrue(e.getMessage().contains(c[1]), e.getMessage());
            assertTrue(e.line() >= 2, e.getMessage());
        }
    }

    @Test
    void extendsCyclesAreRefused() throws IOException {
        file("a.yaml", "name: a\nextends: b.yaml\n");
        file("b.yaml", "name: b\nextends: a.yaml\n");
        DataException e = assertThrows(DataException.class, () -> reader.read(dir.resolve("a.yaml")));
        assertTrue(e.getMessage().contains("a cycle: a.yaml → b.yaml → a.yaml"), e.getMessage());
    }

    @Test
    void theBaselineNameIsReserved() throws IOException {
        Path f = file("baseline.yaml", "description: nothing\n");
        assertThrows(DataException.class, () -> reader.read(f));
    }

    @Test
    void goalSeekPathsResolveInTheFile() throws IOException {
        Path f = file("g.yaml", "name: g\nlevers:\n  joiners:\n    - {multiply: 0.9}\n  redirect:\n    - {from: SPI, to: FE, share: 0.2}\n    - {from: AP, to: FE, share: 0.4}\n");
        var root = org.sendplan.data.yaml.YamlNode.read(f);
        assertEquals(0.9, GoalSeek.resolve(root, "joiners.multiply").number());
        assertEquals(0.9, GoalSeek.resolve(root, "joiners[0].multiply").number());
        assertEquals(0.4, GoalSeek.resolve(root, "levers.redirect[1].share").number());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoalSeek.resolve(root, "redirect.share"));
        assertTrue(e.getMessage().contains("has 2 entries; name one"), e.getMessage());
    }
}
