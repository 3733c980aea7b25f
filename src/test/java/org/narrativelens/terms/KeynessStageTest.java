package org.narrativelens.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.math3.stat.inference.GTest;
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

class KeynessStageTest {

    private static TermStatisticsStage stats;

    /**
     * Source A: 1,000 terms (war 20, same 3, fill 977). Source B: 2,000 terms (war 5, peace 8, talks 20, same 3,
     * fill 1,964). Source C and a document without a source each have war 10 and talks 10.
     */
    @BeforeAll
    static void corpus() {
        Dataset<Row> docs = SparkTestSession.get().createDataFrame(List.of(
                doc("a", "A", terms("war", 20, "same", 3, "fill", 977)),
                doc("b", "B", terms("war", 5, "peace", 8, "talks", 20, "same", 3, "fill", 1964)),
                doc("c", "C", terms("war", 10, "talks", 10)),
                doc("n", null, terms("war", 10, "talks", 10))), DocumentSchema.ANALYSED);
        stats = new TermStatisticsStage(docs, 4, TimeBucket.MONTH);
    }

    @AfterAll
    static void release() {
        stats.release();
    }

    @Test
    void significantTermsOfBothDirectionsWithG2AndLogRatio() {
        List<Row> rows = new KeynessStage(stats.documentTerms()).compare(Comparison.parse("source=A,B"), 1000, 2000, 10)
                .orderBy(KeynessStage.DISTINCTIVE_OF, TermStatisticsStage.RANK).collectAsList();
        assertEquals(2, rows.size(), rows.toString());
        Row war = rows.get(0);
        assertEquals("war", war.getString(0));
        assertEquals("A", war.getString(1));
        assertEquals(20L, war.getLong(2));
        assertEquals(5L, war.getLong(3));
        // By hand: E = 1000 * 25 / 3000 = 8.333 and 16.667 (war), 991.667 and 1983.333 (other terms);
        // G2 = 2 * (20 ln(20 / 8.333) + 5 ln(5 / 16.667) + 980 ln(980 / 991.667) + 1995 ln(1995 / 1983.333))
        //    = 2 * (17.509 - 6.020 - 11.598 + 11.701) = 23.185.
        assertEquals(23.1853, war.getDouble(4), 1e-4);
        assertEquals(new GTest().gDataSetsComparison(new long[] {20, 980}, new long[] {5, 1995}), war.getDouble(4), 1e-9);
        assertEquals(3.0, war.getDouble(5), 1e-9); // log2((20 / 1000) / (5 / 2000)) = log2(8)
        Row talks = rows.get(1);
        assertEquals("talks", talks.getString(0));
        assertEquals("B", talks.getString(1));
        assertEquals(0L, talks.getLong(2));
        assertEquals(new GTest().gDataSetsComparison(new long[] {0, 1000}, new long[] {20, 1980}), talks.getDouble(4), 1e-9);
        assertEquals(16.2856, talks.getDouble(4), 1e-4);
        // The zero count is taken as 0.5: log2((0.5 / 1000) / (20 / 2000)) = log2(0.05).
        assertEquals(Math.log(0.05) / Math.log(2), talks.getDouble(5), 1e-9);
        // peace (0 against 8) has G2 = 6.498, short of 6.63: left out, as are same and fill (G2 0.71 and 0.84).
    }

    @Test
    void topNIsPerDirectionAndSignificantCountsThemAll() {
        List<Row> rows = new KeynessStage(stats.documentTerms()).compare(Comparison.parse("source=A,B"), 1000, 2000, 1)
                .orderBy(KeynessStage.DISTINCTIVE_OF).collectAsList();
        assertEquals(List.of("war", "talks"), rows.stream().map(r -> r.getString(0)).toList());
        assertEquals(1L, rows.get(0).getLong(6));
    }

    @Test
    void theRestIsEveryOtherDocumentWithAValue() {
        // B + C: war 15, talks 30 among 2,020 terms; the document without a source is in neither group.
        List<Row> rows = new KeynessStage(stats.documentTerms()).compare(Comparison.parse("source=A"), 1000, 2020, 10)
                .collectAsList();
        Row war = rows.stream().filter(r -> r.getString(0).equals("war")).findFirst().orElseThrow();
        assertEquals(20L, war.getLong(2));
        assertEquals(15L, war.getLong(3));
        Row talks = rows.stream().filter(r -> r.getString(0).equals("talks")).findFirst().orElseThrow();
        assertEquals(30L, talks.getLong(3));
        assertEquals(Comparison.REST, talks.getString(1));
    }

    private static Row doc(String id, String source, List<String> terms) {
        return AnalysedRow.of(id).set(DocumentSchema.SOURCE, source).set(DocumentSchema.TERMS, terms).row();
    }

    /** "war", 3, "fill", 2 gives war three times, then fill twice. */
    static List<String> terms(Object... wordsAndCounts) {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < wordsAndCounts.length; i += 2) {
            terms.addAll(Collections.nCopies((Integer) wordsAndCounts[i + 1], (String) wordsAndCounts[i]));
        }
        return terms;
    }
}
