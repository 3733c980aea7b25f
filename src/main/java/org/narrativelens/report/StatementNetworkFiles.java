package org.narrativelens.report;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;

/**
 * Writes the directed network of attributed statements (speaker -> target) as GEXF 1.2 with JGraphT, from
 * the {@code statement_edges} table: nodes are actors with their label, edges are weighted by statements and
 * carry the count of each cue. Unlike {@link NetworkFiles}, edges have a direction and no association statistics.
 */
public final class StatementNetworkFiles {

    /** The table this file is made from. */
    public static final String TABLE = "statement_edges";
    /** The columns holding counts per cue, after the statements column. */
    private static final List<String> CUES = List.of("accuse", "warn", "deny", "demand", "praise", "offer", "other");

    private final Graph<String, DefaultWeightedEdge> graph = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<DefaultWeightedEdge, Map<String, Long>> counts = new LinkedHashMap<>();

    /** The network of {@code edges}, a {@code statement_edges} table. */
    public StatementNetworkFiles(Table edges) {
        List<String> names = edges.columnNames();
        int speakerId = index(names, "speaker_id");
        int speaker = index(names, "speaker");
        int targetId = index(names, "target_id");
        int target = index(names, "target");
        int statements = index(names, "statements");
        for (List<Object> row : edges.rows()) {
            String from = (String) row.get(speakerId);
            String to = (String) row.get(targetId);
            labels.putIfAbsent(from, (String) row.get(speaker));
            labels.putIfAbsent(to, (String) row.get(target));
            graph.addVertex(from);
            graph.addVertex(to);
            DefaultWeightedEdge e = graph.addEdge(from, to);
            graph.setEdgeWeight(e, ((Number) row.get(statements)).doubleValue());
            Map<String, Long> byCue = new LinkedHashMap<>();
            for (String cue : CUES) {
                byCue.put(cue, ((Number) row.get(index(names, cue))).longValue());
            }
            counts.put(e, byCue);
        }
    }

    public boolean isEmpty() {
        return graph.edgeSet().isEmpty();
    }

    public void writeGexf(Writer out) throws IOException {
        GEXFExporter<String, DefaultWeightedEdge> gexf = new GEXFExporter<>(id -> id,
                e -> graph.getEdgeSource(e) + "->" + graph.getEdgeTarget(e));
        gexf.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
        gexf.setCreator("narrative-lens");
        for (String cue : CUES) {
            gexf.registerAttribute(cue, GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.LONG);
        }
        gexf.setVertexAttributeProvider(id -> Map.of("label", DefaultAttribute.createAttribute(labels.get(id))));
        gexf.setEdgeAttributeProvider(e -> {
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            counts.get(e).forEach((cue, n) -> attributes.put(cue, DefaultAttribute.createAttribute(n)));
            return attributes;
        });
        gexf.exportGraph(graph, out);
        out.flush();
    }

    private static int index(List<String> names, String column) {
        int i = names.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException("table " + TABLE + " has no column " + column);
        }
        return i;
    }
}
