package org.narrativelens.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.narrativelens.text.Token;
import org.narrativelens.text.Tokenizer;

class UnknownActorFinderTest {

    private final ActorMatcher matcher = new ActorMatcher(ActorMatcherTest.dictionary());
    private final UnknownActorFinder finder = new UnknownActorFinder();

    private List<String> names(String... sentences) {
        List<List<ActorMention>> mentions = java.util.Arrays.stream(sentences).map(matcher::find).toList();
        return finder.find(List.of(sentences), mentions).stream().map(UnknownActorFinder.Candidate::name).toList();
    }

    @Test
    void properNounsTheDictionaryMissesAreFound() {
        assertEquals(List.of("Gordon Brown", "Charles Kennedy"), names("The chancellor, Gordon Brown, met Charles Kennedy in the morning."));
    }

    @Test
    void namesTheDictionaryMatchesAreNot() {
        assertEquals(List.of(), names("Dmitry Peskov told reporters that Washington and Kiev were to blame."));
    }

    @Test
    void titlesAndCalendarWordsAreStrippedFromTheEnds() {
        assertEquals(List.of("Howard"), names("On Monday Mr Howard said the plan would fail."));
        assertEquals(List.of(), names("The talks resumed in June after the President spoke."));
    }

    @Test
    void aMatchedActorAfterOfBelongsToTheName() {
        // "England" alone is not in this test dictionary; "Kiev" is.
        assertTrue(names("The governor of the Bank of Kiev raised rates on Thursday.").contains("Bank of Kiev"));
    }

    @Test
    void punctuationBreaksARun() {
        List<String> found = names("Investors sold Microsoft, Google and Apple shares after the report.");
        assertFalse(found.stream().anyMatch(n -> n.contains(" ")), found.toString());
    }

    @Test
    void headlinesInTitleCaseOrCapitalsAreNotTagged() {
        assertEquals(List.of(), names("Peace Talks Stall As Kremlin Blames West For Delay"));
        assertEquals(List.of(), names("BAHIA COCOA REVIEW SHOWS SHOWERS CONTINUING"));
    }

    @Test
    void aSentenceWhoseOnlyCapitalsAreMatchedOrFirstIsNotWorthTagging() {
        Tokenizer tokenizer = new Tokenizer();
        List<Token> tokens = tokenizer.tokenize("Officials said Washington was wrong.");
        boolean[] covered = new boolean[tokens.size()];
        assertTrue(UnknownActorFinder.worthTagging(tokens, covered));
        covered[2] = true;
        assertFalse(UnknownActorFinder.worthTagging(tokens, covered), "Washington is matched, Officials is sentence-initial");
    }
}
