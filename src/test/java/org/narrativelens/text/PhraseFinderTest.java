package org.narrativelens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhraseFinderTest {

    @Test
    void npmiIsOneForTermsThatOnlyOccurTogetherAndZeroForIndependentOnes() {
        assertEquals(1.0, PhraseFinder.npmi(10, new String[] {"sinn", "fein"}, Map.of("sinn", 10L, "fein", 10L), 1000), 1e-9);
        // p(a) = p(b) = 0.1, p(ab) = 0.01 = p(a) p(b)
        assertEquals(0.0, PhraseFinder.npmi(10, new String[] {"a", "b"}, Map.of("a", 100L, "b", 100L), 1000), 1e-9);
        assertEquals(1.0, PhraseFinder.npmi(5, new String[] {"x", "y", "z"}, Map.of("x", 5L, "y", 5L, "z", 5L), 1000), 1e-9);
        assertTrue(PhraseFinder.npmi(5, new String[] {"x", "y"}, Map.of("x", 500L, "y", 500L), 1000) < 0, "rarer than chance");
    }

    /** Documents where "peace talks" recurs, "talks" and "peace" also occur apart, and filler words everywhere. */
    private static String[] corpus() {
        List<String> docs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            docs.add("Peace talks " + (i % 2 == 0 ? "resumed" : "stalled") + " in Istanbul. Officials spoke about weapons, grain"
                    + " and prisoners. The talks ended. The Russian Foreign Ministry said prices rose, markets fell.");
        }
        docs.add("Peace returned. Markets rose and officials spoke.");
        return docs.toArray(String[]::new);
    }

    @Test
    void findsCollocationsAndLeavesOrdinaryNeighboursAndSubsumedPairsOut() {
        NgramCounts counts = NgramCounts.count(AnalysedCorpus.of(corpus()), 3, 3, WordList.fromResource(WordList.NEWS_FILLER));
        try {
            long terms = 6 * 19 + 5;
            List<Phrase> phrases = new PhraseFinder(3, 0.5).find(counts, terms);
            List<String> keys = phrases.stream().map(Phrase::key).toList();
            assertTrue(keys.contains("peace talks"), keys.toString());
            assertTrue(keys.contains("russian foreign ministry"), keys.toString());
            assertTrue(!keys.contains("foreign ministry") && !keys.contains("russian foreign"),
                    "pairs always inside the longer phrase are not phrases of their own: " + keys);
            Phrase peaceTalks = phrases.get(keys.indexOf("peace talks"));
            assertEquals(6, peaceTalks.count());
            assertEquals(6, peaceTalks.documents());
            assertEquals("peace talks", peaceTalks.form());
            assertTrue(peaceTalks.npmi() >= 0.5 && peaceTalks.npmi() <= 1, String.valueOf(peaceTalks.npmi()));
            assertTrue(phrases.stream().allMatch(p -> p.count() >= 3 && p.npmi() >= 0.5));
            assertTrue(!keys.contains("weapons grain"), "a comma separates them");
            assertTrue(keys.indexOf("peace talks") < keys.indexOf("peace talks resumed"), "most frequent first: " + keys);
            assertTrue(new PhraseFinder(3, 0.99).find(counts, terms).stream().noneMatch(p -> p.key().equals("peace talks")),
                    "talks also occur without peace, so its NPMI is below 0.99");
            List<Phrase> strict = new PhraseFinder(8, 0.5).find(counts, terms);
            assertEquals(List.of(), strict, "none occurs 8 times");
        } finally {
            counts.release();
        }
    }
}
