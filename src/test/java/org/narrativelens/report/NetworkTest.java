package org.narrativelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The network value, its GEXF and GraphML files and its SVG figure. */
class NetworkTest {

    private static final Network NETWORK = new Network(
            List.of(new Network.Node("ru", "Russia", "state", 67), new Network.Node("us", "United States", "state", 40),
                    new Network.Node("x", "<b>Smith & Co</b>", "organisation", 2)),
            List.of(new Network.Edge("ru", "us", 9, 0.41, 12.5), new Network.Edge("us", "x", 1, 0.2, 1.1)));

    @Test
    void anEdgeMustJoinTwoNodes() {
        assertThrows(IllegalArgumentException.class, () -> new Network(List.of(new Network.Node("ru", "Russia", "state", 1)),
                List.of(new Network.Edge("ru", "us", 1, 0, 0))));
    }

    @Test
    void gexfAndGraphMlCarryNodesEdgesAndTheirAttributes() throws Exception {
        StringWriter gexf = new StringWriter();
        new NetworkFiles(NETWORK).writeGexf(gexf);
        assertTrue(gexf.toString().contains("<node id=\"ru\" label=\"Russia\">"), gexf.toString());
        assertTrue(gexf.toString().contains("source=\"ru\" target=\"us\" weight=\"9.0\""), gexf.toString());
        assertTrue(gexf.toString().contains("&lt;b&gt;Smith &amp; Co&lt;/b&gt;"), "labels are XML-escaped");
        StringWriter graphMl = new StringWriter();
        new NetworkFiles(NETWORK).writeGraphMl(graphMl);
        assertTrue(graphMl.toString().contains("<node id=\"us\">"), graphMl.toString());
        assertTrue(graphMl.toString().contains("<edge id=\"ru--us\" source=\"ru\" target=\"us\">"), graphMl.toString());
        assertEquals(2, graphMl.toString().split("<edge ", -1).length - 1);
    }

    @Test
    void theFigureIsEscapedDeterministicAndDrawsEveryEdge() {
        String svg = new NetworkFigure().svg(NETWORK);
        assertTrue(svg.startsWith("<svg"));
        assertEquals(2, svg.split("<line ", -1).length - 1);
        assertEquals(3, svg.split("<text x=\"[0-9.]+\" y=\"[0-9.]+\" text-anchor", -1).length - 1);
        assertTrue(svg.contains("&lt;b&gt;Smith &amp; Co&lt;/b&gt;"));
        assertFalse(svg.contains("<b>Smith"));
        assertEquals(svg, new NetworkFigure().svg(NETWORK), "same network, same picture");
        assertNull(new NetworkFigure().svg(new Network(List.of(), List.of())));
    }

    @Test
    void edgesOfTheFigureLinkToTheAddressesGivenOnly() {
        String svg = new NetworkFigure().svg(NETWORK, e -> e.source().equals("ru") ? "actors.html#pair\"<" : null, id -> null);
        assertEquals(1, svg.split("<a href=", -1).length - 1);
        assertTrue(svg.contains("<a href=\"actors.html#pair&quot;&lt;\"><line "), "the address escaped: " + svg);
        assertEquals(1, svg.split("</a>", -1).length - 1);
        assertFalse(new NetworkFigure().svg(NETWORK).contains("<a "), "the standalone figure has no links");
    }

    @Test
    void labelsNearTheEdgeMoveInwardsToStayWhole() {
        String label = "US National Security Council";
        assertEquals(100.0, NetworkFigure.labelX(100.0, "NATO"), "a short label stays over its node");
        double x = NetworkFigure.labelX(10.0, label);
        assertTrue(x - label.length() * 7.0 / 2 >= 0, "starts inside the figure: " + x);
        assertTrue(NetworkFigure.labelX(955.0, label) + label.length() * 7.0 / 2 <= 960, "ends inside the figure");
    }
}
