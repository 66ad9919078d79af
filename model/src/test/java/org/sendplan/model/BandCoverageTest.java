package org.sendplan.model;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every coverage figure says where it was measured: in past forecasts for every authority (the judge's, pooled). */
class BandCoverageTest {
    private final BandCoverage c = new BandCoverage(Map.of(Dimension.TOTAL, new double[]{0.84, 0.64, Double.NaN}));

    @Test
    void aLabelSaysTheCoverageAndWhereItWasMeasured() {
        assertEquals("80% band (it covered 84% of outturns in past forecasts for every authority)", c.label(Dimension.TOTAL, 1));
        assertEquals("band that covered 64% of outturns in past forecasts for every authority", c.label(Dimension.TOTAL, 2));
        assertEquals("p10–p90, not validated 3 years ahead (growth a random walk, under a ceiling)", c.label(Dimension.TOTAL, 3));
        // a roll-up whose coverage was not measured, inside the judged horizons: said so, not called unvalidated
        assertEquals("p10–p90, coverage not measured", c.label(Dimension.NEED, 2));
        assertEquals("p10–p90, not validated 3 years ahead (growth a random walk, under a ceiling)", c.label(Dimension.NEED, 3));
    }

    @Test
    void aNoteSaysTheCoverageOfEachHorizonAndWhereItWasMeasured() {
        assertEquals("p10–p90 band; it covered 84%, 64% of outturns 1–2 years ahead in past forecasts for every authority; "
                + "not measured beyond", c.note(Dimension.TOTAL));
    }
}
