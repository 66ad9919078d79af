package org.sendplan.scenarios;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendplan.data.DataException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scenario files that are wrong or hostile: each refused with one clear line naming file, line and key. */
class HostileScenarioTest {
    @TempDir
    Path dir;
    final ScenarioReader reader = new ScenarioReader(2025);

    private DataException refused(String yaml) throws IOException {
        Path f = dir.resolve("s.yaml");
        Files.writeString(f, yaml);
        return assertThrows(DataException.class, () -> reader.read(f));
    }

    @Test
    void extendsFollowsOnlyYamlFiles() throws IOException {
        DataException e = refused("extends: /etc/passwd\n");
        assertEquals("extends", e.field());
        assertTrue(e.getMessage().endsWith("expected a scenario file ending .yaml or .yml, found '/etc/passwd'"), e.getMessage());
        assertFalse(e.getMessage().contains("root:"), e.getMessage());
    }

    @Test
    void anExtendedFileIsQuotedOnlyInAShortExcerpt() throws IOException {
        Files.writeString(dir.resolve("base.yaml"), "secret line one\nsecret line two " + "y".repeat(5000) + "\n");
        DataException e = refused("extends: base.yaml\n");
        assertTrue(e.getMessage().length() < 300, e.getMessage());
        assertFalse(e.getMessage().contains("y".repeat(61)), e.getMessage());
    }

    @Test
    void aKeyGivenTwiceNamesBothLines() throws IOException {
        DataException e = refused("name: one\ndescription: d\nname: two\n");
        assertTrue(e.getMessage().endsWith(":3:1: name: expected each key once, found 'name' on line 1 and again on line 3"), e.getMessage());
    }

    @Test
    void namesArePrintableAndShort() throws IOException {
        DataException e = refused("description: d\nname: \"bad\\e[2Jname\"\n");
        assertEquals(2, e.line());
        assertEquals("name", e.field());
        assertTrue(e.getMessage().contains("printable") && e.getMessage().contains("\\u001B[2J"), e.getMessage());
        assertFalse(e.getMessage().contains("\u001b"));
        e = refused("name: " + "n".repeat(101) + "\n");
        assertTrue(e.getMessage().contains("expected a name of at most 100 characters, found 101 characters"), e.getMessage());
        e = refused("name: ok\ncapacity:\n  - provision: SPECIAL_STATE\n    start: 2026/27\n    add: 10\n    name: \"a\\u0000b\"\n");
        assertEquals("capacity[0].name", e.field());
        assertEquals(6, e.line());
    }

    @Test
    void deepNestingIsRefusedNotAStackOverflow() throws IOException {
        DataException e = refused("name: deep\nlevers: " + "{a: ".repeat(4000) + "1" + "}".repeat(4000) + "\n");
        assertTrue(e.getMessage().contains("nested at most 50 deep"), e.getMessage());
    }

    @Test
    void aMultiplierWithASuffixIsRefused() throws IOException {
        DataException e = refused("name: n\nlevers:\n  joiners:\n    - multiply: 1.2d\n");
        assertTrue(e.getMessage().endsWith("levers.joiners[0].multiply: expected a number, found '1.2d'"), e.getMessage());
        e = refused("name: n\nlevers:\n  joiners:\n    - multiply: 1.1\n      ages: \u0665-7\n");
        assertTrue(e.getMessage().contains("ages such as 5-15"), e.getMessage());
    }
}
