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

    private List<TokenKind> kinds(String s) {
        return tokenizer.tokenize(s).stream().map(Token::kind).toList();
    }

    @Test
    void linksAndAddressesAreNeverSplitIntoWords() {
        assertEquals(List.of("See", "https://www.rt.com/russia/12-talks/", "and", "www.example.com/a?b=1"),
                texts("See https://www.rt.com/russia/12-talks/, and www.example.com/a?b=1."));
        assertEquals(List.of("see", "http://x.org/a"), texts("(see http://x.org/a)."),
                "the closing bracket and the full stop after a link are not part of it");
        assertEquals(List.of("told", "RT.com", "and", "bbc.co.uk/news", "press@tass.ru"),
                texts("told RT.com and bbc.co.uk/news, press@tass.ru."));
        assertEquals(List.of(TokenKind.WORD, TokenKind.URL, TokenKind.WORD, TokenKind.URL, TokenKind.EMAIL),
                kinds("told RT.com and bbc.co.uk/news, press@tass.ru."));
    }

    @Test
    void handlesAndHashtagsAreTheirOwnKind() {
        assertEquals(List.of("@MFA_Russia", "on", "#Ukraine", "1"), texts("@MFA_Russia on #Ukraine #1"));
        assertEquals(List.of(TokenKind.HANDLE, TokenKind.WORD, TokenKind.HASHTAG, TokenKind.NUMBER),
                kinds("@MFA_Russia on #Ukraine #1"));
    }

    @Test
    void dottedWordsThatAreNoDomainsStayWords() {
        assertEquals(List.of("end", "It", "was", "U.S.", "e", "g", "3.5"), texts("end.It was U.S. e.g. 3.5"),
                "a missing space before a word that is also a domain ('it') is no link");
        assertEquals(List.of("RT", "comment"), texts("RT.comment"), "the domain must end at a word boundary");
    }

    @Test
    void punctuationAndNullGiveNoTokens() {
        assertEquals(List.of(), texts(" -- ... !? "));
        assertEquals(List.of(), texts(null));
    }

    /** The rest of a link: up to a space, less the punctuation that ends a sentence or closes a bracket. */
    private static final String ADDRESS = "(?:[^\\s\\p{Z}<>\"]*[^\\s\\p{Z}<>\".,;:!?)\\]}'’”])?";
    private static final String TAG = "[\\p{L}\\p{M}\\p{N}_]*\\p{L}[\\p{L}\\p{M}\\p{N}_]*";

    /**
     * The regular expression the tokenizer's scanner replaced (for speed), with the kinds of the web first,
     * and its handling of possessives. Its named groups give the kind; the rest are words or numbers.
     */
    private static final java.util.regex.Pattern REFERENCE = java.util.regex.Pattern.compile(
            "(?<url>(?:[Hh][Tt][Tt][Pp][Ss]?://|[Ww][Ww][Ww]\\.)" + ADDRESS + ")"
            + "|(?<email>[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)"
            + "|(?<domain>[A-Za-z0-9][A-Za-z0-9-]*+(?:\\.[A-Za-z0-9-]++)++"
            + "(?<=\\.(?i:com|org|net|gov|edu|int|info|io|uk|ru|ua|eu))(?![\\p{L}\\p{M}\\p{N}])(?:/" + ADDRESS + ")?)"
            + "|(?<handle>@" + TAG + ")|(?<hashtag>#" + TAG + ")"
            + "|(?:\\p{Lu}\\.){2,}"
            + "|[$€£¥]?\\d+(?:[.,:]\\d+)*(?:%|\\p{L}+)?(?:-[\\p{L}\\p{N}]+)*"
            + "|[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*(?:[-'’][\\p{L}\\p{M}\\p{N}]+)*['’]?");

    private static final java.util.Map<String, TokenKind> WEB_KINDS = java.util.Map.of("url", TokenKind.URL,
            "email", TokenKind.EMAIL, "domain", TokenKind.URL, "handle", TokenKind.HANDLE, "hashtag", TokenKind.HASHTAG);

    private static List<Token> reference(String text) {
        List<Token> tokens = new java.util.ArrayList<>();
        java.util.regex.Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            TokenKind web = WEB_KINDS.entrySet().stream().filter(e -> m.group(e.getKey()) != null)
                    .map(java.util.Map.Entry::getValue).findFirst().orElse(null);
            if (web != null) {
                tokens.add(new Token(m.group(), m.start(), m.end(), web));
                continue;
            }
            int end = m.end();
            String word = m.group();
            if (word.endsWith("'s") || word.endsWith("’s") || word.endsWith("'S")) {
                end -= 2;
            } else if (word.length() > 1 && (word.endsWith("'") || word.endsWith("’"))) {
                end -= 1;
            }
            if (end > m.start()) {
                String kept = text.substring(m.start(), end);
                tokens.add(new Token(kept, m.start(), end, Token.wordOrNumber(kept)));
            }
        }
        return tokens;
    }

    @Test
    void theScannerFindsTheWebsTokensAsTheReferenceExpressionOnRandomText() {
        // Pieces of links, addresses, handles and hashtags, with what may end or interrupt them.
        String[] alphabet = {"http", "s", "://", "www", "WWW", ".", "com", "uk", "it", "rt", "@", "#", "_", "-", "/", ")",
                "'", "’", "\"", "<", " ", "\u00A0", "a", "Z", "7", "é", "\u0301", ",", "%", "+", "?", "=", "Д", "𝐀", "\u0001"};
        org.narrativelens.RandomText.assertAgree(alphabet, 23, 40_000, 12, TokenizerTest::reference, tokenizer::tokenize);
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
