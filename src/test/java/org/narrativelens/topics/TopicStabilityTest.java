package org.narrativelens.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicStabilityTest {

    private static final List<List<String>> MODEL = List.of(List.of("war", "troops", "front"), List.of("goal", "match", "league"));

    @Test
    void identicalRunsAreFullyStableWhateverTheTopicNumbers() {
        assertEquals(List.of(1.0, 1.0), TopicStability.scores(MODEL, List.of(MODEL, List.of(MODEL.get(1), MODEL.get(0)))));
    }

    @Test
    void stabilityIsTheMeanSimilarityOverTheRefits() {
        List<List<String>> drifted = List.of(List.of("war", "troops", "ceasefire"), List.of("bank", "rates", "growth"));
        List<Double> scores = TopicStability.scores(MODEL, List.of(MODEL, drifted));
        assertEquals((1.0 + 0.5) / 2, scores.get(0), 1e-12, "2 of 4 terms shared in the second refit");
        assertEquals((1.0 + 0.0) / 2, scores.get(1), 1e-12, "no partner in the second refit counts 0");
        assertTrue(TopicStability.unstable(0.3));
        assertFalse(TopicStability.unstable(0.5));
        assertEquals(List.of(), TopicStability.scores(MODEL, List.of()));
    }
}
