package org.narrativelens.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SurnameResolverTest {

    private static final ActorDictionary DICTIONARY = new ActorDictionary(List.of(
            new Actor("nikolai_patrushev", "Nikolai Patrushev", ActorType.PERSON, "russia", List.of("Nikolay Patrushev", "Patrushev"),
                    false, null, null),
            new Actor("dmitry_patrushev", "Dmitry Patrushev", ActorType.PERSON, "russia", List.of(), false, null, null),
            new Actor("john_kirby", "John Kirby", ActorType.PERSON, "united_states", List.of(), false, null, null),
            new Actor("dmitry_peskov", "Dmitry Peskov", ActorType.PERSON, "russia", List.of("Peskov"), false, null, null)));
    private final ActorMatcher matcher = new ActorMatcher(DICTIONARY);
    private final SurnameResolver resolver = new SurnameResolver(DICTIONARY);

    /** "actor@offset" for each mention of each sentence of one document. */
    private List<List<String>> mentions(String... sentences) {
        List<List<ActorMention>> found = java.util.Arrays.stream(sentences).map(matcher::find).toList();
        return resolver.resolve(List.of(sentences), found).stream()
                .map(s -> s.stream().map(m -> m.actorId() + "@" + m.offset()).toList()).toList();
    }

    @Test
    void aSurnameNotListedAloneNamesThePersonNamedInFullInTheDocument() {
        assertEquals(List.of(List.of("john_kirby@0"), List.of("john_kirby@0")), mentions("John Kirby spoke.", "Kirby said more."));
        assertEquals(List.of(List.of()), mentions("Kirby said more."), "never named in full: not resolved");
    }

    @Test
    void aSharedSurnameNamesWhoeverTheDocumentNamedInFull() {
        assertEquals(List.of(List.of("dmitry_patrushev@0"), List.of("dmitry_patrushev@0")),
                mentions("Dmitry Patrushev, the minister, spoke.", "Patrushev said it."));
        assertEquals(List.of(List.of("nikolai_patrushev@0"), List.of("nikolai_patrushev@0")),
                mentions("Nikolay Patrushev spoke.", "Patrushev said it."));
        assertEquals(List.of(List.of("nikolai_patrushev@0")), mentions("Patrushev said it."), "the dictionary's choice stands");
        assertEquals(List.of(List.of("dmitry_patrushev@0", "nikolai_patrushev@21"), List.of()),
                mentions("Dmitry Patrushev and Nikolai Patrushev met.", "Patrushev said it."), "both named: neither");
    }

    @Test
    void aSurnameOnlyOnePersonHasAlwaysNamesThatPerson() {
        assertEquals(List.of(List.of("dmitry_peskov@0")), mentions("Peskov told NBC."));
    }
}
