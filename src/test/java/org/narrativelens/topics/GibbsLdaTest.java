package org.narrativelens.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.narrativelens.SparkTestSession;
import org.narrativelens.corpus.DocumentSchema;
import scala.Tuple2;

class GibbsLdaTest {

    @Test
    void roundsLengthenFromOneSweepToTheCap() {
        assertEquals(1, GibbsLda.sweepsInRound(0));
        assertEquals(1, GibbsLda.sweepsInRound(GibbsLda.SINGLE_SWEEP_ROUNDS - 1));
        assertEquals(2, GibbsLda.sweepsInRound(GibbsLda.SINGLE_SWEEP_ROUNDS));
        assertEquals(4, GibbsLda.sweepsInRound(GibbsLda.SINGLE_SWEEP_ROUNDS + 1));
        assertEquals(GibbsLda.MAX_SWEEPS_PER_ROUND, GibbsLda.sweepsInRound(100));
    }

    @Test
    void priorsAreOptimisedOnlyWithTenDocumentsPerTopic() {
        assertTrue(GibbsLda.optimisesPriors(2225, 20));
        assertTrue(GibbsLda.optimisesPriors(50, 5));
        assertFalse(GibbsLda.optimisesPriors(5, 5), "the seeds");
    }

    @Test
    void histogramCountsEachValue() {
        assertArrayEquals(new long[] {1, 1, 2}, GibbsLda.histogram(new int[] {2, 0, 2, 1}));
    }

    @Test
    void countsBecomeTokens() {
        assertArrayEquals(new int[] {1, 1, 4}, GibbsLda.tokens(Vectors.sparse(6, new int[] {1, 4}, new double[] {2, 1})));
    }

    @Test
    void sweepKeepsCountsConsistentAndIsRepeatable() {
        GibbsPartition p = GibbsPartition.start(List.of(
                new GibbsPartition.Document("a", "A", new int[] {0, 0, 1, 2}),
                new GibbsPartition.Document("b", "B", new int[] {2, 3, 3})), 2, 11L);
        int[] wordTopics = new int[4 * 2];
        p.addWordTopics(wordTopics);
        int[] totals = {0, 0};
        for (int i = 0; i < wordTopics.length; i++) {
            totals[i % 2] += wordTopics[i];
        }
        int[] w1 = wordTopics.clone();
        int[] t1 = totals.clone();
        GibbsPartition once = p.sweep(5, w1, t1, new double[] {0.5, 0.5}, 0.01, 4, 3L);
        GibbsPartition again = p.sweep(5, wordTopics.clone(), totals.clone(), new double[] {0.5, 0.5}, 0.01, 4, 3L);
        assertArrayEquals(once.assignments, again.assignments);
        int[] recount = new int[8];
        once.addWordTopics(recount);
        assertArrayEquals(recount, w1, "the counts moved with the tokens");
        assertEquals(7, t1[0] + t1[1]);
        assertEquals(4, once.docTopics[0] + once.docTopics[1]);
        assertArrayEquals(p.assignments, GibbsPartition.start(List.of(
                new GibbsPartition.Document("a", "A", new int[] {0, 0, 1, 2}),
                new GibbsPartition.Document("b", "B", new int[] {2, 3, 3})), 2, 11L).assignments, "the start state is untouched");
    }

    @Test
    void aSmallCorpusIsSampledInOneTaskALargeOneOnEveryCore() {
        assertEquals(1, GibbsLda.partitions(2, 5), "the seeds");
        assertEquals(1, GibbsLda.partitions(2, 2 * GibbsLda.MIN_DOCUMENTS_PER_PARTITION - 1));
        assertEquals(2, GibbsLda.partitions(2, 2 * GibbsLda.MIN_DOCUMENTS_PER_PARTITION));
        assertEquals(2, GibbsLda.partitions(2, 1_000_000), "never more than the cores");
        assertEquals(1, GibbsLda.partitions(1, 1_000_000));
    }

    @Test
    void samplingAloneKeepsCountsConsistentAndOptimisesThePriorsOnlyWhenAsked() {
        GibbsPartition start = GibbsPartition.start(List.of(
                new GibbsPartition.Document("a", "A", new int[] {0, 0, 1, 2, 0}),
                new GibbsPartition.Document("b", "B", new int[] {2, 3, 3, 3}),
                new GibbsPartition.Document("c", "C", new int[] {3, 3, 2})), 2, 5L);
        Tuple2<GibbsPartition, GibbsLda.Model> optimised = GibbsLda.sampleAlone(start, 2, 4, new GibbsLda.Schedule(40, true), 9L);
        Tuple2<GibbsPartition, GibbsLda.Model> again = GibbsLda.sampleAlone(start, 2, 4, new GibbsLda.Schedule(40, true), 9L);
        Tuple2<GibbsPartition, GibbsLda.Model> fixed = GibbsLda.sampleAlone(start, 2, 4, new GibbsLda.Schedule(40, false), 9L);
        assertArrayEquals(optimised._1().assignments, again._1().assignments, "the same seed, the same path");
        int[] recount = new int[8];
        optimised._1().addWordTopics(recount);
        assertArrayEquals(recount, optimised._2().wordTopics(), "the counts handed back are those of the final assignments");
        assertArrayEquals(new double[] {2.5, 2.5}, fixed._2().alpha(), "without optimising, alpha stays at its start");
        assertEquals(GibbsLda.BETA, fixed._2().beta());
        assertTrue(optimised._2().beta() != GibbsLda.BETA, "optimising moves beta");
        assertTrue(optimised._2().alpha()[0] != 2.5 || optimised._2().alpha()[1] != 2.5, "and alpha");
    }

    @Test
    void oneTaskAndTwoPartitionsBothSeparateTwoVocabularies() {
        for (int partitions : new int[] {1, 2}) {
            GibbsLda.Fit fit = new GibbsLda(2, 200, 7L).fit(vectors(), "features", 6, 24, partitions);
            Set<Set<Integer>> tops = Set.of(top3(fit, 0), top3(fit, 1));
            assertEquals(Set.of(Set.of(0, 1, 2), Set.of(3, 4, 5)), tops, partitions + " partition(s)");
            assertEquals(24, fit.documentTopics().count());
            assertEquals(4 * 24, Arrays.stream(fit.topicTotals()).sum(), "every token counted once");
            assertEquals(partitions == 1 ? "in one task" : "AD-LDA over 2 partitions", fit.sampler());
            fit.documentTopics().unpersist();
        }
    }

    private static Set<Integer> top3(GibbsLda.Fit fit, int topic) {
        return Arrays.stream(fit.topWords(topic, 3)).boxed().collect(Collectors.toSet());
    }

    /** 12 documents of words 0-2 and 12 of words 3-5, four tokens each. */
    private static Dataset<Row> vectors() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rows.add(RowFactory.create("war" + i, "w", Vectors.sparse(6, new int[] {0, 1, 2}, new double[] {2, 1, 1})));
            rows.add(RowFactory.create("ball" + i, "b", Vectors.sparse(6, new int[] {3, 4, 5}, new double[] {2, 1, 1})));
        }
        StructType schema = new StructType()
                .add(DocumentSchema.DOC_ID, DataTypes.StringType)
                .add(DocumentSchema.TITLE, DataTypes.StringType)
                .add("features", SQLDataTypes.VectorType());
        return SparkTestSession.get().createDataFrame(rows, schema);
    }
}
