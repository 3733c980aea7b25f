package org.narrativelens.actors;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.narrativelens.config.CooccurrenceWindow;

/**
 * Spark stage: counts, for every pair of actors, the windows (sentences or documents) that mention
 * both, each pair once per window, and the documents they share. Pairs are formed by a join within
 * each window on the executors; only the strongest pairs are brought back.
 *
 * <p>Output columns: actor_a, actor_b (a &lt; b), windows, documents, evidence_doc, evidence. With
 * sentence windows the evidence is the first sentence (in document order) naming both; with document
 * windows it is the sentence where the second of the two is first named.
 */
public final class CooccurrenceStage {

    public static final String ACTOR_A = "actor_a";
    public static final String ACTOR_B = "actor_b";
    public static final String WINDOWS = "windows";
    public static final String DOCUMENTS = "documents";
    public static final String EVIDENCE_DOC = "evidence_doc";
    public static final String EVIDENCE = "evidence";

    private static final String WINDOW = "window";

    public Dataset<Row> apply(Dataset<Row> mentions, CooccurrenceWindow window) {
        Column windowId = window == CooccurrenceWindow.SENTENCE ? col(MentionSchema.SENTENCE_INDEX) : lit(0);
        Dataset<Row> units = mentions
                .groupBy(col(MentionSchema.DOC_ID), windowId.as(WINDOW), col(MentionSchema.ACTOR_ID))
                .agg(min(struct(col(MentionSchema.SENTENCE_INDEX), col(MentionSchema.SENTENCE))).as("first"));
        Dataset<Row> a = units.as("a");
        Dataset<Row> b = units.as("b");
        return a.join(b, col("a." + MentionSchema.DOC_ID).equalTo(col("b." + MentionSchema.DOC_ID))
                        .and(col("a." + WINDOW).equalTo(col("b." + WINDOW)))
                        .and(col("a." + MentionSchema.ACTOR_ID).lt(col("b." + MentionSchema.ACTOR_ID))))
                .groupBy(col("a." + MentionSchema.ACTOR_ID).as(ACTOR_A), col("b." + MentionSchema.ACTOR_ID).as(ACTOR_B))
                .agg(count(lit(1)).as(WINDOWS),
                        countDistinct(col("a." + MentionSchema.DOC_ID)).as(DOCUMENTS),
                        min(struct(col("a." + MentionSchema.DOC_ID).as("doc"),
                                greatest(col("a.first"), col("b.first")).as("at"))).as("ev"))
                .select(col(ACTOR_A), col(ACTOR_B), col(WINDOWS), col(DOCUMENTS),
                        col("ev.doc").as(EVIDENCE_DOC), col("ev.at." + MentionSchema.SENTENCE).as(EVIDENCE));
    }
}
