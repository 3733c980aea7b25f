package org.narrativelens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CharacterNormaliserTest {

    private final CharacterNormaliser normaliser = new CharacterNormaliser();

    @Test
    void curlyQuotesBecomeStraight() {
        assertEquals("Russia's \"strategic defeat\"", normaliser.normalise("Russia’s “strategic defeat”"));
    }

    @Test
    void doubledCurlyApostrophesCloseAQuote() {
        assertEquals("\"less safe than it used to be\"", normaliser.normalise("“less safe than it used to be’’"));
    }

    @Test
    void dashesAndNoBreakSpacesAreNormalised() {
        assertEquals("peace - Moscow", normaliser.normalise("peace\u00A0\u2013 Moscow"));
        assertEquals("go and die", normaliser.normalise("go\u202Fand\u2007die"));
    }

    @Test
    void markdownEscapesAndEmphasisAreRemoved() {
        assertEquals("allocated $7 billion", normaliser.normalise("allocated \\$7 billion"));
        assertEquals("should \"push\" Russia", normaliser.normalise("should *\"push\"* Russia"));
        assertEquals("a **bold** claim".replace("**", ""), normaliser.normalise("a **bold** claim"));
    }

    @Test
    void ellipsisAndZeroWidthCharacters() {
        assertEquals("willingness... to engage", normaliser.normalise("willingness\u2026 to\u200B engage"));
        assertEquals("text", normaliser.normalise("\uFEFFtext"));
    }

    @Test
    void arithmeticStarsStay() {
        assertEquals("2 * 3 = 6", normaliser.normalise("2 * 3 = 6"));
    }

    @Test
    void nullStaysNull() {
        assertNull(normaliser.normalise(null));
    }

    @Test
    void htmlResidueGoesAndEntitiesBecomeCharacters() {
        CharacterNormaliser n = new CharacterNormaliser();
        assertEquals("Talks resume in Istanbul today", n.normalise("Talks <b>resume</b> in<script>alert(1)</script> Istanbul <img src=x onerror=alert(2)>today")
                .replaceAll(" +", " "));
        assertEquals("Tom & Jerry \"quoted\" it's", n.normalise("Tom &amp; Jerry &quot;quoted&quot; it&#39;s"));
        assertEquals("a < b and c > d", n.normalise("a < b and c > d"), "comparisons are not tags");
    }

    private static java.util.regex.Pattern pattern(String regex) {
        return java.util.regex.Pattern.compile(regex);
    }

    /** The normaliser before its shortcuts for plain text: every pass on every text. */
    private static String reference(String text) {
        String s = pattern("(?is)<(script|style)\\b[^>]*>.*?</\\1\\s*>|<!--.*?-->").matcher(text).replaceAll(" ");
        s = pattern("</?[A-Za-z][A-Za-z0-9-]*(\\s[^<>]*)?/?>").matcher(s).replaceAll(" ");
        if (s.indexOf('&') >= 0) {
            s = org.jsoup.parser.Parser.unescapeEntities(s, false);
        }
        java.util.regex.Pattern doubleQuotes = pattern("[\\u201C\\u201D\\u201E\\u201F\\u00AB\\u00BB\\u2033]|''|\\u2019\\u2019");
        s = doubleQuotes.matcher(s).replaceAll("\"");
        s = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC);
        s = pattern("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]").matcher(s).replaceAll("");
        s = pattern("[ \\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000\\t]+").matcher(s).replaceAll(" ");
        s = doubleQuotes.matcher(s).replaceAll("\"");
        s = pattern("[\\u2018\\u2019\\u201A\\u201B\\u2032\\u02BC]").matcher(s).replaceAll("'");
        s = pattern("[\\u2010-\\u2015\\u2212]").matcher(s).replaceAll("-");
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        s = pattern("\\\\([\\\\`*_{}\\[\\]()#+\\-.!$&])").matcher(s)
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1)));
        s = pattern("(?<![\\w*])(\\*{1,3}|_{1,3})(?=[^\\s*_])([^*_\\n]+?)(?<=[^\\s*_])\\1(?![\\w*])").matcher(s)
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(2)));
        return s;
    }

    @Test
    void theShortcutsForPlainTextChangeNothing() {
        // Plain ASCII words, and every sign some pass changes: spaces of each kind, tabs, apostrophes and
        // quotes, dashes, a ligature NFKC unfolds, zero-width signs, markdown, tags, entities, line ends.
        String[] alphabet = {"a", "Z", "1", " ", " ", "'", "\"", "\t", "\u00A0", "\u2007", "\u2019", "\u201C", "\u2013",
                "\u200B", "\uFB01", "*", "_", "\\", "$", "<", ">", "b", "/", "!--", "-", "&amp;", "&", ";", "\r", "\n", "é", "script"};
        org.narrativelens.RandomText.assertAgree(alphabet, 29, 20_000, 16, CharacterNormaliserTest::reference, normaliser::normalise);
    }

    @Test
    void theSeedsNormaliseAsWithEveryPass() throws java.io.IOException {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("seeds"))) {
            for (java.nio.file.Path file : files.toList()) {
                for (String line : java.nio.file.Files.readAllLines(file)) {
                    assertEquals(reference(line), normaliser.normalise(line), file + ": " + line);
                }
            }
        }
    }
}
