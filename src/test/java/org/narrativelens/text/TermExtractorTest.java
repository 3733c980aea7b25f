package org.narrativelens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.narrativelens.config.Normalisation;

class TermExtractorTest {

    private final TermExtractor extractor = new TermExtractor(TermRules.english());

    private static TermExtractor normalising(Normalisation mode) {
        TermRules english = TermRules.english();
        return new TermExtractor(new TermRules(english.stopwords(), english.filler(), mode));
    }

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
    void acronymsAreTermsUnderOneKeyWithTheirCapitalsAsForm() {
        TermExtractor.Terms terms = extractor.extract(List.of("The US and the U.S. told us that NATO would act."));
        assertEquals(List.of("us", "us", "told", "nato", "act"), terms.keys());
        assertEquals(List.of("US", "U.S.", "told", "NATO", "act"), terms.forms());
    }

    @Test
    void aSentenceInCapitalsHasNoAcronyms() {
        assertEquals(List.of("talks", "fail"), extractor.terms(List.of("THE TALKS WITH US FAIL")));
    }

    @Test
    void numbersAndTheirMagnitudesAreNoTerms() {
        assertEquals(List.of("cent", "rose", "rise"), extractor.terms(List.of("The cent rose, a rise of 2 cents")),
                "a unit is a term when no number comes before it");
        assertEquals(List.of("aid", "troops", "people"),
                extractor.terms(List.of("$7 billion in aid, 125,000 troops, 3.5% and the 1990s: 2 bn people, three of them, 5 per cent")));
    }

    @Test
    void linksAddressesHandlesAndHashtagsGiveNoTerms() {
        TermExtractor.Terms terms = extractor.extract(List.of(
                "Talks https://www.rt.com/news/12-talks/ resumed, www.example.com/x press@tass.ru @MFA_Russia #Ukraine RT.com peace"));
        assertEquals(List.of("talks", "resumed", "peace"), terms.keys());
        assertTrue(terms.positions().get(1) - terms.positions().get(0) > 1, "the link stands between talks and resumed");
        assertEquals(List.of("rt.com", "example.com", "rt.com"), terms.links(), "the domains, without www.");
        assertEquals(List.of("#ukraine"), terms.hashtags());
    }

    @Test
    void hyphenatedWordsStayOneTerm() {
        assertEquals(List.of("ceasefire-related", "russia-ukraine", "talks"),
                extractor.terms(List.of("Ceasefire-related Russia-Ukraine talks")));
    }

    @Test
    void positionsAreAdjacentOnlyWithinAClauseAndAcrossNoRemovedWord() {
        TermExtractor.Terms terms = extractor.extract(List.of("Peace talks, security guarantees and talks.", "Peace returned"));
        assertEquals(List.of("peace", "talks", "security", "guarantees", "talks", "peace", "returned"), terms.keys());
        List<Integer> p = terms.positions();
        assertEquals(1, p.get(1) - p.get(0), "peace talks");
        assertTrue(p.get(2) - p.get(1) > 1, "a comma separates talks and security");
        assertEquals(1, p.get(3) - p.get(2), "security guarantees");
        assertTrue(p.get(4) - p.get(3) > 1, "the stopword 'and' stands between");
        assertTrue(p.get(5) - p.get(4) > 1, "a sentence boundary separates talks and peace");
        assertEquals(1, p.get(6) - p.get(5));
    }

    @Test
    void lemmasCountInflectedFormsTogetherButFillerStaysAsWritten() {
        TermExtractor lemmas = normalising(Normalisation.LEMMA);
        TermExtractor.Terms terms = lemmas.extract(List.of("Peskov said the talks were failing and forces went home."));
        assertEquals(List.of("peskov", "said", "talk", "fail", "force", "go", "home"), terms.keys());
        assertEquals(List.of("peskov", "said", "talks", "failing", "forces", "went", "home"), terms.forms());
    }

    @Test
    void stemsAreSnowballStemsWithTheWrittenFormBeside() {
        TermExtractor.Terms terms = normalising(Normalisation.STEM).extract(List.of("Negotiations negotiated by the US"));
        assertEquals(List.of("negoti", "negoti", "us"), terms.keys());
        assertEquals(List.of("negotiations", "negotiated", "US"), terms.forms());
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
