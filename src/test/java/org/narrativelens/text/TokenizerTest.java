package org.narrativelens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private final Tokenizer tokenizer = new Tokenizer();

    private List<String> texts(String s) {
        return tokenizer.tokenize(s).stream().map(Token::text).toList();
    }

    @Test
    void possessivesLoseTheirSuffixWithStraightOrCurlyApostrophe() {
        assertEquals(List.of("Russia", "core", "interests"), texts("Russia's core interests"));
        assertEquals(List.of("Russia", "borders"), texts("Russia’s borders"));
        assertEquals(List.of("the", "allies", "aid"), texts("the allies' aid"));
    }

    @Test
    void abbreviationsHyphensNumbersAndCurrencyStayWhole() {
        assertEquals(List.of("the", "U.S.", "and", "U.K."), texts("the U.S. and U.K."));
        assertEquals(List.of("English-speaking", "non-bloc", "US-led"), texts("English-speaking, non-bloc; US-led"));
        assertEquals(List.of("$7", "billion", "125,000", "troops", "3.5%"), texts("$7 billion, 125,000 troops (3.5%)"));
    }

    @Test
    void contractionsStayOneToken() {
        assertEquals(List.of("It", "won't", "happen"), texts("It won't happen."));
    }

    @Test
    void offsetsPointIntoTheText() {
        String s = "Kiev’s soldiers";
        Token kiev = tokenizer.tokenize(s).get(0);
        assertEquals("Kiev", s.substring(kiev.start(), kiev.end()));
        Token soldiers = tokenizer.tokenize(s).get(1);
        assertEquals(7, soldiers.start());
    }

    @Test
    void numericTokensAreFlagged() {
        assertTrue(tokenizer.tokenize("2022").get(0).isNumeric());
        assertTrue(tokenizer.tokenize("$7").get(0).isNumeric());
        assertEquals(false, tokenizer.tokenize("G7").get(0).isNumeric());
    }

    @Test
    void punctuationAndNullGiveNoTokens() {
        assertEquals(List.of(), texts(" -- ... !? "));
        assertEquals(List.of(), texts(null));
    }
}
