package org.narrativelens.topics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.not;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.narrativelens.config.JobParameters;
import org.narrativelens.corpus.DocumentSchema;

/**
 * Spark stage: chooses the number of topics among {@code --topics 5,10,20}. Each candidate k is fitted on the
 * training documents (all but the {@link HeldOutSplit held-out} ones) with the run's seed and scored: the mean NPMI
 * and UMass of its topics over all analysed documents, as the run's own model is, and the perplexity of the
 * held-out documents by {@link DocumentCompletion document completion}. The rule ({@link #choose}): the highest
 * mean NPMI; among the candidates within {@value #NEAR_TIE} of it, the lowest held-out perplexity; then the
 * smaller k.
 *
 * <p>With {@code --min-df auto} or {@code --max-df auto} each k has its own vocabulary (the upper bound is 2/k of
 * the documents), so perplexity is measured on the words every candidate's vocabulary holds, each topic
 * renormalised over them: every candidate is scored on the same tokens.
 */
public final class TopicCountSelection {

    /** Mean NPMI this close to the best counts as a tie, settled by perplexity: NPMI moves by about this between seeds. */
    public static final double NEAR_TIE = 0.01;

    private final TopicModelStage stage;
    private final JobParameters params;

    TopicCountSelection(TopicModelStage stage, JobParameters params) {
        this.stage = stage;
        this.params = params;
    }

    /** One candidate's scores; perplexity is NaN when no held-out token could be scored. */
    public record Score(int k, double meanNpmi, double meanUmass, double perplexity) {
    }

    /**
     * What was compared and chosen.
     *
     * @param scores     each candidate's scores, by k
     * @param chosen     the k the run's model has
     * @param reason     why, in a sentence with the figures
     * @param vocabulary the chosen k's vocabulary
     * @param heldOut    documents held out of fitting
     * @param scoredTokens held-out tokens scored (the second halves)
     * @param evaluationWords words of the vocabulary perplexity is measured on
     */
    public record Outcome(List<Score> scores, int chosen, String reason, String[] vocabulary, long heldOut, long scoredTokens,
                          int evaluationWords) {
    }

    /** Fits and scores every candidate k on {@code input} (doc id, title, topic terms) of {@code documents} documents. */
    Outcome select(Dataset<Row> input, long documents) {
        HeldOutSplit split = HeldOutSplit.of(input, documents, params.seed());
        long training = documents - split.heldOut();
        Map<List<Double>, String[]> byBounds = new HashMap<>();
        Map<Integer, String[]> vocabularies = new LinkedHashMap<>();
        for (int k : params.topics().values()) {
            vocabularies.put(k, byBounds.computeIfAbsent(stage.bounds(documents, k), b -> stage.vocabulary(input, documents, b)));
        }
        String[] evaluation = common(vocabularies.values());
        Dataset<Row> heldOutTerms = input.where(split.isHeldOut()).select(col(TopicModelStage.TOPIC_TERMS))
                .persist(StorageLevel.MEMORY_AND_DISK());
        int iterations = stage.iterations(training);
        List<Score> scores = new ArrayList<>();
        long scored = 0;
        try {
            for (Map.Entry<Integer, String[]> e : vocabularies.entrySet()) {
                int k = e.getKey();
                String[] vocabulary = e.getValue();
                TopicModelStage.Vectorised v = stage.vectorise(input, vocabulary);
                try {
                    TopicModelStage.Fitted fitted = stage.fit(v.vectors().where(not(split.isHeldOut())), vocabulary.length, training, k,
                            params.seed(), iterations);
                    fitted.distributions().unpersist();
                    TopicCoherence coherence = CoherenceStage.score(v.vectors(), TopicModelStage.FEATURES, fitted.words());
                    DocumentCompletion.Score heldOut = heldOutScore(heldOutTerms, fitted, vocabulary, evaluation);
                    scored = heldOut.tokens();
                    scores.add(new Score(k, coherence.meanNpmi(), coherence.meanUmass(), heldOut.perplexity()));
                } finally {
                    v.vectors().unpersist();
                }
            }
        } finally {
            heldOutTerms.unpersist();
        }
        Choice choice = choose(scores);
        return new Outcome(scores, choice.k(), choice.reason(), vocabularies.get(choice.k()), split.heldOut(), scored, evaluation.length);
    }

    /** The words every vocabulary holds, sorted. */
    static String[] common(java.util.Collection<String[]> vocabularies) {
        TreeSet<String> common = null;
        for (String[] v : vocabularies) {
            if (common == null) {
                common = new TreeSet<>(Arrays.asList(v));
            } else {
                common.retainAll(Arrays.asList(v));
            }
        }
        return common == null ? new String[0] : common.toArray(String[]::new);
    }

    /** The held-out documents' document-completion score under {@code fitted}, over the words of {@code evaluation}. */
    private static DocumentCompletion.Score heldOutScore(Dataset<Row> heldOutTerms, TopicModelStage.Fitted fitted, String[] vocabulary,
                                                         String[] evaluation) {
        if (evaluation.length == 0) {
            return new DocumentCompletion.Score(0, 0);
        }
        double[][] phi = fitted.topicWords().get();
        double[][] restricted = new double[phi.length][evaluation.length];
        Map<String, Integer> index = new HashMap<>();
        for (int e = 0; e < evaluation.length; e++) {
            int w = Arrays.binarySearch(vocabulary, evaluation[e]);
            for (int t = 0; t < phi.length; t++) {
                restricted[t][e] = phi[t][w];
            }
            index.put(evaluation[e], e);
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(heldOutTerms.sparkSession().sparkContext());
        Broadcast<DocumentCompletion> model = jsc.broadcast(new DocumentCompletion(restricted, fitted.alpha()));
        Broadcast<Map<String, Integer>> words = jsc.broadcast(index);
        try {
            return heldOutTerms.javaRDD().map(r -> {
                List<String> terms = r.getList(0);
                Map<String, Integer> ids = words.value();
                int[] tokens = terms.stream().filter(ids::containsKey).mapToInt(ids::get).toArray();
                return model.value().score(tokens);
            }).fold(new DocumentCompletion.Score(0, 0), DocumentCompletion.Score::plus);
        } finally {
            model.unpersist();
            words.unpersist();
        }
    }

    /** The chosen k and why. */
    record Choice(int k, String reason) {
    }

    /**
     * The rule of the class comment: the highest mean NPMI; among the candidates within {@link #NEAR_TIE} of it, the
     * lowest held-out perplexity (an unmeasured one counts as the highest); then the smaller k.
     */
    static Choice choose(List<Score> scores) {
        double best = scores.stream().mapToDouble(Score::meanNpmi).max().orElseThrow();
        Score top = scores.stream().filter(s -> s.meanNpmi() == best).findFirst().orElseThrow();
        List<Score> near = scores.stream().filter(s -> s.meanNpmi() >= best - NEAR_TIE).toList();
        Score chosen = near.stream().min((a, b) -> {
            int byPerplexity = Double.compare(measured(a.perplexity()), measured(b.perplexity()));
            return byPerplexity != 0 ? byPerplexity : Integer.compare(a.k(), b.k());
        }).orElseThrow();
        StringBuilder reason = new StringBuilder(String.format(Locale.ROOT, "k = %d: ", chosen.k()));
        if (near.size() == 1) {
            reason.append(String.format(Locale.ROOT, "the highest mean NPMI of the %d candidates (%.3f", scores.size(), chosen.meanNpmi()));
            Score second = scores.stream().filter(s -> s != chosen).max((a, b) -> Double.compare(a.meanNpmi(), b.meanNpmi())).orElse(null);
            reason.append(second == null ? ")" : String.format(Locale.ROOT, "; next k = %d with %.3f)", second.k(), second.meanNpmi()));
        } else {
            reason.append(String.format(Locale.ROOT, "mean NPMI %.3f, within %.2f of the highest (%.3f, k = %d), like k = %s;"
                            + " of these it has the %s", chosen.meanNpmi(), NEAR_TIE, best, top.k(),
                    String.join(", ", near.stream().filter(s -> s != chosen).map(s -> String.valueOf(s.k())).toList()),
                    Double.isNaN(chosen.perplexity()) ? "smallest k (perplexity not measured)"
                            : String.format(Locale.ROOT, "lowest held-out perplexity (%.1f against %s)", chosen.perplexity(),
                            String.join(", ", near.stream().filter(s -> s != chosen)
                                    .map(s -> Double.isNaN(s.perplexity()) ? "not measured" : String.format(Locale.ROOT, "%.1f", s.perplexity()))
                                    .toList()))));
        }
        return new Choice(chosen.k(), reason.append('.').toString());
    }

    private static double measured(double perplexity) {
        return Double.isNaN(perplexity) ? Double.POSITIVE_INFINITY : perplexity;
    }
}
