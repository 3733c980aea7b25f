package org.narrativelens.topics;

import static org.apache.spark.sql.functions.array_max;
import static org.apache.spark.sql.functions.array_position;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.feature.StopWordsRemover;
import org.apache.spark.ml.functions;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.narrativelens.config.InvalidParameterException;
import org.narrativelens.config.JobParameters;
import org.narrativelens.config.TopicAlgorithm;
import org.narrativelens.corpus.DocumentSchema;
import org.narrativelens.text.WordList;

/**
 * Spark stage: an LDA topic model over the analysed documents' terms, with the words of {@code leftOut}
 * (news filler, "said", "told" ..., unless {@code --topic-filler include}) left out, fitted by collapsed
 * Gibbs sampling ({@link GibbsLda}) or by MLlib's variational optimisers. Gives the top terms of each
 * topic, each document's topic distribution, and the topics' coherence over the same documents.
 */
public final class TopicModelStage {

    public static final String TOPIC_TERMS = "topic_terms";
    public static final String FEATURES = "features";
    public static final String DISTRIBUTION = "topic_distribution";
    public static final String DOMINANT_TOPIC = "dominant_topic";
    public static final String WEIGHT = "weight";

    /** Gibbs sweeps by default: what MALLET runs, and where the coherence on BBC levels off. */
    static final int GIBBS_ITERATIONS = 1000;
    static final int EM_ITERATIONS = 20;
    /** Mini-batches of at least this many documents: smaller ones make online LDA learn from noise. */
    private static final double MIN_BATCH_DOCUMENTS = 256;
    private static final double DOCUMENTS_PER_PARTITION = 1000;
    private static final double FULL_BATCH_LEARNING_OFFSET = 1.0;
    private static final int MIN_AUTO_ITERATIONS = 10;
    private static final String TERM = "term";
    private static final String OCCURRENCES = "occurrences";
    private static final String DOCUMENTS_WITH = "documents_with";
    static final int AUTO_MIN_DF = 5;
    static final int DOCUMENTS_PER_MIN_DF = 100;
    static final double AUTO_MAX_DF_TOPICS = 2.0;
    static final double AUTO_MAX_DF_FRACTION = 0.9;
    static final double AUTO_MAX_DF_FLOOR = 10;

    private final JobParameters params;
    private final WordList filler;

    public TopicModelStage(JobParameters params, WordList filler) {
        this.params = params;
        this.filler = filler;
    }

    /**
     * The fitted model's outputs. {@code documentTopics} (doc id, title, dominant topic, its weight and the
     * whole distribution) is cached, as it is read more than once; call {@link #release()} when done with it.
     *
     * @param method    how the model was fitted, in words, for the report
     * @param selection how the number of topics was chosen, or null when only one was asked for
     * @param stability each topic's stability across {@code --stability-runs} refits, in topic order; empty when not measured
     */
    public record Result(List<TopicTerms> topics, Dataset<Row> documentTopics, int vocabularySize, int iterations,
                         Dataset<Row> vectors, TopicCoherence coherence, String method, TopicCountSelection.Outcome selection,
                         List<Double> stability) {
        public void release() {
            documentTopics.unpersist();
            vectors.unpersist();
        }
    }

    /**
     * A fitted model: the topics as vocabulary ids and weights, each document's distribution over them (doc id,
     * title, array), the topic-word probabilities over the whole vocabulary ({@code [t][w]}, computed when asked
     * for) and the document-topic prior.
     */
    record Fitted(List<int[]> words, List<double[]> weights, Dataset<Row> distributions, String method,
                  java.util.function.Supplier<double[][]> topicWords, double[] alpha) {
    }

    /** The documents' topic-model terms (news filler left out) and their counts over one vocabulary, cached. */
    record Vectorised(String[] vocabulary, Dataset<Row> vectors) {
    }

    /** Fits the model on {@code analysed}, which holds {@code documents} analysed documents. */
    public Result apply(Dataset<Row> analysed, long documents) {
        Dataset<Row> input = topicTerms(analysed);
        TopicCountSelection.Outcome selection = null;
        int k = params.topics().first();
        String[] chosenVocabulary = null;
        if (params.topics().several()) {
            selection = new TopicCountSelection(this, params).select(input, documents);
            k = selection.chosen();
            chosenVocabulary = selection.vocabulary();
        }
        Vectorised vectorised = vectorise(input, chosenVocabulary != null ? chosenVocabulary : vocabulary(input, documents, bounds(documents, k)));
        String[] vocabulary = vectorised.vocabulary();
        Dataset<Row> vectors = vectorised.vectors();
        int iterations = iterations(documents);
        Fitted fitted = fit(vectors, vocabulary.length, documents, k, params.seed(), iterations);
        List<TopicTerms> topics = new ArrayList<>();
        for (int t = 0; t < fitted.words().size(); t++) {
            topics.add(new TopicTerms(t, terms(fitted.words().get(t), vocabulary, fitted.words().get(t).length),
                    java.util.Arrays.stream(fitted.weights().get(t)).boxed().toList()));
        }
        TopicCoherence coherence = CoherenceStage.score(vectors, FEATURES, fitted.words());
        Dataset<Row> documentTopics = fitted.distributions()
                .select(col(DocumentSchema.DOC_ID), col(DocumentSchema.TITLE),
                        array_position(col(DISTRIBUTION), array_max(col(DISTRIBUTION))).minus(1).cast("int").as(DOMINANT_TOPIC),
                        array_max(col(DISTRIBUTION)).as(WEIGHT), col(DISTRIBUTION))
                .persist(StorageLevel.MEMORY_AND_DISK());
        documentTopics.count();
        fitted.distributions().unpersist();
        List<Double> stability = stability(fitted, vectorised, documents, k, iterations);
        return new Result(topics, documentTopics, vocabulary.length, iterations, vectors, coherence, fitted.method(), selection,
                stability);
    }

    /**
     * Each topic's stability across {@code --stability-runs} refits of the same vocabulary and number of topics with the
     * seeds after {@code --seed} ({@link TopicStability}); empty when none is asked for.
     */
    private List<Double> stability(Fitted model, Vectorised vectorised, long documents, int k, int iterations) {
        int runs = params.topicModel().stabilityRuns();
        if (runs == 0) {
            return List.of();
        }
        List<List<List<String>>> refits = new ArrayList<>();
        for (int r = 1; r <= runs; r++) {
            Fitted refit = fit(vectorised.vectors(), vectorised.vocabulary().length, documents, k, params.seed() + r, iterations);
            refit.distributions().unpersist();
            refits.add(topTerms(refit, vectorised.vocabulary()));
        }
        return TopicStability.scores(topTerms(model, vectorised.vocabulary()), refits);
    }

    /** The top {@value CoherenceStage#TOP_WORDS} terms of each topic, the lists that stability and comparison align. */
    static List<List<String>> topTerms(Fitted fitted, String[] vocabulary) {
        return fitted.words().stream().map(w -> terms(w, vocabulary, CoherenceStage.TOP_WORDS)).toList();
    }

    private static List<String> terms(int[] ids, String[] vocabulary, int n) {
        return java.util.Arrays.stream(ids).limit(n).mapToObj(i -> vocabulary[i]).toList();
    }

    /** The documents' ids, titles and terms for the topic model, news filler left out (in text order). */
    Dataset<Row> topicTerms(Dataset<Row> analysed) {
        return new StopWordsRemover()
                .setInputCol(DocumentSchema.TERMS).setOutputCol(TOPIC_TERMS)
                .setStopWords(filler.toArray()).setCaseSensitive(true)
                .transform(analysed.select(DocumentSchema.DOC_ID, DocumentSchema.TITLE, DocumentSchema.TERMS));
    }

    /**
     * The document-frequency bounds of the vocabulary of a model of {@code k} topics over {@code documents} documents,
     * {@code [least, most]} in documents (they depend on k when they are {@code auto}).
     */
    List<Double> bounds(long documents, int k) {
        double minDf = params.minDf().auto() ? autoMinDf(documents) : params.minDf().documents(documents);
        double maxDf = params.maxDf().auto() ? autoMaxDf(documents, k) : params.maxDf().documents(documents);
        if (minDf > maxDf) {
            throw new InvalidParameterException("--min-df", "(" + params.minDf() + " = " + minDf + " documents) exceeds --max-df ("
                    + params.maxDf() + " = " + maxDf + " of " + documents + " documents): lower --min-df or raise --max-df");
        }
        return List.of(minDf, maxDf);
    }

    /**
     * The vocabulary within {@code bounds} over the {@code documents} documents of {@code input}: terms in at least
     * and at most as many documents as the bounds say, the {@code --vocab-size} most frequent of them, sorted. Terms
     * of equal count at the size limit are taken in alphabetical order: Spark's CountVectorizer takes them in the
     * order its partitions happen to arrive (a run on Reuters kept other terms once the input was read in more
     * partitions), and term ids steer the Gibbs sampler.
     */
    String[] vocabulary(Dataset<Row> input, long documents, List<Double> bounds) {
        String[] vocabulary = input.select(col(DocumentSchema.DOC_ID), explode(col(TOPIC_TERMS)).as(TERM))
                .groupBy(DocumentSchema.DOC_ID, TERM).agg(count(lit(1)).as(OCCURRENCES))
                .groupBy(TERM).agg(sum(col(OCCURRENCES)).as(OCCURRENCES), count(lit(1)).as(DOCUMENTS_WITH))
                .where(col(DOCUMENTS_WITH).geq(bounds.get(0)).and(col(DOCUMENTS_WITH).leq(bounds.get(1))))
                .orderBy(col(OCCURRENCES).desc(), col(TERM))
                .limit(params.vocabSize())
                .select(TERM).collectAsList().stream().map(r -> r.getString(0)).sorted().toArray(String[]::new);
        if (vocabulary.length == 0) {
            throw new InvalidParameterException("--min-df", "(" + params.minDf() + ") and --max-df (" + params.maxDf()
                    + ") leave no term for the topic model in " + documents + " documents: lower --min-df or raise --max-df");
        }
        return vocabulary;
    }

    /** The term counts of every document of {@code input} over {@code vocabulary}, cached. */
    Vectorised vectorise(Dataset<Row> input, String[] vocabulary) {
        Dataset<Row> vectors = new CountVectorizerModel(vocabulary).setInputCol(TOPIC_TERMS).setOutputCol(FEATURES).transform(input)
                .select(DocumentSchema.DOC_ID, DocumentSchema.TITLE, FEATURES)
                .persist(StorageLevel.MEMORY_AND_DISK());
        return new Vectorised(vocabulary, vectors);
    }

    /** Fits {@code k} topics with {@code seed} on the {@code documents} documents of {@code vectors}. */
    Fitted fit(Dataset<Row> vectors, int vocabulary, long documents, int k, long seed, int iterations) {
        return params.topicModel().algorithm() == TopicAlgorithm.GIBBS
                ? gibbs(vectors, vocabulary, documents, k, seed, iterations)
                : variational(vectors, documents, k, seed, iterations);
    }

    private Fitted gibbs(Dataset<Row> vectors, int vocabulary, long documents, int k, long seed, int iterations) {
        GibbsLda.Fit fit = new GibbsLda(k, iterations, seed).fit(vectors, FEATURES, vocabulary, documents);
        List<int[]> words = new ArrayList<>();
        List<double[]> weights = new ArrayList<>();
        for (int t = 0; t < k; t++) {
            int[] top = fit.topWords(t, params.topN());
            int topic = t;
            words.add(top);
            weights.add(java.util.Arrays.stream(top).mapToDouble(w -> fit.weight(topic, w)).toArray());
        }
        String priors = GibbsLda.optimisesPriors(documents, k)
                ? "alpha and beta optimised (beta " + String.format(java.util.Locale.ROOT, "%.3f", fit.beta()) + ")"
                : "alpha " + String.format(java.util.Locale.ROOT, "%.3g", GibbsLda.ALPHA_SUM / k) + " and beta " + GibbsLda.BETA
                + " fixed (too few documents per topic to optimise them)";
        return new Fitted(words, weights, fit.documentTopics(), "collapsed Gibbs sampling " + fit.sampler() + ", " + iterations + " sweeps, " + priors,
                () -> {
                    double[][] phi = new double[k][vocabulary];
                    for (int t = 0; t < k; t++) {
                        for (int w = 0; w < vocabulary; w++) {
                            phi[t][w] = fit.weight(t, w);
                        }
                    }
                    return phi;
                }, fit.alpha());
    }

    private Fitted variational(Dataset<Row> vectors, long documents, int k, long seed, int iterations) {
        boolean online = params.topicModel().algorithm() == TopicAlgorithm.ONLINE;
        // Each LDA iteration is a Spark job over every partition: a partition per 1,000 documents, at
        // most one per core, keeps small corpora from paying for idle tasks.
        int partitions = (int) Math.max(1, Math.min(vectors.sparkSession().sparkContext().defaultParallelism(),
                Math.ceil(documents / DOCUMENTS_PER_PARTITION)));
        Dataset<Row> input = vectors.coalesce(partitions);
        double batchFraction = batchFraction(documents);
        LDA lda = new LDA()
                .setK(k)
                .setMaxIter(iterations)
                .setSeed(seed)
                .setOptimizer(online ? "online" : "em")
                .setFeaturesCol(FEATURES);
        if (online) {
            lda.setSubsamplingRate(batchFraction);
            if (batchFraction == 1.0) {
                // Every batch is the whole corpus, so there is no sampling noise for a large learning offset
                // (MLlib's default 1024) to damp; with it the topics would barely move from their random start.
                lda.setLearningOffset(FULL_BATCH_LEARNING_OFFSET);
            }
        }
        LDAModel model = lda.fit(input);
        List<int[]> words = new ArrayList<>();
        List<double[]> weights = new ArrayList<>();
        for (Row row : model.describeTopics(params.topN()).collectAsList()) {
            words.add(row.<Integer>getList(1).stream().mapToInt(Integer::intValue).toArray());
            weights.add(row.<Double>getList(2).stream().mapToDouble(Double::doubleValue).toArray());
        }
        Dataset<Row> distributions = model.transform(input)
                .select(col(DocumentSchema.DOC_ID), col(DocumentSchema.TITLE),
                        functions.vector_to_array(col(model.getTopicDistributionCol()), "float64").as(DISTRIBUTION));
        return new Fitted(words, weights, distributions, "Spark MLlib, " + (online ? "online variational Bayes" : "EM") + ", "
                + iterations + " iterations", () -> {
                    // vocabulary x k, each column a topic's (unnormalised) weights over the words
                    org.apache.spark.ml.linalg.Matrix m = model.topicsMatrix();
                    double[][] phi = new double[k][m.numRows()];
                    for (int t = 0; t < k; t++) {
                        for (int w = 0; w < m.numRows(); w++) {
                            phi[t][w] = m.apply(w, t);
                        }
                    }
                    return phi;
                }, model.estimatedDocConcentration().toArray());
    }

    private static double batchFraction(long documents) {
        return Math.min(1.0, Math.max(0.05, MIN_BATCH_DOCUMENTS / Math.max(1, documents)));
    }

    /** The iterations asked for, or the algorithm's default (online: as many mini-batches as two passes take, at least 10). */
    int iterations(long documents) {
        if (params.iterations() > 0) {
            return params.iterations();
        }
        return switch (params.topicModel().algorithm()) {
            case GIBBS -> GIBBS_ITERATIONS;
            case EM -> EM_ITERATIONS;
            case ONLINE -> (int) Math.max(MIN_AUTO_ITERATIONS, Math.ceil(2 / batchFraction(documents)));
        };
    }

    /**
     * {@code --min-df auto}: {@value #AUTO_MIN_DF} documents, or one per {@value #DOCUMENTS_PER_MIN_DF} in a smaller
     * corpus (at least 1). A rarer term says little about a topic and costs sampling time.
     */
    static double autoMinDf(long documents) {
        return Math.max(1, Math.min(AUTO_MIN_DF, documents / DOCUMENTS_PER_MIN_DF));
    }

    /**
     * {@code --max-df auto}: {@value #AUTO_MAX_DF_TOPICS}/k of the documents, so that a term in more documents
     * than about two topics' share ("new", "people", "time") is left out: such terms fill the top of weak
     * topics and lower their coherence (docs/BENCHMARKS.md, "Topics against MALLET"). At most
     * {@value #AUTO_MAX_DF_FRACTION} of the documents, at least {@value #AUTO_MAX_DF_FLOOR} (small corpora).
     */
    static double autoMaxDf(long documents, int topics) {
        double share = Math.min(AUTO_MAX_DF_FRACTION, AUTO_MAX_DF_TOPICS / topics) * documents;
        return Math.min(AUTO_MAX_DF_FRACTION * documents, Math.max(AUTO_MAX_DF_FLOOR, share));
    }
}
