package org.sendplan.reports;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The CSV text cell writer: formulas neutralised the OWASP way, control characters never raw. */
class CsvTest {
    @Test
    void plainTextIsWrittenAsItIs() {
        assertEquals("baseline", Csv.field("baseline"));
        assertEquals("E06000004", Csv.field("E06000004"));
        assertEquals("\"Bristol, City of\"", Csv.field("Bristol, City of"));
        assertEquals("\"say \"\"hi\"\"\"", Csv.field("say \"hi\""));
        assertEquals("0-4", Csv.field("0-4"));
    }

    @Test
    void aCellASpreadsheetWouldEvaluateGetsAQuoteBeforeItAndIsQuoted() {
        assertEquals("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"", Csv.field("=HYPERLINK(\"http://evil\",\"x\")"));
        assertEquals("\"'+1\"", Csv.field("+1"));
        assertEquals("\"'-2+3\"", Csv.field("-2+3"));
        assertEquals("\"'@x\"", Csv.field("@x"));
        assertEquals("\"'\\u0009=1\"", Csv.field("\t=1"));
        assertEquals("\"'\\u000d=1\"", Csv.field("\r=1"));
        assertEquals("\"'＝1\"", Csv.field("＝1"));
    }

    @Test
    void controlCharactersAreEscapedNotWritten() {
        assertEquals("\\u001b[31mred\\u001b[0m", Csv.field("\u001b[31mred\u001b[0m"));
        assertEquals("a\\u000ab", Csv.field("a\nb"));
        assertEquals("x\\u009by\\u202ez", Csv.field("x\u009by\u202ez"));
    }

    @Test
    void numbersAreNotTextCellsAndStayAsTheyAre() {
        assertEquals("-0.25", Numbers.format(-0.25));
        StringBuilder sb = new StringBuilder();
        Csv.field(sb, "baseline").append(',');
        Numbers.append(sb, -0.25);
        assertEquals("baseline,-0.25", sb.toString());
    }
}
