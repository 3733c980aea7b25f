package org.narrativelens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermExtractorTest {

    private final TermExtractor extractor = new TermExtractor(WordList.fromResource(WordList.ENGLISH_STOPWORDS));

    @Test
    void lowerCaseContentTermsWithoutStopwordsNumbersOrPossessives() {
        assertEquals(List.of("russia", "senior", "security", "officials", "accused"),
                extractor.terms(List.of("Russia’s senior security officials have accused us of it in 2023.")));
    }

    @Test
    void curlyAndStraightApostrophesGiveTheSameTerm() {
        assertEquals(extractor.terms(List.of("Kiev's")), extractor.terms(List.of("Kiev’s")));
    }

    @Test
    void stopwordListIsReadWithComments() {
        WordList stopwords = WordList.fromResource(WordList.ENGLISH_STOPWORDS);
        assertTrue(stopwords.contains("the"));
        assertFalse(stopwords.contains("#"));
        assertFalse(stopwords.contains("peace"));
        assertTrue(stopwords.with(List.of("Peace")).contains("peace"));
    }

    @Test
    void newsFillerIsItsOwnList() {
        WordList filler = WordList.fromResource(WordList.NEWS_FILLER);
        assertTrue(filler.contains("said"));
        assertTrue(filler.contains("told"));
        assertFalse(WordList.fromResource(WordList.ENGLISH_STOPWORDS).contains("said"));
    }
}
