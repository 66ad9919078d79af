package org.sendplan.scenarios;

import org.sendplan.data.Numbers;
import org.sendplan.data.yaml.YamlNode;
import org.sendplan.model.money.Outcome;
import org.sendplan.model.scenario.GoalSolver;
import org.sendplan.model.scenario.GoalTarget;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Finds the value of one numeric lever in a scenario file that meets a target, on the expected
 * path, over the lever's natural range (multipliers 0–2, shares 0–1), with {@link GoalSolver}.
 * Each trial re-reads the scenario with the value written into its text, so a trial is checked
 * exactly as the solved file will be.
 */
public final class GoalSeek {
    /** What the search found for a lever of a scenario file; {@code solvedText} is the file with the solved value, or null. */
    public record Result(String lever, double original, GoalSolver.Solution solution, String solvedText, String message) {
    }

    private final Function<Scenario, Outcome> evaluate;
    private final ScenarioReader reader;

    /**
     * @param evaluate runs one scenario on the expected path of the route in use and returns its
     *                 outcome
     */
    public GoalSeek(Function<Scenario, Outcome> evaluate, ScenarioReader reader) {
        this.evaluate = evaluate;
        this.reader = reader;
    }

    public Result seek(Path scenario, String leverPath, GoalTarget target) throws java.io.IOException {
        String text = Files.readString(scenario);
        YamlNode root = YamlNode.read(scenario, text);
        YamlNode lever = resolve(root, leverPath);
        String key = leverPath.substring(leverPath.lastIndexOf('.') + 1);
        double lo, hi;
        if (key.equals("multiply")) {
            lo = 0;
            hi = 2;
        } else if (key.equals("share")) {
            lo = 0;
            hi = 1;
        } else {
            throw new IllegalArgumentException("--lever: expected a multiply or share value (their natural ranges are 0–2 and 0–1), found '" + leverPath + "'");
        }
        double original = lever.number();
        GoalSolver.Solution s = GoalSolver.solve(x -> target.of(evaluate.apply(reader.read(scenario, substitute(text, lever, x)))),
                lo, hi, original, target);
        if (!s.found()) {
            return new Result(leverPath, original, s, null, String.format(Locale.ROOT,
                    "no value of %s from %s to %s meets %s: the figure is %,.0f at %s and %,.0f at %s",
                    leverPath, fmt(lo), fmt(hi), target, s.figureAtLower(), fmt(lo), s.figureAtUpper(), fmt(hi)));
        }
        return new Result(leverPath, original, s, substitute(text, lever, s.value()), String.format(Locale.ROOT,
                "%s = %s meets %s (figure %,.2f on the expected path; it was %s)", leverPath, fmt(s.value()), target, s.figure(), fmt(original)));
    }

    /**
     * The node a lever path names: {@code joiners[0].multiply} (under {@code levers}), or
     * {@code joiners.multiply} when there is one joiners lever; a full path from the top of the
     * file ({@code levers.redirect[1].share}) works too.
     */
    static YamlNode resolve(YamlNode root, String path) {
        YamlNode cur = root;
        String[] parts = path.split("\\.");
        if (root.get(parts[0].replaceAll("\\[\\d+]$", "")) == null && root.get("levers") != null) cur = root.get("levers");
        for (String part : parts) {
            String name = part.replaceAll("\\[\\d+]$", "");
            YamlNode next = cur.isMapping() ? cur.get(name) : null;
            if (next == null) {
                throw new IllegalArgumentException("--lever: '" + path + "' names nothing in " + root.file() + " (no '" + name + "' at " + cur.path() + ")");
            }
            if (part.endsWith("]")) {
                int i = Numbers.integer(part.substring(part.indexOf('[') + 1, part.length() - 1));
                List<YamlNode> items = next.sequence();
                if (i >= items.size()) throw new IllegalArgumentException("--lever: " + next.path() + " has " + items.size() + " entries, no [" + i + "]");
                next = items.get(i);
            } else if (next.isSequence()) {
                List<YamlNode> items = next.sequence();
                if (items.size() != 1) {
                    throw new IllegalArgumentException("--lever: " + next.path() + " has " + items.size() + " entries; name one, e.g. " + name + "[0]");
                }
                next = items.get(0);
            }
            cur = next;
        }
        if (!cur.isScalar()) throw new IllegalArgumentException("--lever: '" + path + "' is not a single value");
        return cur;
    }

    /**
     * The scenario text with its {@code extends} and {@code population} paths rewritten relative
     * to {@code dir}, so that a solved file written elsewhere still finds them.
     */
    public static String relocate(String text, Path file, Path dir) {
        YamlNode root = YamlNode.read(file, text);
        java.util.List<YamlNode> paths = new java.util.ArrayList<>();
        for (String key : List.of("extends", "population")) if (root.get(key) != null) paths.add(root.get(key));
        paths.sort(java.util.Comparator.comparingInt(YamlNode::startIndex).reversed());
        String out = text;
        for (YamlNode n : paths) {
            Path target = file.toAbsolutePath().getParent().resolve(n.text()).normalize();
            String rel = dir.toAbsolutePath().normalize().relativize(target).toString().replace('\\', '/');
            out = out.substring(0, n.startIndex()) + rel + out.substring(n.endIndex());
        }
        return out;
    }

    private static String substitute(String text, YamlNode node, double value) {
        return text.substring(0, node.startIndex()) + fmt(value) + text.substring(node.endIndex());
    }

    public static String fmt(double v) {
        String s = String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
