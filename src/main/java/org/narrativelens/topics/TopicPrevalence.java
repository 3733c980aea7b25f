package org.narrativelens.topics;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.narrativelens.corpus.DocumentSchema;

/**
 * Spark stage: how much of a group's documents (a source, a period) each topic takes: the mean of the
 * topic's share over the group's documents, so groups of different sizes compare. Documents without a
 * value for the group are left out.
 */
public final class TopicPrevalence {

    public static final String GROUP = "grp";
    public static final String DOCUMENTS = "documents";
    public static final String SHARE = "share";

    private TopicPrevalence() {
    }

    /**
     * Per value of {@code group} (an expression over {@code documents}' columns) and topic: group, topic,
     * documents in the group, mean share; {@code documentTopics} gives each document's distribution.
     */
    public static Dataset<Row> by(Dataset<Row> documentTopics, Dataset<Row> documents, Column group) {
        Dataset<Row> grouped = documents.select(col(DocumentSchema.DOC_ID), group.as(GROUP)).where(col(GROUP).isNotNull());
        return documentTopics.select(col(DocumentSchema.DOC_ID), col(TopicModelStage.DISTRIBUTION))
                .join(grouped, DocumentSchema.DOC_ID)
                .select(col(GROUP), posexplode(col(TopicModelStage.DISTRIBUTION)).as(new String[] {RepresentativeDocuments.TOPIC, SHARE}))
                .groupBy(GROUP, RepresentativeDocuments.TOPIC)
                .agg(count(lit(1)).as(DOCUMENTS), avg(col(SHARE)).as(SHARE))
                .orderBy(GROUP, RepresentativeDocuments.TOPIC);
    }
}
