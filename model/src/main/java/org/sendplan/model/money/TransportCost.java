package org.sendplan.model.money;

/**
 * Home-to-school transport of one provision's children: the share transported and the average
 * annual cost per child transported, in price-year prices (inflated as unit costs are). A council
 * pays it from its general fund, not the DSG: it is reported beside the DSG balance, never in it.
 */
public record TransportCost(double share, double costPerChild) {
}
