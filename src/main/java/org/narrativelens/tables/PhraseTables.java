package org.narrativelens.tables;

import java.util.List;
import org.narrativelens.report.Table;
import org.narrativelens.text.Phrase;

/** The phrases table: the collocations found and counted as single terms. */
public final class PhraseTables {

    private PhraseTables() {
    }

    /** The {@code phrases} found with at least {@code minCount} occurrences and an NPMI of {@code minNpmi}. */
    public static Table phrases(List<Phrase> phrases, int minCount, double minNpmi) {
        Table.Builder table = Table.builder("phrases", "Phrases",
                        "Runs of two or three terms adjacent in a sentence that occur together far more often than chance"
                                + " (at least " + minCount + " times, NPMI at least " + minNpmi
                                + "); each is one term in every other table. Most frequent first.")
                .column("phrase", "the phrase as most often written")
                .barColumn("count", "times its terms occur in this order, adjacent in a sentence")
                .column("documents", "documents it occurs in")
                .column("score", "NPMI = ln(p(phrase) / (p(w1) ... p(wn))) / (-(n - 1) ln p(phrase)), p = count / terms"
                        + " of the corpus: 1 when its terms only occur together, 0 when independent");
        int shown = Math.min(phrases.size(), TableLimits.PHRASES);
        for (Phrase p : phrases.subList(0, shown)) {
            table.row(p.form(), p.count(), p.documents(), Math.round(p.npmi() * 10_000) / 10_000.0);
        }
        return table.totalRows(phrases.size()).build();
    }
}
