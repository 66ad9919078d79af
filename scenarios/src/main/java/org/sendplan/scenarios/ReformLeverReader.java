package org.sendplan.scenarios;

import org.sendplan.data.yaml.YamlNode;
import org.sendplan.model.Phase;
import org.sendplan.model.Provision;
import org.sendplan.model.money.AcademicYear;
import org.sendplan.model.scenario.InclusionBases;
import org.sendplan.model.scenario.MixLever;
import org.sendplan.model.scenario.PhaseTransferReview;
import org.sendplan.model.scenario.PlanShareCeiling;
import org.sendplan.model.scenario.SupportLayer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The levers of the 2026 SEND reforms in a scenario's {@code levers:} (keys in docs/data-formats.md):
 * {@code support_layer}, {@code phase_transfer_review}, {@code inclusion_bases} (each one lever or a
 * list of them) and {@code plan_share_ceiling} (one). Selectors, years and codes are read as every
 * other lever's ({@link ScenarioReader}), so their errors read alike.
 */
final class ReformLeverReader {
    static final List<String> KINDS = List.of("support_layer", "phase_transfer_review", "inclusion_bases", "plan_share_ceiling");
    /** The phases a review may act at entering, by default the two transfers the reforms name: into Year 7 and into Year 12. */
    private static final Set<Phase> TRANSFERS = EnumSet.of(Phase.SECONDARY, Phase.POST16);
    private static final Map<String, Phase> ENTERED = new LinkedHashMap<>();

    static {
        for (Phase p : Phase.values()) if (p != Phase.EARLY_YEARS) ENTERED.put(p.code(), p);
    }

    private final ScenarioReader reader;

    ReformLeverReader(ScenarioReader reader) {
        this.reader = reader;
    }

    List<SupportLayer> supportLayers(YamlNode node) {
        List<SupportLayer> out = new ArrayList<>();
        for (YamlNode item : items(node)) {
            Map<String, YamlNode> m = item.mapping(keys(List.of("share"), ScenarioReader.SELECTORS, List.of("phase")));
            require(item, m, "share");
            out.add(new SupportLayer(m.get("share").number(0, 1), reader.selection(m), reader.period(m)));
        }
        return out;
    }

    List<PhaseTransferReview> reviews(YamlNode node) {
        List<PhaseTransferReview> out = new ArrayList<>();
        for (YamlNode item : items(node)) {
            Map<String, YamlNode> m = item.mapping(List.of("share", "into", "start", "end"));
            require(item, m, "share");
            Set<Phase> into = EnumSet.noneOf(Phase.class);
            if (m.containsKey("into")) {
                for (YamlNode p : items(m.get("into"))) into.add(ENTERED.get(p.code(ENTERED.keySet())));
            } else {
                into.addAll(TRANSFERS);
            }
            out.add(new PhaseTransferReview(m.get("share").number(0, 1), into, reader.period(m)));
        }
        return out;
    }

    List<InclusionBases> inclusionBases(YamlNode node, String scenario) {
        List<InclusionBases> out = new ArrayList<>();
        int i = 0;
        for (YamlNode item : items(node)) {
            Map<String, YamlNode> m = item.mapping(List.of("places", "share", "start", "end", "from", "phase", "ages", "needs", "name"));
            for (String k : List.of("places", "share", "start")) require(item, m, k);
            YamlNode places = m.get("places");
            List<Double> ramp = new ArrayList<>();
            for (YamlNode step : items(places)) ramp.add(step.number(0, 100_000));
            if (ramp.isEmpty()) throw places.error("places to add (a number or a list ramping up)", "an empty list");
            Set<String> from = m.containsKey("from") ? reader.settingsOf(m.get("from"))
                    : reader.settingsOf(List.of(Provision.SPECIAL_STATE.name(), Provision.SPECIAL_INDEPENDENT.name()));
            Set<String> to = reader.settingsOf(List.of(Provision.RESOURCED.name()));
            if (to.isEmpty()) throw item.error("settings mapped to RESOURCED (on the person-level route, give --settings)", "none");
            Phase phase = m.containsKey("phase") ? ScenarioReader.phase(m.get("phase")) : null;
            MixLever redirect = new MixLever(from, to, m.get("share").number(0, 1), reader.selection(m), reader.period(m), true);
            AcademicYear start = ScenarioReader.academic(m.get("start"));
            String name = "scenario " + scenario + " inclusion bases #" + (++i) + (m.containsKey("name") ? " " + ScenarioReader.label(m.get("name")) : "");
            out.add(new InclusionBases(ramp, start, phase, redirect, name));
        }
        return out;
    }

    PlanShareCeiling ceiling(YamlNode node) {
        Map<String, YamlNode> m = node.mapping(List.of("per_1000_pupils", "percent_of_pupils", "start", "end"));
        boolean per1000 = m.containsKey("per_1000_pupils"), percent = m.containsKey("percent_of_pupils");
        if (per1000 == percent) {
            throw node.error("one of per_1000_pupils or percent_of_pupils", per1000 ? "both" : "neither");
        }
        YamlNode v = m.get(per1000 ? "per_1000_pupils" : "percent_of_pupils");
        List<Double> ramp = new ArrayList<>();
        for (YamlNode step : items(v)) ramp.add(per1000 ? step.number(0.1, 1000) : 10 * step.number(0.01, 100));
        if (ramp.isEmpty()) throw v.error("a ceiling (a number or a list year by year)", "an empty list");
        return new PlanShareCeiling(ramp, reader.period(m));
    }

    /** One lever or a list of them (a lone mapping reads as it is written in the reform's own words). */
    private static List<YamlNode> items(YamlNode node) {
        return node.isSequence() ? node.sequence() : List.of(node);
    }

    @SafeVarargs
    private static List<String> keys(List<String>... parts) {
        List<String> out = new ArrayList<>();
        for (List<String> p : parts) out.addAll(p);
        return out;
    }

    private static void require(YamlNode item, Map<String, YamlNode> m, String key) {
        if (!m.containsKey(key)) throw item.error("a key '" + key + "'", "none");
    }
}
