package org.narrativelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CsvTableWriterTest {

    private static String csv(Table table) throws Exception {
        StringWriter out = new StringWriter();
        new CsvTableWriter().write(table, out);
        return out.toString();
    }

    @Test
    void headerThenRowsWithQuotingOfCommasQuotesAndNewlines() throws Exception {
        Table t = Table.builder("terms", "Terms", "d").column("term", "t").column("tf", "n").column("note", "x")
                .row("peace talks", 12L, "said \"no\", then\nleft")
                .row("kiev", 3L, null)
                .build();
        assertEquals("term,tf,note\npeace talks,12,\"said \"\"no\"\", then\nleft\"\nkiev,3,\n", csv(t));
    }

    @Test
    void fractionsHaveFourDecimalsAtMost() throws Exception {
        Table t = Table.builder("x", "X", "d").column("w", "w").row(0.123456).row(2.0).row(0.5).build();
        assertEquals("w\n0.1235\n2\n0.5\n", csv(t));
    }

    @Test
    void formulasAreNeutralisedButNegativeNumbersAreNot() throws Exception {
        Table t = Table.builder("x", "X", "d").column("text", "t").column("n", "n")
                .row("=HYPERLINK(\"http://x\")", -3L).row("+1", -0.5).row("@SUM(A1)", 0L).row("-", 1L).build();
        assertEquals("text,n\n\"'=HYPERLINK(\"\"http://x\"\")\",-3\n'+1,-0.5\n'@SUM(A1),0\n'-,1\n", csv(t));
    }

    @Test
    void emptyTableHasItsHeader() throws Exception {
        assertEquals("a,b\n", csv(Table.builder("x", "X", "d").column("a", "").column("b", "").build()));
    }

    @Test
    void linksAreWrittenAsTheirValues() throws Exception {
        Table t = Table.builder("x", "X", "d").column("a", "").column("n", "")
                .row("Russia", Table.Link.toRow(3L, "actor_evidence", "Russia", "Ukraine")).build();
        assertEquals("a,n\nRussia,3\n", csv(t));
    }
}
