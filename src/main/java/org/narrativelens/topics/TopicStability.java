package org.narrativelens.topics;

import java.util.ArrayList;
import java.util.List;

/**
 * How stable each topic of a model is across refits with other seeds: each refit's topics are aligned with the
 * model's one to one ({@link TopicAlignment}, Jaccard similarity of the top terms), and a topic's stability is
 * the mean similarity to its partners over the refits (0 for a refit that left it without one). 1: every refit
 * found the same top terms; below {@value #UNSTABLE_BELOW_TEXT}, its partners keep fewer than half of its top
 * terms on average (5 of 10 shared is 5 / 15), and the topic is flagged unstable.
 */
public final class TopicStability {

    /** Jaccard of two ten-term lists sharing five: below it a topic is unstable. */
    public static final double UNSTABLE_BELOW = 1.0 / 3;
    static final String UNSTABLE_BELOW_TEXT = "1/3";

    private TopicStability() {
    }

    /**
     * The stability of each topic of {@code model} (its top terms per topic) across {@code refits} (the top terms
     * per topic of each refit), in topic order; empty when there is no refit.
     */
    public static List<Double> scores(List<List<String>> model, List<List<List<String>>> refits) {
        if (refits.isEmpty()) {
            return List.of();
        }
        double[] sums = new double[model.size()];
        for (List<List<String>> refit : refits) {
            for (TopicAlignment.Pair pair : TopicAlignment.align(model, refit)) {
                sums[pair.a()] += pair.similarity();
            }
        }
        List<Double> scores = new ArrayList<>();
        for (double sum : sums) {
            scores.add(sum / refits.size());
        }
        return scores;
    }

    /** True when a topic of this stability is flagged unstable. */
    public static boolean unstable(double stability) {
        return stability < UNSTABLE_BELOW;
    }
}
