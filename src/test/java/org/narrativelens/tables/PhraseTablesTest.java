package org.narrativelens.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.narrativelens.report.Table;
import org.narrativelens.text.Phrase;

class PhraseTablesTest {

    @Test
    void listsEachPhraseAsWrittenWithItsCountsAndScore() {
        Table t = PhraseTables.phrases(List.of(new Phrase("peace talk", "peace talks", 2, 6, 3, 0.73781),
                new Phrase("security guarantee", "security guarantees", 2, 4, 3, 0.725)), 3, 0.5);
        assertEquals("phrases", t.name());
        assertEquals(List.of("phrase", "count", "documents", "score"), t.columnNames());
        assertEquals(List.of("peace talks", 6L, 3L, 0.7378), t.rows().get(0));
        assertEquals(2, t.totalRows());
        assertTrue(t.description().contains("at least 3 times, NPMI at least 0.5"), t.description());
    }
}
