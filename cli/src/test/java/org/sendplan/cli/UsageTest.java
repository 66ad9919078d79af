package org.sendplan.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a person typing at a terminal meets first: help without warnings, versions, suggestions, plain messages. */
class UsageTest {
    private static final List<String> COMMANDS = List.of("forecast", "goal-seek", "backtest", "list-las", "init");

    /** picocli warns on System.err itself (not through the command's writer) when a description has a bare '%'. */
    @Test
    void everyHelpPrintsWithoutAWarning() {
        PrintStream before = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            for (String c : COMMANDS) {
                CliRun r = CliRun.of(c, "--help");
                assertEquals(0, r.exit(), c);
                assertFalse((r.out() + r.err()).contains("WARN"), c + ": " + r.err());
                assertTrue(r.out().startsWith("Usage: sendplan " + c), c);
            }
        } finally {
            System.setErr(before);
        }
        assertFalse(captured.toString(StandardCharsets.UTF_8).contains("picocli WARN"), captured.toString(StandardCharsets.UTF_8));
    }

    /** A command line made for one subcommand (start-up reads only its options) prints that subcommand's help as the full one does. */
    @Test
    void aSubcommandsHelpIsTheSameWithOrWithoutTheOthers() {
        assertEquals(COMMANDS, List.copyOf(CommandFactory.create(new String[0]).getSubcommands().keySet()));
        for (String c : COMMANDS) {
            picocli.CommandLine one = CommandFactory.create(c, "--help");
            assertEquals(List.of(c), List.copyOf(one.getSubcommands().keySet()));
            String full = CommandFactory.create("--help").getSubcommands().get(c).getUsageMessage();
            assertEquals(full, one.getSubcommands().get(c).getUsageMessage(), c);
        }
    }

    @Test
    void everyCommandAnswersVersion() {
        for (String c : COMMANDS) {
            CliRun r = CliRun.of(c, "--version");
            assertEquals(0, r.exit(), c);
            assertTrue(r.out().startsWith("sendplan "), c + ": '" + r.out() + "'");
        }
    }

    @Test
    void aMistypedCommandOrOptionGetsASuggestion() {
        CliRun command = CliRun.of("forcast");
        assertEquals(ExitCodes.USAGE, command.exit());
        assertTrue(command.err().contains("did you mean 'forecast'?"), command.err());
        CliRun option = CliRun.of("forecast", "--horizn", "5");
        assertEquals(ExitCodes.USAGE, option.exit());
        assertTrue(option.err().contains("did you mean '--horizon'?"), option.err());
    }

    @Test
    void messagesAreInWords() {
        CliRun base = CliRun.of("forecast", "--base-year", "2020", "--out", "unused-never-written");
        assertEquals(ExitCodes.USAGE, base.exit());
        assertTrue(base.err().contains("January 2024 and 2025"), base.err());
        CliRun cumbria = CliRun.of("forecast", "--la", "909", "--out", "unused-never-written");
        assertEquals(ExitCodes.USAGE, cumbria.exit());
        assertTrue(cumbria.err().contains("forecast its successors: Cumberland (942), Westmorland and Furness (943)"), cumbria.err());
    }
}
