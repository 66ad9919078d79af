package org.sendplan.reports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SummaryJsonWriterTest {
    @TempDir
    Path dir;

    @Test
    @SuppressWarnings("unchecked")
    void oneForecastIsTheTopLevelObject() throws IOException {
        Path file = dir.resolve("summary.json");
        SummaryJsonWriter.write(List.of(Fixtures.forecast()), file);
        Map<String, Object> root = (Map<String, Object>) parse(file);

        assertEquals(List.of("scenario", "area", "baseYear", "horizon", "totals", "provisions", "warnings", "method"),
                new ArrayList<>(root.keySet()));
        assertEquals("baseline", root.get("scenario"));
        Map<String, Object> area = (Map<String, Object>) root.get("area");
        assertEquals("202", area.get("code"));
        assertEquals("E09000007", area.get("newCode"));
        assertEquals("LOCAL_AUTHORITY", area.get("level"));
        assertEquals(2024L, root.get("baseYear"));
        assertEquals(2L, root.get("horizon"));

        List<Map<String, Object>> totals = (List<Map<String, Object>>) root.get("totals");
        assertEquals(3, totals.size());
        assertEquals(2024L, totals.get(0).get("year"));
        assertEquals(159.875, totals.get(0).get("mean"));
        assertEquals(true, totals.get(0).get("observed"));
        assertEquals(269.875, totals.get(1).get("mean"));
        assertEquals(379.875, totals.get(2).get("mean"));
        assertEquals(false, totals.get(2).get("observed"));
        assertEquals(List.of("year", "mean", "p025", "p10", "p50", "p90", "p975", "observed", "band"),
                new ArrayList<>(totals.get(2).keySet()));
        // a forecast whose bands are the simulation's says so, and has no measured coverage
        assertEquals("p10–p90 of the simulations", totals.get(2).get("band"));
        assertEquals(null, root.get("bandCoverage"));

        Map<String, Object> provisions = (Map<String, Object>) root.get("provisions");
        assertEquals(List.of("MAINSTREAM", "SPECIAL_STATE"), new ArrayList<>(provisions.keySet()));
        List<Map<String, Object>> mainstream = (List<Map<String, Object>>) provisions.get("MAINSTREAM");
        assertEquals(80.25, mainstream.get(0).get("mean"));
        assertEquals(List.of("year", "mean", "p10", "p90"), new ArrayList<>(mainstream.get(0).keySet()));

        List<Map<String, Object>> warnings = (List<Map<String, Object>>) root.get("warnings");
        assertEquals(2, warnings.size());
        assertEquals(true, warnings.get(0).get("baseYear"));
        assertEquals(2024L, warnings.get(0).get("year"));
        assertNull(warnings.get(1).get("year"));
        assertEquals(2, ((List<?>) root.get("method")).size());
        assertFalse(root.containsKey("scenarios"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void severalForecastsAddAScenariosArray() throws IOException {
        Path file = dir.resolve("summary.json");
        SummaryJsonWriter.write(List.of(Fixtures.forecast(), Fixtures.forecast("mitigated", 0.5)), file);
        Map<String, Object> root = (Map<String, Object>) parse(file);
        assertEquals("baseline", root.get("scenario"));
        List<Map<String, Object>> scenarios = (List<Map<String, Object>>) root.get("scenarios");
        assertEquals(2, scenarios.size());
        assertEquals("mitigated", scenarios.get(1).get("scenario"));
        List<Map<String, Object>> totals = (List<Map<String, Object>>) scenarios.get(1).get("totals");
        assertEquals(79.938, totals.get(0).get("mean")); // 159.875 / 2 = 79.9375, three decimals
        assertFalse(scenarios.get(1).containsKey("scenarios"));
    }

    @Test
    void sameForecastGivesByteIdenticalJsonWithUnixLineEnds() throws IOException {
        Path a = dir.resolve("a.json"), b = dir.resolve("b.json");
        SummaryJsonWriter.write(List.of(Fixtures.forecast()), a);
        SummaryJsonWriter.write(List.of(Fixtures.forecast()), b);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        String text = Files.readString(a);
        assertFalse(text.contains("\r"));
        assertTrue(text.endsWith("}\n"));
    }

    /** A minimal tree reader on top of jackson-core: objects keep their field order. */
    static Object parse(Path file) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(file.toFile())) {
            p.nextToken();
            Object v = value(p);
            assertNull(p.nextToken(), "trailing content");
            return v;
        }
    }

    private static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    m.put(name, value(p));
                }
                return m;
            }
            case START_ARRAY: {
                List<Object> l = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    l.add(value(p));
                }
                return l;
            }
            case VALUE_STRING: return p.getText();
            case VALUE_NUMBER_INT: return p.getLongValue();
            case VALUE_NUMBER_FLOAT: return p.getDoubleValue();
            case VALUE_TRUE: return true;
            case VALUE_FALSE: return false;
            case VALUE_NULL: return null;
            default: throw new IllegalStateException("unexpected " + t);
        }
    }
}
