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
    static final List<String> CUES = List.of("accuse", "warn", "deny", "demand", "praise", "offer", "other");

    private final Graph<String, DefaultWeightedEdge> graph = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<DefaultWeightedEdge, Map<String, Long>> counts = new LinkedHashMap<>();

    /** One row of a {@code statement_edges} table: speaker and target (id and label), statements, and their count per cue. */
    record StatementEdge(String speakerId, String speaker, String targetId, String target, long statements, Map<String, Long> byCue) {
    }

    /**
     * The rows of {@code edges}, a {@code statement_edges} table, in its order. Cells may be links (to an actor's
     * page, to the statements): their values are taken.
     */
    static List<StatementEdge> rows(Table edges) {
        List<String> names = edges.columnNames();
        int speakerId = index(names, "speaker_id");
        int speaker = index(names, "speaker");
        int targetId = index(names, "target_id");
        int target = index(names, "target");
        int statements = index(names, "statements");
        List<StatementEdge> rows = new java.util.ArrayList<>();
        for (List<Object> row : edges.rows()) {
            Map<String, Long> byCue = new LinkedHashMap<>();
            for (String cue : CUES) {
                byCue.put(cue, number(row.get(index(names, cue))));
            }
            rows.add(new StatementEdge(text(row.get(speakerId)), text(row.get(speaker)), text(row.get(targetId)), text(row.get(target)),
                    number(row.get(statements)), byCue));
        }
        return rows;
    }

    private static String text(Object cell) {
        return String.valueOf(Table.Link.unwrap(cell));
    }

    private static long number(Object cell) {
        return ((Number) Table.Link.unwrap(cell)).longValue();
    }

    /** The network of {@code edges}, a {@code statement_edges} table. */
    public StatementNetworkFiles(Table edges) {
        for (StatementEdge row : rows(edges)) {
            labels.putIfAbsent(row.speakerId(), row.speaker());
            labels.putIfAbsent(row.targetId(), row.target());
            graph.addVertex(row.speakerId());
            graph.addVertex(row.targetId());
            DefaultWeightedEdge e = graph.addEdge(row.speakerId(), row.targetId());
            graph.setEdgeWeight(e, row.statements());
            counts.put(e, row.byCue());
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
