package org.narrativelens.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorMatcherTest {

    static final String DICTIONARY = String.join("\n",
            "id,label,type,affiliation,aliases,case_sensitive,valid_from,valid_to",
            "united_states,United States,state,,US|U.S.|America|American|Washington|White House,false,,",
            "united_kingdom,United Kingdom,state,,UK|Britain|England|London,false,,",
            "russia,Russia,state,,Moscow|Kremlin|Russian,false,,",
            "ukraine,Ukraine,state,,Kiev|Kyiv|Ukrainian,false,,",
            "white_house_press,White House Press Corps,organisation,united_states,,false,,",
            "turkey,Turkey,state,,Ankara,false,,",
            "the_west,the West,bloc,,Western nations,true,,",
            "g7,G7,bloc,,Group of Seven,false,,",
            "soviet_union,Soviet Union,state,,USSR|Soviet,false,1922-12-30,1991-12-26",
            "dmitry_peskov,Dmitry Peskov,person,russia,Peskov,false,,");

    private final ActorMatcher matcher = new ActorMatcher(dictionary());

    static ActorDictionary dictionary() {
        try {
            return new ActorDictionaryReader().read(new StringReader(DICTIONARY), "test.csv");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private List<String> ids(String sentence) {
        return matcher.find(sentence).stream().map(ActorMention::actorId).toList();
    }

    @Test
    void aliasesResolveToTheirActor() {
        assertEquals(List.of("united_states", "ukraine", "russia"),
                ids("Washington banned Kiev from signing truce with Moscow"));
        assertEquals(List.of("united_kingdom", "ukraine"), ids("England and Kyiv"));
    }

    @Test
    void usIsTheUnitedStatesButThePronounIsNot() {
        assertEquals(List.of("united_states"), ids("the US told us"));
        assertEquals(List.of("united_states"), ids("The U.S. does not bring us closer"));
        assertEquals(List.of(), ids("Let us talk"));
        assertEquals(List.of("g7"), ids("at the G7 summit"));
        assertEquals(List.of(), ids("a g7 chip"));
    }

    @Test
    void longestAliasWins() {
        assertEquals(List.of("white_house_press"), ids("the White House Press Corps asked"));
        assertEquals(List.of("united_states"), ids("the White House said"));
    }

    @Test
    void matchesWholeTokensOnly() {
        assertEquals(List.of(), ids("Kievan Rus and Moscowitz and USB"));
    }

    @Test
    void possessivesMatch() {
        List<ActorMention> m = matcher.find("Russia’s borders and Kiev's soldiers");
        assertEquals(List.of("russia", "ukraine"), m.stream().map(ActorMention::actorId).toList());
        assertEquals("Russia", m.get(0).matched());
        assertEquals(21, m.get(1).offset());
    }

    @Test
    void capitalisedAliasesNeedACapital() {
        assertEquals(List.of(), ids("a roast turkey"));
        assertEquals(List.of("turkey", "turkey"), ids("Turkey and TURKEY"));
    }

    @Test
    void entriesOutsideTheirDatesAreLeftOutOfDatedDocuments() {
        String sentence = "The Soviet Union collapsed";
        assertEquals(List.of("soviet_union"), matcher.find(sentence, java.time.LocalDate.of(1987, 2, 26)).stream()
                .map(ActorMention::actorId).toList());
        assertEquals(List.of(), matcher.find(sentence, java.time.LocalDate.of(2023, 6, 8)));
        assertEquals(List.of("soviet_union"), ids(sentence), "an undated document matches every entry");
    }

    @Test
    void caseSensitiveEntryMatchesOnlyItsCaseButForTheLeadingArticle() {
        assertEquals(List.of("the_west"), ids("The West continues"));
        assertEquals(List.of("the_west"), ids("preserving Western nations hegemony"));
        assertEquals(List.of(), ids("they went to the west of the city"));
    }
}
