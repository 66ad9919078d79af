package org.sendplan.model.evaluation;

import org.junit.jupiter.api.Test;
import org.sendplan.model.Area;
import org.sendplan.model.DataWarning;
import org.sendplan.model.Dimension;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A backtest kept between runs as arrays comes back as it was: every row in order, every field, NaN bands and -0 included. */
class KeptBacktestTest {
    private static final Area AREA = new Area("808", "E06000004", "Stockton-on-Tees", Area.Level.LOCAL_AUTHORITY, "North East");

    @Test
    void aBacktestComesBackAsItWas() throws IOException, ClassNotFoundException {
        List<RollingBacktest.Row> rows = List.of(
                new RollingBacktest.Row("808", RollingBacktest.Method.SENDPLAN, 2016, 1, Dimension.TOTAL, "total", 1234.5, 1100.25, 1300.75, 1250),
                new RollingBacktest.Row("808", RollingBacktest.Method.LAST_VALUE, 2016, 1, Dimension.TOTAL, "total", 1200, Double.NaN, Double.NaN, 1250),
                new RollingBacktest.Row("808", RollingBacktest.Method.LAST_GROWTH, 2019, 5, Dimension.PROVISION, "Special school", -0.0,
                        Double.MIN_VALUE, Double.MAX_VALUE, 0),
                new RollingBacktest.Row("808", RollingBacktest.Method.SENDPLAN, 2020, 3, Dimension.PHASE, "Post-16", 87.125, 80, 95, Double.NaN));
        RollingBacktest.Result r = new RollingBacktest.Result(AREA, 5, rows, List.of(new RollingBacktest.BaseYear(2016, "totals", "caseload 2015 and 2016")),
                List.of("how it was made"), List.of(new DataWarning("caseload total", 2019, "the releases differ", false)));

        byte[] kept = serialised(r);
        String stream = new String(kept, StandardCharsets.ISO_8859_1);
        assertTrue(stream.contains("KeptBacktest") && !stream.contains("RollingBacktest$Row"), "the rows are kept as arrays, not as records");

        RollingBacktest.Result back = (RollingBacktest.Result) new ObjectInputStream(new ByteArrayInputStream(kept)).readObject();
        // records compare their doubles as Double.compare does: NaN equals NaN, -0.0 does not equal 0.0
        assertEquals(r, back);
        assertEquals(rows, back.rows());
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(back.rows().get(2).forecast()));
        // read back, the lists are as unmodifiable as made
        assertThrows(UnsupportedOperationException.class, () -> back.rows().add(rows.get(0)));
    }

    private static byte[] serialised(Object o) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }
}
