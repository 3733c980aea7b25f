package org.narrativelens.terms;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.round;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.narrativelens.config.TimeBucket;
import org.narrativelens.corpus.DocumentSchema;

/**
 * Spark stage: term frequencies over the analysed documents' {@link DocumentSchema#TERMS}.
 *
 * <ul>
 *   <li>{@link #corpusTerms}: term, tf (occurrences), df (documents), per_10k (occurrences per 10,000 terms);</li>
 *   <li>{@link #topTfIdf}: per document the terms with the highest tf-idf, where
 *       idf = ln((1 + N) / (1 + df)) + 1 (smoothed, so a term in every document still counts).</li>
 * </ul>
 * Per-document counts and term totals are computed once and kept for both tables; call {@link #release()} after.
 * The per-document counts carry each document's source and period ({@link #documentTerms()}), so the tables by
 * group ({@link GroupTermsStage}) and keyness ({@link KeynessStage}) start from them instead of the corpus.
 */
public final class TermStatisticsStage {

    public static final String TERM = "term";
    public static final String TF = "tf";
    public static final String DF = "df";
    public static final String PER_10K = "per_10k";
    public static final String TFIDF = "tfidf";
    public static final String RANK = "rank";
    /** The label of a document's period ({@link PeriodColumn}); null when it has no date. */
    public static final String PERIOD = "period";

    private final Dataset<Row> docTerms;
    private final Dataset<Row> termTotals;
    private final long documents;

    /**
     * Prepares the statistics of {@code analysed}, which holds {@code documents} analysed documents, dated
     * documents grouped into {@code bucket} periods.
     */
    public TermStatisticsStage(Dataset<Row> analysed, long documents, TimeBucket bucket) {
        this.documents = documents;
        // Source and period depend on the document alone: grouping by them too costs nothing and keeps them.
        this.docTerms = analysed
                .select(col(DocumentSchema.DOC_ID), col(DocumentSchema.SOURCE),
                        PeriodColumn.of(bucket, col(DocumentSchema.PUBLISHED)).as(PERIOD), col(DocumentSchema.TERMS))
                // The period is computed once per document, before the terms are exploded.
                .select(col(DocumentSchema.DOC_ID), col(DocumentSchema.SOURCE), col(PERIOD), explode(col(DocumentSchema.TERMS)).as(TERM))
                .groupBy(DocumentSchema.DOC_ID, DocumentSchema.SOURCE, PERIOD, TERM)
                .agg(count(lit(1)).as(TF))
                .persist(StorageLevel.MEMORY_AND_DISK());
        // Both tables read the totals: aggregate once.
        this.termTotals = docTerms.groupBy(TERM).agg(sum(TF).as(TF), count(lit(1)).as(DF))
                .persist(StorageLevel.MEMORY_AND_DISK());
    }

    /** The {@code topN} most frequent terms; ties broken by term so the table is stable. */
    public Dataset<Row> corpusTerms(long totalTerms, int topN) {
        double scale = totalTerms == 0 ? 0 : 10_000.0 / totalTerms;
        return termTotals
                .orderBy(desc(TF), col(TERM))
                .limit(topN)
                .select(col(TERM), col(TF), col(DF), round(col(TF).multiply(scale), 2).as(PER_10K));
    }

    /** The {@code perDocument} highest tf-idf terms of each document (ties by term): doc_id, rank, term, tf, df, tfidf. */
    public Dataset<Row> topTfIdf(int perDocument) {
        return scored()
                .withColumn(RANK, row_number().over(Window.partitionBy(DocumentSchema.DOC_ID)
                        .orderBy(desc(TFIDF), col(TERM))))
                .where(col(RANK).leq(perDocument))
                .select(col(DocumentSchema.DOC_ID), col(RANK), col(TERM), col(TF), col(DF), col(TFIDF));
    }

    /**
     * Every term of every document with its tf-idf: doc_id, term (the key: lower case, lemma or stem), tf, df,
     * tfidf = tf * (ln((1 + N) / (1 + df)) + 1), N the analysed documents.
     */
    public Dataset<Row> scored() {
        double n = documents;
        return docTerms.join(termTotals.select(col(TERM), col(DF)), TERM)
                .withColumn(TFIDF, col(TF).multiply(log(lit(1 + n).divide(col(DF).plus(1))).plus(1)))
                .select(col(DocumentSchema.DOC_ID), col(TERM), col(TF), col(DF), col(TFIDF));
    }

    /** Per document and term: doc_id, source, period, term, tf (occurrences in the document). Kept until {@link #release()}. */
    public Dataset<Row> documentTerms() {
        return docTerms;
    }

    public void release() {
        termTotals.unpersist();
        docTerms.unpersist();
    }
}
