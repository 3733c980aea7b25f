package org.narrativelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void rowsMustFitTheColumns() {
        assertThrows(IllegalArgumentException.class,
                () -> Table.builder("t", "T", "d").column("a", "").row("x", "y").build());
    }

    @Test
    void namesAreFileSafe() {
        assertThrows(IllegalArgumentException.class, () -> Table.builder("../x", "T", "d").build());
        assertThrows(IllegalArgumentException.class, () -> Table.builder("Terms", "T", "d").build());
    }

    @Test
    void truncationIsKnown() {
        Table t = Table.builder("t", "T", "d").column("a", "").row(1L).totalRows(10).build();
        assertTrue(t.truncated());
        assertThrows(IllegalArgumentException.class,
                () -> Table.builder("t", "T", "d").column("a", "").row(1L).row(2L).totalRows(1).build());
    }

    @Test
    void isImmutable() {
        List<Object> row = new ArrayList<>(List.of("a"));
        Table t = Table.builder("t", "T", "d").column("a", "").row(row).build();
        row.set(0, "changed");
        assertEquals("a", t.rows().get(0).get(0));
        assertThrows(UnsupportedOperationException.class, () -> t.rows().get(0).set(0, "x"));
    }

    @Test
    void aChartNamesColumnsOfItsTable() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Table.builder("t", "T", "d")
                .column("period", "").column("term", "").lineChart("period_start", "period", "term", "per_10k").build());
        assertEquals("table t: its chart names no column of the table: period_start", e.getMessage());
    }
}
