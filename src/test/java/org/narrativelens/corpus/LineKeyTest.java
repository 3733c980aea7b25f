package org.narrativelens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LineKeyTest {

    /** The key as first written, with a regular expression: the scanner must give the same. */
    private static String reference(String line) {
        return Pattern.compile("\\s+").matcher(line.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    @Test
    void caseAndSpacingAreIgnored() {
        assertEquals("read more: peace talks", LineKey.of("  Read\tMore:  Peace\r\nTalks \u2003"));
        assertEquals(LineKey.fingerprint("Share this article"), LineKey.fingerprint("share  this ARTICLE "));
    }

    @Test
    void randomLinesGiveTheKeyOfTheRegularExpression() {
        // Every kind of white space \s matches and some it does not (no-break, em space), letters whose
        // lower case is longer (dotted capital I) or another (sharp s, Cyrillic), and ordinary signs.
        String[] alphabet = {"a", "Q", "7", " ", " ", " ", "\t", "\n", "\u000B", "\f", "\r", "\u00A0", "\u2003", "\u0130",
                "\u00DF", "\u0416", ".", "'", "-"};
        org.narrativelens.RandomText.assertAgree(alphabet, 31, 20_000, 12, LineKeyTest::reference, LineKey::of);
    }

    @Test
    void linesOfOneTemplateDifferOnlyInNumbersLinksAndDates() {
        String hn = "Article URL: https://example.com/a/1 Comments URL: https://news.ycombinator.com/item?id=1 Points: 12";
        assertEquals("article url: <url> comments url: <url> points: 0", LineKey.template(hn));
        assertEquals(LineKey.templateFingerprint(hn), LineKey.templateFingerprint(
                "Article URL: http://www.other.org/b Comments URL: https://news.ycombinator.com/item?id=977 Points: 3"));
        assertEquals("posted 0 <date> 0 at 0", LineKey.template("Posted 12 March 2024 at 10:41"));
        assertEquals(LineKey.template("Posted 12 March 2024 at 10:41"), LineKey.template("Posted 3 May 2025 at 9:05"));
        assertEquals("<date>, <date> 0, 0", LineKey.template("Monday, June 3, 2024"));
    }

    @Test
    void aTemplateKeepsEveryWord() {
        assertEquals("they may meet in march: the army took 0 villages.",
                LineKey.template("They may meet in March: the army took 12 villages."),
                "a month name away from a number is a word");
        assertEquals(LineKey.of("Subscribe to our channel"), LineKey.template("Subscribe to our channel"));
        assertFalse(LineKey.templateFingerprint("The army took 12 villages.") == LineKey.templateFingerprint("The army lost 12 villages."));
        assertFalse(LineKey.fingerprint("Points: 12") == LineKey.fingerprint("Points: 40"), "the plain key keeps numbers");
    }
}
