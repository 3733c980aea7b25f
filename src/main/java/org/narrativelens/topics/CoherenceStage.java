package org.narrativelens.topics;

import java.util.List;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Spark stage: the coherence of fitted topics over the documents they were fitted on, in one pass. Each
 * partition counts the documents holding each top word and each pair of a topic's top words; the counts
 * are merged in a tree, so only k x 10 x 10 numbers per partition reach the driver.
 */
public final class CoherenceStage {

    /** Top words per topic that coherence is measured on (the usual 10). */
    public static final int TOP_WORDS = 10;

    private CoherenceStage() {
    }

    /**
     * The coherence of {@code topicWords} (vocabulary ids, best first) over the documents of
     * {@code vectors}, whose {@code featuresCol} holds term counts over the same vocabulary.
     */
    public static TopicCoherence score(Dataset<Row> vectors, String featuresCol, List<int[]> topicWords) {
        int[][] top = topicWords.stream().map(w -> java.util.Arrays.copyOf(w, Math.min(TOP_WORDS, w.length))).toArray(int[][]::new);
        TopWordCounts counts = vectors.select(featuresCol).javaRDD().treeAggregate(new TopWordCounts(top),
                (c, row) -> c.add(presentWords(row.getAs(0))), TopWordCounts::merge);
        return TopicCoherence.of(counts);
    }

    /** The vocabulary ids of the terms a document holds, ascending (a sparse vector's indices already are). */
    static int[] presentWords(Vector v) {
        if (v instanceof SparseVector s) {
            return s.indices();
        }
        double[] values = v.toArray();
        return java.util.stream.IntStream.range(0, values.length).filter(i -> values[i] != 0).toArray();
    }
}
