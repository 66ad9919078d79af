package org.sendplan.data;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The number syntax, written as regular expressions here (the specification), against the
 * hand-written scanners of {@link Numbers}, on every short string of its alphabet and on random
 * longer ones.
 */
class NumbersTest {
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern COMMAS = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");
    private static final Pattern UNDERSCORES = Pattern.compile("[+-]?\\d+(_\\d+)+(\\.\\d*)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");
    private static final char[] ALPHABET = {'0', '7', '.', ',', '_', '-', '+', 'e', 'x', ' '};

    private static boolean accepts(java.util.function.Consumer<String> parse, String s) {
        try {
            parse.accept(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static List<String> cases() {
        List<String> out = new ArrayList<>(List.of("", "1,234", "12,345.5", "1,23", "1234,567", "1_000_000", "1__0", "_1", "1_", "0x1p3", "12d",
                "NaN", "Infinity", "1e5", "٣", "+.5", "-5.", ".", "+", "999999999", "1000000000", "12,345,678.25"));
        // every string of up to 5 characters of the alphabet
        List<String> layer = List.of("");
        for (int len = 1; len <= 5; len++) {
            List<String> next = new ArrayList<>();
            for (String p : layer) for (char c : ALPHABET) next.add(p + c);
            out.addAll(next);
            layer = next;
        }
        Random r = new Random(1);
        for (int k = 0; k < 20_000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 6 + r.nextInt(10); i > 0; i--) sb.append(ALPHABET[r.nextInt(6)]);
            out.add(sb.toString());
        }
        return out;
    }

    @Test
    void theScannersAcceptExactlyTheSpecifiedSyntax() {
        for (String s : cases()) {
            assertEquals(DECIMAL.matcher(s).matches(), accepts(Numbers::decimal, s), "decimal '" + s + "'");
            assertEquals(DECIMAL.matcher(s).matches() || COMMAS.matcher(s).matches(), accepts(Numbers::decimalWithCommas, s), "commas '" + s + "'");
            assertEquals(DECIMAL.matcher(s).matches() || UNDERSCORES.matcher(s).matches(), accepts(Numbers::decimalWithUnderscores, s), "underscores '" + s + "'");
            assertEquals(INTEGER.matcher(s).matches(), accepts(Numbers::integer, s), "integer '" + s + "'");
        }
    }

    @Test
    void valuesAreTheDigitsWithoutTheirSeparators() {
        assertEquals(12345.5, Numbers.decimalWithCommas("12,345.5"));
        assertEquals(-1234, Numbers.decimalWithCommas("-1,234"));
        assertEquals(1_000_000, Numbers.decimalWithUnderscores("1_000_000"));
        assertEquals(0.5, Numbers.decimal("+.5"));
        assertEquals(-42, Numbers.integer("-42"));
        assertThrows(NumberFormatException.class, () -> Numbers.integer("1000000000"));
    }
}
