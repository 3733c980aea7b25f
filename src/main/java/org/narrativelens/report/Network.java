package org.narrativelens.report;

import java.util.List;
import java.util.Objects;

/**
 * The actor network of a run, bounded: the strongest pairs and the actors they join. A plain value,
 * so the files and the figure made from it know nothing of Spark.
 *
 * @param nodes actors, each once
 * @param edges pairs of actors named together; both ends are among {@code nodes}
 */
public record Network(List<Node> nodes, List<Edge> edges) implements java.io.Serializable {

    public Network {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        java.util.Set<String> ids = new java.util.HashSet<>();
        nodes.forEach(n -> ids.add(n.id()));
        for (Edge e : edges) {
            if (!ids.contains(e.source()) || !ids.contains(e.target())) {
                throw new IllegalArgumentException("edge " + e.source() + " - " + e.target() + " names an actor that is not a node");
            }
        }
    }

    /** An actor: dictionary id, label, type (state, person ...) and times named. */
    public record Node(String id, String label, String type, long mentions) implements java.io.Serializable {
        public Node {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(type, "type");
        }
    }

    /** A pair named together in {@code windows} windows, with its association statistics. */
    public record Edge(String source, String target, long windows, double npmi, double g2) implements java.io.Serializable {
    }

    /**
     * The report anchor of the pair {@code a}, {@code b} (dictionary ids, in the pair's order): where its evidence
     * sentences start, and what the pair's row and the network figure's edge link to.
     */
    public static String pairAnchor(String a, String b) {
        return "pair-" + a + "--" + b;
    }

    public boolean isEmpty() {
        return edges.isEmpty();
    }
}
