package org.narrativelens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextTruncatorTest {

    @Test
    void shortTextsAndNullStayAsTheyAre() {
        TextTruncator.Truncated t = new TextTruncator(23).truncate("Peace talks stall again");
        assertEquals("Peace talks stall again", t.text());
        assertNull(t.warning());
        assertNull(new TextTruncator(5).truncate(null).text());
    }

    @Test
    void cutsAtTheLastWhitespaceNearTheLimit() {
        TextTruncator.Truncated t = new TextTruncator(12).truncate("Peace talks stall again");
        assertEquals("Peace talks", t.text());
        assertEquals("truncated from 23 to 11 characters (--max-doc-chars 12)", t.warning());
        assertEquals("Peace talks stall", new TextTruncator(17).truncate("Peace talks stall again").text(), "a space right at the limit");
    }

    @Test
    void aLongWordIsCutAtTheLimit() {
        String word = "x".repeat(100);
        assertEquals("a " + "x".repeat(48), new TextTruncator(50).truncate("a " + word).text(),
                "the only space is 48 characters back, beyond reach: cut at the limit");
    }

    @Test
    void neverSplitsACharacterOutsideTheBasicPlane() {
        String text = "x".repeat(49) + "\uD83D\uDE00" + "y".repeat(10); // an emoji across the limit
        assertEquals(49, new TextTruncator(50).truncate(text).text().length());
    }

    @Test
    void theLimitIsPositive() {
        assertThrows(IllegalArgumentException.class, () -> new TextTruncator(0));
    }
}
