package org.narrativelens.terms;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.narrativelens.SparkTestSession;
import org.narrativelens.config.Comparison;
import org.narrativelens.config.TimeBucket;
import org.narrativelens.corpus.AnalysedRow;
import org.narrativelens.corpus.DocumentSchema;

class GroupTermsStageTest {

    private static Dataset<Row> docs;
    private static TermStatisticsStage stats;

    @BeforeAll
    static void corpus() {
        docs = SparkTestSession.get().createDataFrame(List.of(
                doc("rt1", "RT", "2023-06-08", "war", "war", "peace", "kiev"),
                doc("rt2", "RT", "2023-07-02", "war", "talks"),
                doc("tass", "TASS", "2023-06-20", "peace", "peace", "talks"),
                doc("undated", "TASS", null, "war", "sanctions"),
                doc("nosource", null, "2023-07-30", "peace")), DocumentSchema.ANALYSED);
        stats = new TermStatisticsStage(docs, 5, TimeBucket.MONTH);
    }

    @AfterAll
    static void release() {
        stats.release();
    }

    @Test
    void groupSizesCountDocumentsAndTermsOfEachSourceAndPeriod() {
        GroupSizes sizes = GroupSizes.of(new GroupTermsStage(stats.documentTerms()).topTerms(1, List.of()).collectAsList());
        assertEquals(List.of("RT", "TASS"), List.copyOf(sizes.groups(Comparison.Field.SOURCE).keySet()));
        assertEquals(new GroupSizes.Size(2, 5), sizes.of(Comparison.Field.SOURCE, "TASS").orElseThrow());
        assertEquals(new GroupSizes.Size(2, 7), sizes.of(Comparison.Field.PERIOD, "2023-06").orElseThrow());
        assertEquals(new GroupSizes.Size(2, 3), sizes.of(Comparison.Field.PERIOD, "2023-07").orElseThrow());
        assertEquals(4, sizes.documents(Comparison.Field.PERIOD), "the undated document is in no period");
        assertEquals(4, sizes.documents(Comparison.Field.SOURCE));
        assertEquals(11, sizes.terms(Comparison.Field.SOURCE), "RT 4 + 2, TASS 3 + 2");
        assertTrue(sizes.of(Comparison.Field.SOURCE, "Sputnik").isEmpty());
    }

    @Test
    void topTermsOfEachGroupRankedByCount() {
        List<Row> rows = new GroupTermsStage(stats.documentTerms()).topTerms(2, List.of())
                .where(col(TermStatisticsStage.RANK).gt(GroupTermsStage.SIZE_RANK))
                .orderBy(GroupTermsStage.FIELD, GroupTermsStage.GROUP, TermStatisticsStage.RANK).collectAsList();
        assertEquals(List.of("PERIOD 2023-06 1 peace 3 2", "PERIOD 2023-06 2 war 2 1",
                        "PERIOD 2023-07 1 peace 1 1", "PERIOD 2023-07 2 talks 1 1",
                        "SOURCE RT 1 war 3 2", "SOURCE RT 2 kiev 1 1",
                        "SOURCE TASS 1 peace 2 1", "SOURCE TASS 2 sanctions 1 1"),
                rows.stream().map(GroupTermsStageTest::text).toList());
    }

    @Test
    void trendTermsComeInEveryPeriodWhateverTheirRank() {
        List<Row> rows = new GroupTermsStage(stats.documentTerms()).topTerms(1, List.of("talks"))
                .where(col(TermStatisticsStage.TERM).equalTo("talks"))
                .orderBy(GroupTermsStage.FIELD, GroupTermsStage.GROUP).collectAsList();
        // talks: once in June (tass, rank 3), once in July (rt2); not in the sources' top 1.
        assertEquals(List.of("PERIOD 2023-06 talks 1", "PERIOD 2023-07 talks 1"),
                rows.stream().map(r -> r.getString(0) + " " + r.getString(1) + " " + r.getString(3) + " " + r.getLong(4)).toList());
    }

    private static String text(Row r) {
        return r.getString(0) + " " + r.getString(1) + " " + r.getInt(2) + " " + r.getString(3) + " " + r.getLong(4) + " " + r.getLong(5);
    }

    private static Row doc(String id, String source, String date, String... terms) {
        return AnalysedRow.of(id).set(DocumentSchema.SOURCE, source)
                .set(DocumentSchema.PUBLISHED, date == null ? null : java.sql.Date.valueOf(date))
                .set(DocumentSchema.TERMS, List.of(terms)).row();
    }
}
