package org.narrativelens.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AlphaOptimiserTest {

    @Test
    void incrementsAreDigammaDifferences() {
        // psi(3 + a) - psi(a) = 1/a + 1/(a+1) + 1/(a+2), counted for 2 documents of 3 tokens
        double a = 0.7;
        assertEquals(2 * (1 / a + 1 / (a + 1) + 1 / (a + 2)), AlphaOptimiser.increments(new long[] {0, 0, 0, 2}, a), 1e-12);
    }

    @Test
    void aTopicInEveryDocumentGainsPriorOverARareOne() {
        // 100 documents of 10 tokens: topic 0 has 8 tokens in each, topic 1 has 2 in each, topic 2 none.
        long[][] h = new long[4][11];
        h[0][8] = 100;
        h[1][2] = 100;
        h[2][0] = 100;
        h[3][10] = 100;
        double[] alpha = AlphaOptimiser.optimise(new double[] {1, 1, 1}, h);
        assertTrue(alpha[0] > alpha[1] && alpha[1] > alpha[2], java.util.Arrays.toString(alpha));
        assertEquals(AlphaOptimiser.MIN_ALPHA, alpha[2], 1e-12);
    }

    @Test
    void betaFallsWhenTopicsOwnTheirWordsAndRisesWhenTheyShareThem() {
        // 100 words, 2 topics of 500 tokens each. Owned: each topic puts its tokens on 5 words of its own,
        // 100 each. Shared: every word has 5 tokens in each topic.
        long[] totals = new long[501];
        totals[500] = 2;
        long[] owned = new long[101];
        owned[0] = 190;
        owned[100] = 10;
        long[] shared = new long[6];
        shared[5] = 200;
        double start = 0.1;
        double whenOwned = AlphaOptimiser.optimiseSymmetric(start, 100, owned, totals);
        double whenShared = AlphaOptimiser.optimiseSymmetric(start, 100, shared, totals);
        assertTrue(whenOwned < start, "owned: " + whenOwned);
        assertTrue(whenShared > start, "shared: " + whenShared);
    }
}
