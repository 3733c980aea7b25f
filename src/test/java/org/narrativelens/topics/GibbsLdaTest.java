package org.narrativelens.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.spark.ml.linalg.Vectors;
import org.junit.jupiter.api.Test;

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
}
