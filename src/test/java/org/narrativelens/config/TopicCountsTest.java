package org.narrativelens.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TopicCountsTest {

    @Test
    void oneValueAListOrARange() {
        assertEquals(List.of(20), TopicCounts.parse("20").values());
        assertFalse(TopicCounts.parse("20").several());
        assertEquals(List.of(5, 10, 20), TopicCounts.parse("20, 5,10").values(), "ascending");
        assertTrue(TopicCounts.parse("5,10").several());
        assertEquals(List.of(5, 10, 15, 20, 25, 30), TopicCounts.parse("5..30:5").values());
        assertEquals(List.of(5, 10, 15), TopicCounts.parse("5..17:5").values(), "a range stops at the last step within it");
        assertEquals(List.of(4, 5, 6), TopicCounts.parse("4..6").values(), "without a step, every number");
        assertEquals(List.of(3, 4, 5, 8), TopicCounts.parse("3..5,4,8").values(), "ranges and values mix, each once");
        assertEquals("3,4,5,8", TopicCounts.parse("3..5,4,8").toString());
    }

    @Test
    void badInputSaysWhatToWrite() {
        for (String bad : List.of("", "many", "5,", "5..", "-3", "5;10", "2.5")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TopicCounts.parse(bad), bad);
            assertTrue(e.getMessage().contains("write one number (20), a list (5,10,20) or a range FROM..TO[:STEP] (5..30:5)"),
                    e.getMessage());
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TopicCounts.parse("30..5")).getMessage().contains("empty range"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TopicCounts.parse("5..30:0")).getMessage().contains("empty range"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TopicCounts.parse("2..100")).getMessage()
                .contains("more than 20 values: use a larger step"));
    }
}
