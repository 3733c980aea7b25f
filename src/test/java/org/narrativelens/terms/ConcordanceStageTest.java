package org.narrativelens.terms;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.narrativelens.SparkTestSession;
import org.narrativelens.config.TimeBucket;
import org.narrativelens.corpus.AnalysedRow;
import org.narrativelens.corpus.DocumentSchema;

class ConcordanceStageTest {

    private static Dataset<Row> docs() {
        return SparkTestSession.get().createDataFrame(List.of(
                AnalysedRow.of("b").set(DocumentSchema.PUBLISHED, java.sql.Date.valueOf("2023-07-02"))
                        .set(DocumentSchema.SENTENCES, List.of("Kiev said no.", "Kiev's allies said yes; Kiev waited.")).row(),
                AnalysedRow.of("a").set(DocumentSchema.PUBLISHED, java.sql.Date.valueOf("2023-06-08"))
                        .set(DocumentSchema.SENTENCES, List.of("Talks in KIEV.", "Moscow and Kyiv.")).row(),
                AnalysedRow.of("c").set(DocumentSchema.SENTENCES, List.of("Moscow again.")).row()), DocumentSchema.ANALYSED);
    }

    @Test
    void firstLinesPerWordInTextOrderWithTheirTotal() {
        ConcordanceStage stage = new ConcordanceStage(List.of("moscow", "kiev"));
        List<Row> rows = stage.firstLines(stage.occurrences(docs(), TimeBucket.MONTH), 3)
                .orderBy(col(ConcordanceStage.TERM).desc(), col(ConcordanceStage.LINE)).collectAsList();
        // kiev occurs 4 times (a:1, b:1, b:2 twice): the first 3 by document, sentence and position are listed.
        assertEquals(List.of("moscow a 2 Moscow 2", "moscow c 1 Moscow 2", "kiev a 1 KIEV 4", "kiev b 1 Kiev 4", "kiev b 2 Kiev 4"),
                rows.stream().map(r -> r.getString(0) + " " + r.getString(1) + " " + r.getInt(2) + " " + r.getString(4)
                        + " " + r.getLong(6)).toList());
        assertEquals("Talks in", rows.get(2).getString(3));
        assertEquals(".", rows.get(2).getString(5));
    }

    @Test
    void occurrencesAreCountedByPeriodOfDatedDocuments() {
        ConcordanceStage stage = new ConcordanceStage(List.of("moscow", "kiev"));
        List<Row> rows = ConcordanceStage.countsByPeriod(stage.occurrences(docs(), TimeBucket.MONTH))
                .orderBy("term", "period").collectAsList();
        assertEquals(List.of("kiev 2023-06 1", "kiev 2023-07 3", "moscow 2023-06 1"),
                rows.stream().map(r -> r.getString(0) + " " + r.getString(1) + " " + r.getLong(2)).toList());
    }
}
