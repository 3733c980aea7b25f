package org.narrativelens.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.narrativelens.config.Normalisation;
import scala.Tuple2;

class NgramCountsTest {

    private static final WordList FILLER = WordList.fromResource(WordList.NEWS_FILLER);

    private static Map<String, NgramCounts.Stats> ofDocument(String text) {
        TermExtractor.Terms t = new TermExtractor(TermRules.english()).extract(List.of(text));
        return NgramCounts.ofDocument(t.keys(), t.forms(), t.positions(), 3, FILLER).stream()
                .collect(Collectors.toMap(Tuple2::_1, Tuple2::_2));
    }

    @Test
    void aDocumentCountsTermsAndRunsOfAdjacentTermsOnly() {
        Map<String, NgramCounts.Stats> counts = ofDocument("Peace talks resumed. Peace talks, not peace, said Peskov.");
        assertEquals(3, counts.get("peace").count());
        assertEquals(1, counts.get("peace").documents());
        assertEquals(2, counts.get("peace talks").count());
        assertEquals(2, counts.get("peace talks").words());
        assertEquals(1, counts.get("peace talks resumed").count());
        assertFalse(counts.containsKey("resumed peace"), "a sentence boundary separates them");
        assertFalse(counts.containsKey("talks peace"), "a comma and a stopword separate them");
        assertFalse(counts.containsKey("said peskov"), "news filler starts no run");
        assertEquals(1, counts.get("said").count(), "but is counted alone");
    }

    @Test
    void theCorpusCountsGiveEachKeyItsMostFrequentForm() {
        TermRules lemmas = new TermRules(TermRules.english().stopwords(), FILLER, Normalisation.LEMMA);
        NgramCounts counts = NgramCounts.count(AnalysedCorpus.of(lemmas,
                "The US and the U.S. talked. The US holds talks.", "Peace talks in the US. More talks."), 3, 1, FILLER);
        try {
            Map<String, String> forms = counts.forms(List.of("us", "talk", "peace talk", "never seen"));
            assertEquals("US", forms.get("us"));
            assertEquals("talks", forms.get("talk"));
            assertEquals("peace talks", forms.get("peace talk"));
            assertEquals("never seen", forms.get("never seen"), "an unknown key is its own form");
            Map<String, Long> termCounts = counts.termCounts(java.util.Set.of("us", "talk"));
            assertEquals(4L, termCounts.get("us"));
            assertEquals(4L, termCounts.get("talk"), "talked, talks, talks, talks");
        } finally {
            counts.release();
        }
    }

    @Test
    void runsBelowTheMinimumCountAreNotKept() {
        NgramCounts counts = NgramCounts.count(AnalysedCorpus.of("Peace talks began.", "Peace talks ended.", "Security guarantees."),
                3, 2, FILLER);
        try {
            List<String> runs = counts.runs(2, Long.MAX_VALUE, 10).stream().map(Tuple2::_1).toList();
            assertEquals(List.of("peace talks"), runs);
            assertTrue(counts.forms(List.of("security guarantees")).get("security guarantees").equals("security guarantees"));
        } finally {
            counts.release();
        }
    }

    @Test
    void countsWithoutSomeDocumentsAreTheCountsOfTheOthers() {
        String[] texts = {"Peace talks began. The US waited.", "Peace talks ended in the US.", "Peace talks stalled.", "Security guarantees."};
        org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> all = AnalysedCorpus.of(texts);
        NgramCounts counts = NgramCounts.count(all, 3, 2, FILLER);
        NgramCounts without = counts.without(all.where(org.apache.spark.sql.functions.col("doc_id").isin("d1", "d3")));
        NgramCounts others = NgramCounts.count(AnalysedCorpus.of(texts[0], texts[2]), 3, 2, FILLER);
        try {
            Map<String, Long> less = without.termCounts(java.util.Set.of("peace", "us", "security", "talks"));
            assertEquals(others.termCounts(java.util.Set.of("peace", "us", "security", "talks")), less);
            assertEquals(Map.of("peace", 2L, "us", 1L, "talks", 2L), less, "security is gone with its only document");
            List<Tuple2<String, NgramCounts.Stats>> runs = without.runs(2, Long.MAX_VALUE, 10);
            assertEquals(List.of("peace talks"), runs.stream().map(Tuple2::_1).toList());
            assertEquals(2, runs.get(0)._2().count());
            assertEquals(2, runs.get(0)._2().documents());
            assertEquals("US", without.forms(List.of("us")).get("us"));
        } finally {
            without.release();
            counts.release();
            others.release();
        }
    }
}
