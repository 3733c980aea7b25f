package org.narrativelens.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TokenCounterTest {

    @Test
    void countsLowerCasedRunsOfLettersAndDigits() {
        TokenCounter counter = new TokenCounter();
        counter.add("Oil prices: OIL rose 2.5% in 2024; oil-rich Zürich.");
        counter.add("");
        counter.add("  \n\t");
        counter.add("zürich");
        // oil prices oil rose 2 5 in 2024 oil rich zürich | zürich
        assertEquals(12, counter.tokens());
        assertEquals(3, counter.count("oil"));
        assertEquals(2, counter.count("zürich"));
        assertEquals(1, counter.count("2024"));
        assertEquals(0, counter.count("Oil"), "keys are lower case");
        assertEquals(9, counter.distinct());
    }

    @Test
    void aTokenEndsWithItsText() {
        TokenCounter counter = new TokenCounter();
        counter.add("end");
        counter.add("start");
        assertEquals(2, counter.tokens());
        assertEquals(0, counter.count("endstart"));
    }

    @Test
    void lettersOutsideTheBasicPlaneStayInTheirToken() {
        TokenCounter counter = new TokenCounter();
        counter.add("a\uD835\uDC00b c"); // MATHEMATICAL BOLD CAPITAL A, a letter of two chars
        assertEquals(2, counter.tokens());
        assertEquals(1, counter.count("a\uD835\uDC00b".toLowerCase(java.util.Locale.ROOT)));
    }
}
