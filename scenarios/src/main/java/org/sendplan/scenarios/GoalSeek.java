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
 * path, over the lever's natural range (multipliers 0–2, shares 0–1, places of a capacity entry
 * 0 to {@link #MOST_PLACES} in whole places), with {@link GoalSolver}; where the lever does not
 * move the figure it says why ({@link Overflowing}).
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
        String key = leverPath.substring(leverPath.lastIndexOf('.') + 1);
        if (key.equals("add")) return seekPlaces(scenario, text, leverPath, resolve(root, leverPath, true), target);
        YamlNode lever = resolve(root, leverPath, false);
        double lo, hi;
        if (key.equals("multiply")) {
            lo = 0;
            hi = 2;
        } else if (key.equals("share")) {
            lo = 0;
            hi = 1;
        } else {
            throw new IllegalArgumentException("--lever: expected a multiply or share value (their natural ranges are 0–2 and 0–1) "
                    + "or the places of a capacity entry (capacity[0].add), found '" + leverPath + "'");
        }
        double original = lever.number();
        GoalSolver.Solution s = GoalSolver.solve(x -> target.of(outcome(scenario, substitute(text, lever, fmt(x)))), lo, hi, original, target);
        if (!s.found()) return notFound(leverPath, original, s, target, outcome(scenario, substitute(text, lever, fmt(hi))));
        return new Result(leverPath, original, s, substitute(text, lever, fmt(s.value())), String.format(Locale.ROOT,
                "%s = %s meets %s (figure %,.2f on the expected path; it was %s)", leverPath, fmt(s.value()), target, s.figure(), fmt(original)));
    }

    /**
     * The places of a capacity entry: its last figure solved in whole places from 0 to
     * {@link #MOST_PLACES} (or four times the file's, if more), a ramp scaled as a whole.
     */
    private Result seekPlaces(Path scenario, String text, String leverPath, YamlNode add, GoalTarget target) {
        List<Double> ramp = add.isSequence() ? add.sequence().stream().map(YamlNode::number).toList() : List.of(add.number());
        int original = (int) Math.round(ramp.get(ramp.size() - 1));
        int hi = Math.max(MOST_PLACES, 4 * original);
        GoalSolver.Solution s = GoalSolver.solveWhole(n -> target.of(outcome(scenario, substitute(text, add, ramp(ramp, n, add.isSequence())))),
                0, hi, original, target);
        if (!s.found()) return notFound(leverPath, original, s, target, outcome(scenario, substitute(text, add, ramp(ramp, hi, add.isSequence()))));
        int n = (int) s.value();
        String solved = ramp(ramp, n, add.isSequence());
        return new Result(leverPath, original, s, substitute(text, add, solved), String.format(Locale.ROOT,
                "%s = %s meets %s (figure %,.2f on the expected path; it was %s)", leverPath, solved, target, s.figure(),
                ramp(ramp, original, add.isSequence())));
    }

    /** Places beyond which a search for places stops (a few large special schools). */
    static final int MOST_PLACES = 2000;

    /** A ramp whose last figure is {@code last}, every step scaled with it in whole places (a flat ramp where the file's ends at 0). */
    static String ramp(List<Double> steps, int last, boolean list) {
        double end = steps.get(steps.size() - 1);
        StringBuilder sb = new StringBuilder(list ? "[" : "");
        for (int k = 0; k < steps.size(); k++) {
            if (k > 0) sb.append(", ");
            sb.append(end == 0 ? last : Math.round(steps.get(k) * last / end));
        }
        return sb.append(list ? "]" : "").toString();
    }

    private Outcome outcome(Path scenario, String text) {
        return evaluate.apply(reader.read(scenario, text));
    }

    private static boolean flat(GoalSolver.Solution s) {
        return Math.abs(s.figureAtUpper() - s.figureAtLower()) < 1e-6 * Math.max(1, Math.abs(s.figureAtLower()));
    }

    private static Result notFound(String leverPath, double original, GoalSolver.Solution s, GoalTarget target, Outcome atUpper) {
        String full = Overflowing.full(atUpper, target);
        String why = flat(s) ? "; the lever does not move it: " + (full.isEmpty() ? Overflowing.NONE_FULL + target.yearText() : full)
                : full.isEmpty() ? "" : "; at " + fmt(s.upper()) + " " + full;
        return new Result(leverPath, original, s, null, String.format(Locale.ROOT, "no value of %s from %s to %s meets %s: the figure is %,.0f at %s and %,.0f at %s%s",
                leverPath, fmt(s.lower()), fmt(s.upper()), target, s.figureAtLower(), fmt(s.lower()), s.figureAtUpper(), fmt(s.upper()), why));
    }

    /**
     * The node a lever path names: {@code joiners[0].multiply} (under {@code levers}), or
     * {@code joiners.multiply} when there is one joiners lever; a full path from the top of the
     * file ({@code levers.redirect[1].share}) works too.
     */
    static YamlNode resolve(YamlNode root, String path) {
        return resolve(root, path, false);
    }

    /** @param whole the last part may name a list (a capacity ramp), kept whole */
    static YamlNode resolve(YamlNode root, String path, boolean whole) {
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
            } else if (next.isSequence() && !(whole && part.equals(parts[parts.length - 1]))) {
                List<YamlNode> items = next.sequence();
                if (items.size() != 1) {
                    throw new IllegalArgumentException("--lever: " + next.path() + " has " + items.size() + " entries; name one, e.g. " + name + "[0]");
                }
                next = items.get(0);
            }
            cur = next;
        }
        if (!cur.isScalar() && !(whole && cur.isSequence())) throw new IllegalArgumentException("--lever: '" + path + "' is not a single value");
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

    private static String substitute(String text, YamlNode node, String value) {
        return text.substring(0, node.startIndex()) + value + text.substring(node.endIndex());
    }

    public static String fmt(double v) {
        String s = String.format(Locale.ROOT, "%.4f", v).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
