package org.narrativelens.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.narrativelens.SparkTestSession;
import org.narrativelens.corpus.AnalysedRow;
import org.narrativelens.corpus.DocumentSchema;
import org.narrativelens.report.Table;

class CleaningTablesTest {

    private static Row doc(String id, Row... removed) {
        return AnalysedRow.of(id).set(DocumentSchema.REMOVED, List.of(removed)).row();
    }

    private static Row removed(String rule, String text) {
        return RowFactory.create(rule, text);
    }

    @Test
    void totalsByRuleAndByDocumentAndTheRemovedLines() {
        List<Table> tables = new CleaningTables().build(SparkTestSession.get().createDataFrame(List.of(
                doc("a", removed("footer", "Share this"), removed("footer", "Reply"), removed("icon-soup", "icon bookmarkicon")),
                doc("b", removed("footer", "Print")),
                doc("c")), DocumentSchema.ANALYSED));
        Table rules = tables.get(0);
        assertEquals("cleaning_rules", rules.name());
        assertEquals(List.of(List.of("footer", 2L, 3L, 20L), List.of("icon-soup", 1L, 1L, 17L)), rules.rows());
        Table perDocument = tables.get(1);
        assertEquals(List.of(List.of("a", "footer", 2L, 15L), List.of("a", "icon-soup", 1L, 17L), List.of("b", "footer", 1L, 5L)),
                perDocument.rows());
        assertEquals(3, perDocument.totalRows());
        assertEquals(4, tables.get(2).rows().size());
    }
}
