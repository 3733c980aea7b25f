package org.narrativelens.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import scala.Tuple2;

/**
 * Finds collocations: runs of two or three terms adjacent in a sentence that occur together far more often
 * than their terms' frequencies predict. The measure is normalised pointwise mutual information, extended
 * to n terms:
 *
 * <pre>
 *   NPMI(w1..wn) = ln( p(w1..wn) / (p(w1) ... p(wn)) ) / ( -(n - 1) ln p(w1..wn) )
 * </pre>
 * with p(x) = count(x) / N, N the terms of the corpus. It is 1 when the terms only ever occur together,
 * 0 when they are independent, below 0 when they avoid each other; for two terms it is Bouma's (2009)
 * NPMI. A phrase needs at least {@code minCount} occurrences and an NPMI of at least {@code minNpmi}.
 *
 * <p>A pair that nearly always occurs inside a longer phrase (at least {@value #SUBSUMED} of its occurrences)
 * is not a phrase of its own: "russian foreign ministry" leaves no "foreign ministry" beside it.
 *
 * <p>Bounded: the {@value #MAX_CANDIDATES} most frequent runs are scored on the driver, with the counts of
 * their terms; at most {@value #MAX_PHRASES} phrases, the most frequent, are kept.
 */
public final class PhraseFinder {

    /** Longest phrase, in terms. */
    public static final int MAX_WORDS = 3;
    /** Most phrases kept and broadcast: the most frequent. */
    public static final int MAX_PHRASES = 5000;
    /** Most runs scored: the most frequent. */
    static final int MAX_CANDIDATES = 100_000;
    /** Share of a pair's occurrences inside one longer phrase from which the pair is no phrase of its own. */
    static final double SUBSUMED = 0.8;

    private final int minCount;
    private final double minNpmi;

    public PhraseFinder(int minCount, double minNpmi) {
        this.minCount = minCount;
        this.minNpmi = minNpmi;
    }

    /**
     * The phrases found, and what the same pass over the counts told of the written forms (see
     * {@link NgramCounts#lookup}).
     */
    public record Found(List<Phrase> phrases, Map<String, String> formsUnlikeKeys) {
    }

    /** The phrases among {@code counts}, a corpus of {@code totalTerms} terms; most frequent first, ties by NPMI. */
    public List<Phrase> find(NgramCounts counts, long totalTerms) {
        return find(counts, totalTerms, 0).phrases();
    }

    /** {@link #find(NgramCounts, long)}, with the keys written otherwise than as themselves if at most {@code heldForms}. */
    public Found find(NgramCounts counts, long totalTerms, int heldForms) {
        List<Tuple2<String, NgramCounts.Stats>> runs = counts.runs(minCount, totalTerms, MAX_CANDIDATES);
        Set<String> terms = new HashSet<>();
        for (Tuple2<String, NgramCounts.Stats> run : runs) {
            terms.addAll(List.of(run._1().split(" ")));
        }
        NgramCounts.Lookup lookup = counts.lookup(terms, heldForms);
        Map<String, Long> termCounts = lookup.termCounts();
        List<Phrase> phrases = new ArrayList<>();
        for (Tuple2<String, NgramCounts.Stats> run : runs) {
            NgramCounts.Stats s = run._2();
            double npmi = npmi(s.count(), run._1().split(" "), termCounts, totalTerms);
            if (npmi >= minNpmi) {
                phrases.add(new Phrase(run._1(), s.form(), s.words(), s.count(), s.documents(), npmi));
            }
        }
        return new Found(mostFrequent(withoutSubsumed(phrases)), lookup.formsUnlikeKeys());
    }

    /** NPMI of a run seen {@code count} times whose terms are {@code parts}, in a corpus of {@code n} terms. */
    static double npmi(long count, String[] parts, Map<String, Long> termCounts, long n) {
        double lnN = Math.log(n);
        double lnCount = Math.log(count);
        double pmi = lnCount - lnN;
        for (String part : parts) {
            pmi -= Math.log(termCounts.getOrDefault(part, count)) - lnN;
        }
        return pmi / ((parts.length - 1) * (lnN - lnCount));
    }

    private static List<Phrase> withoutSubsumed(List<Phrase> phrases) {
        Map<String, Phrase> byKey = new HashMap<>();
        phrases.forEach(p -> byKey.put(p.key(), p));
        Set<String> subsumed = new HashSet<>();
        for (Phrase longer : phrases) {
            if (longer.words() < 3) {
                continue;
            }
            String key = longer.key();
            for (String pair : List.of(key.substring(0, key.lastIndexOf(' ')), key.substring(key.indexOf(' ') + 1))) {
                Phrase p = byKey.get(pair);
                if (p != null && longer.count() >= SUBSUMED * p.count()) {
                    subsumed.add(pair);
                }
            }
        }
        return phrases.stream().filter(p -> !subsumed.contains(p.key())).toList();
    }

    private static List<Phrase> mostFrequent(List<Phrase> phrases) {
        return phrases.stream()
                .sorted(Comparator.comparingLong(Phrase::count).reversed()
                        .thenComparing(Comparator.comparingDouble(Phrase::npmi).reversed())
                        .thenComparing(Phrase::key))
                .limit(MAX_PHRASES)
                .toList();
    }
}
