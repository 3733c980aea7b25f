package org.narrativelens.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.narrativelens.SparkTestSession;
import org.narrativelens.config.TimeBucket;
import org.narrativelens.corpus.AnalysedRow;
import org.narrativelens.corpus.DocumentSchema;

class TermStatisticsStageTest {

    private static Dataset<Row> docs() {
        return SparkTestSession.get().createDataFrame(List.of(
                AnalysedRow.of("a").set(DocumentSchema.SOURCE, "TASS").set(DocumentSchema.PUBLISHED, java.sql.Date.valueOf("2023-06-08"))
                        .set(DocumentSchema.TERMS, List.of("peace", "talks", "peace", "kiev")).row(),
                AnalysedRow.of("b").set(DocumentSchema.TERMS, List.of("peace", "sanctions")).row(),
                AnalysedRow.of("c").row()), DocumentSchema.ANALYSED);
    }

    @Test
    void corpusTermsCountOccurrencesAndDocuments() {
        TermStatisticsStage stage = new TermStatisticsStage(docs(), 3, TimeBucket.MONTH);
        List<Row> rows = stage.corpusTerms(6, 2).collectAsList();
        stage.release();
        assertEquals("peace", rows.get(0).getString(0));
        assertEquals(3L, rows.get(0).getLong(1));
        assertEquals(2L, rows.get(0).getLong(2));
        assertEquals(5000.0, rows.get(0).getDouble(3), 1e-9);
        assertEquals("kiev", rows.get(1).getString(0)); // ties at tf 1 broken alphabetically
    }

    @Test
    void tfIdfPrefersTermsRareElsewhere() {
        TermStatisticsStage stage = new TermStatisticsStage(docs(), 3, TimeBucket.MONTH);
        List<Row> rows = stage.topTfIdf(1).orderBy("doc_id").collectAsList();
        stage.release();
        assertEquals(2, rows.size());
        // In a: peace (tf 2, df 2) scores 2 * (ln(4/3) + 1) = 2.575; kiev (tf 1, df 1) scores ln(4/2) + 1 = 1.693.
        assertEquals("peace", rows.get(0).getAs(TermStatisticsStage.TERM));
        assertEquals(2 * (Math.log(4.0 / 3) + 1), (double) rows.get(0).getAs(TermStatisticsStage.TFIDF), 1e-9);
        assertEquals("sanctions", rows.get(1).getAs(TermStatisticsStage.TERM));
    }

    @Test
    void documentTermsKeepSourceAndPeriod() {
        TermStatisticsStage stage = new TermStatisticsStage(docs(), 3, TimeBucket.MONTH);
        List<Row> rows = stage.documentTerms().orderBy(DocumentSchema.DOC_ID, TermStatisticsStage.TERM).collectAsList();
        stage.release();
        assertEquals(5, rows.size());
        Row peaceInA = rows.get(1);
        assertEquals("a", peaceInA.getAs(DocumentSchema.DOC_ID));
        assertEquals("peace", peaceInA.getAs(TermStatisticsStage.TERM));
        assertEquals("TASS", peaceInA.getAs(DocumentSchema.SOURCE));
        assertEquals("2023-06", peaceInA.getAs(TermStatisticsStage.PERIOD));
        assertEquals(2L, (long) peaceInA.getAs(TermStatisticsStage.TF));
        assertNull(rows.get(3).getAs(TermStatisticsStage.PERIOD), "b has no date");
    }
}
