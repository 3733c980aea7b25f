package org.narrativelens.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.narrativelens.actors.ActorDictionary;
import org.narrativelens.actors.ActorDictionaryReader;
import org.narrativelens.annotate.MentionAnnotation;

class StatementFinderTest {

    private static final ActorDictionary DICTIONARY = new ActorDictionaryReader().readDefault();
    private final StatementFinder finder = StatementFinder.english(DICTIONARY);
    private final MentionAnnotation mentions = new MentionAnnotation(DICTIONARY);

    private List<Statement> find(String... sentences) {
        List<String> list = List.of(sentences);
        return finder.find(list, mentions.inDocument(list, null));
    }

    private static String brief(Statement s) {
        return s.sentence() + " " + s.speakerId() + " " + s.verb() + " " + s.cue().label() + " " + s.kind().label() + " " + s.targets();
    }

    @Test
    void trailingAttributionTakesTheClaimBeforeItAndTheAddingClauseAfterIt() {
        List<Statement> found = find("Such tactics have hurt Moscow, Peskov warned, adding that Washington \"shut down\" dialogue.");
        assertEquals(List.of("0 dmitry_peskov warned warn quote [russia, united_states]"), found.stream().map(StatementFinderTest::brief).toList());
        assertEquals("Such tactics have hurt Moscow ... Washington \"shut down\" dialogue", found.get(0).claim());
    }

    @Test
    void leadingAttributionTakesTheClaimAfterItNotTheAddressee() {
        Statement s = find("Patrushev reminded journalists in Minsk that Moscow and Kiev were close to a truce.").get(0);
        assertEquals("nikolai_patrushev", s.speakerId());
        assertEquals("Moscow and Kiev were close to a truce", s.claim());
        assertEquals(List.of("russia", "ukraine"), s.targets());
    }

    @Test
    void pronounsAndRolesNameThePersonTheDocumentNamedEarlier() {
        List<Statement> found = find(
                "Kremlin spokesman Dmitry Peskov told NBC that the US must change course.",
                "President Vladimir Putin accused the US of orchestrating the conflict.",
                "\"America is involved,\" the Kremlin spokesman said.",
                "Russia is ready to talk, he added.");
        assertEquals(List.of("0 dmitry_peskov told other reported [united_states]", "1 vladimir_putin accused accuse reported [united_states]",
                "2 dmitry_peskov said other quote [united_states]", "3 dmitry_peskov added other reported [russia]"),
                found.stream().map(StatementFinderTest::brief).toList());
    }

    @Test
    void roleWithAStateOnlyNamesAPersonOfThatState() {
        List<Statement> found = find(
                "John Kirby, the US National Security Council coordinator, said Kiev needs aid.",
                "Russian President Vladimir Putin \"has shown no interest\" either, the US official added.");
        assertEquals("john_kirby", found.get(1).speakerId());
        assertEquals("the US official", found.get(1).speakerText());
    }

    @Test
    void unresolvedSpeakerIsKeptAsText() {
        Statement s = find("Officials from Moscow and Kiev said the two sides were close to a deal.").get(0);
        assertNull(s.speakerId());
        assertEquals("Officials from Moscow and Kiev", s.speakerText());
        Statement role = find("The diplomat said the talks failed.").get(0);
        assertNull(role.speakerId(), "no diplomat was named before");
        assertEquals("The diplomat", role.speakerText());
    }

    @Test
    void accordingToHeadlineTagsAndSaysAfterTheClaim() {
        assertEquals("0 russian_defence_ministry according to other according_to [ukraine]",
                brief(find("According to Russian Defense Ministry estimates, Ukraine has lost troops.").get(0)));
        assertEquals("0 russia  other headline [united_states]", brief(find("US has to 'understand responsibility' - Kremlin").get(0)));
        assertEquals("0 john_kirby says other reported [united_states, ukraine]",
                brief(find("Washington will help to ensure Kiev wins, says John Kirby, the US coordinator").get(0)));
    }

    @Test
    void aQuotationOverSeveralSentencesBelongsToItsSpeaker() {
        List<Statement> found = find(
                "\"Russia is not the target,\" Lavrov said.",
                "\"Their target is China.",
                "They want to dominate the world.\"",
                "NATO met in Brussels.");
        assertEquals(List.of("0 sergey_lavrov said other quote [russia]", "1 sergey_lavrov said other continuation [china]",
                "2 sergey_lavrov said other continuation []"), found.stream().map(StatementFinderTest::brief).toList());
    }

    @Test
    void aQuotationMarkThatNeverClosesGivesNoSpeakerToTheRest() {
        List<Statement> found = find("\"I'm very excited,\" she said in Paris.", "\"Double champion Kelly Holmes won in Athens.",
                "There was a third success for Britain.", "Russia came second.");
        assertEquals(List.of(0, 1), found.stream().map(Statement::sentence).toList(), found.toString());
    }

    @Test
    void participlesPassivesAndNounsAreNoStatements() {
        assertTrue(find("The Americans accused of espionage were detained in Russia.").isEmpty());
        assertTrue(find("Ukraine proposed to pledge neutrality in Istanbul.").isEmpty());
        List<Statement> found = find("Moscow dismissed Ukraine's demands as detached from reality.");
        assertEquals(List.of("0 russia dismissed deny reported [ukraine]"), found.stream().map(StatementFinderTest::brief).toList());
    }

    @Test
    void aRelativeClauseSpeaksForItselfInsideTheClaimOfAnother() {
        List<Statement> found = find("Lavrov rejected a claim by Antony Blinken, who alleged that Moscow shows no willingness.");
        assertEquals(List.of("0 sergey_lavrov rejected deny reported [antony_blinken, russia]", "0 antony_blinken alleged accuse reported [russia]"),
                found.stream().map(StatementFinderTest::brief).toList());
    }
}
