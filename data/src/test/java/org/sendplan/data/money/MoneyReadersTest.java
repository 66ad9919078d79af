package org.sendplan.data.money;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sendplan.data.DataException;
import org.sendplan.model.Phase;
import org.sendplan.model.Provision;
import org.sendplan.model.money.AcademicYear;
import org.sendplan.model.money.Capacity;
import org.sendplan.model.money.Finance;
import org.sendplan.model.money.FinancialYear;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MoneyReadersTest {
    @TempDir
    Path dir;

    Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void readsCapacityWithPhasesAndNames() throws IOException {
        Capacity c = CapacityReader.read(file("capacity.csv", """
                provision,academic_year,places,phase,name
                SPECIAL_STATE,2025/26,100,primary,Oak
                SPECIAL_STATE,2025/26,80,secondary,Oak
                SPECIAL_STATE,2027/28,60,secondary,"Elm, new school"
                RESOURCED,2025/26,40,,
                """));
        assertEquals(180, c.places(Provision.SPECIAL_STATE, new AcademicYear(2026)));
        assertEquals(240, c.places(Provision.SPECIAL_STATE, new AcademicYear(2027)));
        assertEquals(140, c.places(Provision.SPECIAL_STATE, Phase.SECONDARY, new AcademicYear(2028)));
        assertTrue(c.byPhase(Provision.SPECIAL_STATE));
        assertEquals(40, c.places(Provision.RESOURCED, new AcademicYear(2030)));
    }

    @Test
    void anUnknownProvisionIsNamedWithASuggestion() throws IOException {
        Path f = file("capacity.csv", "provision,academic_year,places\nSPECIAL_STAT,2025/26,100\n");
        DataException e = assertThrows(DataException.class, () -> CapacityReader.read(f));
        assertEquals(2, e.line());
        assertEquals("provision", e.field());
        assertTrue(e.getMessage().endsWith("found 'SPECIAL_STAT' (did you mean 'SPECIAL_STATE'?)"), e.getMessage());
    }

    @Test
    void aBareYearSuggestsBothCalendars() throws IOException {
        Path f = file("capacity.csv", "provision,academic_year,places\nSPECIAL_STATE,2025,100\n");
        DataException e = assertThrows(DataException.class, () -> CapacityReader.read(f));
        assertTrue(e.getMessage().contains("expected an academic year like 2025/26, found '2025' (a bare year is ambiguous: "
                + "academic year 2025/26 or financial year 2025-26?)"), e.getMessage());
    }

    @Test
    void aNegativeCapacityIsRefused() throws IOException {
        Path f = file("capacity.csv", "provision,academic_year,places\nRESOURCED,2025/26,-5\n");
        DataException e = assertThrows(DataException.class, () -> CapacityReader.read(f));
        assertEquals(f + ":2: places: expected a count of zero or more, found '-5'", e.getMessage());
    }

    @Test
    void readsFinanceWithSplitUnitCostsAndDefaults() throws IOException {
        Finance fin = FinanceReader.read(file("finance.yaml", """
                price_year: 2025-26
                inflation: 0.03
                unit_costs:
                  SPECIAL_STATE: {place_funding: 10000, top_up: 17000}
                  SPECIAL_INDEPENDENT: 61000
                hnb_allocation:
                  2025-26: 52000000
                hnb_growth: 0.03
                opening_balance: -9000000
                other_high_needs_spend:
                  2025-26: 4000000
                """));
        assertEquals(new FinancialYear(2025), fin.priceYear());
        assertEquals(27_000, fin.unitCost(Provision.SPECIAL_STATE, new FinancialYear(2025)), 1e-9);
        assertEquals(61_000 * 1.03 * 1.03, fin.unitCost(Provision.SPECIAL_INDEPENDENT, new FinancialYear(2027)), 1e-6);
        assertEquals(52_000_000 * 1.03, fin.hnb(new FinancialYear(2026)), 1e-6);
        assertEquals(-9_000_000, fin.openingBalance());
        assertEquals(Finance.DEFAULT_OVERFLOW, fin.overflow(), "default routes when none are given");
    }

    @Test
    void aMisspeltKeyIsNamedWithLineColumnAndSuggestion() throws IOException {
        Path f = file("finance.yaml", "price_year: 2025-26\nunit_costs: {FE: 8500}\nhnb_allocation: {2025-26: 1}\ninflaton: 0.03\n");
        DataException e = assertThrows(DataException.class, () -> FinanceReader.read(f));
        assertEquals(f + ":4:1: inflaton: expected one of price_year, inflation, unit_costs, hnb_allocation, hnb_growth, "
                + "opening_balance, other_high_needs_spend, overflow, dsg, transport, support_layer_cost, illustrative, la_code, found 'inflaton' (did you mean 'inflation'?)",
                e.getMessage());
    }

    static final String BASE = "price_year: 2025-26\nunit_costs: {FE: 8500}\nhnb_allocation: {2025-26: 1}\n";

    @Test
    void theDsgBlockAndTransportAreRead() throws IOException {
        Finance fin = FinanceReader.read(file("finance.yaml", BASE + """
                dsg:
                  block_transfers: {2025-26: 1_000_000}
                  academy_share: {SPECIAL_STATE: 0.6}
                  lines:
                    SEN support services: {2025-26: 1500000, 2027-28: 1600000}
                transport:
                  SPECIAL_STATE: {share: 0.8, cost_per_child: 7000}
                """));
        assertEquals(1_000_000, fin.dsg().blockTransfers().get(2025));
        assertEquals(0.6, fin.dsg().academyShare().get(org.sendplan.model.Provision.SPECIAL_STATE));
        assertEquals(1_500_000, fin.dsg().lines(new org.sendplan.model.money.FinancialYear(2026)), "a year not given takes the one before");
        assertEquals(1_600_000, fin.dsg().lines(new org.sendplan.model.money.FinancialYear(2030)));
        assertEquals(7000, fin.transport().get(org.sendplan.model.Provision.SPECIAL_STATE).costPerChild());
    }

    @Test
    void badDsgAndTransportKeysAreRefusedWithTheirPlace() throws IOException {
        Path misspelt = file("a.yaml", BASE + "dsg:\n  block_transfer: {2025-26: 1}\n");
        DataException e = assertThrows(DataException.class, () -> FinanceReader.read(misspelt));
        assertTrue(e.getMessage().startsWith(misspelt + ":5:3: dsg.block_transfer: expected one of import_export, block_transfers"), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean 'block_transfers'?"), e.getMessage());
        Path share = file("b.yaml", BASE + "dsg:\n  academy_share: {SPECIAL_STATE: 1.5}\n");
        e = assertThrows(DataException.class, () -> FinanceReader.read(share));
        assertTrue(e.getMessage().contains("expected a number from 0 to 1, found '1.5'"), e.getMessage());
        Path name = file("c.yaml", BASE + "dsg:\n  lines:\n    \"SEN\\u0007support\": {2025-26: 1}\n");
        e = assertThrows(DataException.class, () -> FinanceReader.read(name));
        assertTrue(e.getMessage().contains("expected a line name of 1 to 80 printable characters"), e.getMessage());
        Path missing = file("d.yaml", BASE + "transport:\n  SPECIAL_STATE: {share: 0.8}\n");
        e = assertThrows(DataException.class, () -> FinanceReader.read(missing));
        assertTrue(e.getMessage().contains("transport.SPECIAL_STATE: expected a key 'cost_per_child', found none"), e.getMessage());
    }

    @Test
    void financialYearsMustBeWrittenAsSuch() throws IOException {
        Path f = file("finance.yaml", "price_year: 2025/26\nunit_costs: {FE: 8500}\nhnb_allocation: {2025-26: 1}\n");
        DataException e = assertThrows(DataException.class, () -> FinanceReader.read(f));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("(that is an academic year; financial years are written 2025-26)"), e.getMessage());
    }

    @Test
    void anUnknownProvisionAndACircularOverflowAreRefused() throws IOException {
        Path bad = file("a.yaml", "price_year: 2025-26\nunit_costs:\n  SPESHUL_STATE: 1\nhnb_allocation: {2025-26: 1}\n");
        DataException e = assertThrows(DataException.class, () -> FinanceReader.read(bad));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("did you mean 'SPECIAL_STATE'?"), e.getMessage());
        Path cycle = file("b.yaml", "price_year: 2025-26\nunit_costs: {FE: 1}\nhnb_allocation: {2025-26: 1}\n"
                + "overflow: {SPECIAL_STATE: RESOURCED, RESOURCED: SPECIAL_STATE}\n");
        DataException c = assertThrows(DataException.class, () -> FinanceReader.read(cycle));
        assertEquals(4, c.line());
        assertTrue(c.getMessage().contains("circle"), c.getMessage());
    }

    @Test
    void aMissingAllocationIsRequired() throws IOException {
        Path f = file("finance.yaml", "price_year: 2025-26\nunit_costs: {FE: 8500}\n");
        DataException e = assertThrows(DataException.class, () -> FinanceReader.read(f));
        assertTrue(e.getMessage().contains("expected a key 'hnb_allocation'"), e.getMessage());
    }

    @Test
    void aLineNamedAsAComputedLineOrTwiceAndASharesWrongProvisionAreRefused() throws IOException {
        Path reserved = file("r.yaml", BASE + "dsg:\n  lines:\n    other high-needs spend: {2025-26: 1}\n");
        DataException e = assertThrows(DataException.class, () -> FinanceReader.read(reserved));
        assertTrue(e.getMessage().contains("expected a line name other than those the DSG plan computes"), e.getMessage());
        Path twice = file("t.yaml", BASE + "dsg:\n  lines:\n    SEN support: {2025-26: 1}\n    \"sen support \": {2025-26: 2}\n");
        e = assertThrows(DataException.class, () -> FinanceReader.read(twice));
        assertTrue(e.getMessage().contains("expected each line name once (case aside)"), e.getMessage());
        Path academy = file("a.yaml", BASE + "dsg:\n  academy_share: {SPECIAL_INDEPENDENT: 0.5}\n");
        e = assertThrows(DataException.class, () -> FinanceReader.read(academy));
        assertTrue(e.getMessage().contains("expected a provision of maintained schools and academies, found 'SPECIAL_INDEPENDENT'"), e.getMessage());
        Path direct = file("d.yaml", BASE + "dsg:\n  directly_funded_share: {SPI: 0.5}\n");
        e = assertThrows(DataException.class, () -> FinanceReader.read(direct));
        assertTrue(e.getMessage().contains("expected a provision of academies or colleges"), e.getMessage());
        Path separator = file("s.yaml", BASE + "dsg:\n  lines:\n    \"a\\u2028b\": {2025-26: 1}\n");
        e = assertThrows(DataException.class, () -> FinanceReader.read(separator));
        assertTrue(e.getMessage().contains("printable characters"), e.getMessage());
    }
}
