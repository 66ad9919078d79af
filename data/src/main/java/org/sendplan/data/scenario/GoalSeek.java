package org.sendplan.data.scenario;

import org.sendplan.model.scenario.GoalTarget;
import org.apache.commons.math3.analysis.solvers.BracketingNthOrderBrentSolver;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.sendplan.data.PlanRun;
import org.sendplan.data.yaml.YamlNode;
import org.sendplan.model.money.Outcome;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Finds the value of one numeric lever in a scenario file that meets a target, on the expected
 * path, with a bracketing solver over the lever's natural range (multipliers 0–2, shares 0–1).
 * Each trial re-reads the scenario with the value written into its text, so a trial is checked
 * exactly as the solved file will be.
 */
public final class GoalSeek {
    /** What the search found. {@code value} is NaN when no value in the range meets the target. */
    public record Result(String lever, double original, double lower, double upper, double value, double figure,
                         double figureAtLower, double figureAtUpper, String solvedText, String message) {
        public boolean found() {
            return !Double.isNaN(value);
        }
    }

    private final java.util.function.Function<ScenarioFile, Outcome> evaluate;
    private final ScenarioReader reader;

    /** On the DfE route: each trial is {@link PlanRun#scenario} (an expected-path run). */
    public GoalSeek(PlanRun run, ScenarioReader reader) {
        this(run::scenario, reader);
    }

    /**
     * @param evaluate runs one scenario on the expected path of the route in use and returns its
     *                 outcome (the person-level route passes its own)
     */
    public GoalSeek(java.util.function.Function<ScenarioFile, Outcome> evaluate, ScenarioReader reader) {
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
        java.util.function.DoubleUnaryOperator figure = x -> target.of(evaluate.apply(reader.read(scenario, substitute(text, lever, x))));
        double fLo = figure.applyAsDouble(lo), fHi = figure.applyAsDouble(hi);
        boolean metLo = target.met(fLo), metHi = target.met(fHi);
        if (!metLo && !metHi) {
            return new Result(leverPath, original, lo, hi, Double.NaN, Double.NaN, fLo, fHi, null, String.format(Locale.ROOT,
                    "no value of %s from %s to %s meets %s: the figure is %,.0f at %s and %,.0f at %s",
                    leverPath, fmt(lo), fmt(hi), target, fLo, fmt(lo), fHi, fmt(hi)));
        }
        double solved;
        if (metLo && metHi) {
            // every value meets it: keep the one nearest the original (the smallest change)
            solved = Math.max(lo, Math.min(hi, original));
        } else {
            BracketingNthOrderBrentSolver solver = new BracketingNthOrderBrentSolver(1e-7, 1e-9, 1e-6, 5);
            double zero;
            try {
                zero = solver.solve(200, x -> figure.applyAsDouble(x) - target.value(), lo, hi);
            } catch (MathIllegalStateException e) {
                throw new IllegalStateException("goal-seek did not converge: " + e.getMessage(), e);
            }
            // round to 4 decimals on the side that meets the target
            double step = 1e-4;
            solved = Math.round(zero / step) * step;
            for (int i = 0; i < 3 && !target.met(figure.applyAsDouble(solved)); i++) solved += (metLo ? -step : step);
        }
        double f = figure.applyAsDouble(solved);
        String solvedText = substitute(text, lever, solved);
        return new Result(leverPath, original, lo, hi, solved, f, fLo, fHi, solvedText, String.format(Locale.ROOT,
                "%s = %s meets %s (figure %,.2f on the expected path; it was %s)", leverPath, fmt(solved), target, f, fmt(original)));
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
                int i = Integer.parseInt(part.substring(part.indexOf('[') + 1, part.length() - 1));
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
