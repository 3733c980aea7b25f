package org.narrativelens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TitleSourceTest {

    @Test
    void aKnownOutletAfterAnyDashIsTheSource() {
        assertEquals(new TitleSource.Split("Ukraine peace talks to resume in Istanbul next week", "Reuters"),
                TitleSource.split("Ukraine peace talks to resume in Istanbul next week - Reuters"));
        assertEquals(new TitleSource.Split("Zelensky says ceasefire must come first", "BBC News"),
                TitleSource.split("Zelensky says ceasefire must come first – BBC News"));
        assertEquals(new TitleSource.Split("Kremlin rejects US-led peace plan", "Al Jazeera"),
                TitleSource.split("Kremlin rejects US-led peace plan — Al Jazeera "));
    }

    @Test
    void aNameThatIsNoKnownOutletIsNoSource() {
        // The seeds: RT and TASS put the speaker after the dash (a hyphen once the cleaner has normalised it).
        assertNull(TitleSource.split("US has to 'understand responsibility' for Ukraine conflict - Kremlin"));
        assertNull(TitleSource.split("US has to ‘understand responsibility’ for Ukraine conflict – Kremlin"));
        assertNull(TitleSource.split("Kiev’s cooperation with NATO only delays peace in Ukraine — Russian Foreign Ministry"));
        assertNull(TitleSource.split("Washington banned Kiev from signing truce with Moscow – Russian security chief"));
    }

    @Test
    void aDashInsideTheHeadlineOrAShortHeadlineIsNoSplit() {
        assertNull(TitleSource.split("Russia - Ukraine"), "the headline would keep too few words");
        assertNull(TitleSource.split("Russia-Ukraine talks resume - as planned by both sides"), "not a name in capitals");
        assertNull(TitleSource.split("US-led coalition meets in Brussels"));
        assertNull(TitleSource.split(null));
    }
}
