package org.sendplan.model.scenario;

import java.util.Set;

/**
 * What a lever touches: ages, needs and settings (a provision given in a scenario file is
 * expanded to its settings). A null set means all.
 */
public record Selection(Set<Integer> ages, Set<String> needs, Set<String> settings) {
    public static final Selection ALL = new Selection(null, null, null);

    public Selection {
        ages = ages == null ? null : Set.copyOf(ages);
        needs = needs == null ? null : Set.copyOf(needs);
        settings = settings == null ? null : Set.copyOf(settings);
    }

    public boolean age(int age) {
        return ages == null || ages.contains(age);
    }

    public boolean need(String need) {
        return needs == null || needs.contains(need);
    }

    public boolean setting(String setting) {
        return settings == null || settings.contains(setting);
    }
}
