package org.narrativelens.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicCoherenceTest {

    /** Four documents over words 0..3: 0 and 1 always together, 2 alone, 3 never with 0. */
    private static TopWordCounts counts(int[][] topics) {
        TopWordCounts c = new TopWordCounts(topics);
        c.add(new int[] {0, 1});
        c.add(new int[] {0, 1, 2});
        c.add(new int[] {3});
        return c.add(new int[] {});
    }

    @Test
    void npmiOfPairsByHand() {
        TopicCoherence c = TopicCoherence.of(counts(new int[][] {{0, 1}, {0, 3}, {0, 2}}));
        // 0,1: p = 1/2 each and together: ln(0.5 / 0.25) / -ln 0.5 = 1
        assertEquals(1.0, c.npmi().get(0), 1e-12);
        // 0,3: never together: -1
        assertEquals(-1.0, c.npmi().get(1), 1e-12);
        // 0,2: p(0) = 1/2, p(2) = 1/4, p(0,2) = 1/4: ln 2 / ln 4 = 0.5
        assertEquals(0.5, c.npmi().get(2), 1e-12);
        assertEquals((1 - 1 + 0.5) / 3, c.meanNpmi(), 1e-12);
    }

    @Test
    void umassConditionsOnTheBetterRankedWord() {
        TopicCoherence c = TopicCoherence.of(counts(new int[][] {{2, 0}, {0, 2}}));
        // ln((D(0,2) + 1) / D(better)): better 2 (1 document) then better 0 (2 documents)
        assertEquals(Math.log(2.0 / 1), c.umass().get(0), 1e-12);
        assertEquals(Math.log(2.0 / 2), c.umass().get(1), 1e-12);
    }

    @Test
    void mergedCountsEqualCountsInOnePass() {
        int[][] topics = {{0, 1, 2, 3}};
        TopWordCounts a = new TopWordCounts(topics).add(new int[] {0, 1}).add(new int[] {0, 1, 2});
        TopWordCounts b = new TopWordCounts(topics).add(new int[] {3}).add(new int[] {});
        assertEquals(TopicCoherence.of(counts(topics)), TopicCoherence.of(a.merge(b)));
        assertEquals(4, a.documents());
    }

    @Test
    void meanOverTopicsOfTenWordsUsesFortyFivePairs() {
        int[] ten = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        TopWordCounts c = new TopWordCounts(new int[][] {ten});
        c.add(ten).add(new int[] {0});
        // every pair in 1 of 2 documents: p(a,b) = 1/2, p(0) = 1, others 1/2: pairs with 0 give 0, others 1
        double expected = (9 * 0.0 + 36 * 1.0) / 45;
        assertEquals(expected, TopicCoherence.of(c).npmi().get(0), 1e-12);
        assertEquals(List.of(expected), TopicCoherence.of(c).npmi());
    }
}
