package org.narrativelens.terms;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;

import java.util.Collection;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.narrativelens.config.Comparison;

/**
 * Spark stage: the most frequent terms of each source and of each period, from the per-document counts of
 * {@link TermStatisticsStage#documentTerms()}. Rows: {@code field} (SOURCE or PERIOD), {@code group} (its
 * value), rank, term, tf (occurrences in the group), df (documents of the group containing the term).
 *
 * <p>The counts of a few chosen terms in every period ride along in the same query (whatever their rank),
 * so the trend chart costs no Spark job of its own.
 */
public final class GroupTermsStage {

    public static final String FIELD = "field";
    public static final String GROUP = "group";

    private final Dataset<Row> documentTerms;

    public GroupTermsStage(Dataset<Row> documentTerms) {
        this.documentTerms = documentTerms;
    }

    /**
     * The {@code topN} terms (by tf, ties by term) of each group named in {@code groups}, plus the rows of
     * {@code trendTerms} in every period, in no order (sorting a small result on the driver spares Spark a job).
     * Groups absent from {@code groups} are left out.
     */
    public Dataset<Row> topTerms(Map<Comparison.Field, ? extends Collection<String>> groups, int topN,
                                 Collection<String> trendTerms) {
        Column wanted = lit(false);
        for (Map.Entry<Comparison.Field, ? extends Collection<String>> e : groups.entrySet()) {
            if (!e.getValue().isEmpty()) {
                wanted = wanted.or(col(FIELD).equalTo(e.getKey().name()).and(col(GROUP).isin(e.getValue().toArray())));
            }
        }
        Column trend = trendTerms.isEmpty() ? lit(false)
                : col(FIELD).equalTo(Comparison.Field.PERIOD.name()).and(col(TermStatisticsStage.TERM).isin(trendTerms.toArray()));
        // Each document's counts once under its source and once under its period.
        Dataset<Row> byGroup = documentTerms
                .select(explode(array(group(Comparison.Field.SOURCE), group(Comparison.Field.PERIOD))).as("g"),
                        col(TermStatisticsStage.TERM), col(TermStatisticsStage.TF))
                .select(col("g." + FIELD).as(FIELD), col("g." + GROUP).as(GROUP), col(TermStatisticsStage.TERM),
                        col(TermStatisticsStage.TF))
                .where(col(GROUP).isNotNull().and(wanted.or(trend)));
        // One shuffle: rows clustered by group need none more to be counted by term, nor to be ranked in the group.
        return byGroup.repartition(col(FIELD), col(GROUP))
                .groupBy(FIELD, GROUP, TermStatisticsStage.TERM)
                .agg(sum(TermStatisticsStage.TF).as(TermStatisticsStage.TF), count(lit(1)).as(TermStatisticsStage.DF))
                .withColumn(TermStatisticsStage.RANK, row_number().over(Window.partitionBy(FIELD, GROUP)
                        .orderBy(desc(TermStatisticsStage.TF), col(TermStatisticsStage.TERM))))
                .where(wanted.and(col(TermStatisticsStage.RANK).leq(topN)).or(trend))
                .select(FIELD, GROUP, TermStatisticsStage.RANK, TermStatisticsStage.TERM, TermStatisticsStage.TF,
                        TermStatisticsStage.DF);
    }

    /** A document's value of {@code field} as a (field, group) pair. */
    private static Column group(Comparison.Field field) {
        return struct(lit(field.name()).as(FIELD), col(GroupSizes.column(field)).as(GROUP));
    }
}
