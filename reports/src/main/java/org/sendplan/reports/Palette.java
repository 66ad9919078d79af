package org.sendplan.reports;

import java.awt.Color;
import java.util.List;

/**
 * The series colours of every chart, native (the workbook's) and drawn (PNG and SVG): the
 * Okabe–Ito palette, whose colours stay distinct with the common colour-vision deficiencies,
 * then grey. A chart with more series than colours starts again; the drawn line charts then
 * tell the second round apart by its markers.
 */
final class Palette {
    static final List<String> HEX = List.of("0072B2", "E69F00", "009E73", "D55E00", "CC79A7", "56B4E9", "F0E442",
            "000000", "999999");

    private Palette() {
    }

    /** The {@code i}-th colour as {@code RRGGBB} (it repeats past the end). */
    static String hex(int i) {
        return HEX.get(i % HEX.size());
    }

    static Color awt(int i) {
        return new Color(Integer.parseInt(hex(i), 16));
    }
}
