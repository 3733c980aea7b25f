package org.narrativelens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
