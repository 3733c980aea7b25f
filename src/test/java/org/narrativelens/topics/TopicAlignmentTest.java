package org.narrativelens.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicAlignmentTest {

    @Test
    void assignmentMaximisesTheTotalWhereTheClosestFirstWouldNot() {
        // Greedy takes 0-0 (0.9) and is left with 1-1 (0.1): 1.0. The best total is 0-1 + 1-0 = 1.6.
        assertArrayEquals(new int[] {1, 0}, TopicAlignment.maximumAssignment(new double[][] {{0.9, 0.8}, {0.8, 0.1}}));
        // A 3 x 3 matrix whose optimum (0.7 + 0.6 + 0.9 = 2.2) takes no row's largest value first.
        assertArrayEquals(new int[] {2, 0, 1}, TopicAlignment.maximumAssignment(new double[][] {
                {0.8, 0.5, 0.7}, {0.6, 0.8, 0.1}, {0.1, 0.9, 0.0}}));
    }

    @Test
    void unequalSidesLeaveTheExtraTopicsUnmatched() {
        assertArrayEquals(new int[] {2, 0}, TopicAlignment.maximumAssignment(new double[][] {{0.1, 0.2, 0.9}, {0.7, 0.1, 0.3}}));
        assertArrayEquals(new int[] {-1, 0, 1}, TopicAlignment.maximumAssignment(new double[][] {{0.1, 0.1}, {0.5, 0.2}, {0.2, 0.6}}));
        assertArrayEquals(new int[] {}, TopicAlignment.maximumAssignment(new double[][] {}));
    }

    @Test
    void topicsAreAlignedByTheJaccardOfTheirTopTerms() {
        List<TopicAlignment.Pair> pairs = TopicAlignment.align(
                List.of(List.of("war", "troops", "front"), List.of("goal", "match"), List.of("bank", "rates")),
                List.of(List.of("match", "goal", "league"), List.of("troops", "war", "ceasefire")));
        assertEquals(2, pairs.size(), "the bank topic has no partner sharing a term");
        assertEquals(new TopicAlignment.Pair(0, 1, 0.5, List.of("war", "troops")), pairs.get(0));
        assertEquals(0, pairs.get(1).b());
        assertEquals(2.0 / 3, pairs.get(1).similarity(), 1e-12);
        assertEquals(0.0, TopicAlignment.jaccard(List.of(), List.of()));
    }
}
