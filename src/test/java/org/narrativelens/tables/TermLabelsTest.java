package org.narrativelens.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.narrativelens.config.Normalisation;
import org.narrativelens.report.Table;
import org.narrativelens.text.AnalysedCorpus;
import org.narrativelens.text.NgramCounts;
import org.narrativelens.text.TermRules;
import org.narrativelens.text.WordList;

class TermLabelsTest {

    @Test
    void termKeysAreShownInTheirMostFrequentWrittenForm() {
        TermRules english = TermRules.english();
        TermRules stems = new TermRules(english.stopwords(), english.filler(), Normalisation.STEM);
        NgramCounts counts = NgramCounts.count(AnalysedCorpus.of(stems,
                "Negotiations failed in Berlin. The US negotiated.", "Negotiations resumed in the U.S. and the US."), 3, 2,
                WordList.fromResource(WordList.NEWS_FILLER));
        try {
            Table terms = Table.builder("terms", "Top terms", "d").column("term", "").column("tf", "")
                    .anchorBy("term").row("negoti", 3L).row("us", 3L).totalRows(9).build();
            Table other = Table.builder("actors", "Actors", "d").column("actor", "").row("us").build();
            List<Table> relabelled = new TermLabels(counts, null).relabel(List.of(terms, other));
            assertEquals(List.of(List.of("negotiations", 3L), List.of("US", 3L)), relabelled.get(0).rows());
            assertEquals(9, relabelled.get(0).totalRows());
            assertEquals(terms.columns(), relabelled.get(0).columns());
            assertEquals(List.of("term"), relabelled.get(0).anchorColumns(), "links to its rows still land");
            assertSame(other, relabelled.get(1), "a table without a term column is left as it is");
            java.util.Map<String, String> unlike = counts.lookup(java.util.Set.of(), 100).formsUnlikeKeys();
            assertEquals("US", unlike.get("us"));
            assertEquals(null, unlike.get("berlin"), "a key written as itself is not held");
            assertEquals(relabelled.get(0).rows(), new TermLabels(counts, unlike).relabel(List.of(terms)).get(0).rows(),
                    "held forms label as the lookup does");
            assertEquals(null, counts.lookup(java.util.Set.of(), 1).formsUnlikeKeys(), "more than the limit: none held");
        } finally {
            counts.release();
        }
    }
}
