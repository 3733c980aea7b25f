package org.narrativelens.topics;

import java.util.ArrayList;
import java.util.List;

/**
 * Coherence of topics from document co-occurrence of their top words, per topic and overall.
 *
 * <ul>
 *   <li><b>NPMI</b> (Bouma 2009; Lau, Newman and Baldwin 2014) of each pair of top words, with
 *   p(x) = documents holding x / all documents: {@code ln(p(a,b) / (p(a) p(b))) / -ln p(a,b)}; a pair never
 *   seen together counts -1, a pair in every document 1. A topic's NPMI is the mean over its pairs.
 *   From -1 to 1; 0 is chance, good topics on news reach 0.1 to 0.3.</li>
 *   <li><b>UMass</b> (Mimno et al. 2011) of each word with each better-ranked word b:
 *   {@code ln((D(a,b) + 1) / D(b))}; a topic's UMass is the mean over its pairs (as gensim reports it, so
 *   that topics of different lengths compare). At most about 0, more negative is worse.</li>
 * </ul>
 * The overall scores are means over the topics.
 */
public record TopicCoherence(List<Double> npmi, List<Double> umass) {

    public TopicCoherence {
        npmi = List.copyOf(npmi);
        umass = List.copyOf(umass);
    }

    /** The scores of the topics counted in {@code counts}. */
    public static TopicCoherence of(TopWordCounts counts) {
        List<Double> npmi = new ArrayList<>();
        List<Double> umass = new ArrayList<>();
        double n = counts.documents();
        for (int t = 0; t < counts.topics(); t++) {
            double npmiSum = 0;
            double umassSum = 0;
            int pairs = 0;
            for (int i = 1; i < counts.words(t); i++) {
                for (int j = 0; j < i; j++) {
                    long both = counts.joint(t, i, j);
                    npmiSum += npmi(counts.single(t, i) / n, counts.single(t, j) / n, both / n);
                    // j ranks above i; a top word the reference documents lack has no UMass: count it as absent (ln 1/1).
                    umassSum += Math.log((both + 1.0) / Math.max(1, counts.single(t, j)));
                    pairs++;
                }
            }
            npmi.add(pairs == 0 ? 0.0 : npmiSum / pairs);
            umass.add(pairs == 0 ? 0.0 : umassSum / pairs);
        }
        return new TopicCoherence(npmi, umass);
    }

    /** NPMI of two words of probabilities {@code pa} and {@code pb} and joint probability {@code pab}. */
    static double npmi(double pa, double pb, double pab) {
        if (pab <= 0) {
            return -1;
        }
        if (pab >= 1) {
            return 1;
        }
        return Math.log(pab / (pa * pb)) / -Math.log(pab);
    }

    /** Mean NPMI over the topics. */
    public double meanNpmi() {
        return npmi.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    /** Mean UMass over the topics. */
    public double meanUmass() {
        return umass.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
}
