package org.narrativelens.corpus;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.xxhash64;

import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.feature.NGram;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Finds duplicate documents: exact ones (same text once case and spacing are ignored) and near ones
 * (MinHash LSH from MLlib over shingles of three consecutive content terms, Jaccard similarity at least
 * the threshold). Of each duplicate pair the earlier document is kept (by publication date, then id) and
 * the later one is listed as dropped; a document is dropped once, in favour of the earliest it matches.
 *
 * <p>Only (id, order, hash) rows are shuffled for exact duplicates; near duplicates are looked for among
 * the remaining documents with at least three terms (shorter ones are compared exactly only).
 */
public final class DuplicateFinder {

    /** The kept document a dropped one duplicates. */
    public static final String KEPT_ID = "kept_id";
    /** Jaccard similarity of the two documents' shingles (1 for exact duplicates). */
    public static final String SIMILARITY = "similarity";
    /** {@code exact} or {@code near}. */
    public static final String KIND = "kind";

    static final int SHINGLE_TERMS = 3;
    /** Hash tables of the LSH: a pair at similarity 0.8 is a candidate with probability 1 - 0.2^5 (> 0.999). */
    static final int HASH_TABLES = 5;
    private static final int FEATURES = 1 << 20;

    private static final String ORDER = "order_key";
    private static final String HASH = "text_hash";
    private static final String SHINGLES = "shingles";
    private static final String VECTOR = "shingle_vector";
    private static final String DISTANCE = "distance";
    private static final String FIRST = "first";

    private final double threshold;
    private final long seed;

    /**
     * @param threshold least Jaccard similarity of near duplicates, in (0, 1]; 1 finds exact duplicates only
     * @param seed      seed of the MinHash functions
     */
    public DuplicateFinder(double threshold, long seed) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], was " + threshold);
        }
        this.threshold = threshold;
        this.seed = seed;
    }

    /**
     * The dropped documents among {@code documents} ({@link DocumentSchema#ANALYSED} rows): one row per
     * dropped document with {@link DocumentSchema#DOC_ID}, {@link #KEPT_ID}, {@link #SIMILARITY} and {@link #KIND}.
     */
    public Dataset<Row> find(Dataset<Row> documents) {
        Column order = concat(coalesce(date_format(col(DocumentSchema.PUBLISHED), "yyyy-MM-dd"), lit("9999-99-99")),
                lit(" "), col(DocumentSchema.DOC_ID));
        Dataset<Row> keyed = documents.select(col(DocumentSchema.DOC_ID), order.as(ORDER),
                xxhash64(lower(regexp_replace(col(DocumentSchema.CLEAN_TEXT), "\\s+", " "))).as(HASH));
        Dataset<Row> firsts = keyed.groupBy(HASH).agg(min(struct(col(ORDER), col(DocumentSchema.DOC_ID))).as(FIRST));
        Dataset<Row> exact = keyed.join(firsts, HASH)
                .where(col(DocumentSchema.DOC_ID).notEqual(col(FIRST + "." + DocumentSchema.DOC_ID)))
                .select(col(DocumentSchema.DOC_ID), col(FIRST + "." + DocumentSchema.DOC_ID).as(KEPT_ID),
                        lit(1.0).as(SIMILARITY), lit("exact").as(KIND));
        if (threshold >= 1) {
            return exact;
        }
        Dataset<Row> unique = documents.join(exact.select(DocumentSchema.DOC_ID), DocumentSchema.DOC_ID, "left_anti")
                .where(size(col(DocumentSchema.TERMS)).geq(SHINGLE_TERMS))
                .select(col(DocumentSchema.DOC_ID), order.as(ORDER), col(DocumentSchema.TERMS));
        // MinHashLSH.fit reads the vector size from a first row: with no document to compare, there is none.
        return unique.isEmpty() ? exact : exact.unionByName(nearDuplicates(unique));
    }

    private Dataset<Row> nearDuplicates(Dataset<Row> documents) {
        Dataset<Row> shingled = new NGram().setN(SHINGLE_TERMS).setInputCol(DocumentSchema.TERMS).setOutputCol(SHINGLES)
                .transform(documents);
        Dataset<Row> vectors = new HashingTF().setInputCol(SHINGLES).setOutputCol(VECTOR).setNumFeatures(FEATURES).setBinary(true)
                .transform(shingled)
                .select(col(DocumentSchema.DOC_ID), col(ORDER), col(VECTOR));
        MinHashLSHModel lsh = new MinHashLSH().setNumHashTables(HASH_TABLES).setSeed(seed)
                .setInputCol(VECTOR).setOutputCol("lsh_hashes").fit(vectors);
        // approxSimilarityJoin keeps distances strictly below its bound; a pair exactly at the threshold counts.
        Dataset<Row> pairs = lsh.approxSimilarityJoin(vectors, vectors, 1 - threshold + 1e-9, DISTANCE)
                .where(col("datasetA." + ORDER).lt(col("datasetB." + ORDER)))
                .select(col("datasetB." + DocumentSchema.DOC_ID).as(DocumentSchema.DOC_ID),
                        struct(col("datasetA." + ORDER).as(ORDER), col("datasetA." + DocumentSchema.DOC_ID).as(KEPT_ID),
                                lit(1.0).minus(col(DISTANCE)).as(SIMILARITY)).as(FIRST));
        return pairs.groupBy(DocumentSchema.DOC_ID).agg(min(col(FIRST)).as(FIRST))
                .select(col(DocumentSchema.DOC_ID), col(FIRST + "." + KEPT_ID).as(KEPT_ID),
                        col(FIRST + "." + SIMILARITY).as(SIMILARITY), lit("near").as(KIND));
    }
}
