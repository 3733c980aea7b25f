package org.narrativelens.topics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.matching.KuhnMunkresMinimalWeightBipartitePerfectMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Matches the topics of two models one to one so that the total similarity of the matched pairs is the
 * largest possible: the assignment problem, solved by the Hungarian algorithm (Kuhn-Munkres, JGraphT's
 * implementation). The similarity of two topics is the Jaccard similarity of their sets of top terms (shared
 * terms / terms of either). Used for the stability of topics across seeds and for comparing two runs.
 *
 * <pre>{@code
 * List<TopicAlignment.Pair> pairs = TopicAlignment.align(List.of(List.of("war", "troops")), List.of(List.of("troops", "front")));
 * // one pair: 0 with 0, similarity 1/3, shared [troops]
 * }</pre>
 */
public final class TopicAlignment {

    private TopicAlignment() {
    }

    /**
     * A matched pair: topic {@code a} of the first model, {@code b} of the second, their similarity and shared
     * terms (in the first topic's order).
     */
    public record Pair(int a, int b, double similarity, List<String> shared) {
        public Pair {
            shared = List.copyOf(shared);
        }
    }

    /**
     * The one-to-one matching of maximum total similarity between topics {@code a} and {@code b} (each a list of
     * top terms), as pairs ordered by topic of {@code a}. When the models have different numbers of topics, the
     * extra topics stay unmatched; a pair that shares no term is no match and is left out.
     */
    public static List<Pair> align(List<List<String>> a, List<List<String>> b) {
        double[][] similarity = new double[a.size()][b.size()];
        for (int i = 0; i < a.size(); i++) {
            for (int j = 0; j < b.size(); j++) {
                similarity[i][j] = jaccard(a.get(i), b.get(j));
            }
        }
        int[] match = maximumAssignment(similarity);
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < match.length; i++) {
            if (match[i] >= 0 && similarity[i][match[i]] > 0) {
                Set<String> other = new HashSet<>(b.get(match[i]));
                pairs.add(new Pair(i, match[i], similarity[i][match[i]], new LinkedHashSet<>(a.get(i)).stream().filter(other::contains).toList()));
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::a));
        return pairs;
    }

    /** Shared terms / terms of either; 0 for two empty lists. */
    public static double jaccard(List<String> a, List<String> b) {
        Set<String> either = new HashSet<>(a);
        either.addAll(b);
        if (either.isEmpty()) {
            return 0;
        }
        Set<String> first = new HashSet<>(a);
        long shared = new HashSet<>(b).stream().filter(first::contains).count();
        return (double) shared / either.size();
    }

    /**
     * For each row of {@code weights} (rows x columns, any sizes, values in [0, 1]) the column it is assigned to, or
     * -1, such that the sum of the assigned weights is the largest possible. The smaller side is padded with
     * placeholders of weight 0 to make the graph square and complete, as Kuhn-Munkres needs, and the costs are
     * {@code 1 - weight}, which are not negative.
     */
    static int[] maximumAssignment(double[][] weights) {
        int rows = weights.length;
        int columns = rows == 0 ? 0 : weights[0].length;
        int n = Math.max(rows, columns);
        int[] match = new int[rows];
        java.util.Arrays.fill(match, -1);
        if (rows == 0 || columns == 0) {
            return match;
        }
        Graph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Set<Integer> left = new LinkedHashSet<>();
        Set<Integer> right = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) {
            graph.addVertex(i);
            left.add(i);
            graph.addVertex(n + i);
            right.add(n + i);
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double weight = i < rows && j < columns ? weights[i][j] : 0;
                graph.setEdgeWeight(graph.addEdge(i, n + j), 1 - weight);
            }
        }
        for (DefaultWeightedEdge e : new KuhnMunkresMinimalWeightBipartitePerfectMatching<>(graph, left, right).getMatching().getEdges()) {
            int u = graph.getEdgeSource(e);
            int v = graph.getEdgeTarget(e);
            int row = Math.min(u, v);
            int column = Math.max(u, v) - n;
            if (row < rows && column < columns) {
                match[row] = column;
            }
        }
        return match;
    }
}
