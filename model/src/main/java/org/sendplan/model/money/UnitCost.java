package org.sendplan.model.money;

/**
 * Average annual cost of a placement in a provision, in price-year prices: one figure, or split
 * into place funding (elements 1 and 2) and top-up (element 3). Both parts are paid per
 * placement here (see docs/method.md: empty commissioned places are not costed).
 */
public record UnitCost(double placeFunding, double topUp) {
    public static UnitCost of(double total) {
        return new UnitCost(0, total);
    }

    public double total() {
        return placeFunding + topUp;
    }
}
