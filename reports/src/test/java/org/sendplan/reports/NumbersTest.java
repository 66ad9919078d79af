package org.sendplan.reports;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NumbersTest {
    @Test
    void formatsWithAtMostThreeDecimalsAndNoTrailingZeros() {
        assertEquals("12.5", Numbers.format(12.5));
        assertEquals("0", Numbers.format(0));
        assertEquals("0", Numbers.format(-0.0));
        assertEquals("0", Numbers.format(0.0004));
        assertEquals("0", Numbers.format(-0.0004));
        assertEquals("1234.567", Numbers.format(1234.5671));
        assertEquals("1234.568", Numbers.format(1234.5676));
        assertEquals("1.005", Numbers.format(1.005));
        assertEquals("1.05", Numbers.format(1.05));
        assertEquals("2", Numbers.format(1.9999));
        assertEquals("-0.25", Numbers.format(-0.25));
        assertEquals("7", Numbers.format(7));
        assertEquals("0.001", Numbers.format(0.001));
        assertEquals("100000000", Numbers.format(1e8));
        assertEquals("12345678901234", Numbers.format(1.2345678901234e13));
        assertEquals("", Numbers.format(Double.NaN));
        assertEquals("", Numbers.format(Double.POSITIVE_INFINITY));
    }

    @Test
    void ignoresTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("1234.5", Numbers.format(1234.5));
        } finally {
            Locale.setDefault(saved);
        }
    }
}
