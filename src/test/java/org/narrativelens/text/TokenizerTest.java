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
    void numbersKeepWhatIsWrittenOnToThemAndHyphenatedWordsStayWhole() {
        assertEquals(List.of("1990s", "21st", "$7bn", "10-year-old", "5G"), texts("1990s, 21st, $7bn, 10-year-old, 5G"));
        assertEquals(List.of("ceasefire-related", "Russia-Ukraine", "Covid-19", "F-16"),
                texts("ceasefire-related Russia-Ukraine Covid-19 F-16"));
        assertEquals(List.of("U.S.", "led"), texts("U.S.-led"), "the abbreviation stays whole, so actors still match it");
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
        for (String number : List.of("1990s", "21st", "$7bn", "10-year-old", "3.5%")) {
            assertTrue(tokenizer.tokenize(number).get(0).isNumeric(), number);
        }
        for (String word : List.of("5G", "3D", "Covid-19", "F-16")) {
            assertEquals(false, tokenizer.tokenize(word).get(0).isNumeric(), word);
        }
    }

    @Test
    void acronymsAreWordsInCapitals() {
        for (String acronym : List.of("US", "U.S.", "NATO", "G7")) {
            assertTrue(tokenizer.tokenize(acronym).get(0).isAcronym(), acronym);
        }
        for (String word : List.of("Us", "us", "Nato", "I", "5G-ready")) {
            assertEquals(false, tokenizer.tokenize(word).get(0).isAcronym(), word);
        }
    }

    @Test
    void punctuationAndNullGiveNoTokens() {
        assertEquals(List.of(), texts(" -- ... !? "));
        assertEquals(List.of(), texts(null));
    }
}
