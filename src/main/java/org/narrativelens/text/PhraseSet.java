package org.narrativelens.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The phrases in use, and how a document's terms become terms with phrases: every run of adjacent terms
 * that is a phrase becomes one term, the higher-scoring phrase first where two overlap ("prime minister"
 * and "tony blair" before "minister tony"), then the longer, then the earlier.
 *
 * <pre>{@code
 * PhraseSet phrases = new PhraseSet(List.of(new Phrase("peace talks", "peace talks", 2, 6, 3, 0.73)));
 * phrases.merge(List.of("peace", "talks", "failed"), List.of(4, 5, 6));  // [peace talks, failed]
 * phrases.merge(List.of("peace", "talks"), List.of(4, 6));               // [peace, talks]: not adjacent
 * }</pre>
 */
public final class PhraseSet implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<String, Double> scores = new HashMap<>();
    private final Set<String> firstTerms = new HashSet<>();
    private final int longest;

    public PhraseSet(List<Phrase> phrases) {
        int max = 1;
        for (Phrase p : phrases) {
            scores.put(p.key(), p.npmi());
            firstTerms.add(p.key().substring(0, p.key().indexOf(' ')));
            max = Math.max(max, p.words());
        }
        this.longest = max;
    }

    public boolean isEmpty() {
        return scores.isEmpty();
    }

    /** {@code keys} with each phrase occurrence made one term; {@code positions} tell which terms are adjacent. */
    public List<String> merge(List<String> keys, List<Integer> positions) {
        int n = keys.size();
        List<int[]> found = new ArrayList<>();   // start, length
        List<Double> foundScores = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!firstTerms.contains(keys.get(i))) {
                continue;
            }
            StringBuilder key = new StringBuilder(keys.get(i));
            for (int w = 2; w <= longest && i + w <= n; w++) {
                int last = i + w - 1;
                if (positions.get(last) - positions.get(last - 1) != 1) {
                    break;
                }
                key.append(' ').append(keys.get(last));
                Double score = scores.get(key.toString());
                if (score != null) {
                    found.add(new int[] {i, w});
                    foundScores.add(score);
                }
            }
        }
        if (found.isEmpty()) {
            return keys;
        }
        Integer[] order = new Integer[found.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        java.util.Arrays.sort(order, Comparator.<Integer>comparingDouble(k -> -foundScores.get(k))
                .thenComparingInt(k -> -found.get(k)[1])
                .thenComparingInt(k -> found.get(k)[0]));
        int[] length = new int[n];
        boolean[] taken = new boolean[n];
        for (int k : order) {
            int start = found.get(k)[0];
            int w = found.get(k)[1];
            boolean free = true;
            for (int j = start; j < start + w; j++) {
                free &= !taken[j];
            }
            if (free) {
                for (int j = start; j < start + w; j++) {
                    taken[j] = true;
                }
                length[start] = w;
            }
        }
        List<String> merged = new ArrayList<>(n);
        for (int i = 0; i < n; ) {
            int w = Math.max(1, length[i]);
            merged.add(w == 1 ? keys.get(i) : String.join(" ", keys.subList(i, i + w)));
            i += w;
        }
        return merged;
    }
}
