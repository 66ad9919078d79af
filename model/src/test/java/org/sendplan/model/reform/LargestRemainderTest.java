package org.sendplan.model.reform;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class LargestRemainderTest {
    @Test
    void thePartsAddUpToTheRoundedTotalAndTheLargestRemaindersTakeTheMissingUnits() {
        // 10.4 + 20.4 + 30.2 = 61 exactly; rounded each (10, 20, 30) they make 60. Floors 10, 20, 30
        // leave 1 unit missing: it goes to the largest remainder, 0.4, of the first part (ties: the earlier)
        assertArrayEquals(new long[]{11, 20, 30}, LargestRemainder.round(new double[]{10.4, 20.4, 30.2}, 61));
        // a total rounded up from 60.6 to 61 over parts 20.2 + 20.2 + 20.2: floors 60, one unit to the first
        assertArrayEquals(new long[]{21, 20, 20}, LargestRemainder.round(new double[]{20.2, 20.2, 20.2}, 61));
        // a total rounded down: 33.5 + 33.5 = 67 → 67, floors 66, one unit to the first
        assertArrayEquals(new long[]{34, 33}, LargestRemainder.round(new double[]{33.5, 33.5}, 67));
    }

    @Test
    void aNegativePartIsRoundedTheSameWay() {
        // −11.3 + 326.3 = 315: floors −12 and 326 make 314; the missing unit goes to the larger remainder (0.7 of −11.3)
        assertArrayEquals(new long[]{-11, 326}, LargestRemainder.round(new double[]{-11.3, 326.3}, 315));
        // the parts' sum (315) above the total (313) by more than rounding: floors −12 + 326 = 314 are one too many, and the
        // unit is taken from the smallest remainder (326.3's 0.3)
        assertArrayEquals(new long[]{-12, 325}, LargestRemainder.round(new double[]{-11.3, 326.3}, 313));
    }
}
