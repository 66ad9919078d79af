package org.sendplan.model.money;

/**
 * The DSG position of one financial year: allocation − cost − other spend, and the cumulative
 * balance carried forward from the opening balance, with its band (per simulation).
 */
public record BudgetRow(FinancialYear year, double hnbAllocation, double costMean, double otherSpend,
                        double inYearBalance, double cumulativeBalance, double cumulativeP10, double cumulativeP90) {
}
