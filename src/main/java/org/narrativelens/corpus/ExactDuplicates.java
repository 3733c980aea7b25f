package org.narrativelens.corpus;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;

/**
 * Spark stage: marks analysed documents whose cleaned text is the same as an earlier one's (case and
 * spacing ignored) as {@link DocumentStatus#DUPLICATE}, naming the kept document in
 * {@link DocumentSchema#DUPLICATE_OF}. Of each group the document with the smallest id is kept, so the
 * choice does not depend on reading order. Wire copies republished by several outlets are thus counted
 * once in every statistic.
 */
public final class ExactDuplicates {

    private static final String HASH = "_content_hash";

    /** {@code analysed} with {@link DocumentSchema#DUPLICATE_OF} added and duplicates' status changed. */
    public Dataset<Row> apply(Dataset<Row> analysed) {
        Column isAnalysed = col(DocumentSchema.STATUS).equalTo(DocumentStatus.ANALYSED.value());
        // Rejected documents get a hash of their own (their id) so they never group with anything.
        Column hash = when(isAnalysed, sha2(lower(regexp_replace(col(DocumentSchema.CLEAN_TEXT), "\\s+", " ")), 256))
                .otherwise(col(DocumentSchema.DOC_ID));
        WindowSpec sameText = Window.partitionBy(HASH).orderBy(DocumentSchema.DOC_ID);
        Column keptId = first(col(DocumentSchema.DOC_ID)).over(sameText);
        Dataset<Row> hashed = analysed.withColumn(HASH, hash);
        Column duplicateOf = when(isAnalysed.and(keptId.notEqual(col(DocumentSchema.DOC_ID))), keptId)
                .otherwise(lit(null).cast(DataTypes.StringType));
        return hashed
                .withColumn(DocumentSchema.DUPLICATE_OF, duplicateOf)
                .withColumn(DocumentSchema.STATUS, when(col(DocumentSchema.DUPLICATE_OF).isNotNull(),
                        lit(DocumentStatus.DUPLICATE.value())).otherwise(col(DocumentSchema.STATUS)))
                .drop(HASH);
    }
}
