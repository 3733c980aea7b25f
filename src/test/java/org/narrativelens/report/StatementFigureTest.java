package org.narrativelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StatementFigureTest {

    /** A statement_edges table: speaker id, target id and the counts per cue (accuse ... other). */
    static Table edges(Object[]... rows) {
        Table.Builder table = Table.builder("statement_edges", "t", "d").column("speaker_id", "").column("speaker", "")
                .column("target_id", "").column("target", "").column("statements", "");
        StatementNetworkFiles.CUES.forEach(c -> table.column(c, ""));
        for (Object[] r : rows) {
            List<Object> cells = new ArrayList<>(List.of(r[0], Table.Link.toActor(r[1], (String) r[0]), r[2], Table.Link.toActor(r[3], (String) r[2]),
                    Table.Link.toRow(r[4], "statement_evidence", r[0], r[2])));
            for (int i = 5; i < r.length; i++) {
                cells.add(r[i]);
            }
            table.row(cells);
        }
        return table.build();
    }

    private static final Table EDGES = edges(
            new Object[] {"ru", "Russia", "us", "United States", 9L, 7L, 0L, 0L, 0L, 0L, 0L, 2L},
            new Object[] {"us", "United States", "ru", "Russia", 2L, 0L, 1L, 0L, 0L, 0L, 0L, 1L},
            new Object[] {"x", "<b>Smith & Co</b>", "ru", "Russia", 1L, 0L, 0L, 0L, 0L, 0L, 0L, 1L});

    private static String svg(Table edges) {
        return StatementFigure.svg(edges, Map.of("ru", "state"), (s, t) -> "actors.html#ev-" + s + "-" + t, id -> "actors/" + id + ".html");
    }

    @Test
    void everyEdgeIsAnArrowFromSpeakerToTargetLinkedToItsStatements() {
        String svg = svg(EDGES);
        Matcher arrows = Pattern.compile("<path d=\"M([0-9.]+),([0-9.]+) Q[0-9.,]+ ([0-9.]+),([0-9.]+)\" fill=\"none\" stroke=\"(#[0-9a-f]+)\""
                + " stroke-opacity=\"0.8\" stroke-width=\"[0-9.]+\" marker-end=\"url\\(#(nl-arrow-[0-9a-f]+)\\)\"><title>([^<]*)</title>").matcher(svg);
        List<String> titles = new ArrayList<>();
        List<double[]> ends = new ArrayList<>();
        while (arrows.find()) {
            titles.add(arrows.group(7));
            ends.add(new double[] {Double.parseDouble(arrows.group(1)), Double.parseDouble(arrows.group(2)),
                    Double.parseDouble(arrows.group(3)), Double.parseDouble(arrows.group(4))});
            assertTrue(svg.contains("<marker id=\"" + arrows.group(6) + "\""), "the arrowhead is defined: " + arrows.group(6));
        }
        assertEquals(List.of("Russia accuses United States: 7 of 9 statements (accuse 7, other 2)",
                "United States warns Russia: 1 of 2 statements (warn 1, other 1)",
                "&lt;b&gt;Smith &amp; Co&lt;/b&gt; speaks of Russia: 1 of 1 statement (other 1)"), titles);
        // Russia -> US and US -> Russia join the same two nodes in opposite directions, on two curves.
        double[] forth = ends.get(0);
        double[] back = ends.get(1);
        assertTrue(Math.hypot(forth[0] - back[2], forth[1] - back[3]) < 60 && Math.hypot(forth[2] - back[0], forth[3] - back[1]) < 60,
                "each starts near where the other ends");
        assertFalse(forth[0] == back[2] && forth[1] == back[3], "but not on the same line");
        for (String link : List.of("actors.html#ev-ru-us", "actors.html#ev-us-ru", "actors.html#ev-x-ru", "actors/ru.html")) {
            assertTrue(svg.contains("<a href=\"" + link + "\">"), link);
        }
        assertEquals(3 + 3, svg.split("<a href=", -1).length - 1, "three arrows and three actors linked");
        assertFalse(svg.contains("<b>"), "labels are escaped");
        assertTrue(svg.contains(">accuse</text>"), "the cues' legend");
    }

    @Test
    void theDominantCueIsTheMostFrequentAndOnATieTheMoreTelling() {
        assertEquals("accuse", StatementFigure.dominant(Map.of("accuse", 7L, "other", 2L)));
        assertEquals("other", StatementFigure.dominant(Map.of("accuse", 1L, "other", 2L)));
        assertEquals("warn", StatementFigure.dominant(Map.of("warn", 1L, "other", 1L)));
        assertEquals("other", StatementFigure.dominant(Map.of()));
    }

    @Test
    void noEdgeNoFigure() {
        assertNull(svg(edges()));
    }
}
