package org.narrativelens.topics;

import static org.apache.spark.sql.functions.array_max;
import static org.apache.spark.sql.functions.array_position;
import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.feature.StopWordsRemover;
import org.apache.spark.ml.functions;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.narrativelens.config.InvalidParameterException;
import org.narrativelens.config.JobParameters;
import org.narrativelens.corpus.DocumentSchema;
import org.narrativelens.text.WordList;

/**
 * Spark stage: an LDA topic model (MLlib, online variational Bayes) over the analysed documents' terms,
 * with the words of {@code leftOut} (news filler, "said", "told" ..., unless {@code --topic-filler include}) left
 * out. Gives the top terms of each topic and each document's
 * dominant topic.
 */
public final class TopicModelStage {

    public static final String TOPIC_TERMS = "topic_terms";
    public static final String FEATURES = "features";
    public static final String DISTRIBUTION = "topicDistribution";
    public static final String DOMINANT_TOPIC = "dominant_topic";
    public static final String WEIGHT = "weight";
    /** Every topic's share of the document, by topic number: an array of doubles summing to 1. */
    public static final String TOPIC_WEIGHTS = "topic_weights";

    /** Mini-batches of at least this many documents: smaller ones make online LDA learn from noise. */
    private static final double MIN_BATCH_DOCUMENTS = 256;
    private static final double DOCUMENTS_PER_PARTITION = 1000;
    private static final double FULL_BATCH_LEARNING_OFFSET = 1.0;
    private static final int MIN_AUTO_ITERATIONS = 10;

    private final JobParameters params;
    private final WordList filler;

    public TopicModelStage(JobParameters params, WordList filler) {
        this.params = params;
        this.filler = filler;
    }

    /**
     * The fitted model's outputs. {@code documentTopics} is cached, as it is read more than once and
     * inferring topics is the costly part; call {@link #release()} when done with it.
     */
    public record Result(List<TopicTerms> topics, Dataset<Row> documentTopics, int vocabularySize, int iterations,
                         Dataset<Row> vectors) {
        public void release() {
            documentTopics.unpersist();
            vectors.unpersist();
        }
    }

    /** Fits the model on {@code analysed}, which holds {@code documents} analysed documents. */
    public Result apply(Dataset<Row> analysed, long documents) {
        Dataset<Row> input = new StopWordsRemover()
                .setInputCol(DocumentSchema.TERMS).setOutputCol(TOPIC_TERMS)
                .setStopWords(filler.toArray()).setCaseSensitive(true)
                .transform(analysed.select(DocumentSchema.DOC_ID, DocumentSchema.TITLE, DocumentSchema.TERMS));
        double minDf = params.minDf().documents(documents);
        double maxDf = params.maxDf().documents(documents);
        if (minDf > maxDf) {
            throw new InvalidParameterException("--min-df", "(" + params.minDf() + " = " + minDf + " documents) exceeds --max-df ("
                    + params.maxDf() + " = " + maxDf + " of " + documents + " documents): lower --min-df or raise --max-df");
        }
        CountVectorizerModel vectorizer = new CountVectorizer()
                .setInputCol(TOPIC_TERMS).setOutputCol(FEATURES)
                .setVocabSize(params.vocabSize()).setMinDF(sparkBound(minDf, documents)).setMaxDF(sparkBound(maxDf, documents))
                .fit(input);
        String[] vocabulary = vectorizer.vocabulary();
        if (vocabulary.length == 0) {
            throw new InvalidParameterException("--min-df", "(" + params.minDf() + ") and --max-df (" + params.maxDf()
                    + ") leave no term for the topic model in " + documents + " documents: lower --min-df or raise --max-df");
        }
        // Each LDA iteration is a Spark job over every partition: a partition per 1,000 documents, at
        // most one per core, keeps small corpora from paying for idle tasks.
        int partitions = (int) Math.max(1, Math.min(analysed.sparkSession().sparkContext().defaultParallelism(),
                Math.ceil(documents / DOCUMENTS_PER_PARTITION)));
        Dataset<Row> vectors = vectorizer.transform(input)
                .select(DocumentSchema.DOC_ID, DocumentSchema.TITLE, FEATURES)
                .coalesce(partitions)
                .persist(StorageLevel.MEMORY_AND_DISK());
        double batchFraction = Math.min(1.0, Math.max(0.05, MIN_BATCH_DOCUMENTS / Math.max(1, documents)));
        LDA lda = new LDA()
                .setK(params.topics())
                .setMaxIter(iterations(batchFraction))
                .setSeed(params.seed())
                .setOptimizer("online")
                .setSubsamplingRate(batchFraction)
                .setFeaturesCol(FEATURES);
        if (batchFraction == 1.0) {
            // Every batch is the whole corpus, so there is no sampling noise for a large learning offset
            // (MLlib's default 1024) to damp; with it the topics would barely move from their random start.
            lda.setLearningOffset(FULL_BATCH_LEARNING_OFFSET);
        }
        LDAModel model = lda.fit(vectors);
        List<TopicTerms> topics = new ArrayList<>();
        for (Row row : model.describeTopics(params.topN()).collectAsList()) {
            List<Integer> indices = row.getList(1);
            List<Double> weights = row.getList(2);
            topics.add(new TopicTerms(row.getInt(0), indices.stream().map(i -> vocabulary[i]).toList(), weights));
        }
        Dataset<Row> documentTopics = model.transform(vectors)
                .withColumn("p", functions.vector_to_array(col(DISTRIBUTION), "float64"))
                .select(col(DocumentSchema.DOC_ID), col(DocumentSchema.TITLE),
                        array_position(col("p"), array_max(col("p"))).minus(1).cast("int").as(DOMINANT_TOPIC),
                        array_max(col("p")).as(WEIGHT), col("p").as(TOPIC_WEIGHTS))
                .persist(StorageLevel.MEMORY_AND_DISK());
        return new Result(topics, documentTopics, vocabulary.length, iterations(batchFraction), vectors);
    }

    /** The iterations asked for, or as many mini-batches as two passes over the corpus take (at least 10). */
    int iterations(double batchFraction) {
        return params.iterations() > 0 ? params.iterations() : (int) Math.max(MIN_AUTO_ITERATIONS, Math.ceil(2 / batchFraction));
    }

    /** A bound of {@code count} documents in Spark's terms, where a value below 1 is a fraction. */
    static double sparkBound(double count, long documents) {
        return count >= 1 ? count : count / Math.max(1, documents);
    }
}
