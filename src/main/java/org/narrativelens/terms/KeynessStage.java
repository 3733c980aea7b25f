package org.narrativelens.terms;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.log2;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.narrativelens.config.Comparison;

/**
 * Spark stage: the terms distinctive of one group of documents against another (keyness), by Dunning's
 * log-likelihood ratio G2 with the log ratio as effect size.
 *
 * <p>For a term with {@code a} occurrences among the {@code c} terms of group A and {@code b} among the
 * {@code d} terms of group B, G2 is the log-likelihood ratio of the 2 x 2 table (Dunning 1993)
 * <pre>
 *            A       B
 *   term     a       b        a + b
 *   other    c - a   d - b    N - a - b        N = c + d
 *            c       d
 * </pre>
 * G2 = 2 * sum over the four cells of O * ln(O / E), E = row total * column total / N, 0 * ln 0 = 0;
 * computed as 2 * (sum of x ln x over the cells - over the row totals - over the column totals + N ln N).
 * A term is kept when G2 >= {@value #CRITICAL_G2} (p &lt; 0.01, one degree of freedom): many terms are tested at
 * once, and 3.84 (p &lt; 0.05) would let one chance difference in twenty through.
 *
 * <p>Log ratio (Hardie 2014) = log2((a / c) / (b / d)): 1 means twice as frequent in A, -1 twice as frequent in B.
 * A zero count is taken as 0.5, so a term absent from one group has a finite ratio. A term is distinctive of
 * A when its log ratio is positive, else of B.
 */
public final class KeynessStage {

    /** Chi-square with one degree of freedom at p = 0.01. */
    public static final double CRITICAL_G2 = 6.63;
    /** Stands for a zero count in the log ratio. */
    public static final double ZERO_COUNT = 0.5;

    public static final String DISTINCTIVE_OF = "distinctive_of";
    public static final String COUNT_A = "count_a";
    public static final String COUNT_B = "count_b";
    public static final String G2 = "g2";
    public static final String LOG_RATIO = "log_ratio";
    /** Significant terms of the same direction, in all (not only the top N). */
    public static final String SIGNIFICANT = "significant";

    private final Dataset<Row> documentTerms;

    /** Keyness over the per-document counts of {@link TermStatisticsStage#documentTerms()}. */
    public KeynessStage(Dataset<Row> documentTerms) {
        this.documentTerms = documentTerms;
    }

    /**
     * The {@code topN} significant terms of each direction, by G2: term, distinctive_of (A's value or B's label),
     * count_a, count_b, g2, log_ratio, significant, rank (1 = highest G2 of its direction), in no order.
     * {@code termsA} and {@code termsB} are the terms of the two groups (c and d).
     */
    public Dataset<Row> compare(Comparison comparison, long termsA, long termsB, int topN) {
        Column value = col(GroupSizes.column(comparison.field()));
        Column inA = value.equalTo(comparison.a());
        Column inB = comparison.b() == null ? value.isNotNull().and(value.notEqual(comparison.a())) : value.equalTo(comparison.b());
        Dataset<Row> counts = documentTerms.where(inA.or(inB))
                .groupBy(TermStatisticsStage.TERM)
                .agg(sum(when(inA, col(TermStatisticsStage.TF)).otherwise(0L)).as(COUNT_A),
                        sum(when(inB, col(TermStatisticsStage.TF)).otherwise(0L)).as(COUNT_B));
        Column a = col(COUNT_A);
        Column b = col(COUNT_B);
        double c = termsA;
        double d = termsB;
        Column g2 = g2(a, b, lit(c), lit(d));
        Column logRatio = log2(smoothed(a).divide(c).divide(smoothed(b).divide(d)));
        Column direction = when(col(LOG_RATIO).gt(0), lit(comparison.a())).otherwise(lit(comparison.bLabel()));
        return counts.withColumn(G2, g2).withColumn(LOG_RATIO, logRatio)
                .where(col(G2).geq(CRITICAL_G2))
                .withColumn(DISTINCTIVE_OF, direction)
                .withColumn(TermStatisticsStage.RANK, row_number().over(Window.partitionBy(DISTINCTIVE_OF)
                        .orderBy(desc(G2), col(TermStatisticsStage.TERM))))
                .withColumn(SIGNIFICANT, count(lit(1)).over(Window.partitionBy(DISTINCTIVE_OF)))
                .where(col(TermStatisticsStage.RANK).leq(topN))
                .select(TermStatisticsStage.TERM, DISTINCTIVE_OF, COUNT_A, COUNT_B, G2, LOG_RATIO, SIGNIFICANT,
                        TermStatisticsStage.RANK);
    }

    /**
     * Dunning's log-likelihood G2 of a term counted {@code a} times in a part of {@code c} terms and {@code b}
     * times in another part of {@code d} terms (the 2 x 2 table of the term against the rest), at least 0.
     */
    public static Column g2(Column a, Column b, Column c, Column d) {
        Column n = c.plus(d);
        return greatest(lit(0.0), lit(2.0).multiply(
                xlnx(a).plus(xlnx(b)).plus(xlnx(c.minus(a))).plus(xlnx(d.minus(b)))
                        .minus(xlnx(a.plus(b))).minus(xlnx(n.minus(a).minus(b)))
                        .minus(xlnx(c)).minus(xlnx(d)).plus(xlnx(n))));
    }

    private static Column smoothed(Column count) {
        return when(count.equalTo(0), lit(ZERO_COUNT)).otherwise(count);
    }

    /** x ln x, 0 for x = 0. */
    private static Column xlnx(Column x) {
        return when(x.gt(0), x.multiply(log(x))).otherwise(lit(0.0));
    }
}
