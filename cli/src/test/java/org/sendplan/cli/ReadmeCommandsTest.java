package org.sendplan.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every {@code bin/sendplan} line of the README, in order, as written: each exits 0 (or the code
 * its comment names, "(exit 3)"), prints what the README shows under it ({@code # ...} lines, with
 * "..." standing for any text), and the quick start's headline is the one the README shows.
 * Paths are the README's, from the repository's root: one that exists there is read from there,
 * one that does not is made in a folder of the test's own, and a command with no {@code --out}
 * writes its reports there too, so the checkout is never written to.
 */
class ReadmeCommandsTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern EXIT = Pattern.compile("\\(exit (\\d)\\)");

    /** A README command with what it should print and exit with. */
    record Command(List<String> args, List<String> prints, int exit, String line) {
    }

    static List<Command> commands(String readme) {
        List<Command> out = new ArrayList<>();
        Map<String, String> vars = new HashMap<>();
        Matcher block = Pattern.compile("```sh\n(.*?)```", Pattern.DOTALL).matcher(readme);
        while (block.find()) {
            String[] lines = block.group(1).replace("\\\n", " ").split("\n");
            for (String raw : lines) {
                String l = raw.strip();
                Matcher var = Pattern.compile("^([A-Z]+)=(\\S+)").matcher(l);
                if (var.find()) vars.put(var.group(1), var.group(2));
                if (l.startsWith("# ") && !out.isEmpty()) out.get(out.size() - 1).prints().add(l.substring(2));
                if (!l.startsWith("bin/sendplan ")) continue;
                String comment = l.contains(" # ") ? l.substring(l.indexOf(" # ")) : "";
                String command = l.contains(" # ") ? l.substring(0, l.indexOf(" # ")) : l;
                for (Map.Entry<String, String> v : vars.entrySet()) command = command.replace("$" + v.getKey(), v.getValue());
                Matcher exit = EXIT.matcher(comment);
                out.add(new Command(words(command.substring("bin/sendplan ".length())), new ArrayList<>(), exit.find() ? Integer.parseInt(exit.group(1)) : 0, l));
            }
        }
        return out;
    }

    /** Shell words: spaces separate them, double quotes keep them together. */
    static List<String> words(String s) {
        List<String> w = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(s);
        while (m.find()) w.add(m.group(1) != null ? m.group(1) : m.group(2));
        return w;
    }

    /** A path of the README: read from the repository where it exists there, else made in {@code own}. */
    static List<String> located(List<String> args, Path own) {
        List<String> out = new ArrayList<>();
        for (String a : args) {
            boolean path = !a.startsWith("-") && !a.contains(" ") && (a.contains("/") || a.endsWith(".yaml") || a.endsWith(".csv"));
            out.add(!path ? a : Files.exists(ROOT.resolve(a)) ? ROOT.resolve(a).toString() : own.resolve(a).toString());
        }
        if (List.of("forecast", "goal-seek", "backtest").contains(out.get(0)) && !out.contains("--out")) {
            out.add("--out");
            out.add(own.resolve("output").toString());
        }
        return out;
    }

    @Test
    void everyCommandRunsAsWrittenAndPrintsWhatTheReadmeShows(@TempDir Path own) throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"));
        List<Command> commands = commands(readme);
        assertTrue(commands.size() >= 14, "the README's commands: " + commands.size());
        Matcher headline = Pattern.compile("The first prints a headline.*?```\n(.*?)\n", Pattern.DOTALL).matcher(readme);
        assertTrue(headline.find(), "the README shows the quick start's headline");
        boolean first = true;
        for (Command c : commands) {
            CliRun r = CliRun.of(located(c.args(), own).toArray(String[]::new));
            assertEquals(c.exit(), r.exit(), c.line() + "\n" + r.err());
            if (first) assertEquals(headline.group(1), r.out().lines().findFirst().orElse(""), "the quick start's headline");
            first = false;
            for (String p : c.prints()) {
                String pattern = String.join(".*", java.util.Arrays.stream(p.split("\\.\\.\\.", -1)).map(Pattern::quote).toList());
                assertTrue(Pattern.compile(pattern).matcher(r.out()).find(), c.line() + "\nshould print: " + p + "\nprinted: " + r.out());
            }
        }
    }
}
