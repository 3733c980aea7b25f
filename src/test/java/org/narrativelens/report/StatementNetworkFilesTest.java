package org.narrativelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class StatementNetworkFilesTest {

    private static Table edges() {
        Table.Builder t = Table.builder("statement_edges", "edges", "test")
                .column("speaker_id", "").column("speaker", "").column("target_id", "").column("target", "").column("statements", "");
        for (String cue : new String[] {"accuse", "warn", "deny", "demand", "praise", "offer", "other"}) {
            t.column(cue, "");
        }
        return t.column("evidence_doc", "").column("evidence", "")
                .row("russia", "Russia", "united_states", "United States", 7L, 5L, 0L, 0L, 1L, 0L, 0L, 1L, "d1", "US & <allies> to blame")
                .row("united_states", "United States", "russia", "Russia", 2L, 0L, 2L, 0L, 0L, 0L, 0L, 0L, "d2", "x")
                .build();
    }

    @Test
    void writesADirectedGexfWithCountsPerCue() throws Exception {
        StringWriter out = new StringWriter();
        new StatementNetworkFiles(edges()).writeGexf(out);
        String gexf = out.toString();
        assertTrue(gexf.contains("defaultedgetype=\"directed\""), gexf);
        assertTrue(gexf.contains("source=\"russia\" target=\"united_states\" weight=\"7.0\""), gexf);
        assertTrue(gexf.contains("source=\"united_states\" target=\"russia\" weight=\"2.0\""), gexf);
        assertTrue(gexf.contains("label=\"United States\""), gexf);
        assertEquals(2, gexf.split("<edge ").length - 1);
    }

    @Test
    void aTableWithoutTheColumnsIsRefusedByName() {
        Table wrong = Table.builder("statement_edges", "t", "d").column("speaker_id", "").build();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new StatementNetworkFiles(wrong)).getMessage().contains("speaker"));
    }
}
