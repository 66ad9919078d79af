package org.sendplan.model.money;

/**
 * The DSG position of one financial year: allocation − cost − other spend, and the cumulative
 * balance carried forward from the opening balance, with its band (per simulation).
 *
 * @param otherSpend           fixed spending, the named DSG lines and the support layer's spend
 * @param supportLayerChildren children in a reform's support layer (financial-year mean, 5/12 and 7/12 of the two academic years)
 * @param supportLayerSpend    their cost at the finance's support-layer cost (0 where it is not given), in {@code otherSpend}
 */
public record BudgetRow(FinancialYear year, double hnbAllocation, double costMean, double otherSpend,
                        double inYearBalance, double cumulativeBalance, double cumulativeP10, double cumulativeP90,
                        double supportLayerChildren, double supportLayerSpend) {
    /** A year without a support layer. */
    public BudgetRow(FinancialYear year, double hnbAllocation, double costMean, double otherSpend, double inYearBalance,
                     double cumulativeBalance, double cumulativeP10, double cumulativeP90) {
        this(year, hnbAllocation, costMean, otherSpend, inYearBalance, cumulativeBalance, cumulativeP10, cumulativeP90, 0, 0);
    }
}
