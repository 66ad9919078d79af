package org.sendplan.model.money;

/**
 * Average annual cost of a placement in a provision, in price-year prices: one figure, or split
 * into place funding (elements 1 and 2) and top-up (element 3). Where a provision has capacity,
 * place funding is paid on its commissioned places, filled or not, and the top-up per placement
 * (see {@link CostRow}).
 */
public record UnitCost(double placeFunding, double topUp) {
    public static UnitCost of(double total) {
        return new UnitCost(0, total);
    }

    public double total() {
        return placeFunding + topUp;
    }
}
