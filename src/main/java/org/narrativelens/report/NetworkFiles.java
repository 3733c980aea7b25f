package org.narrativelens.report;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * Writes a {@link Network} for Gephi and other graph tools, with JGraphT's exporters: GEXF and
 * GraphML, nodes carrying label, type and mentions, edges weighted by the windows the pair shares and
 * carrying NPMI and G2.
 */
public final class NetworkFiles {

    private final Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    private final Map<String, Network.Node> nodes = new LinkedHashMap<>();
    private final Map<DefaultWeightedEdge, Network.Edge> edges = new LinkedHashMap<>();

    public NetworkFiles(Network network) {
        for (Network.Node node : network.nodes()) {
            graph.addVertex(node.id());
            nodes.put(node.id(), node);
        }
        for (Network.Edge edge : network.edges()) {
            DefaultWeightedEdge e = graph.addEdge(edge.source(), edge.target());
            graph.setEdgeWeight(e, edge.windows());
            edges.put(e, edge);
        }
    }

    /** The network as GEXF 1.2. */
    public void writeGexf(Writer out) throws IOException {
        GEXFExporter<String, DefaultWeightedEdge> gexf = new GEXFExporter<>(id -> id, this::edgeId);
        gexf.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
        gexf.setCreator("narrative-lens");
        gexf.registerAttribute("type", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
        gexf.registerAttribute("mentions", GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.LONG);
        gexf.registerAttribute("npmi", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.DOUBLE);
        gexf.registerAttribute("g2", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.DOUBLE);
        gexf.setVertexAttributeProvider(this::nodeAttributes);
        gexf.setEdgeAttributeProvider(this::edgeAttributes);
        gexf.exportGraph(graph, out);
        out.flush();
    }

    /** The network as GraphML. */
    public void writeGraphMl(Writer out) throws IOException {
        GraphMLExporter<String, DefaultWeightedEdge> graphMl = new GraphMLExporter<>(id -> id);
        graphMl.setEdgeIdProvider(this::edgeId);
        graphMl.setExportVertexLabels(true);
        graphMl.setExportEdgeWeights(true);
        graphMl.registerAttribute("type", GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
        graphMl.registerAttribute("mentions", GraphMLExporter.AttributeCategory.NODE, AttributeType.LONG);
        graphMl.registerAttribute("npmi", GraphMLExporter.AttributeCategory.EDGE, AttributeType.DOUBLE);
        graphMl.registerAttribute("g2", GraphMLExporter.AttributeCategory.EDGE, AttributeType.DOUBLE);
        graphMl.setVertexAttributeProvider(this::nodeAttributes);
        graphMl.setEdgeAttributeProvider(this::edgeAttributes);
        graphMl.exportGraph(graph, out);
        out.flush();
    }

    private String edgeId(DefaultWeightedEdge e) {
        Network.Edge edge = edges.get(e);
        return edge.source() + "--" + edge.target();
    }

    private Map<String, Attribute> nodeAttributes(String id) {
        Network.Node node = nodes.get(id);
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("label", DefaultAttribute.createAttribute(node.label()));
        attributes.put("type", DefaultAttribute.createAttribute(node.type()));
        attributes.put("mentions", DefaultAttribute.createAttribute(node.mentions()));
        return attributes;
    }

    private Map<String, Attribute> edgeAttributes(DefaultWeightedEdge e) {
        Network.Edge edge = edges.get(e);
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        attributes.put("npmi", DefaultAttribute.createAttribute(edge.npmi()));
        attributes.put("g2", DefaultAttribute.createAttribute(edge.g2()));
        return attributes;
    }
}
