package org.sendplan.reports;

import org.sendplan.model.Area;
import org.sendplan.model.Dimension;
import org.sendplan.model.Forecast;
import org.sendplan.model.Need;
import org.sendplan.model.Projection;
import org.sendplan.model.Setting;
import org.sendplan.model.Provision;
import org.sendplan.model.SummaryRow;

import java.util.ArrayList;
import java.util.List;

/** A tiny forecast that exercises every code path of the writers, for the warm-ups. */
final class WarmUpForecast {
    private WarmUpForecast() {
    }

    static Forecast get() {
        List<Setting> settings = List.of(new Setting("S", "S", Provision.MAINSTREAM));
        List<String> needs = List.of(Need.ASD.name());
        double[] one = {1, 2};
        Projection p = new Projection(2000, 2, 5, 1, settings, needs, one, one.clone(), one.clone(), one.clone());
        List<SummaryRow> rows = new ArrayList<>();
        for (int y = 0; y < 2; y++) {
            for (Dimension d : Dimension.values()) {
                double v = y + 1;
                rows.add(new SummaryRow(2000 + y, d, d == Dimension.TOTAL ? SummaryRow.ALL : "MAINSTREAM",
                        v, v, v, v, v, v));
            }
        }
        return new Forecast("warm-up", new Area("0", "0", "warm-up", Area.Level.ENGLAND, ""), 2000, 1, p, rows,
                List.of(new org.sendplan.model.Assumption("g", "n", 0.5, "s")),
                List.of(new org.sendplan.model.DataWarning("s", 2000, "m", true)), List.of("m"));
    }
}
