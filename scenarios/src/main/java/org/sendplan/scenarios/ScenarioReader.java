package org.sendplan.scenarios;

import org.sendplan.model.scenario.ScenarioDefinition;
import org.sendplan.data.Numbers;
import org.sendplan.data.DataException;
import org.sendplan.data.Suggestions;
import org.sendplan.data.Text;
import org.sendplan.data.money.CalendarParsing;
import org.sendplan.data.money.FinanceReader;
import org.sendplan.data.yaml.YamlNode;
import org.sendplan.model.Ages;
import org.sendplan.model.DfeSetting;
import org.sendplan.model.Need;
import org.sendplan.model.Phase;
import org.sendplan.model.Provision;
import org.sendplan.model.money.AcademicYear;
import org.sendplan.model.money.CapacityEntry;
import org.sendplan.model.money.FinancePatch;
import org.sendplan.model.money.SufficiencyPlanner;
import org.sendplan.model.scenario.FlowLever;
import org.sendplan.model.scenario.Levers;
import org.sendplan.model.scenario.MixLever;
import org.sendplan.model.scenario.Period;
import org.sendplan.model.scenario.Selection;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Reads scenario files (keys documented in docs/data-formats.md). Every error names file, line, column
 * and key, with a did-you-mean for misspelt keys and codes; {@code extends} chains are followed
 * (paths relative to the file) and cycles refused.
 */
public final class ScenarioReader {
    static final List<String> KEYS = List.of("name", "description", "extends", "levers", "capacity", "finance", "population", "overflow");
    static final List<String> LEVER_KINDS = Stream.concat(Stream.of("joiners", "leavers", "redirect", "placement_mix"),
            ReformLeverReader.KINDS.stream()).toList();
    static final List<String> SELECTORS = List.of("ages", "needs", "settings", "provisions", "phases", "start", "end");
    private static final Set<String> SETTINGS = new TreeSet<>(Arrays.stream(DfeSetting.values()).map(Enum::name).toList());
    private static final Set<String> PROVISIONS = new TreeSet<>(Arrays.stream(Provision.values()).map(Enum::name).toList());
    private static final Set<String> NEEDS = new TreeSet<>(Arrays.stream(Need.values()).map(Enum::name).toList());
    private static final Map<String, Phase> PHASES = new LinkedHashMap<>();

    static {
        for (Phase p : Phase.values()) PHASES.put(p.code(), p);
    }

    private final int firstProjectedCensus;
    private final Codes codes;

    /**
     * The codes a route's scenario files may name: its settings, its needs, and each provision's
     * settings (empty when the route has no provision mapping).
     *
     * @param population whether the route takes an alternative population from a scenario
     */
    public record Codes(Set<String> settings, Set<String> needs, Map<String, Set<String>> provisions, boolean population) {
        public Codes {
            settings = new TreeSet<>(settings);
            needs = new TreeSet<>(needs);
            Map<String, Set<String>> p = new LinkedHashMap<>();
            provisions.forEach((k, v) -> p.put(k, Set.copyOf(v)));
            provisions = p;
        }

        /** The DfE route's codes: its settings, the canonical needs, every provision. */
        public static final Codes DFE;

        static {
            Map<String, Set<String>> prov = new LinkedHashMap<>();
            for (Provision pv : Provision.values()) {
                Set<String> s = new TreeSet<>();
                for (DfeSetting d : DfeSetting.values()) if (d.setting().provision() == pv) s.add(d.name());
                prov.put(pv.name(), s);
            }
            DFE = new Codes(SETTINGS, NEEDS, prov, true);
        }
    }

    /** @param baseYear the run's base census: a lever without a start acts from the first projected year */
    public ScenarioReader(int baseYear) {
        this(baseYear, Codes.DFE);
    }

    /** A reader that validates codes against a route's own (the person-level route's settings and needs). */
    public ScenarioReader(int baseYear, Codes codes) {
        this.firstProjectedCensus = baseYear + 1;
        this.codes = codes;
    }

    public Scenario read(Path file) {
        return read(file.toAbsolutePath().normalize(), null, new ArrayList<>());
    }

    /** Reads {@code text} as the content of {@code file} (files it extends are read from disk). */
    public Scenario read(Path file, String text) {
        return read(file.toAbsolutePath().normalize(), text, new ArrayList<>());
    }

    private Scenario read(Path file, String text, List<Path> chain) {
        YamlNode root = YamlNode.read(file, text);
        Map<String, YamlNode> m = root.mapping(KEYS);
        Scenario parent = null;
        if (m.containsKey("extends")) {
            YamlNode ext = m.get("extends");
            // extends names another scenario file, relative to this one's folder or absolute. It may
            // lie outside this folder (a shared ../common.yaml is a real layout): sendplan reads it
            // with the rights of the person running it, who could name any file on the command line
            // anyway. What keeps a mistaken or hostile extends from showing another file's content is
            // that only .yaml/.yml files are followed and an error quotes at most a short excerpt.
            String target = ext.text();
            if (!target.toLowerCase(java.util.Locale.ROOT).matches(".*\\.ya?ml")) {
                throw ext.error("a scenario file ending .yaml or .yml", DataException.quote(target));
            }
            Path p;
            try {
                p = file.getParent().resolve(target).toAbsolutePath().normalize();
            } catch (java.nio.file.InvalidPathException e) {
                throw ext.error("a scenario file's path", DataException.quote(target));
            }
            chain.add(file);
            if (chain.contains(p)) {
                throw ext.error("a scenario file that does not extend itself", "a cycle: "
                        + String.join(" → ", chain.stream().map(x -> x.getFileName().toString()).toList()) + " → " + p.getFileName());
            }
            if (chain.size() > MAX_EXTENDS) throw ext.error("a chain of at most " + MAX_EXTENDS + " extends", "a longer one");
            if (!Files.isRegularFile(p)) throw ext.error("an existing scenario file", DataException.quote(target) + " (no such file)");
            parent = read(p, null, chain);
        }
        String stem = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        String name = m.containsKey("name") ? label(m.get("name")) : stem;
        if (name.isEmpty() || name.equals(ScenarioDefinition.BASELINE_NAME)) {
            throw m.getOrDefault("name", root).error("a scenario name other than 'baseline' (the built-in scenario)", DataException.quote(name));
        }
        String description = m.containsKey("description") ? description(m.get("description")) : parent == null ? "" : parent.description();
        Levers levers = parent == null ? Levers.NONE : parent.levers();
        if (m.containsKey("levers")) levers = levers(m.get("levers"), levers, name);
        List<CapacityEntry> capacity = parent == null ? List.of() : parent.capacity();
        if (m.containsKey("capacity")) capacity = capacity(m.get("capacity"), name);
        List<FinancePatch> finance = new ArrayList<>(parent == null ? List.of() : parent.finance());
        if (m.containsKey("finance")) finance.add(FinanceReader.patch(m.get("finance")));
        Path population = parent == null ? null : parent.population();
        if (m.containsKey("population")) {
            YamlNode p = m.get("population");
            if (!codes.population()) throw p.error("no population key on the person-level route (give --population FILE)", "a population file");
            try {
                population = file.getParent().resolve(p.text()).normalize();
            } catch (java.nio.file.InvalidPathException e) {
                throw p.error("a population file's path", DataException.quote(p.text()));
            }
            if (!Files.isRegularFile(population)) throw p.error("an existing population file", DataException.quote(p.text()) + " (no such file)");
        }
        Map<Provision, Provision> overflow = parent == null ? null : parent.overflow();
        if (m.containsKey("overflow")) overflow = overflow(m.get("overflow"));
        return new Scenario(name, description, levers, capacity, finance, population, overflow, file, written(m, parent, file));
    }

    /** The longest line of a scenario's levers a report lists: a line is read, a file is not copied. */
    static final int MAX_WRITTEN = 400;

    /**
     * Each key the file gives, in flow style as written, over its parent's: a kind of lever or a
     * key replaces the parent's line; finance keys add to the parent's, as they apply.
     */
    private static Map<String, String> written(Map<String, YamlNode> m, Scenario parent, Path file) {
        Map<String, String> out = new LinkedHashMap<>(parent == null ? Map.of() : parent.written());
        if (m.containsKey("levers")) {
            m.get("levers").entries().forEach((kind, node) -> out.put("levers." + kind, node.flow(MAX_WRITTEN)));
        }
        for (String key : List.of("capacity", "population", "overflow")) {
            if (m.containsKey(key)) out.put(key, m.get(key).flow(MAX_WRITTEN));
        }
        if (m.containsKey("finance")) out.put("finance (" + file.getFileName() + ")", m.get("finance").flow(MAX_WRITTEN));
        return out;
    }

    /** Names and labels go into reports, file names and terminals: printable text, short. */
    static final int MAX_LABEL = 100;
    static final int MAX_DESCRIPTION = 2000;
    /** A chain of extends longer than this is a mistake (and each link is a file read). */
    static final int MAX_EXTENDS = 20;

    static String label(YamlNode node) {
        String t = node.text();
        if (t.codePointCount(0, t.length()) > MAX_LABEL) {
            throw node.error("a name of at most " + MAX_LABEL + " characters", t.codePointCount(0, t.length()) + " characters: " + DataException.quote(t));
        }
        for (int i = 0; i < t.length(); i++) {
            if (!Text.printable(t.charAt(i), false)) throw node.error("a name of printable characters", DataException.quote(t));
        }
        return t;
    }

    private static String description(YamlNode node) {
        String t = node.text();
        if (t.length() > MAX_DESCRIPTION) {
            throw node.error("a description of at most " + MAX_DESCRIPTION + " characters", t.length() + " characters");
        }
        for (int i = 0; i < t.length(); i++) {
            if (!Text.printable(t.charAt(i), true)) throw node.error("a description of printable characters", DataException.quote(t));
        }
        return t;
    }

    /** Each kind of lever given replaces the parent's list of that kind. */
    private Levers levers(YamlNode node, Levers parent, String scenario) {
        Map<String, YamlNode> kinds = node.mapping(LEVER_KINDS);
        List<FlowLever> joiners = parent.joiners(), leavers = parent.leavers();
        List<MixLever> redirects = new ArrayList<>(), mixes = new ArrayList<>();
        for (MixLever l : parent.mixes()) (l.newPlansOnly() ? redirects : mixes).add(l);
        if (kinds.containsKey("joiners")) joiners = flows(kinds.get("joiners"));
        if (kinds.containsKey("leavers")) leavers = flows(kinds.get("leavers"));
        if (kinds.containsKey("redirect")) redirects = mixes(kinds.get("redirect"), true);
        if (kinds.containsKey("placement_mix")) mixes = mixes(kinds.get("placement_mix"), false);
        List<MixLever> all = new ArrayList<>(redirects);
        all.addAll(mixes);
        ReformLeverReader reforms = new ReformLeverReader(this);
        var layers = kinds.containsKey("support_layer") ? reforms.supportLayers(kinds.get("support_layer")) : parent.supportLayers();
        var reviews = kinds.containsKey("phase_transfer_review") ? reforms.reviews(kinds.get("phase_transfer_review")) : parent.reviews();
        var bases = kinds.containsKey("inclusion_bases") ? reforms.inclusionBases(kinds.get("inclusion_bases"), scenario) : parent.inclusionBases();
        var ceiling = kinds.containsKey("plan_share_ceiling") ? reforms.ceiling(kinds.get("plan_share_ceiling")) : parent.ceiling();
        return new Levers(joiners, leavers, all, layers, reviews, bases, ceiling);
    }

    private List<FlowLever> flows(YamlNode list) {
        List<FlowLever> out = new ArrayList<>();
        for (YamlNode item : list.sequence()) {
            List<String> keys = new ArrayList<>(List.of("multiply"));
            keys.addAll(SELECTORS);
            Map<String, YamlNode> m = item.mapping(keys);
            if (!m.containsKey("multiply")) throw item.error("a key 'multiply'", "none");
            double multiply = m.get("multiply").number(0, 10);
            out.add(new FlowLever(multiply, selection(m), period(m)));
        }
        return out;
    }

    private List<MixLever> mixes(YamlNode list, boolean redirect) {
        List<MixLever> out = new ArrayList<>();
        for (YamlNode item : list.sequence()) {
            List<String> keys = new ArrayList<>(List.of("from", "to", "share", "phase"));
            keys.addAll(SELECTORS);
            Map<String, YamlNode> m = item.mapping(keys);
            for (String k : List.of("from", "to", "share")) if (!m.containsKey(k)) throw item.error("a key '" + k + "'", "none");
            Set<String> from = settingsOf(m.get("from")), to = settingsOf(m.get("to"));
            double share = m.get("share").number(0, 1);
            if (m.containsKey("phase") && m.containsKey("phases")) throw m.get("phase").error("either phase or phases", "both");
            out.add(new MixLever(from, to, share, selection(m), period(m), redirect));
        }
        return out;
    }

    /**
     * A provision (all its settings), a setting code, or a list of them. A code that is both
     * (SPECIAL_INDEPENDENT, EARLY_YEARS) means the provision.
     */
    Set<String> settingsOf(YamlNode node) {
        Set<String> out = new LinkedHashSet<>();
        List<YamlNode> items = node.isSequence() ? node.sequence() : List.of(node);
        Set<String> all = new TreeSet<>(codes.settings());
        all.addAll(codes.provisions().keySet());
        for (YamlNode i : items) {
            String code = i.code(all);
            if (codes.provisions().containsKey(code)) {
                out.addAll(codes.provisions().get(code));
            } else {
                out.add(code);
            }
        }
        return out;
    }

    /** The settings of provisions, as the route knows them (none where it has no provision mapping). */
    Set<String> settingsOf(List<String> provisions) {
        Set<String> out = new LinkedHashSet<>();
        for (String p : provisions) out.addAll(codes.provisions().getOrDefault(p, Set.of()));
        return out;
    }

    static Phase phase(YamlNode node) {
        return PHASES.get(node.code(PHASES.keySet()));
    }

    Selection selection(Map<String, YamlNode> m) {
        Set<Integer> ages = null;
        if (m.containsKey("ages")) ages = ages(m.get("ages"));
        YamlNode phases = m.containsKey("phases") ? m.get("phases") : m.get("phase");
        if (phases != null) {
            Set<Integer> inPhases = new TreeSet<>();
            for (YamlNode p : phases.isSequence() ? phases.sequence() : List.of(phases)) {
                Phase phase = PHASES.get(p.code(PHASES.keySet()));
                for (int a = Ages.MIN; a <= Ages.MAX; a++) if (Phase.ofAge(a) == phase) inPhases.add(a);
            }
            if (ages == null) ages = inPhases;
            else ages.retainAll(inPhases);
        }
        Set<String> needs = m.containsKey("needs") ? codes(m.get("needs"), codes.needs()) : null;
        Set<String> settings = null;
        if (m.containsKey("settings") || m.containsKey("provisions")) {
            settings = new TreeSet<>();
            if (m.containsKey("settings")) settings.addAll(codes(m.get("settings"), codes.settings()));
            if (m.containsKey("provisions")) {
                for (String p : codes(m.get("provisions"), codes.provisions().keySet())) settings.addAll(codes.provisions().get(p));
            }
        }
        return new Selection(ages, needs, settings);
    }

    /** {@code 5-15}, {@code 7}, or a list of either. */
    private static Set<Integer> ages(YamlNode node) {
        Set<Integer> out = new TreeSet<>();
        for (YamlNode i : node.isSequence() ? node.sequence() : List.of(node)) {
            String t = i.text();
            try {
                if (t.matches("\\d+\\s*-\\s*\\d+")) {
                    String[] p = t.split("-");
                    int lo = Numbers.integer(p[0].trim()), hi = Numbers.integer(p[1].trim());
                    if (lo > hi) throw new NumberFormatException();
                    for (int a = lo; a <= hi; a++) out.add(a);
                } else {
                    out.add(Numbers.integer(t));
                }
            } catch (NumberFormatException e) {
                throw i.error("ages such as 5-15 or 7 (or a list of them)", DataException.quote(t));
            }
        }
        for (int a : out) {
            if (a < 0 || a > Ages.MAX) throw node.error("ages from 0 to " + Ages.MAX, "age " + a);
        }
        // the model's youngest age stands for 0–2
        if (out.stream().anyMatch(a -> a < Ages.MIN)) out.add(Ages.MIN);
        return out;
    }

    private static Set<String> codes(YamlNode node, Set<String> allowed) {
        Set<String> out = new TreeSet<>();
        for (YamlNode i : node.isSequence() ? node.sequence() : List.of(node)) out.add(i.code(allowed));
        return out;
    }

    Period period(Map<String, YamlNode> m) {
        int first = m.containsKey("start") ? academic(m.get("start")).census() : firstProjectedCensus;
        int last = m.containsKey("end") ? academic(m.get("end")).census() : Integer.MAX_VALUE;
        if (last < first) throw m.get("end").error("an end on or after the start", DataException.quote(m.get("end").text()));
        return new Period(first, last);
    }

    static AcademicYear academic(YamlNode n) {
        return CalendarParsing.academic(n.text(), n::error);
    }

    private List<CapacityEntry> capacity(YamlNode list, String scenario) {
        List<CapacityEntry> out = new ArrayList<>();
        int i = 0;
        for (YamlNode item : list.sequence()) {
            Map<String, YamlNode> m = item.mapping(List.of("provision", "start", "add", "phase", "name"));
            for (String k : List.of("provision", "start", "add")) if (!m.containsKey(k)) throw item.error("a key '" + k + "'", "none");
            Provision p = Provision.valueOf(m.get("provision").code(PROVISIONS));
            AcademicYear start = academic(m.get("start"));
            Phase phase = m.containsKey("phase") ? phase(m.get("phase")) : null;
            String name = "scenario " + scenario + " #" + (++i) + (m.containsKey("name") ? " " + label(m.get("name")) : "");
            YamlNode add = m.get("add");
            List<YamlNode> steps = add.isSequence() ? add.sequence() : List.of(add);
            if (steps.isEmpty()) throw add.error("places to add (a number or a list ramping up)", "an empty list");
            // a list ramps up year by year, the last figure carried on (the capacity rule does that)
            for (int k = 0; k < steps.size(); k++) {
                out.add(new CapacityEntry(p, new AcademicYear(start.start() + k), steps.get(k).number(-100_000, 100_000), phase, name));
            }
        }
        return out;
    }

    private static Map<Provision, Provision> overflow(YamlNode node) {
        Map<Provision, Provision> o = new EnumMap<>(Provision.class);
        for (var e : node.entries().entrySet()) {
            if (!PROVISIONS.contains(e.getKey())) {
                throw new DataException(node.file(), e.getValue().line(), e.getValue().column(), node.path() + "." + e.getKey(),
                        "a provision", DataException.quote(e.getKey()) + Suggestions.didYouMean(e.getKey(), PROVISIONS));
            }
            o.put(Provision.valueOf(e.getKey()), Provision.valueOf(e.getValue().code(PROVISIONS)));
        }
        try {
            SufficiencyPlanner.overflowOrder(o);
        } catch (SufficiencyPlanner.OverflowCycleException e) {
            throw node.error("routes that end in a provision without overflow", e.getMessage());
        }
        return o;
    }
}
