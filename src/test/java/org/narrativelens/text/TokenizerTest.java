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

    /** The regular expression the tokenizer's scanner replaced (for speed), and its handling of possessives. */
    private static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile(
            "(?:\\p{Lu}\\.){2,}"
            + "|[$€£¥]?\\d+(?:[.,:]\\d+)*(?:%|\\p{L}+)?(?:-[\\p{L}\\p{N}]+)*"
            + "|[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*(?:[-'’][\\p{L}\\p{M}\\p{N}]+)*['’]?");

    private static List<Token> reference(String text) {
        List<Token> tokens = new java.util.ArrayList<>();
        java.util.regex.Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            int end = m.end();
            String word = m.group();
            if (word.endsWith("'s") || word.endsWith("’s") || word.endsWith("'S")) {
                end -= 2;
            } else if (word.length() > 1 && (word.endsWith("'") || word.endsWith("’"))) {
                end -= 1;
            }
            if (end > m.start()) {
                tokens.add(new Token(text.substring(m.start(), end), m.start(), end));
            }
        }
        return tokens;
    }

    @Test
    void theScannerSplitsAsTheReferenceExpressionOnRandomText() {
        // Every character class the expression tells apart: capitals, small letters, ASCII and other digits,
        // separators, currency, percent, hyphen, both apostrophes, a combining mark, Cyrillic, a Roman numeral,
        // a letter outside the BMP, punctuation and space.
        String[] alphabet = {"U", "K", "s", "S", "a", "é", "7", "0", "٣", "½", ".", ",", ":", "$", "€", "%", "-", "'", "’",
                "\u0301", "Д", "ж", "Ⅻ", "𝐀", "!", " ", " ", "(", "_"};
        org.narrativelens.RandomText.assertAgree(alphabet, 17, 20_000, 14, TokenizerTest::reference, tokenizer::tokenize);
    }

    @Test
    void theScannerSplitsTheSeedsAsTheReferenceExpression() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("seeds"))) {
            for (java.nio.file.Path file : files.toList()) {
                String text = java.nio.file.Files.readString(file);
                assertEquals(reference(text), tokenizer.tokenize(text), file.toString());
            }
        }
    }
}
