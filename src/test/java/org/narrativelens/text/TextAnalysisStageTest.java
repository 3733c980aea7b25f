package org.narrativelens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.narrativelens.corpus.DocumentSchema;
import org.narrativelens.corpus.SparkValues;

class TextAnalysisStageTest {

    private final TextAnalysisStage stage = new TextAnalysisStage(TermRules.english());

    private static Row cleaned(String text, String status) {
        return RowFactory.create("d", null, "t", null, null, "p", text, null, null, null, text, null, SparkValues.seq(List.of()), status, null);
    }

    @Test
    void addsSentencesAndTerms() {
        Row out = stage.apply(cleaned("Kremlin says no - Peskov\n\nThe US has to review its position. Russia is ready.", "analysed"));
        assertEquals(DocumentSchema.ANALYSED.size(), out.size());
        assertEquals(List.of("Kremlin says no - Peskov", "The US has to review its position.", "Russia is ready."),
                out.getList(DocumentSchema.ANALYSED.fieldIndex(DocumentSchema.SENTENCES)));
        assertEquals(List.of("kremlin", "says", "peskov", "us", "review", "position", "russia", "ready"),
                out.getList(DocumentSchema.ANALYSED.fieldIndex(DocumentSchema.TERMS)));
        assertEquals("US", out.getList(DocumentSchema.ANALYSED.fieldIndex(DocumentSchema.TERM_FORMS)).get(3));
        assertEquals(8, out.getList(DocumentSchema.ANALYSED.fieldIndex(DocumentSchema.TERM_POSITIONS)).size());
    }

    @Test
    void rejectedDocumentsGetNoSentences() {
        Row out = stage.apply(cleaned("Some text here.", "rejected"));
        assertEquals(List.of(), out.getList(DocumentSchema.ANALYSED.fieldIndex(DocumentSchema.SENTENCES)));
        assertEquals(List.of(), out.getList(DocumentSchema.ANALYSED.fieldIndex(DocumentSchema.TERMS)));
    }
}
