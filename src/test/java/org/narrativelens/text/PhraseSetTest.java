package org.narrativelens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseSetTest {

    private static Phrase phrase(String key, double npmi) {
        return new Phrase(key, key, key.split(" ").length, 5, 2, npmi);
    }

    private final PhraseSet phrases = new PhraseSet(List.of(phrase("peace talks", 0.7), phrase("prime minister", 0.85),
            phrase("tony blair", 0.95), phrase("minister tony", 0.6), phrase("russian foreign ministry", 0.8)));

    @Test
    void adjacentRunsThatArePhrasesBecomeOneTerm() {
        assertEquals(List.of("peace talks", "failed"), phrases.merge(List.of("peace", "talks", "failed"), List.of(4, 5, 6)));
        assertEquals(List.of("russian foreign ministry", "said"),
                phrases.merge(List.of("russian", "foreign", "ministry", "said"), List.of(1, 2, 3, 4)));
    }

    @Test
    void termsThatWereNotAdjacentStayApart() {
        assertEquals(List.of("peace", "talks"), phrases.merge(List.of("peace", "talks"), List.of(4, 6)));
    }

    @Test
    void whereTwoPhrasesOverlapTheHigherScoringOneWins() {
        assertEquals(List.of("prime minister", "tony blair"),
                phrases.merge(List.of("prime", "minister", "tony", "blair"), List.of(1, 2, 3, 4)));
    }

    @Test
    void anEmptySetChangesNothing() {
        PhraseSet none = new PhraseSet(List.of());
        assertTrue(none.isEmpty());
        List<String> keys = List.of("peace", "talks");
        assertEquals(keys, none.merge(keys, List.of(1, 2)));
    }
}
