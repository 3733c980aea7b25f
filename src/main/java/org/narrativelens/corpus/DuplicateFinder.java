package org.narrativelens.corpus;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.regexp_replace;
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
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Finds duplicate documents with MinHash LSH from MLlib over shingles of three consecutive content terms
 * (a document of fewer terms is one shingle): two documents whose Jaccard similarity is at least the
 * threshold are duplicates, {@code exact} when their texts are the same once case and spacing are
 * ignored, {@code near} otherwise. Of each pair the earlier document is kept (by publication date, then
 * id); a document is dropped once, in favour of the earliest it matches.
 *
 * <p>Candidates first: documents sharing a band of MinHash values (one aggregation over small hashed
 * rows, never the texts). Only candidates go through MLlib's similarity join, which measures their
 * exact Jaccard similarity; in a corpus without duplicates that join is not run at all. Documents with
 * no content term cannot be compared and are never duplicates.
 */
public final class DuplicateFinder {

    /** The kept document a dropped one duplicates. */
    public static final String KEPT_ID = "kept_id";
    /** Jaccard similarity of the two documents' shingles. */
    public static final String SIMILARITY = "similarity";
    /** {@code exact} or {@code near}. */
    public static final String KIND = "kind";
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
    private static final String DISTANCE = "distance";
    private static final String FIRST = "first";
    private static final String HASHES = "lsh_hashes";
    private static final String BUCKET = "bucket";
    private static final String BUCKET_DOCS = "bucket_docs";

    /** The schema {@link #find} returns. */
    static final StructType SCHEMA = new StructType()
            .add(DocumentSchema.DOC_ID, DataTypes.StringType, false)
            .add(KEPT_ID, DataTypes.StringType, false)
            .add(SIMILARITY, DataTypes.DoubleType, false)
            .add(KIND, DataTypes.StringType, false)
            .add(TERMS, DataTypes.IntegerType, false);

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
     * {@link #KIND} and {@link #TERMS}.
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
        // Most documents share no band of MinHash values with any other: one aggregation finds the few
        // that do, and only those go through the similarity join.
        UserDefinedFunction bands = udf((UDF1<scala.collection.Seq<Vector>, List<Long>>) DuplicateFinder::bandKeys,
                DataTypes.createArrayType(DataTypes.LongType));
        Dataset<Row> candidates = lsh.transform(vectors)
                .select(col(DocumentSchema.DOC_ID), explode(bands.apply(col(HASHES))).as(BUCKET))
                .groupBy(BUCKET).agg(collect_list(col(DocumentSchema.DOC_ID)).as(BUCKET_DOCS))
                .where(size(col(BUCKET_DOCS)).gt(1))
                .select(explode(col(BUCKET_DOCS)).as(DocumentSchema.DOC_ID))
                .distinct();
        if (candidates.isEmpty()) {
            return none(vectors);
        }
        Dataset<Row> compared = vectors.join(candidates, DocumentSchema.DOC_ID);
        // approxSimilarityJoin keeps distances strictly below its bound; a pair exactly at the threshold counts.
        Dataset<Row> pairs = lsh.approxSimilarityJoin(compared, compared, 1 - threshold + 1e-9, DISTANCE)
                .where(col("datasetA." + ORDER).lt(col("datasetB." + ORDER)))
                .select(col("datasetB." + DocumentSchema.DOC_ID).as(DocumentSchema.DOC_ID), col("datasetB." + TERMS).as(TERMS),
                        struct(col("datasetA." + ORDER).as(ORDER), col("datasetA." + DocumentSchema.DOC_ID).as(KEPT_ID),
                                lit(1.0).minus(col(DISTANCE)).as(SIMILARITY),
                                when(col("datasetA." + HASH).equalTo(col("datasetB." + HASH)), lit("exact")).otherwise(lit("near")).as(KIND))
                                .as(FIRST));
        return pairs.groupBy(DocumentSchema.DOC_ID, TERMS).agg(min(col(FIRST)).as(FIRST))
                .select(col(DocumentSchema.DOC_ID), col(FIRST + "." + KEPT_ID).as(KEPT_ID), col(FIRST + "." + SIMILARITY).as(SIMILARITY),
                        col(FIRST + "." + KIND).as(KIND), col(TERMS));
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
