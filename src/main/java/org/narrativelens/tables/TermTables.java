package org.narrativelens.tables;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.narrativelens.report.Table;
import org.narrativelens.terms.TermStatisticsStage;

/**
 * The term tables: the corpus's top terms and each document's distinctive (tf-idf) terms.
 */
public final class TermTables {

    private final int topN;

    public TermTables(int topN) {
        this.topN = topN;
    }

    /** The top-terms and distinctive-terms tables of the {@code documents} analysed documents in {@code usable}. */
    public List<Table> build(Dataset<Row> usable, long documents, long totalTerms) {
        TermStatisticsStage stats = new TermStatisticsStage(usable, documents);
        try {
            Table corpus = TableCollector.collect(stats.corpusTerms(totalTerms, topN),
                    Table.builder("terms", "Top terms", "The most frequent content terms of the analysed documents.")
                            .column("term", "the term as most often written (acronyms in capitals; a phrase is one term)")
                            .barColumn("tf", "occurrences in the corpus")
                            .column("df", "documents containing the term")
                            .column("per_10k", "occurrences per 10,000 terms of the corpus"));
            Table perDocument = TableCollector.collect(stats.topTfIdf(TableLimits.TERMS_PER_DOCUMENT, TableLimits.REPORT_DOCUMENTS),
                    Table.builder("document_terms", "Distinctive terms per document",
                                    "Each document's terms with the highest tf-idf: frequent in it, rare elsewhere.")
                            .column("doc_id", "document id")
                            .column("rank", "1 = most distinctive")
                            .column("term", "the term")
                            .column("tf", "occurrences in the document")
                            .column("df", "documents containing the term")
                            .column("tfidf", "tf * (ln((1 + N) / (1 + df)) + 1), N = analysed documents"));
            return List.of(corpus, perDocument);
        } finally {
            stats.release();
        }
    }
}
