package org.narrativelens.report;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Draws the strongest part of a {@link Network} as a static SVG: a force-directed layout
 * (Fruchterman-Reingold, JGraphT, fixed seed so reruns draw the same picture), node area by mentions,
 * edge width by the windows a pair shares, colour by actor type. Every label is XML-escaped.
 */
public final class NetworkFigure {

    /** Edges drawn: more makes a hairball. */
    public static final int MAX_EDGES = 40;
    private static final int WIDTH = 960;
    private static final int HEIGHT = 640;
    private static final int MARGIN = 70;
    /** A generous width of a 12-pixel sans-serif character, to keep long labels inside the figure. */
    private static final double CHAR_WIDTH = 7.0;
    private static final int LEGEND = 30;
    private static final Map<String, String> COLOURS = Map.of(
            "state", "#3b6fb6", "person", "#d9822b", "organisation", "#5a9e6f", "bloc", "#8e5ea2",
            "media", "#b5495b", "place", "#7f8c8d");

    /** The SVG document, or null when the network has no edge. */
    public String svg(Network network) {
        return svg(network, edge -> null);
    }

    /**
     * The SVG document, each edge a link to the address {@code href} gives for it (no link when null), for the
     * figure inside the report; null when the network has no edge.
     */
    public String svg(Network network, java.util.function.Function<Network.Edge, String> href) {
        List<Network.Edge> edges = network.edges().stream()
                .sorted(Comparator.comparingLong(Network.Edge::windows).thenComparingDouble(Network.Edge::g2).reversed())
                .limit(MAX_EDGES).toList();
        if (edges.isEmpty()) {
            return null;
        }
        Map<String, Network.Node> nodes = new LinkedHashMap<>();
        network.nodes().forEach(n -> nodes.put(n.id(), n));
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        for (Network.Edge e : edges) {
            graph.addVertex(e.source());
            graph.addVertex(e.target());
            graph.addEdge(e.source(), e.target());
        }
        MapLayoutModel2D<String> layout = new MapLayoutModel2D<>(new Box2D(WIDTH - 2.0 * MARGIN, HEIGHT - 2.0 * MARGIN));
        new FRLayoutAlgorithm2D<String, DefaultEdge>(300, 0.5, new Random(42)).layout(graph, layout);
        Map<String, Point2D> positions = fitted(layout, graph.vertexSet());
        long maxWindows = edges.stream().mapToLong(Network.Edge::windows).max().orElse(1);
        long maxMentions = graph.vertexSet().stream().mapToLong(id -> nodes.get(id).mentions()).max().orElse(1);

        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        for (Network.Edge e : edges) {
            Point2D a = positions.get(e.source());
            Point2D b = positions.get(e.target());
            String title = String.format(Locale.ROOT, "<title>%s - %s: %d</title>", escape(nodes.get(e.source()).label()),
                    escape(nodes.get(e.target()).label()), e.windows());
            String link = href.apply(e);
            if (link != null) {
                // A wide transparent line under the visible one, so that a thin edge is easy to click.
                svg.append(String.format(Locale.ROOT, "<a href=\"%s\"><line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                        + "stroke=\"transparent\" stroke-width=\"12\">%s</line>", escape(link), a.getX(), a.getY(), b.getX(), b.getY(), title));
            }
            svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"#8a94a6\" "
                            + "stroke-opacity=\"0.6\" stroke-width=\"%.1f\">%s</line>%s%n",
                    a.getX(), a.getY(), b.getX(), b.getY(), 1 + 7.0 * e.windows() / maxWindows, title, link == null ? "" : "</a>"));
        }
        StringBuilder labels = new StringBuilder();
        for (String id : graph.vertexSet()) {
            Network.Node node = nodes.get(id);
            Point2D p = positions.get(id);
            double r = 5 + 18 * Math.sqrt((double) node.mentions() / maxMentions);
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" fill-opacity=\"0.85\" "
                            + "stroke=\"#ffffff\"><title>%s (%s): %d mentions</title></circle>%n",
                    p.getX(), p.getY(), r, COLOURS.getOrDefault(node.type(), "#555555"), escape(node.label()),
                    escape(node.type()), node.mentions()));
            // Labels last, with a white halo, so no circle or line covers one.
            labels.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#1f2430\" "
                            + "stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">%s</text>%n",
                    labelX(p.getX(), node.label()), p.getY() - r - 4, escape(node.label())));
        }
        svg.append(labels);
        int x = 12;
        for (Map.Entry<String, String> type : new java.util.TreeMap<>(COLOURS).entrySet()) {
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"6\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">%s</text>%n",
                    x + 6, HEIGHT - 16, type.getValue(), x + 16, HEIGHT - 12, type.getKey()));
            x += 110;
        }
        return svg.append("</svg>\n").toString();
    }

    /** The layout stretched to fill the drawing, whatever part of its box the algorithm used. */
    private static Map<String, Point2D> fitted(MapLayoutModel2D<String> layout, java.util.Set<String> ids) {
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (String id : ids) {
            Point2D p = layout.get(id);
            minX = Math.min(minX, p.getX());
            maxX = Math.max(maxX, p.getX());
            minY = Math.min(minY, p.getY());
            maxY = Math.max(maxY, p.getY());
        }
        double width = WIDTH - 2.0 * MARGIN;
        double height = HEIGHT - 2.0 * MARGIN - LEGEND;
        Map<String, Point2D> fitted = new LinkedHashMap<>();
        for (String id : ids) {
            Point2D p = layout.get(id);
            double x = maxX > minX ? (p.getX() - minX) / (maxX - minX) : 0.5;
            double y = maxY > minY ? (p.getY() - minY) / (maxY - minY) : 0.5;
            fitted.put(id, Point2D.of(MARGIN + x * width, MARGIN + y * height));
        }
        return fitted;
    }

    /** XML text and attribute escaping. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;");
    }

    /** The centre of a label over a node at {@code x}, moved inwards so that the whole label stays in the figure. */
    static double labelX(double x, String label) {
        double half = label.length() * CHAR_WIDTH / 2 + 2;
        return Math.max(half, Math.min(WIDTH - half, x));
    }
}
