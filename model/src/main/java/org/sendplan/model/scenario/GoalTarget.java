package org.sendplan.model.scenario;

import org.sendplan.model.Dimension;
import org.sendplan.model.Provision;
import org.sendplan.model.SummaryRow;
import org.sendplan.model.money.AcademicYear;
import org.sendplan.model.money.BudgetRow;
import org.sendplan.model.money.FinancialYear;
import org.sendplan.model.money.Outcome;
import org.sendplan.model.money.PlacesRow;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A goal-seek target, {@code FIGURE OP VALUE by YEAR}: {@code total}, {@code provision:CODE} and
 * {@code shortfall:CODE} (places short of capacity, positive when short) by January census year;
 * {@code placements:CODE} (children placed in a provision after overflow, where they are costed)
 * by academic year; {@code cost}, {@code in_year_balance} and {@code cumulative_balance} by
 * financial year. {@code year} holds the census year for the first three and for placements (an
 * academic year Y/Y+1 is the January Y+1 census), the financial year's start for money.
 */
public record GoalTarget(String figure, Provision provision, boolean atLeast, double value, int year) {
    private static final Pattern FORM = Pattern.compile("^\\s*(\\S+)\\s*(>=|<=)\\s*(-?[0-9][0-9_,]*(?:\\.[0-9]+)?)\\s+by\\s+(\\S+)\\s*$");

    public static GoalTarget parse(String text) {
        Matcher m = FORM.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("--target: expected \"FIGURE OP VALUE by YEAR\" (e.g. \"cumulative_balance >= 0 by 2029-30\"), found '" + text + "'");
        }
        String fig = m.group(1);
        Provision p = null;
        String kind = fig;
        if (fig.startsWith("provision:") || fig.startsWith("shortfall:") || fig.startsWith("placements:")) {
            kind = fig.substring(0, fig.indexOf(':'));
            String code = fig.substring(fig.indexOf(':') + 1);
            try {
                p = Provision.valueOf(code);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--target: expected a provision after '" + kind + ":' ("
                        + String.join(", ", Arrays.stream(Provision.values()).map(Enum::name).toList()) + "), found '" + code + "'");
            }
        }
        if ((kind.equals("provision") || kind.equals("shortfall") || kind.equals("placements")) && p == null) {
            throw new IllegalArgumentException("--target: expected " + kind + ":CODE, a provision after the colon ("
                    + String.join(", ", Arrays.stream(Provision.values()).map(Enum::name).toList()) + "), found '" + fig + "'");
        }
        boolean money = switch (kind) {
            case "total", "provision", "shortfall", "placements" -> false;
            case "cost", "in_year_balance", "cumulative_balance" -> true;
            default -> throw new IllegalArgumentException("--target: expected a figure total, provision:CODE, shortfall:CODE, placements:CODE, cost, "
                    + "in_year_balance or cumulative_balance, found '" + fig + "'");
        };
        String y = m.group(4);
        int year;
        if (money) {
            try {
                year = FinancialYear.parse(y).start();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--target: " + kind + " is by financial year, like 2029-30; found '" + y + "'");
            }
        } else if (kind.equals("placements")) {
            try {
                year = AcademicYear.parse(y).start() + 1;
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--target: placements is by academic year, like 2030/31; found '" + y + "'");
            }
        } else if (y.matches("\\d{4}")) {
            year = Integer.parseInt(y);
        } else {
            throw new IllegalArgumentException("--target: " + kind + " is by January census year, like 2030; found '" + y + "'");
        }
        return new GoalTarget(kind, p, m.group(2).equals(">="), Double.parseDouble(m.group(3).replace("_", "").replace(",", "")), year);
    }

    /** The figure in an outcome (expected path: the mean is the value). */
    public double of(Outcome o) {
        if (o.plan() == null && !figure.equals("total") && !figure.equals("provision")) {
            throw new IllegalArgumentException("--target: " + figure + " needs places and money (on the person-level route: --finance and --settings)");
        }
        switch (figure) {
            case "total", "provision" -> {
                for (SummaryRow r : o.forecast().summary()) {
                    boolean match = figure.equals("total") ? r.dimension() == Dimension.TOTAL
                            : r.dimension() == Dimension.PROVISION && r.group().equals(provision.name());
                    if (match && r.year() == year) return r.mean();
                }
            }
            case "placements" -> {
                for (PlacesRow r : o.plan().places()) {
                    if (r.provision() == provision && r.phase() == null && r.year().census() == year) return r.placedP50();
                }
            }
            case "shortfall" -> {
                for (PlacesRow r : o.plan().places()) {
                    if (r.provision() == provision && r.phase() == null && r.year().census() == year) {
                        if (Double.isNaN(r.capacity())) throw new IllegalArgumentException("--target: " + provision + " has no capacity to fall short of");
                        return -r.surplusP50();
                    }
                }
            }
            default -> {
                for (BudgetRow b : o.plan().budget()) {
                    if (b.year().start() != year) continue;
                    return switch (figure) {
                        case "cost" -> b.costMean();
                        case "in_year_balance" -> b.inYearBalance();
                        default -> b.cumulativeBalance();
                    };
                }
            }
        }
        throw new IllegalArgumentException("--target: the run does not reach " + yearText() + " (extend --horizon)");
    }

    /** The January census by which the figure is measured (a financial year F–F+1 ends in the academic year of census F + 1). */
    public int census() {
        return switch (figure) {
            case "cost", "in_year_balance", "cumulative_balance" -> year + 1;
            default -> year;
        };
    }

    public boolean met(double v) {
        return atLeast ? v >= value : v <= value;
    }

    public String yearText() {
        return switch (figure) {
            case "cost", "in_year_balance", "cumulative_balance" -> new FinancialYear(year).toString();
            case "placements" -> AcademicYear.ofCensus(year).toString();
            default -> "January " + year;
        };
    }

    @Override
    public String toString() {
        return (provision == null ? figure : figure + ":" + provision) + (atLeast ? " >= " : " <= ")
                + String.format(Locale.ROOT, "%,.0f", value) + " by " + yearText();
    }
}
