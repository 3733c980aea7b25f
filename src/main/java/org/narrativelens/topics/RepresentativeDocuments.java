package org.narrativelens.topics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.row_number;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.narrativelens.corpus.DocumentSchema;

/**
 * Spark stage: the documents each topic has the largest share of, as examples of what the topic is about.
 * Ties go to the lower document id, so the choice is repeatable.
 */
public final class RepresentativeDocuments {

    public static final String TOPIC = "topic";
    public static final String RANK = "rank";

    private RepresentativeDocuments() {
    }

    /** Per topic, the {@code n} documents of {@code documentTopics} with the largest share of it: topic, rank, doc id, title, share. */
    public static Dataset<Row> top(Dataset<Row> documentTopics, int n) {
        Dataset<Row> shares = documentTopics.select(col(DocumentSchema.DOC_ID), col(DocumentSchema.TITLE),
                posexplode(col(TopicModelStage.DISTRIBUTION)).as(new String[] {TOPIC, TopicModelStage.WEIGHT}));
        return shares
                .withColumn(RANK, row_number().over(Window.partitionBy(TOPIC)
                        .orderBy(col(TopicModelStage.WEIGHT).desc(), col(DocumentSchema.DOC_ID))))
                .where(col(RANK).leq(n))
                .select(col(TOPIC), col(RANK), col(DocumentSchema.DOC_ID), col(DocumentSchema.TITLE), col(TopicModelStage.WEIGHT))
                .orderBy(TOPIC, RANK);
    }
}
