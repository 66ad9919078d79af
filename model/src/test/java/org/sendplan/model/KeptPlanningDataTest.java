package org.sendplan.model;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Planning data kept between runs in its flat form come back as they were: every year, value, NaN, missing and ragged row. */
class KeptPlanningDataTest {
    private static final Area AREA = new Area("808", "E06000004", "Stockton-on-Tees", Area.Level.LOCAL_AUTHORITY, "North East");

    @Test
    void planningDataComeBackAsTheyWere() throws IOException, ClassNotFoundException {
        PlanningData d = new PlanningData(AREA,
                map(2023, 2400.0, 2024, Double.NaN), map(2024, new double[]{1, Double.NaN, 3}, 2025, new double[0]),
                map(2025, new double[]{0.5, -0.0}), map(2024, new double[][]{{1, 2}, {3}, null, {}}, 2025, new double[0][]),
                new TreeMap<>(), map(2022, (double[]) null, 2023, new double[]{7}), new TreeMap<>(),
                map(2021, 12.0), map(2021, new double[]{Double.MAX_VALUE}), map(2025, (double[][]) null),
                map(2024, new double[][]{{Double.MIN_VALUE, 4}}), map(2020, new double[][]{{}, {1, 2, 3}}));
        byte[] kept = serialised(d);
        // the flat form was written, not the sorted maps
        String stream = new String(kept, StandardCharsets.ISO_8859_1);
        assertTrue(stream.contains("KeptPlanningData") && !stream.contains("java.util.TreeMap"), "the kept form is the flat one");

        PlanningData back = (PlanningData) new ObjectInputStream(new ByteArrayInputStream(kept)).readObject();
        assertEquals(AREA, back.area());
        for (Function<PlanningData, SortedMap<Integer, ?>> series : List.<Function<PlanningData, SortedMap<Integer, ?>>>of(
                PlanningData::caseloadTotal, PlanningData::caseloadBySetting, PlanningData::caseloadByAge, PlanningData::caseloadByAgeSetting,
                PlanningData::newPlansTotal, PlanningData::newPlansBySetting, PlanningData::newPlansByAge, PlanningData::ceasedTotal,
                PlanningData::ceasedByAge, PlanningData::needsByAge, PlanningData::needsBySetting, PlanningData::newPlanNeedsByAge)) {
            SortedMap<Integer, ?> before = series.apply(d), after = series.apply(back);
            assertEquals(List.copyOf(before.keySet()), List.copyOf(after.keySet()));
            // deepToString tells NaN, -0.0, null and empty rows apart, and the exact value of each double
            before.forEach((y, v) -> assertEquals(Arrays.deepToString(new Object[]{v}), Arrays.deepToString(new Object[]{after.get(y)}), "year " + y));
        }
        // read back, the data are frozen as made
        assertThrows(UnsupportedOperationException.class, () -> back.caseloadTotal().put(2030, 1.0));
    }

    private static byte[] serialised(Object o) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(o);
        }
        return bytes.toByteArray();
    }

    private static <V> SortedMap<Integer, V> map(int y, V v) {
        SortedMap<Integer, V> m = new TreeMap<>();
        m.put(y, v);
        return m;
    }

    private static <V> SortedMap<Integer, V> map(int y1, V v1, int y2, V v2) {
        SortedMap<Integer, V> m = map(y1, v1);
        m.put(y2, v2);
        return m;
    }
}
