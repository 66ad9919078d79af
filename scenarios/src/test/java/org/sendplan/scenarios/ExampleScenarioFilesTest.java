package org.sendplan.scenarios;

import org.junit.jupiter.api.Test;
import org.sendplan.model.Provision;
import org.sendplan.model.money.CapacityEntry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The example scenarios shipped in {@code scenarios/stockton/} read as the values their text
 * says, every finance key checked when read (the app module's ExampleScenariosTest runs them).
 */
class ExampleScenarioFilesTest {
    private static Path dir() throws Exception {
        return Path.of(ExampleScenarioFilesTest.class.getResource("/examples/stockton").toURI());
    }

    @Test
    void everyExampleReadsWithItsNameDescriptionAndTheCommonInflation() throws Exception {
        ScenarioReader reader = new ScenarioReader(2025);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir())) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertEquals(11, files.size());
        for (Path f : files) {
            Scenario s = reader.read(f);
            assertEquals(f.getFileName().toString().replace(".yaml", ""), s.name());
            assertFalse(s.description().isBlank(), s.name());
            assertNull(s.population(), s.name());
            // each extends common-assumptions.yaml (or is it): its finance key, inflation 3% a year, first
            assertEquals(0.03, s.finance().get(0).inflation(), 0, s.name());
            assertNull(s.finance().get(0).unitCosts(), s.name());
            // the reforms that take children out of the plans cost them, each at the same ILLUSTRATIVE £4,000
            boolean layered = s.levers().hasSupportLayer();
            assertEquals(layered ? 2 : 1, s.finance().size(), s.name());
            if (layered) assertEquals(4000, s.finance().get(1).supportLayerCost(), 0, s.name());
        }
    }

    /** {@code add: [60, 120]} from 2027/28 is a ramp: 60 in 2027/28, 120 from 2028/29 (the last figure carried on). */
    @Test
    void aCapacityRampIsOneEntryPerStep() throws Exception {
        Scenario s = new ScenarioReader(2025).read(dir().resolve("special-school-places.yaml"));
        List<CapacityEntry> c = s.capacity();
        assertEquals(2, c.size());
        assertEquals(Provision.SPECIAL_STATE, c.get(0).provision());
        assertEquals(2027, c.get(0).from().start());
        assertEquals(60, c.get(0).places());
        assertEquals(2028, c.get(1).from().start());
        assertEquals(120, c.get(1).places());
        // redirect: half of new independent placements from 2027/28 (first census January 2028)
        assertEquals(1, s.levers().mixes().size());
        assertEquals(0.5, s.levers().mixes().get(0).share(), 0);
        assertEquals(2028, s.levers().mixes().get(0).period().firstCensus());
    }
}
