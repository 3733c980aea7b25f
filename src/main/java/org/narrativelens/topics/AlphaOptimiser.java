package org.narrativelens.topics;

/**
 * Optimises an asymmetric Dirichlet prior over a document's topics from the sampler's counts, by Minka's
 * fixed-point iteration for the Dirichlet-multinomial (Minka 2000; Wallach 2008):
 * {@code alpha_t <- alpha_t * sum_d [psi(n_dt + alpha_t) - psi(alpha_t)] / sum_d [psi(n_d + alpha_0) - psi(alpha_0)]}.
 * The sums are taken over histograms (how many documents have n tokens of topic t, and n tokens in all),
 * with {@code psi(n + a) - psi(a) = 1/a + 1/(a+1) + ... + 1/(a+n-1)}, so no digamma function is needed
 * and the cost is the longest document, not the number of documents.
 */
final class AlphaOptimiser {

    /** A topic's prior never falls below this: a topic with no tokens left keeps a tiny chance to return. */
    static final double MIN_ALPHA = 1e-5;
    private static final int FIXED_POINT_STEPS = 20;

    private AlphaOptimiser() {
    }

    /**
     * The optimised prior, starting from {@code alpha}, given {@code histograms[t][n]} (documents with n tokens
     * of topic t) and, in the last row, {@code histograms[k][n]} (documents of length n).
     */
    static double[] optimise(double[] alpha, long[][] histograms) {
        int k = alpha.length;
        double[] a = alpha.clone();
        long[] lengths = histograms[k];
        for (int step = 0; step < FIXED_POINT_STEPS; step++) {
            double sum = 0;
            for (double x : a) {
                sum += x;
            }
            double denominator = increments(lengths, sum);
            if (denominator <= 0) {
                return a;
            }
            for (int t = 0; t < k; t++) {
                a[t] = Math.max(MIN_ALPHA, a[t] * increments(histograms[t], a[t]) / denominator);
            }
        }
        return a;
    }

    /**
     * The optimised symmetric topic-word prior beta over a vocabulary of {@code vocabulary} words, starting from
     * {@code beta}, given {@code cells[n]} (topic-word pairs with n tokens) and {@code totals[n]} (topics with n
     * tokens): {@code beta <- beta * sum_tw [psi(n_tw + beta) - psi(beta)] / (V sum_t [psi(n_t + V beta) - psi(V beta)])}.
     */
    static double optimiseSymmetric(double beta, int vocabulary, long[] cells, long[] totals) {
        double b = beta;
        for (int step = 0; step < FIXED_POINT_STEPS; step++) {
            double denominator = vocabulary * increments(totals, b * vocabulary);
            if (denominator <= 0) {
                return b;
            }
            b = Math.max(MIN_ALPHA, b * increments(cells, b) / denominator);
        }
        return b;
    }

    /** {@code sum_n counts[n] * (psi(n + a) - psi(a))} over n >= 1. */
    static double increments(long[] counts, double a) {
        double total = 0;
        double difference = 0;
        for (int n = 1; n < counts.length; n++) {
            difference += 1.0 / (a + n - 1);
            total += counts[n] * difference;
        }
        return total;
    }
}
