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
}
