package org.narrativelens.topics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GibbsPartitionTest {

    /**
     * The collapsed Gibbs sweep as the textbook writes it, p(t) proportional to (n_dt + alpha_t)(n_wt + beta) /
     * (n_t + V beta) with every factor computed afresh for every token, drawing from the same generator in the
     * same way. {@link GibbsPartition#sweep} keeps factors between tokens and skips the work when a token
     * keeps its topic; it must draw exactly the same topics.
     */
    static int[] referenceSweeps(GibbsPartition p, int sweeps, int[] wordTopics, int[] topicTotals, double[] alpha, double beta,
                                 int vocabulary, long seed) {
        int k = p.topics;
        int[] z = p.assignments.clone();
        int[] nd = p.docTopics.clone();
        double[] cumulative = new double[k];
        SplittableRandom rng = new SplittableRandom(seed);
        for (int s = 0; s < sweeps; s++) {
            for (int d = 0; d < p.documents(); d++) {
                for (int i = p.docStart[d]; i < p.docStart[d + 1]; i++) {
                    int w = p.words[i];
                    nd[d * k + z[i]]--;
                    wordTopics[w * k + z[i]]--;
                    topicTotals[z[i]]--;
                    double sum = 0;
                    for (int t = 0; t < k; t++) {
                        sum += (nd[d * k + t] + alpha[t]) * (1.0 / (topicTotals[t] + beta * vocabulary)) * (wordTopics[w * k + t] + beta);
                        cumulative[t] = sum;
                    }
                    double u = rng.nextDouble() * sum;
                    int chosen = 0;
                    while (chosen < k - 1 && cumulative[chosen] <= u) {
                        chosen++;
                    }
                    z[i] = chosen;
                    nd[d * k + chosen]++;
                    wordTopics[w * k + chosen]++;
                    topicTotals[chosen]++;
                }
            }
        }
        return z;
    }

    @Test
    void sweepsDrawTheTopicsOfTheTextbookSampler() {
        // Documents of two vocabularies, so that the chain settles and most tokens keep their topic.
        SplittableRandom random = new SplittableRandom(5);
        List<GibbsPartition.Document> documents = new ArrayList<>();
        int vocabulary = 40;
        for (int d = 0; d < 60; d++) {
            int[] words = new int[5 + random.nextInt(40)];
            for (int i = 0; i < words.length; i++) {
                words[i] = (d % 2) * 20 + random.nextInt(20);
            }
            documents.add(new GibbsPartition.Document("d" + d, "D" + d, words));
        }
        for (int topics : new int[] {2, 5}) {
            GibbsPartition start = GibbsPartition.start(documents, topics, 17L);
            int[] wordTopics = new int[vocabulary * topics];
            start.addWordTopics(wordTopics);
            int[] totals = new int[topics];
            for (int i = 0; i < wordTopics.length; i++) {
                totals[i % topics] += wordTopics[i];
            }
            double[] alpha = new double[topics];
            java.util.Arrays.fill(alpha, 0.3);
            int[] expected = referenceSweeps(start, 50, wordTopics.clone(), totals.clone(), alpha, 0.01, vocabulary, 9L);
            GibbsPartition swept = start.sweep(50, wordTopics.clone(), totals.clone(), alpha, 0.01, vocabulary, 9L);
            assertArrayEquals(expected, swept.assignments, topics + " topics");
            int moved = 0;
            for (int i = 0; i < expected.length; i++) {
                moved += expected[i] != start.assignments[i] ? 1 : 0;
            }
            assertTrue(moved > expected.length / 4, "the chain moved tokens: " + moved + " of " + expected.length);
        }
    }
}
