package org.narrativelens.actors;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.narrativelens.config.CooccurrenceWindow;
import org.narrativelens.corpus.DocumentSchema;
import org.narrativelens.text.SentenceSplitter;

/**
 * Spark stage: counts, for every pair of actors, the windows (sentences, paragraphs or documents) that mention
 * both, each pair once per window, and the documents they share, and weighs each pair with association
 * statistics over the {@code totalWindows} of the corpus. Pairs are formed by a join within each
 * window on the executors; nothing is enumerated on the driver.
 *
 * <p>With n_a and n_b the windows naming each actor, n_ab those naming both and N all windows:
 * <ul>
 *   <li>PMI = log2(n_ab N / (n_a n_b)): above 0 when the pair meets more often than chance;</li>
 *   <li>NPMI = PMI / -log2(n_ab / N), from -1 to 1 (1: never one without the other);</li>
 *   <li>G2 = 2 sum O ln(O / E) over the 2x2 table of windows with and without each actor (Dunning's
 *       log-likelihood; 3.84 is p &lt; 0.05, 10.83 is p &lt; 0.001);</li>
 *   <li>Jaccard = n_ab / (n_a + n_b - n_ab).</li>
 * </ul>
 */
public final class CooccurrenceStage {

    public static final String ACTOR_A = "actor_a";
    public static final String ACTOR_B = "actor_b";
    public static final String WINDOWS = "windows";
    public static final String DOCUMENTS = "documents";
    public static final String WINDOWS_A = "windows_a";
    public static final String WINDOWS_B = "windows_b";
    public static final String PMI = "pmi";
    public static final String NPMI = "npmi";
    public static final String G2 = "g2";
    public static final String JACCARD = "jaccard";
    public static final String EVIDENCE_DOC = "evidence_doc";
    public static final String EVIDENCE = "evidence";
    /** Evidence rows: the sentence where the pair is named together (or, in a document, both have been named). */
    public static final String SENTENCE_INDEX = MentionSchema.SENTENCE_INDEX;
    public static final String SENTENCE = MentionSchema.SENTENCE;

    private static final String WINDOW = "window";
    private static final String FIRST = "first";
    private static final String AT = "at";

    /** The pairs, with statistics, and every window that joins them (for evidence). */
    public record Result(Dataset<Row> pairs, Dataset<Row> evidence) {
    }

    /**
     * @param mentions     {@link MentionSchema} rows
     * @param window       what counts as being named together
     * @param totalWindows N: the sentences (or documents) of the corpus, named actors or not
     * @param minWindows   pairs named together in fewer windows are left out
     */
    public Result apply(Dataset<Row> mentions, CooccurrenceWindow window, long totalWindows, int minWindows) {
        Column windowId = switch (window) {
            case SENTENCE -> col(MentionSchema.SENTENCE_INDEX);
            case PARAGRAPH -> col(MentionSchema.PARAGRAPH_INDEX);
            case DOCUMENT -> lit(0);
        };
        Dataset<Row> units = mentions
                .groupBy(col(MentionSchema.DOC_ID), windowId.as(WINDOW), col(MentionSchema.ACTOR_ID))
                .agg(min(struct(col(MentionSchema.SENTENCE_INDEX), col(MentionSchema.SENTENCE))).as(FIRST));
        Dataset<Row> perActor = units.groupBy(MentionSchema.ACTOR_ID).agg(count(lit(1)).as("n"));
        Dataset<Row> a = units.as("a");
        Dataset<Row> b = units.as("b");
        Dataset<Row> together = a.join(b, col("a." + MentionSchema.DOC_ID).equalTo(col("b." + MentionSchema.DOC_ID))
                        .and(col("a." + WINDOW).equalTo(col("b." + WINDOW)))
                        .and(col("a." + MentionSchema.ACTOR_ID).lt(col("b." + MentionSchema.ACTOR_ID))))
                .select(col("a." + MentionSchema.ACTOR_ID).as(ACTOR_A), col("b." + MentionSchema.ACTOR_ID).as(ACTOR_B),
                        col("a." + MentionSchema.DOC_ID).as(MentionSchema.DOC_ID),
                        greatest(col("a." + FIRST), col("b." + FIRST)).as(AT));
        Dataset<Row> counted = together.groupBy(ACTOR_A, ACTOR_B)
                .agg(count(lit(1)).as(WINDOWS), countDistinct(col(MentionSchema.DOC_ID)).as(DOCUMENTS),
                        min(struct(col(MentionSchema.DOC_ID), col(AT))).as("ev"))
                .where(col(WINDOWS).geq(minWindows));
        Dataset<Row> pairs = counted
                .join(perActor.withColumnRenamed(MentionSchema.ACTOR_ID, ACTOR_A).withColumnRenamed("n", WINDOWS_A), ACTOR_A)
                .join(perActor.withColumnRenamed(MentionSchema.ACTOR_ID, ACTOR_B).withColumnRenamed("n", WINDOWS_B), ACTOR_B)
                .select(col(ACTOR_A), col(ACTOR_B), col(WINDOWS), col(DOCUMENTS), col(WINDOWS_A), col(WINDOWS_B),
                        pmi(totalWindows).as(PMI), npmi(totalWindows).as(NPMI), g2(totalWindows).as(G2),
                        col(WINDOWS).divide(col(WINDOWS_A).plus(col(WINDOWS_B)).minus(col(WINDOWS))).as(JACCARD),
                        col("ev." + MentionSchema.DOC_ID).as(EVIDENCE_DOC), col("ev." + AT + "." + MentionSchema.SENTENCE).as(EVIDENCE));
        Dataset<Row> evidence = together.select(col(ACTOR_A), col(ACTOR_B), col(MentionSchema.DOC_ID),
                col(AT + "." + MentionSchema.SENTENCE_INDEX).as(SENTENCE_INDEX), col(AT + "." + MentionSchema.SENTENCE).as(SENTENCE));
        return new Result(pairs, evidence);
    }

    /** N: the windows of {@code analysed} (sentences, paragraphs holding a sentence, or documents), named actors or not. */
    public static long totalWindows(Dataset<Row> analysed, CooccurrenceWindow window) {
        return switch (window) {
            case SENTENCE -> {
                Row sum = analysed.agg(sum(size(col(DocumentSchema.SENTENCES)))).first();
                yield sum.isNullAt(0) ? 0 : sum.getLong(0);
            }
            case PARAGRAPH -> {
                // The paragraphs as the mentions number them: those holding a sentence.
                Dataset<Long> perDocument = analysed.select(DocumentSchema.CLEAN_TEXT, DocumentSchema.SENTENCES)
                        .map((MapFunction<Row, Long>) r -> (long) java.util.Arrays.stream(SentenceSplitter.paragraphs(
                                r.isNullAt(0) ? null : r.getString(0), r.getList(1))).distinct().count(), Encoders.LONG());
                Row sum = perDocument.agg(sum(col("value"))).first();
                yield sum.isNullAt(0) ? 0 : sum.getLong(0);
            }
            case DOCUMENT -> analysed.count();
        };
    }

    private static Column log2(Column x) {
        return log(2.0, x);
    }

    private static Column pmi(long n) {
        return log2(col(WINDOWS).multiply(n).divide(col(WINDOWS_A).multiply(col(WINDOWS_B))));
    }

    private static Column npmi(long n) {
        Column p = col(WINDOWS).divide(n);
        return when(p.geq(1), lit(1.0)).otherwise(pmi(n).divide(log2(p).multiply(-1)));
    }

    /** Dunning's G2 over the 2x2 table of windows with and without each actor. */
    private static Column g2(long n) {
        Column o11 = col(WINDOWS);
        Column o12 = col(WINDOWS_A).minus(o11);
        Column o21 = col(WINDOWS_B).minus(o11);
        Column o22 = lit(n).minus(col(WINDOWS_A)).minus(col(WINDOWS_B)).plus(o11);
        Column withA = col(WINDOWS_A);
        Column withoutA = lit(n).minus(withA);
        Column withB = col(WINDOWS_B);
        Column withoutB = lit(n).minus(withB);
        Column sum = term(o11, withA, withB, n).plus(term(o12, withA, withoutB, n))
                .plus(term(o21, withoutA, withB, n)).plus(term(o22, withoutA, withoutB, n));
        // Rounding can leave a tiny negative sum for independent pairs.
        return greatest(lit(0.0), least(lit(Double.MAX_VALUE), sum.multiply(2)));
    }

    /** O ln(O / E) with E = row total x column total / N; 0 when O is 0. */
    private static Column term(Column observed, Column row, Column column, long n) {
        Column expected = row.multiply(column).divide(n);
        return when(observed.gt(0), observed.multiply(log(observed.divide(expected)))).otherwise(lit(0.0));
    }
}
