package org.narrativelens.report;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Draws a network as a static SVG: a force-directed layout (Fruchterman-Reingold, JGraphT, fixed seed so
 * reruns draw the same picture), node area by size, edge width by weight, node colour by actor type. Serves
 * both the co-occurrence network ({@link #svg(Network)}: undirected, width by the windows a pair shares) and
 * the network of statements ({@link StatementFigure}: directed, curved arrows coloured by cue). Every label,
 * tooltip and address is XML-escaped; the SVG has no script.
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
    /** How far a directed edge bends, as a share of its length: A -> B and B -> A bend to opposite sides. */
    private static final double BEND = 0.15;
    /** An arrowhead's length and width, in widths of its edge's line. */
    private static final int ARROW = 3;
    /** Room kept between two circles: enough for a label between them. */
    private static final double SPACING = 40;
    private static final Map<String, String> COLOURS = Map.of(
            "state", "#3b6fb6", "person", "#d9822b", "organisation", "#5a9e6f", "bloc", "#8e5ea2",
            "media", "#b5495b", "place", "#7f8c8d");
    private static final String UNDIRECTED_EDGE = "#8a94a6";

    /** A node to draw: {@code size} sets its area relative to the others; {@code href} may be null. */
    record Node(String id, String label, String type, double size, String title, String href) {
    }

    /** An edge to draw: {@code weight} sets its width relative to the others; {@code label} (may be null) is written on it. */
    record Edge(String source, String target, double weight, String colour, String title, String label, String href) {
    }

    /** The SVG document, or null when the network has no edge. */
    public String svg(Network network) {
        return svg(network, edge -> null, id -> null);
    }

    /**
     * The SVG document, each edge a link to the address {@code href} gives for it and each actor to the address
     * {@code nodeHref} gives for its id (no link when null), for the figure inside the report; null when the
     * network has no edge.
     */
    public String svg(Network network, Function<Network.Edge, String> href, Function<String, String> nodeHref) {
        List<Network.Edge> edges = network.edges().stream()
                .sorted(Comparator.comparingLong(Network.Edge::windows).thenComparingDouble(Network.Edge::g2).reversed())
                .limit(MAX_EDGES).toList();
        Map<String, Network.Node> byId = new LinkedHashMap<>();
        network.nodes().forEach(n -> byId.put(n.id(), n));
        Map<String, Node> nodes = new LinkedHashMap<>();
        List<Edge> drawn = new java.util.ArrayList<>();
        for (Network.Edge e : edges) {
            for (String id : List.of(e.source(), e.target())) {
                Network.Node n = byId.get(id);
                nodes.computeIfAbsent(id, k -> new Node(id, n.label(), n.type(), n.mentions(),
                        n.label() + " (" + n.type() + "): " + n.mentions() + " mentions", nodeHref.apply(id)));
            }
            drawn.add(new Edge(e.source(), e.target(), e.windows(), UNDIRECTED_EDGE,
                    byId.get(e.source()).label() + " - " + byId.get(e.target()).label() + ": " + e.windows(), null, href.apply(e)));
        }
        return draw(List.copyOf(nodes.values()), drawn, false, Map.of());
    }

    /**
     * The SVG of {@code edges} between {@code nodes} (every end among them), or null when there is no edge.
     * Directed edges are curved arrows, so that A -> B and B -> A stay apart; {@code edgeLegend} names the edge
     * colours used (label -> colour), drawn above the legend of node types.
     */
    String draw(List<Node> nodes, List<Edge> edges, boolean directed, Map<String, String> edgeLegend) {
        if (edges.isEmpty()) {
            return null;
        }
        Map<String, Node> byId = new LinkedHashMap<>();
        nodes.forEach(n -> byId.put(n.id(), n));
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        for (Edge e : edges) {
            if (!byId.containsKey(e.source()) || !byId.containsKey(e.target())) {
                throw new IllegalArgumentException("edge " + e.source() + " - " + e.target() + " names a node not given");
            }
            graph.addVertex(e.source());
            graph.addVertex(e.target());
            if (!e.source().equals(e.target()) && !graph.containsEdge(e.source(), e.target())) {
                graph.addEdge(e.source(), e.target());
            }
        }
        int legend = edgeLegend.isEmpty() ? LEGEND : 2 * LEGEND;
        MapLayoutModel2D<String> layout = new MapLayoutModel2D<>(new Box2D(WIDTH - 2.0 * MARGIN, HEIGHT - 2.0 * MARGIN));
        new FRLayoutAlgorithm2D<String, DefaultEdge>(300, 0.5, new Random(42)).layout(graph, layout);
        Map<String, Point2D> positions = fitted(layout, graph.vertexSet(), legend);
        double maxWeight = edges.stream().mapToDouble(Edge::weight).max().orElse(1);
        // Arrowheads grow with their line: directed lines stay thinner so that the heads stay readable.
        double widest = directed ? 4.0 : 7.0;
        double maxSize = graph.vertexSet().stream().mapToDouble(id -> byId.get(id).size()).max().orElse(1);
        Map<String, Double> radius = new LinkedHashMap<>();
        graph.vertexSet().forEach(id -> radius.put(id, 5 + 18 * Math.sqrt(maxSize > 0 ? byId.get(id).size() / maxSize : 1)));
        separate(positions, radius, legend);

        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        if (directed) {
            svg.append(markers(edges));
        }
        StringBuilder edgeLabels = new StringBuilder();
        for (Edge e : edges) {
            double width = 1 + widest * e.weight() / maxWeight;
            String shape = directed
                    ? arc(positions.get(e.source()), positions.get(e.target()), radius.get(e.source()), radius.get(e.target()) + ARROW * width + 1)
                    : line(positions.get(e.source()), positions.get(e.target()));
            String title = "<title>" + escape(e.title()) + "</title>";
            if (e.href() != null) {
                // A wide transparent stroke under the visible one, so that a thin edge is easy to click.
                svg.append("<a href=\"").append(escape(e.href())).append("\">").append(String.format(Locale.ROOT,
                        "<%s fill=\"none\" stroke=\"transparent\" stroke-width=\"12\">%s</%s>", shape, title, tag(shape)));
            }
            svg.append(String.format(Locale.ROOT, "<%s fill=\"none\" stroke=\"%s\" stroke-opacity=\"%s\" stroke-width=\"%.1f\"%s>%s</%s>%s%n",
                    shape, escape(e.colour()), directed ? "0.8" : "0.6", width,
                    directed ? " marker-end=\"url(#" + markerId(e.colour()) + ")\"" : "", title, tag(shape), e.href() == null ? "" : "</a>"));
            if (e.label() != null) {
                Point2D at = middle(positions.get(e.source()), positions.get(e.target()), directed);
                edgeLabels.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"11\" "
                                + "fill=\"%s\" stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">%s</text>%n",
                        at.getX(), at.getY() + 4, escape(e.colour()), escape(e.label())));
            }
        }
        svg.append(edgeLabels);
        StringBuilder labels = new StringBuilder();
        for (String id : graph.vertexSet()) {
            Node node = byId.get(id);
            Point2D p = positions.get(id);
            double r = radius.get(id);
            String circle = String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" fill-opacity=\"0.85\" "
                            + "stroke=\"#ffffff\"><title>%s</title></circle>", p.getX(), p.getY(), r,
                    COLOURS.getOrDefault(node.type(), "#555555"), escape(node.title()));
            svg.append(node.href() == null ? circle : "<a href=\"" + escape(node.href()) + "\">" + circle + "</a>").append('\n');
            // Labels last, with a white halo, so no circle or line covers one.
            labels.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#1f2430\" "
                            + "stroke=\"#ffffff\" stroke-width=\"3\" paint-order=\"stroke\">%s</text>%n",
                    labelX(p.getX(), node.label()), p.getY() - r - 4, escape(node.label())));
        }
        svg.append(labels);
        legendRow(svg, new java.util.TreeMap<>(COLOURS), HEIGHT - 16, false);
        if (!edgeLegend.isEmpty()) {
            legendRow(svg, edgeLegend, HEIGHT - 16 - LEGEND, true);
        }
        return svg.append("</svg>\n").toString();
    }

    /** One row of the legend: a circle (or a line, for edges) of each colour with its name. */
    private static void legendRow(StringBuilder svg, Map<String, String> entries, int y, boolean lines) {
        int x = 12;
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            String mark = lines
                    ? String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"4\"/>",
                    x, y - 4, x + 14, y - 4, escape(entry.getValue()))
                    : String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"6\" fill=\"%s\"/>", x + 6, y - 4, escape(entry.getValue()));
            svg.append(mark).append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>%n", x + 18, y, escape(entry.getKey())));
            x += 110;
        }
    }

    /** An arrowhead per edge colour, drawn at the end of a directed edge in its colour. */
    private static String markers(List<Edge> edges) {
        Set<String> colours = new LinkedHashSet<>();
        edges.forEach(e -> colours.add(e.colour()));
        StringBuilder defs = new StringBuilder("<defs>");
        for (String colour : colours) {
            defs.append(String.format(Locale.ROOT, "<marker id=\"%s\" viewBox=\"0 0 10 10\" refX=\"0\" refY=\"5\" markerWidth=\"%d\" "
                    + "markerHeight=\"%d\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"%s\"/></marker>",
                    markerId(colour), ARROW, ARROW, escape(colour)));
        }
        return defs.append("</defs>\n").toString();
    }

    /** The id of the arrowhead of {@code colour}: unique on a page that also holds the undirected figure. */
    static String markerId(String colour) {
        return "nl-arrow-" + colour.replaceAll("[^A-Za-z0-9]", "");
    }

    private static String tag(String shape) {
        return shape.substring(0, shape.indexOf(' '));
    }

    private static String line(Point2D a, Point2D b) {
        return String.format(Locale.ROOT, "line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"", a.getX(), a.getY(), b.getX(), b.getY());
    }

    /**
     * A quadratic curve from the rim of the circle at {@code a} (radius {@code ra}) bending to the right of its way
     * to {@code b}, ending {@code rb} short of {@code b}'s centre so that its arrowhead stays visible.
     */
    private static String arc(Point2D a, Point2D b, double ra, double rb) {
        Point2D c = control(a, b);
        Point2D start = towards(a, c, ra);
        Point2D end = towards(b, c, rb);
        return String.format(Locale.ROOT, "path d=\"M%.1f,%.1f Q%.1f,%.1f %.1f,%.1f\"", start.getX(), start.getY(), c.getX(), c.getY(),
                end.getX(), end.getY());
    }

    /** The control point of the curve from {@code a} to {@code b}: off the middle, to the right of the way. */
    private static Point2D control(Point2D a, Point2D b) {
        double dx = b.getX() - a.getX();
        double dy = b.getY() - a.getY();
        return Point2D.of((a.getX() + b.getX()) / 2 - dy * BEND, (a.getY() + b.getY()) / 2 + dx * BEND);
    }

    /** The point {@code distance} from {@code from} in the direction of {@code to}. */
    private static Point2D towards(Point2D from, Point2D to, double distance) {
        double dx = to.getX() - from.getX();
        double dy = to.getY() - from.getY();
        double length = Math.hypot(dx, dy);
        return length == 0 ? from : Point2D.of(from.getX() + dx / length * distance, from.getY() + dy / length * distance);
    }

    /** Where an edge's label goes: the middle of its line, or of its curve. */
    private static Point2D middle(Point2D a, Point2D b, boolean directed) {
        if (!directed) {
            return Point2D.of((a.getX() + b.getX()) / 2, (a.getY() + b.getY()) / 2);
        }
        Point2D c = control(a, b);
        return Point2D.of(0.25 * a.getX() + 0.5 * c.getX() + 0.25 * b.getX(), 0.25 * a.getY() + 0.5 * c.getY() + 0.25 * b.getY());
    }

    /**
     * Pushes apart nodes whose circles (and the labels above them) would overlap: the force-directed layout
     * packs the most connected actors into the middle, where their circles hid each other and the arrows between
     * them. A few rounds of moving each crowded pair apart by half the overlap, kept inside the drawing.
     */
    private static void separate(Map<String, Point2D> positions, Map<String, Double> radius, int legend) {
        List<String> ids = List.copyOf(positions.keySet());
        for (int round = 0; round < 100; round++) {
            boolean moved = false;
            for (int i = 0; i < ids.size(); i++) {
                for (int j = i + 1; j < ids.size(); j++) {
                    Point2D a = positions.get(ids.get(i));
                    Point2D b = positions.get(ids.get(j));
                    double dx = b.getX() - a.getX();
                    double dy = b.getY() - a.getY();
                    double distance = Math.hypot(dx, dy);
                    double wanted = radius.get(ids.get(i)) + radius.get(ids.get(j)) + SPACING;
                    if (distance >= wanted) {
                        continue;
                    }
                    // Coinciding nodes part along a fixed direction, so the picture stays the same on every run.
                    double ux = distance > 0 ? dx / distance : 1;
                    double uy = distance > 0 ? dy / distance : 0;
                    double push = (wanted - distance) / 2;
                    positions.put(ids.get(i), inside(a.getX() - ux * push, a.getY() - uy * push, legend));
                    positions.put(ids.get(j), inside(b.getX() + ux * push, b.getY() + uy * push, legend));
                    moved = true;
                }
            }
            if (!moved) {
                return;
            }
        }
    }

    private static Point2D inside(double x, double y, int legend) {
        return Point2D.of(Math.max(MARGIN / 2.0, Math.min(WIDTH - MARGIN / 2.0, x)),
                Math.max(MARGIN / 2.0, Math.min(HEIGHT - legend - MARGIN / 2.0, y)));
    }

    /** The layout stretched to fill the drawing above its legend, whatever part of its box the algorithm used. */
    private static Map<String, Point2D> fitted(MapLayoutModel2D<String> layout, Set<String> ids, int legend) {
        double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (String id : ids) {
            Point2D p = layout.get(id);
            minX = Math.min(minX, p.getX());
            maxX = Math.max(maxX, p.getX());
            minY = Math.min(minY, p.getY());
            maxY = Math.max(maxY, p.getY());
        }
        double width = WIDTH - 2.0 * MARGIN;
        double height = HEIGHT - 2.0 * MARGIN - legend;
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
