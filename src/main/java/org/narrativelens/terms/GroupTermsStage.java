package org.narrativelens.terms;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;

import java.util.Collection;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.narrativelens.config.Comparison;
import org.narrativelens.corpus.DocumentSchema;

/**
 * Spark stage: the most frequent terms of each source and of each period, and the size of each group, from the
 * per-document counts of {@link TermStatisticsStage#documentTerms()}. Rows: {@code field} (SOURCE or PERIOD),
 * {@code group} (its value), rank, term, tf (occurrences in the group), df (documents of the group containing
 * the term); and for each group one row of rank {@link #SIZE_RANK}, without a term, whose tf is the group's terms
 * and df its documents ({@link GroupSizes#of}).
 *
 * <p>The counts of a few chosen terms in every period ride along in the same query (whatever their rank),
 * so the trend chart costs no Spark job of its own.
 */
public final class GroupTermsStage {

    public static final String FIELD = "field";
    public static final String GROUP = "group";
    /** The rank of the rows that give a group's size. */
    public static final int SIZE_RANK = 0;

    private final Dataset<Row> documentTerms;

    public GroupTermsStage(Dataset<Row> documentTerms) {
        this.documentTerms = documentTerms;
    }

    /**
     * The size and the {@code topN} terms (by tf, ties by term) of every group, plus the rows of {@code trendTerms}
     * in every period, in no order (sorting a small result on the driver spares Spark a job). At most
     * (sources + periods) x (topN + 1 + trend terms) rows.
     */
    public Dataset<Row> topTerms(int topN, Collection<String> trendTerms) {
        Column trend = trendTerms.isEmpty() ? lit(false)
                : col(FIELD).equalTo(Comparison.Field.PERIOD.name()).and(col(TermStatisticsStage.TERM).isin(trendTerms.toArray()));
        // Each document's counts once under its source and once under its period, clustered by group: counted by
        // term and ranked in the group, or summed into its size, they need no other shuffle.
        Dataset<Row> byGroup = documentTerms
                .select(explode(array(group(Comparison.Field.SOURCE), group(Comparison.Field.PERIOD))).as("g"),
                        col(DocumentSchema.DOC_ID), col(TermStatisticsStage.TERM), col(TermStatisticsStage.TF))
                .select(col("g." + FIELD).as(FIELD), col("g." + GROUP).as(GROUP), col(DocumentSchema.DOC_ID),
                        col(TermStatisticsStage.TERM), col(TermStatisticsStage.TF))
                .where(col(GROUP).isNotNull())
                .repartition(col(FIELD), col(GROUP));
        Dataset<Row> terms = byGroup
                .groupBy(FIELD, GROUP, TermStatisticsStage.TERM)
                .agg(sum(TermStatisticsStage.TF).as(TermStatisticsStage.TF), count(lit(1)).as(TermStatisticsStage.DF))
                .withColumn(TermStatisticsStage.RANK, row_number().over(Window.partitionBy(FIELD, GROUP)
                        .orderBy(desc(TermStatisticsStage.TF), col(TermStatisticsStage.TERM))))
                .where(col(TermStatisticsStage.RANK).leq(topN).or(trend))
                .select(FIELD, GROUP, TermStatisticsStage.RANK, TermStatisticsStage.TERM, TermStatisticsStage.TF,
                        TermStatisticsStage.DF);
        Dataset<Row> sizes = byGroup
                .groupBy(FIELD, GROUP)
                .agg(sum(TermStatisticsStage.TF).as(TermStatisticsStage.TF),
                        countDistinct(DocumentSchema.DOC_ID).as(TermStatisticsStage.DF))
                .select(col(FIELD), col(GROUP), lit(SIZE_RANK).as(TermStatisticsStage.RANK),
                        lit(null).cast(DataTypes.StringType).as(TermStatisticsStage.TERM), col(TermStatisticsStage.TF),
                        col(TermStatisticsStage.DF));
        return terms.union(sizes);
    }

    /** A document's value of {@code field} as a (field, group) pair. */
    private static Column group(Comparison.Field field) {
        return struct(lit(field.name()).as(FIELD), col(GroupSizes.column(field)).as(GROUP));
    }
}
