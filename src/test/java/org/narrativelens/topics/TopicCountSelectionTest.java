package org.narrativelens.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicCountSelectionTest {

    private static TopicCountSelection.Score score(int k, double npmi, double perplexity) {
        return new TopicCountSelection.Score(k, npmi, -1, perplexity);
    }

    @Test
    void theHighestMeanNpmiWinsWhenNoOtherIsNear() {
        TopicCountSelection.Choice c = TopicCountSelection.choose(List.of(score(5, 0.20, 900), score(10, 0.25, 950), score(20, 0.22, 800)));
        assertEquals(10, c.k());
        assertEquals("k = 10: the highest mean NPMI of the 3 candidates (0.250; next k = 20 with 0.220).", c.reason());
    }

    @Test
    void nearTiesGoToTheLowerPerplexityThenTheSmallerK() {
        TopicCountSelection.Choice c = TopicCountSelection.choose(List.of(score(5, 0.245, 900), score(10, 0.25, 950), score(20, 0.10, 700)));
        assertEquals(5, c.k());
        assertTrue(c.reason().startsWith("k = 5: mean NPMI 0.245, within 0.01 of the highest (0.250, k = 10), like k = 10;"
                + " of these it has the lowest held-out perplexity (900.0 against 950.0)"), c.reason());
        assertEquals(5, TopicCountSelection.choose(List.of(score(10, 0.25, Double.NaN), score(5, 0.25, Double.NaN))).k(),
                "unmeasured perplexity: the smaller k");
        assertEquals(10, TopicCountSelection.choose(List.of(score(5, 0.25, Double.NaN), score(10, 0.25, 300))).k(),
                "a measured perplexity beats an unmeasured one");
    }

    @Test
    void perplexityIsMeasuredOnTheWordsEveryVocabularyHolds() {
        assertArrayEquals(new String[] {"b", "c"}, TopicCountSelection.common(List.of(new String[] {"a", "b", "c"}, new String[] {"c", "b", "d"})));
    }
}
