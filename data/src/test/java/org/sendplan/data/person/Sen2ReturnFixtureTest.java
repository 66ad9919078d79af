package org.sendplan.data.person;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The bundled synthetic SEN2 return (app's test resources, used by the README's example and the
 * app and cli tests) is what the generator writes: regenerate it with
 * {@code -Dsen2.regenerate=true} on this test after changing the generator.
 */
class Sen2ReturnFixtureTest {
    static final Path FIXTURE = Path.of("..", "app", "src", "test", "resources", "org", "sendplan", "app", "sen2-return-demo");

    @Test
    void theBundledFixtureIsTheGeneratorsOutput() throws IOException {
        if (Boolean.getBoolean("sen2.regenerate")) Sen2ReturnGenerator.write(FIXTURE, Sen2ReturnGenerator.SEED);
        for (Map.Entry<String, List<String>> e : Sen2ReturnGenerator.generate(Sen2ReturnGenerator.SEED).entrySet()) {
            assertEquals(e.getValue(), Files.readAllLines(FIXTURE.resolve(e.getKey()), StandardCharsets.UTF_8), e.getKey());
        }
    }
}
