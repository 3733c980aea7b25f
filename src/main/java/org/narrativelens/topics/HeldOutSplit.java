package org.narrativelens.topics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.xxhash64;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.narrativelens.corpus.DocumentSchema;

/**
 * The documents held out of fitting to measure perplexity when several numbers of topics are compared: the
 * {@value #FRACTION_PERCENT}% (at least one) with the smallest hash of seed and document id (xxHash64). The same
 * ids and seed give the same split, whatever the order or partitioning of the documents; another seed, another split.
 *
 * @param seed      the run's seed
 * @param threshold the largest hash of a held-out document
 * @param heldOut   how many documents are held out
 */
public record HeldOutSplit(long seed, long threshold, long heldOut) {

    static final double FRACTION = 0.1;
    static final int FRACTION_PERCENT = 10;

    /** The split of the {@code documents} documents of {@code docs} (a dataset with a doc id column). */
    public static HeldOutSplit of(Dataset<Row> docs, long documents, long seed) {
        long n = Math.max(1, Math.round(documents * FRACTION));
        Row last = docs.select(hash(seed).as("h")).orderBy(col("h")).limit((int) Math.min(Integer.MAX_VALUE, n)).agg(max(col("h"))).first();
        return new HeldOutSplit(seed, last.isNullAt(0) ? Long.MIN_VALUE : last.getLong(0), n);
    }

    /** True for a held-out document. */
    public Column isHeldOut() {
        return hash(seed).leq(lit(threshold));
    }

    private static Column hash(long seed) {
        return xxhash64(lit(seed), col(DocumentSchema.DOC_ID));
    }
}
