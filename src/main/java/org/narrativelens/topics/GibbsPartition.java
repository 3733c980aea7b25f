package org.narrativelens.topics;

import java.io.Serializable;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One partition's share of a collapsed Gibbs sampler for LDA: its documents as word ids, the topic of
 * every token and the topic counts of every document, in flat int arrays. Between merges it samples
 * against its own copy of the global topic-word counts (AD-LDA, Newman et al. 2009); what it changed in
 * them is the delta it hands back.
 *
 * <p>{@link #sweep} works on a copy of the assignments, so a cached partition state is never changed
 * and the state of each round is a value of its own.
 */
final class GibbsPartition implements Serializable {

    private static final long serialVersionUID = 1L;

    final String[] docIds;
    final String[] titles;
    /** Tokens of document d are {@code words[docStart[d] .. docStart[d + 1])}. */
    final int[] docStart;
    final int[] words;
    final int topics;
    final int[] assignments;
    /** Topic counts of document d at {@code d * topics + t}. */
    final int[] docTopics;

    private GibbsPartition(String[] docIds, String[] titles, int[] docStart, int[] words, int topics, int[] assignments,
                           int[] docTopics) {
        this.docIds = docIds;
        this.titles = titles;
        this.docStart = docStart;
        this.words = words;
        this.topics = topics;
        this.assignments = assignments;
        this.docTopics = docTopics;
    }

    /** A document of the partition: its id, title and word ids (a word repeated as often as it occurs). */
    record Document(String id, String title, int[] words) {
    }

    /** The partition's documents with a random topic for each token, drawn from a generator seeded with {@code seed}. */
    static GibbsPartition start(List<Document> documents, int topics, long seed) {
        int n = documents.size();
        int[] docStart = new int[n + 1];
        for (int d = 0; d < n; d++) {
            docStart[d + 1] = docStart[d] + documents.get(d).words().length;
        }
        int[] words = new int[docStart[n]];
        int[] assignments = new int[words.length];
        int[] docTopics = new int[n * topics];
        String[] ids = new String[n];
        String[] titles = new String[n];
        SplittableRandom random = new SplittableRandom(seed);
        for (int d = 0; d < n; d++) {
            Document doc = documents.get(d);
            ids[d] = doc.id();
            titles[d] = doc.title();
            System.arraycopy(doc.words(), 0, words, docStart[d], doc.words().length);
            for (int i = docStart[d]; i < docStart[d + 1]; i++) {
                assignments[i] = random.nextInt(topics);
                docTopics[d * topics + assignments[i]]++;
            }
        }
        return new GibbsPartition(ids, titles, docStart, words, topics, assignments, docTopics);
    }

    int documents() {
        return docIds.length;
    }

    int length(int d) {
        return docStart[d + 1] - docStart[d];
    }

    /** Adds this partition's topic-word counts (word-major: {@code w * topics + t}) to {@code wordTopics}. */
    void addWordTopics(int[] wordTopics) {
        for (int i = 0; i < words.length; i++) {
            wordTopics[words[i] * topics + assignments[i]]++;
        }
    }

    /**
     * A new state after {@code sweeps} Gibbs sweeps over the partition's tokens, sampling against
     * {@code wordTopics} and {@code topicTotals} (the global counts, which are updated in place as this
     * partition's tokens move) with document-topic prior {@code alpha} and topic-word prior {@code beta}.
     * The random generator continues from {@code seed}, so a round's result depends only on its inputs.
     */
    GibbsPartition sweep(int sweeps, int[] wordTopics, int[] topicTotals, double[] alpha, double beta, int vocabulary, long seed) {
        int[] z = assignments.clone();
        int[] nd = docTopics.clone();
        int k = topics;
        double betaSum = beta * vocabulary;
        double[] inverseTotals = new double[k];
        for (int t = 0; t < k; t++) {
            inverseTotals[t] = 1.0 / (topicTotals[t] + betaSum);
        }
        double[] cumulative = new double[k];
        // (n_dt + alpha_t) / (n_t + V beta) of the current document: only the two topics a token leaves
        // and joins change, so the inner loop multiplies once per topic.
        double[] docWeight = new double[k];
        SplittableRandom rng = new SplittableRandom(seed);
        for (int s = 0; s < sweeps; s++) {
            for (int d = 0; d < docIds.length; d++) {
                int dk = d * k;
                for (int t = 0; t < k; t++) {
                    docWeight[t] = (nd[dk + t] + alpha[t]) * inverseTotals[t];
                }
                for (int i = docStart[d]; i < docStart[d + 1]; i++) {
                    int wk = words[i] * k;
                    int old = z[i];
                    nd[dk + old]--;
                    wordTopics[wk + old]--;
                    inverseTotals[old] = 1.0 / (--topicTotals[old] + betaSum);
                    docWeight[old] = (nd[dk + old] + alpha[old]) * inverseTotals[old];
                    double sum = 0;
                    for (int t = 0; t < k; t++) {
                        sum += docWeight[t] * (wordTopics[wk + t] + beta);
                        cumulative[t] = sum;
                    }
                    double u = rng.nextDouble() * sum;
                    int chosen = 0;
                    while (chosen < k - 1 && cumulative[chosen] <= u) {
                        chosen++;
                    }
                    z[i] = chosen;
                    nd[dk + chosen]++;
                    wordTopics[wk + chosen]++;
                    inverseTotals[chosen] = 1.0 / (++topicTotals[chosen] + betaSum);
                    docWeight[chosen] = (nd[dk + chosen] + alpha[chosen]) * inverseTotals[chosen];
                }
            }
        }
        return new GibbsPartition(docIds, titles, docStart, words, k, z, nd);
    }

    /**
     * Histograms for optimising alpha: {@code [t][n]} = documents in which topic t has n tokens (n >= 1),
     * and in the last row, documents of length n.
     */
    int[][] histograms(int longest) {
        int[][] h = new int[topics + 1][longest + 1];
        for (int d = 0; d < docIds.length; d++) {
            h[topics][length(d)]++;
            for (int t = 0; t < topics; t++) {
                h[t][docTopics[d * topics + t]]++;
            }
        }
        return h;
    }

    int longest() {
        int longest = 0;
        for (int d = 0; d < docIds.length; d++) {
            longest = Math.max(longest, length(d));
        }
        return longest;
    }
}
