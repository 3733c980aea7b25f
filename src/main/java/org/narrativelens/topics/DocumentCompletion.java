package org.narrativelens.topics;

import java.io.Serializable;

/**
 * Held-out likelihood by document completion (Wallach et al. 2009, "Evaluation methods for topic models"): a
 * held-out document's topic mixture is estimated from the first half of its tokens with the topics fixed, and
 * the second half is scored with that mixture. The mixture is the fixed point of
 * {@code theta_t = (alpha_t + sum_i r_it) / (n + sum alpha)}, {@code r_it} the share of token i's probability
 * that topic t explains ({@value #FOLD_IN_STEPS} steps from the prior's mean): deterministic, unlike a sampled
 * estimate, and cheap.
 *
 * <p>The topics are given over an evaluation vocabulary, which may be smaller than a model's own (the words
 * that every compared model knows): each topic is renormalised over it, so that models fitted on different
 * vocabularies are scored on the same tokens with proper distributions over the same words.
 *
 * @param topicWords {@code [t][e]}: probability of evaluation word e in topic t (need not sum to 1 over e)
 * @param alpha      the model's document-topic prior
 */
public record DocumentCompletion(double[][] topicWords, double[] alpha) implements Serializable {

    static final int FOLD_IN_STEPS = 50;

    public DocumentCompletion {
        if (topicWords.length != alpha.length) {
            throw new IllegalArgumentException(topicWords.length + " topics but " + alpha.length + " prior values");
        }
        double[][] normalised = new double[topicWords.length][];
        for (int t = 0; t < topicWords.length; t++) {
            double mass = 0;
            for (double p : topicWords[t]) {
                mass += p;
            }
            normalised[t] = new double[topicWords[t].length];
            for (int e = 0; e < topicWords[t].length; e++) {
                normalised[t][e] = mass > 0 ? topicWords[t][e] / mass : 1.0 / topicWords[t].length;
            }
        }
        topicWords = normalised;
        alpha = alpha.clone();
    }

    /** The log-likelihood of the scored half of one document and the number of tokens scored. */
    public record Score(double logLikelihood, long tokens) implements Serializable {
        public Score plus(Score other) {
            return new Score(logLikelihood + other.logLikelihood, tokens + other.tokens);
        }

        /** exp(-log-likelihood / tokens); NaN when no token was scored. */
        public double perplexity() {
            return tokens == 0 ? Double.NaN : Math.exp(-logLikelihood / tokens);
        }
    }

    /**
     * Scores one document, its tokens as evaluation-word ids in text order: the first half (rounded down)
     * estimates the mixture, the rest is scored. A document of fewer than two tokens scores nothing.
     */
    public Score score(int[] tokens) {
        int half = tokens.length / 2;
        if (half == 0) {
            return new Score(0, 0);
        }
        double[] theta = mixture(tokens, half);
        double log = 0;
        for (int i = half; i < tokens.length; i++) {
            double p = 0;
            for (int t = 0; t < theta.length; t++) {
                p += theta[t] * topicWords[t][tokens[i]];
            }
            log += Math.log(p);
        }
        return new Score(log, tokens.length - half);
    }

    /** The topic mixture that the first {@code n} tokens give, by the fixed point of the class comment. */
    double[] mixture(int[] tokens, int n) {
        int k = alpha.length;
        double alphaSum = 0;
        for (double a : alpha) {
            alphaSum += a;
        }
        double[] theta = new double[k];
        for (int t = 0; t < k; t++) {
            theta[t] = alpha[t] / alphaSum;
        }
        double[] explained = new double[k];
        double[] share = new double[k];
        for (int step = 0; step < FOLD_IN_STEPS; step++) {
            java.util.Arrays.fill(explained, 0);
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int t = 0; t < k; t++) {
                    share[t] = theta[t] * topicWords[t][tokens[i]];
                    sum += share[t];
                }
                for (int t = 0; t < k && sum > 0; t++) {
                    explained[t] += share[t] / sum;
                }
            }
            for (int t = 0; t < k; t++) {
                theta[t] = (alpha[t] + explained[t]) / (n + alphaSum);
            }
        }
        return theta;
    }
}
