package org.narrativelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HeatmapFigureTest {

    /** An actor_matrix table of the pairs of {@code ids} (labels = ids), with {@code counts} in the order i < j. */
    static Table matrix(List<String> ids, long... counts) {
        Table.Builder t = Table.builder("actor_matrix", "Pairs", "d").column("actor_a_id", "").column("actor_a", "")
                .column("actor_b_id", "").column("actor_b", "").barColumn("sentences", "").column("documents", "").column("npmi", "");
        int k = 0;
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                long n = counts[k++];
                t.row(ids.get(i), Table.Link.toActor(ids.get(i), ids.get(i)), ids.get(j), Table.Link.toActor(ids.get(j), ids.get(j)),
                        n == 0 ? (Object) 0L : Table.Link.toRow(n, "actor_evidence", ids.get(i), ids.get(j)), n == 0 ? 0L : 1L,
                        n == 0 ? null : 0.25);
            }
        }
        return t.build();
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void everyCellNamedTogetherLinksToItsPairAndEveryNameToItsPage() {
        // Russia-Ukraine 35, Russia-NATO 0, Ukraine-NATO 9: two pairs, drawn on both sides of the diagonal.
        String svg = HeatmapFigure.svg(matrix(List.of("Russia", "Ukraine", "NATO"), 35, 0, 9), 15,
                target -> "#" + target.replace('\t', '|'), id -> id + ".html");
        List<String> cells = all(Pattern.compile("<a href=\"#actor_evidence([^\"]*)\"><rect"), svg);
        assertEquals(List.of("#Russia|Ukraine", "#Russia|Ukraine", "#Ukraine|NATO", "#Ukraine|NATO"), cells, svg);
        assertEquals(2, all(Pattern.compile("<a href=\"(Russia\\.html)\"><text"), svg).size(), "a row and a column label");
        assertTrue(svg.contains("Russia \u2013 NATO: never named together in one sentence</title>"), svg);
        assertTrue(svg.contains("Russia \u2013 Ukraine: 35 sentences in 1 document, NPMI 0.25. Click for the sentences.</title>"), svg);
        assertTrue(svg.contains(">35</text>"), "the count is written in its cell");
    }

    @Test
    void noLinkWhereTheReportHasNoPage() {
        String svg = HeatmapFigure.svg(matrix(List.of("a", "b"), 2), 15, target -> null, id -> null);
        assertFalse(svg.contains("<a "), svg);
        assertTrue(svg.contains(">2</text>"));
    }

    @Test
    void aHostileActorNameRendersAsText() {
        String hostile = "<script>alert(1)</script>\"><img src=x onerror=alert(2)>";
        String svg = HeatmapFigure.svg(matrix(List.of(hostile, "b"), 3), 15, target -> "x\"onclick=\"alert(3)", id -> "javascript:\"<");
        assertFalse(svg.contains("<script"), svg);
        assertFalse(svg.contains("<img"), svg);
        assertFalse(svg.contains("\"onclick"), svg);
        assertTrue(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(2)&gt;</title>"), svg);
        assertTrue(svg.contains("href=\"x&quot;onclick=&quot;alert(3)\""), svg);
        // A long name is cut on the axis, whole in its tooltip.
        assertTrue(svg.contains(">&lt;script&gt;alert(1)&lt;/scrip\u2026</text>"), svg);
    }

    @Test
    void theFirstActorsOnlyAndNothingWithoutAPair() {
        String svg = HeatmapFigure.svg(matrix(List.of("a", "b", "c"), 1, 2, 3), 2, t -> "#x", id -> null);
        assertTrue(svg.contains(">b</text>") && !svg.contains(">c</text>"), svg);
        assertEquals(2, svg.split("<a href=", -1).length - 1, "a - b both ways");
        assertNull(HeatmapFigure.svg(matrix(List.of("a", "b", "c"), 0, 5, 5), 2, t -> "#x", id -> null), "a and b never together");
        assertNull(HeatmapFigure.svg(matrix(List.of("a")), 15, t -> "#x", id -> null), "one actor");
    }

    @Test
    void shadeGrowsWithTheCountAndLargeCountsFitACell() {
        assertEquals(0.0, HeatmapFigure.shade(1, 35));
        assertEquals(1.0, HeatmapFigure.shade(35, 35));
        assertTrue(HeatmapFigure.shade(9, 35) > HeatmapFigure.shade(2, 35));
        assertEquals(1.0, HeatmapFigure.shade(1, 1));
        assertEquals("999", HeatmapFigure.compact(999));
        assertEquals("1.5k", HeatmapFigure.compact(1_500));
        assertEquals("23k", HeatmapFigure.compact(23_456));
        assertEquals("1.2M", HeatmapFigure.compact(1_234_567));
    }
}
