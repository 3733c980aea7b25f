package org.narrativelens.terms;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.narrativelens.corpus.DocumentSchema;

/**
 * Spark stage: the domains the analysed documents link to ({@link DocumentSchema#LINKS}) and their hashtags
 * ({@link DocumentSchema#HASHTAGS}), each counted in one aggregation and bounded to the top N, most first,
 * ties by name. Example: {@code domains(analysed, 50)} gives rows (domain, links, documents).
 */
public final class WebTokenCounts {

    public static final String DOMAIN = "domain";
    public static final String LINKS = "links";
    public static final String HASHTAG = "hashtag";
    public static final String COUNT = "count";
    public static final String DOCUMENTS = "documents";

    private WebTokenCounts() {
    }

    /** The {@code topN} most linked domains: domain, links (occurrences), documents (linking to it). */
    public static Dataset<Row> domains(Dataset<Row> analysed, int topN) {
        return top(analysed, DocumentSchema.LINKS, DOMAIN, LINKS, topN);
    }

    /** The {@code topN} most used hashtags: hashtag, count (occurrences), documents (using it). */
    public static Dataset<Row> hashtags(Dataset<Row> analysed, int topN) {
        return top(analysed, DocumentSchema.HASHTAGS, HASHTAG, COUNT, topN);
    }

    private static Dataset<Row> top(Dataset<Row> analysed, String column, String name, String occurrences, int topN) {
        return analysed.select(col(DocumentSchema.DOC_ID), explode(col(column)).as(name))
                .groupBy(name).agg(count(lit(1)).as(occurrences), countDistinct(col(DocumentSchema.DOC_ID)).as(DOCUMENTS))
                .orderBy(desc(occurrences), col(name))
                .limit(topN);
    }
}
