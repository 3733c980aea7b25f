package org.narrativelens.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConcordanceTest {

    private static final List<String> SENTENCES = List.of(
            "Russia's envoy left the peace talks early.",
            "RUSSIA and russia, but not Russian, Russians or Russia-Ukraine.",
            "Peace  talks resumed; peace, talks and the talks of peace did not count.",
            "Moscow said nothing about Russia’s allies.");

    @Test
    void everyOccurrenceIsFoundAsAWholeWordInAnyCase() {
        List<Concordance.Line> lines = new Concordance(List.of("russia", "peace talks")).lines(SENTENCES);
        // russia: Russia's (1), RUSSIA and russia (2), Russia’s (4); peace talks: sentence 1 and the double-spaced one in 3.
        assertEquals(List.of("russia 1:0 Russia", "peace talks 1:4 peace talks", "russia 2:0 RUSSIA", "russia 2:2 russia",
                        "peace talks 3:0 Peace  talks", "russia 4:4 Russia"),
                lines.stream().map(l -> l.term() + " " + l.sentence() + ":" + l.position() + " " + l.keyword()).toList());
    }

    @Test
    void contextIsTheRestOfTheSentence() {
        Concordance.Line first = new Concordance(List.of("russia")).lines(SENTENCES).get(0);
        assertEquals("", first.left());
        assertEquals("'s envoy left the peace talks early.", first.right());
        Concordance.Line talks = new Concordance(List.of("peace talks")).lines(SENTENCES).get(0);
        assertEquals("Russia's envoy left the", talks.left());
        assertEquals("early.", talks.right());
    }

    @Test
    void longContextIsCutAtAWordAndMarked() {
        String sentence = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen KEY "
                + "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho";
        Concordance.Line line = new Concordance(List.of("key")).lines(List.of(sentence)).get(0);
        assertEquals("KEY", line.keyword());
        assertTrue(line.left().startsWith("…") && line.left().length() <= Concordance.CONTEXT_CHARS + 1, line.left());
        assertTrue(line.left().endsWith("fourteen") && !line.left().contains("…one") && line.left().charAt(1) != ' ', line.left());
        assertTrue(line.right().endsWith("…") && line.right().length() <= Concordance.CONTEXT_CHARS + 1, line.right());
        assertTrue(line.right().startsWith("alpha") && sentence.contains(line.right().replace("…", "") + " "), line.right());
    }

    @Test
    void aSpanFoundElsewhereIsQuotedTheSameWay() {
        Concordance.Line line = Concordance.line("united_states", "Peskov blamed the White House again.", 3, 3, 18, 29);
        assertEquals(new Concordance.Line("united_states", 3, 3, "Peskov blamed the", "White House", "again."), line);
        assertThrows(IndexOutOfBoundsException.class, () -> Concordance.line("x", "short", 1, 0, 2, 9));
    }

    @Test
    void aWordWithoutLettersIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Concordance(List.of("--")));
    }
}
