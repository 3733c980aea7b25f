package org.narrativelens.corpus;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.feature.NGram;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Finds duplicate documents with MinHash LSH from MLlib over shingles of three consecutive content terms
 * (a document of fewer terms is one shingle): two documents whose Jaccard similarity is at least the
 * threshold are duplicates, {@code exact} when their texts are the same once case and spacing are
 * ignored, {@code near} otherwise. Of each pair the earlier document is kept (by publication date, then
 * id); a document is dropped once, in favour of the earliest it matches.
 *
 * <p>Candidates first: documents sharing a band of MinHash values, or the same normalised text (a
 * window over small hashed rows, never the texts; see {@link #pairsInBuckets} for how large buckets are
 * bounded). Only candidate pairs have their exact Jaccard similarity measured; in a corpus without
 * duplicates that join is not run at all. MLlib's own similarity join is not used: it pairs documents
 * sharing any single MinHash value, which grows with the square of the corpus when documents share
 * sentences. Documents with no content term cannot be compared and are never duplicates.
 */
public final class DuplicateFinder {

    /** The kept document a dropped one duplicates. */
    public static final String KEPT_ID = "kept_id";
    /** Jaccard similarity of the two documents' shingles. */
    public static final String SIMILARITY = "similarity";
    /** {@link #EXACT} or {@link #NEAR}. */
    public static final String KIND = "kind";
    /** The kind of a duplicate with the same text, case and spacing aside. */
    public static final String EXACT = "exact";
    /** The kind of a duplicate with similar shingles but not the same text. */
    public static final String NEAR = "near";
    /** Content terms of the dropped document, to take them out of the corpus totals. */
    public static final String TERMS = "terms";

    static final int SHINGLE_TERMS = 3;
    /** MinHash values per band of the candidate search (see {@link #bandKeys}). */
    static final int ROWS_PER_BAND = 2;
    /** MinHash functions: eight bands of two. */
    static final int HASH_TABLES = 8 * ROWS_PER_BAND;
    private static final int FEATURES = 1 << 20;

    private static final String ORDER = "order_key";
    private static final String HASH = "text_hash";
    private static final String NGRAMS = "ngrams";
    private static final String SHINGLES = "shingles";
    private static final String VECTOR = "shingle_vector";
    private static final String FIRST = "first";
    private static final String HASHES = "lsh_hashes";
    private static final String BUCKET = "bucket";
    private static final String BUCKET_DOCS = "bucket_docs";
    private static final String POSITION = "position";
    private static final String EARLIER = "earlier_id";
    private static final String LATER = "later_id";
    /** Largest bucket whose documents are all compared pairwise (1,225 pairs); see {@link #pairsInBuckets}. */
    static final int ALL_PAIRS_BUCKET = 50;

    /** The schema {@link #find} returns. */
    static final StructType SCHEMA = new StructType()
            .add(DocumentSchema.DOC_ID, DataTypes.StringType, false)
            .add(KEPT_ID, DataTypes.StringType, false)
            .add(SIMILARITY, DataTypes.DoubleType, false)
            .add(KIND, DataTypes.StringType, false)
            .add(TERMS, DataTypes.IntegerType, false);

    /**
     * Seed of the MinHash functions in a run. Fixed, not {@code --seed}: the duplicates found are part of the
     * prepared corpus, which a rerun with another seed for the topics reuses.
     */
    public static final long SEED = 42;

    private final double threshold;
    private final long seed;

    /**
     * @param threshold least Jaccard similarity of duplicates, in (0, 1]
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
     * dropped document with {@link DocumentSchema#DOC_ID}, {@link #KEPT_ID}, {@link #SIMILARITY},
     * {@link #KIND} and {@link #TERMS}, cached (computed before it returns): unpersist it when done.
     */
    public Dataset<Row> find(Dataset<Row> documents) {
        Column order = concat(coalesce(date_format(col(DocumentSchema.PUBLISHED), "yyyy-MM-dd"), lit("9999-99-99")),
                lit(" "), col(DocumentSchema.DOC_ID));
        Column terms = col(DocumentSchema.TERMS);
        Dataset<Row> shingled = new NGram().setN(SHINGLE_TERMS).setInputCol(DocumentSchema.TERMS).setOutputCol(NGRAMS)
                .transform(documents.where(size(terms).gt(0)))
                .select(col(DocumentSchema.DOC_ID), order.as(ORDER),
                        xxhash64(lower(regexp_replace(col(DocumentSchema.CLEAN_TEXT), "\\s+", " "))).as(HASH),
                        size(terms).as(TERMS),
                        when(size(terms).lt(SHINGLE_TERMS), array(concat_ws(" ", terms))).otherwise(col(NGRAMS)).as(SHINGLES));
        Dataset<Row> vectors = new HashingTF().setInputCol(SHINGLES).setOutputCol(VECTOR).setNumFeatures(FEATURES).setBinary(true)
                .transform(shingled)
                .drop(SHINGLES);
        MinHashLSHModel lsh;
        try {
            lsh = new MinHashLSH().setNumHashTables(HASH_TABLES).setSeed(seed).setInputCol(VECTOR).setOutputCol(HASHES).fit(vectors);
        } catch (java.util.NoSuchElementException noDocument) {
            // fit reads the vector size from a first row; with no document to compare there is no duplicate.
            return none(vectors);
        }
        // Read by both candidate searches and both sides of the join: hashed once.
        Dataset<Row> hashed = lsh.transform(vectors).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> pairs = pairsInBuckets(hashed.select(col(DocumentSchema.DOC_ID), col(ORDER), explode(bandKeysUdf().apply(col(HASHES))).as(BUCKET)))
                .union(pairsInBuckets(hashed.select(col(DocumentSchema.DOC_ID), col(ORDER), col(HASH).as(BUCKET))))
                .distinct()
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            if (pairs.isEmpty()) {
                return none(vectors);
            }
            UserDefinedFunction jaccard = udf((UDF2<Vector, Vector, Double>) DuplicateFinder::jaccard, DataTypes.DoubleType);
            Dataset<Row> a = hashed.as("a");
            Dataset<Row> b = hashed.as("b");
            Dataset<Row> similar = pairs.join(a, col(EARLIER).equalTo(col("a." + DocumentSchema.DOC_ID)))
                    .join(b, col(LATER).equalTo(col("b." + DocumentSchema.DOC_ID)))
                    .withColumn(SIMILARITY, jaccard.apply(col("a." + VECTOR), col("b." + VECTOR)))
                    // A pair exactly at the threshold counts; the small margin absorbs rounding of the ratio.
                    .where(col(SIMILARITY).geq(threshold - 1e-9))
                    .select(col("b." + DocumentSchema.DOC_ID).as(DocumentSchema.DOC_ID), col("b." + TERMS).as(TERMS),
                            struct(col("a." + ORDER).as(ORDER), col("a." + DocumentSchema.DOC_ID).as(KEPT_ID), col(SIMILARITY),
                                    when(col("a." + HASH).equalTo(col("b." + HASH)), lit(EXACT)).otherwise(lit(NEAR)).as(KIND))
                                    .as(FIRST));
            Dataset<Row> dropped = similar.groupBy(DocumentSchema.DOC_ID, TERMS).agg(min(col(FIRST)).as(FIRST))
                    .select(col(DocumentSchema.DOC_ID), col(FIRST + "." + KEPT_ID).as(KEPT_ID), col(FIRST + "." + SIMILARITY).as(SIMILARITY),
                            col(FIRST + "." + KIND).as(KIND), col(TERMS))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            dropped.count();
            return dropped;
        } finally {
            pairs.unpersist();
            hashed.unpersist();
        }
    }

    /**
     * Pairs (earlier, later) of documents that share a bucket ({@code id, order, bucket} rows). In a bucket
     * of at most {@link #ALL_PAIRS_BUCKET} documents every pair is compared; in a larger one each document
     * only with the bucket's earliest, so the comparisons stay linear in the corpus when many documents
     * share text (templated pages, a resampled corpus): copies of one story are still found against its
     * first appearance.
     */
    private static Dataset<Row> pairsInBuckets(Dataset<Row> members) {
        Dataset<Row> ranked = members
                .withColumn(POSITION, row_number().over(Window.partitionBy(BUCKET).orderBy(ORDER)))
                .withColumn(BUCKET_DOCS, count(lit(1)).over(Window.partitionBy(BUCKET)))
                .where(col(BUCKET_DOCS).gt(1));
        // The left side holds one row per large bucket, so the join never lists a large bucket's pairs.
        Dataset<Row> heads = ranked.where(col(BUCKET_DOCS).leq(ALL_PAIRS_BUCKET).or(col(POSITION).equalTo(1))).as("head");
        return heads.join(ranked.as("member"), col("head." + BUCKET).equalTo(col("member." + BUCKET))
                        .and(col("head." + POSITION).lt(col("member." + POSITION))))
                .select(col("head." + DocumentSchema.DOC_ID).as(EARLIER), col("member." + DocumentSchema.DOC_ID).as(LATER));
    }

    private static UserDefinedFunction bandKeysUdf() {
        return udf((UDF1<scala.collection.Seq<Vector>, List<Long>>) DuplicateFinder::bandKeys, DataTypes.createArrayType(DataTypes.LongType));
    }

    /** Jaccard similarity of two binary shingle vectors: shared shingles over all shingles of the two. */
    static double jaccard(Vector a, Vector b) {
        int[] x = a.toSparse().indices();
        int[] y = b.toSparse().indices();
        int shared = 0;
        for (int i = 0, j = 0; i < x.length && j < y.length; ) {
            if (x[i] == y[j]) {
                shared++;
                i++;
                j++;
            } else if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return (double) shared / (x.length + y.length - shared);
    }

    /**
     * The keys of a document's bands: each band is {@link #ROWS_PER_BAND} consecutive MinHash values, so
     * two documents share a band with probability s^2 per band at similarity s: 1 - (1 - 0.8^2)^8 > 0.999
     * for duplicates at 0.8, about 0.08 for documents at 0.1.
     */
    static List<Long> bandKeys(scala.collection.Seq<Vector> hashes) {
        List<Long> keys = new ArrayList<>(hashes.size() / ROWS_PER_BAND);
        for (int band = 0; band + ROWS_PER_BAND <= hashes.size(); band += ROWS_PER_BAND) {
            long key = band;
            for (int row = band; row < band + ROWS_PER_BAND; row++) {
                key = key * 1_000_003L + (long) hashes.apply(row).apply(0);
            }
            keys.add(key);
        }
        return keys;
    }

    /** No duplicate: an empty local relation, so caching and counting it costs no Spark job over the corpus. */
    private static Dataset<Row> none(Dataset<Row> vectors) {
        return vectors.sparkSession().createDataFrame(List.of(), SCHEMA);
    }
}
