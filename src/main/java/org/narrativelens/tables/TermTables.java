package org.narrativelens.tables;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.narrativelens.corpus.DocumentSchema;
import static org.apache.spark.sql.functions.col;
import org.narrativelens.config.TermOptions;
import org.narrativelens.report.Table;
import org.narrativelens.terms.TermStatisticsStage;
import org.narrativelens.terms.WebTokenCounts;

/**
 * The term tables: the corpus's top terms, each document's distinctive (tf-idf) terms, the top terms by source
 * and by period ({@link GroupTermTables}), the trend of the top terms or of the {@code --kwic} words
 * ({@link TrendTable}), and when asked for, the concordance of those words ({@link ConcordanceTable}) and the
 * keyness of one group against another ({@link KeynessTable}); the domains linked to and the hashtags used,
 * each only when the documents hold any (an empty table would read as a broken one).
 */
public final class TermTables {

    /** Terms drawn in the trend chart when {@code --kwic} names none. */
    static final int TREND_TERMS = 5;

    private final int topN;
    private final TermOptions options;

    public TermTables(int topN, TermOptions options) {
        this.topN = topN;
        this.options = options;
    }

    /** The term tables of the {@code documents} analysed documents in {@code usable}, which hold {@code totalTerms} terms. */
    public List<Table> build(Dataset<Row> usable, long documents, long totalTerms) {
        return build(usable, documents, totalTerms, RunFiles.none());
    }

    /** As {@link #build(Dataset, long, long)}, and writes every document's terms to {@code data/document_terms.parquet}. */
    public List<Table> build(Dataset<Row> usable, long documents, long totalTerms, RunFiles data) {
        return build(usable, documents, totalTerms, data, null);
    }

    /**
     * As {@link #build(Dataset, long, long, RunFiles)}, the document terms table written complete to {@code data}
     * with its terms as {@code labels} write them (the other tables' terms stay keys: {@link TermLabels#relabel}).
     */
    public List<Table> build(Dataset<Row> usable, long documents, long totalTerms, RunFiles data, TermLabels labels) {
        TermStatisticsStage stats = new TermStatisticsStage(usable, documents, options.timeBucket());
        try {
            data.write("document_terms", stats.scored());
            Table corpus = TableCollector.collect(stats.corpusTerms(totalTerms, topN),
                    Table.builder("terms", "Top terms", "The most frequent content terms of the analysed documents.")
                            .column("term", "the term as most often written (acronyms in capitals; a phrase is one term)")
                            .barColumn("tf", "occurrences in the corpus")
                            .column("df", "documents containing the term")
                            .column("per_10k", "occurrences per 10,000 terms of the corpus"));
            Table perDocument = new CompleteTable(data, TableLimits.TERMS_PER_DOCUMENT * TableLimits.REPORT_DOCUMENTS)
                    .relabel(labels == null ? rows -> rows : labels.rows(2))
                    .collect(stats.topTfIdf(TableLimits.TERMS_PER_DOCUMENT), List.of(col(DocumentSchema.DOC_ID), col(TermStatisticsStage.RANK)),
                    Table.builder("document_terms", "Distinctive terms per document",
                                    "Each document's terms with the highest tf-idf: frequent in it, rare elsewhere.")
                            .column("doc_id", "document id")
                            .column("rank", "1 = most distinctive")
                            .column("term", "the term")
                            .column("tf", "occurrences in the document")
                            .column("df", "documents containing the term")
                            .column("tfidf", "tf * (ln((1 + N) / (1 + df)) + 1), N = analysed documents"));
            List<String> words = options.kwic();
            // Without --kwic words, the trend follows the top terms, counted with the terms by period.
            List<String> trendTerms = !words.isEmpty() ? List.of()
                    : corpus.rows().stream().limit(TREND_TERMS).map(r -> (String) r.get(0)).toList();
            GroupTermTables.Result groups = new GroupTermTables(topN, options.timeBucket(), documents)
                    .build(stats.documentTerms(), trendTerms);
            // The groups are known: a --compare value no document has ends the run before more work.
            KeynessTable keyness = options.compare() == null ? null : new KeynessTable(options.compare(), groups.sizes(), topN);
            ConcordanceTable.Result kwic = words.isEmpty() ? null
                    : new ConcordanceTable(words, options.timeBucket()).build(usable);
            TrendTable trend = new TrendTable(options.timeBucket(), groups.sizes(), documents);
            List<Table> tables = new ArrayList<>(List.of(corpus, perDocument, groups.bySource(), groups.byPeriod()));
            tables.addAll(webTables(usable));
            tables.add(kwic != null ? trend.build(words, kwic.byPeriod(), "the --kwic words (as whole words, any case)")
                    : trend.build(trendTerms, groups.trendCounts(), "the " + trendTerms.size() + " most frequent terms"));
            if (kwic != null) {
                tables.add(kwic.table());
            }
            if (keyness != null) {
                tables.add(keyness.build(stats.documentTerms()));
            }
            return tables;
        } finally {
            stats.release();
        }
    }

    /** The links and hashtags tables, each left out when the documents hold no link or no hashtag. */
    private List<Table> webTables(Dataset<Row> usable) {
        Table links = TableCollector.collect(WebTokenCounts.domains(usable, topN),
                Table.builder("links", "Linked domains", "The domains the documents' links point to (\"www.\" left out), most linked first.")
                        .column("domain", "the domain, lower case")
                        .barColumn("links", "links to it in the corpus")
                        .column("documents", "documents linking to it"));
        Table hashtags = TableCollector.collect(WebTokenCounts.hashtags(usable, topN),
                Table.builder("hashtags", "Hashtags", "The hashtags of the documents, most used first.")
                        .column("hashtag", "the hashtag, lower case")
                        .barColumn("count", "occurrences in the corpus")
                        .column("documents", "documents using it"));
        return java.util.stream.Stream.of(links, hashtags).filter(t -> !t.rows().isEmpty()).toList();
    }
}
