package org.narrativelens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.narrativelens.corpus.DocumentSchema;

class PhraseMergerTest {

    @Test
    void rewritesTheTermsColumnOnly() {
        Dataset<Row> analysed = AnalysedCorpus.of("Peace talks failed; peace, talks.", "No talks.");
        PhraseSet phrases = new PhraseSet(List.of(new Phrase("peace talks", "peace talks", 2, 3, 2, 0.8)));
        List<Row> rows = new PhraseMerger(phrases).apply(analysed).orderBy(DocumentSchema.DOC_ID).collectAsList();
        assertEquals(List.of("peace talks", "failed", "peace", "talks"), rows.get(0).getList(rows.get(0).fieldIndex(DocumentSchema.TERMS)));
        assertEquals(List.of("talks"), rows.get(1).getList(rows.get(1).fieldIndex(DocumentSchema.TERMS)));
        assertEquals(5, rows.get(0).getList(rows.get(0).fieldIndex(DocumentSchema.TERM_FORMS)).size(), "forms stay one per word");
        assertEquals(DocumentSchema.ANALYSED.fieldNames().length, rows.get(0).size());
    }

    @Test
    void withoutPhrasesTheCorpusIsReturnedAsItIs() {
        Dataset<Row> analysed = AnalysedCorpus.of("Peace talks.");
        assertSame(analysed, new PhraseMerger(new PhraseSet(List.of())).apply(analysed));
    }
}
