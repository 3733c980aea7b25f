package org.narrativelens.tables;

import java.util.Locale;
import org.narrativelens.report.Table;
import org.narrativelens.topics.TopicCountSelection;

/**
 * The {@code topic_k_selection} table: each number of topics compared with {@code --topics 5,10,20}, its coherence
 * and held-out perplexity, and which was chosen and why; charted as mean NPMI and perplexity against k.
 */
final class TopicCountTable {

    private TopicCountTable() {
    }

    static Table of(TopicCountSelection.Outcome selection, long documents) {
        boolean measured = selection.scoredTokens() > 0;
        Table.Builder table = Table.builder("topic_k_selection", "Choosing the number of topics", String.format(Locale.ROOT,
                        "Each number of topics fitted on %d of the %d documents (%d held out by a hash of their id and the seed) and scored:"
                                + " mean coherence of its topics over all documents, and %s. Chosen: %s The highest mean NPMI wins; within %.2f"
                                + " of it, the lower held-out perplexity, then the smaller k. The run's tables are those of the chosen k,"
                                + " refitted on all documents.",
                        documents - selection.heldOut(), documents, selection.heldOut(),
                        measured ? String.format(Locale.ROOT, "the perplexity of the second half of each held-out document's words"
                                + " given its first half (document completion; %d words scored, over the %d words every candidate's"
                                + " vocabulary holds)", selection.scoredTokens(), selection.evaluationWords())
                                : "no held-out perplexity (the held-out documents have too few words the candidates share)",
                        selection.reason(), TopicCountSelection.NEAR_TIE))
                .column("k", "number of topics")
                .column("mean_npmi", "mean NPMI of the topics, -1 to 1 (higher is better)")
                .column("mean_umass", "mean UMass of the topics (closer to 0 is better)")
                .column("perplexity", "held-out perplexity (lower is better)")
                .column("chosen", "yes for the number of topics the run uses")
                .lineChart(new Table.LineChart("k", "k", null, "mean_npmi", "chosen"));
        if (measured) {
            table.lineChart(new Table.LineChart("k", "k", null, "perplexity", "chosen"));
        }
        for (TopicCountSelection.Score s : selection.scores()) {
            table.row(s.k(), round(s.meanNpmi()), round(s.meanUmass()), Double.isNaN(s.perplexity()) ? null : Math.round(s.perplexity() * 10) / 10.0,
                    s.k() == selection.chosen() ? "yes" : "no");
        }
        return table.build();
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
