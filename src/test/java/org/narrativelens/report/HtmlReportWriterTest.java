package org.narrativelens.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportWriterTest {

    static RunSummary summary(String input) {
        return new RunSummary("narrative-lens test", "run-1", "2026-01-01T00:00:00Z", "2026-01-01T00:00:05Z", 5000,
                input, "abc", Map.of("topics", 5), new RunSummary.DocumentCounts(3, 2, 0, 1, 0),
                List.of(new RunSummary.StageTiming("read", 10)), Map.of("spark", "4.1.0", "java", "17"), List.of());
    }

    private static String html(RunSummary summary, Table... tables) throws Exception {
        StringWriter out = new StringWriter();
        new HtmlReportWriter().write(summary, List.of(tables), null, out);
        return out.toString();
    }

    @Test
    void documentTextIsEscaped() throws Exception {
        Table t = Table.builder("evidence", "Evidence", "Sentences <b>as written</b>.")
                .column("sentence", "the <i>sentence</i>")
                .row("<script>alert(1)</script>")
                .row("<img src=x onerror=alert(2)>")
                .row("<a href=\"javascript:alert(3)\">click</a>")
                .build();
        String page = html(summary("<script>input</script>"), t);
        assertFalse(page.contains("<script>"), "a script element made it into the page");
        assertFalse(page.contains("<img"), "an img element made it into the page");
        assertFalse(page.contains("<a href=\"javascript"), "a javascript link made it into the page");
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(page.contains("&lt;b&gt;as written&lt;/b&gt;"));
    }

    @Test
    void pageIsSelfContainedAndForbidsRemoteLoads() throws Exception {
        String page = html(summary("seeds"), Table.builder("terms", "Top terms", "d").column("term", "").row("peace").build());
        assertTrue(page.contains("Content-Security-Policy"));
        assertTrue(page.contains("default-src 'none'"));
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(page).find(), "remote resource referenced");
    }

    @Test
    void everyTableHasASectionWithItsCsvLinkAndRows() throws Exception {
        Table terms = Table.builder("terms", "Top terms", "d").column("term", "").column("tf", "").row("peace", 13L).build();
        Table empty = Table.builder("rejects", "Rejected documents", "d").column("doc_id", "").build();
        String page = html(summary("seeds"), terms, empty);
        assertTrue(page.contains("<section id=\"terms\">"));
        assertTrue(page.contains("href=\"terms.csv\""));
        assertTrue(page.contains("<td data-col=\"tf\" class=\"num\">13</td>"));
        assertTrue(page.contains("<section id=\"rejects\">"));
        assertTrue(page.contains("No rows."));
        assertTrue(page.contains("<b>3</b><span>documents read</span>"));
    }

    @Test
    void barColumnsAreDrawnInProportionToTheLargestValue() throws Exception {
        Table t = Table.builder("terms", "Top terms", "d").column("term", "").barColumn("tf", "")
                .row("peace", 40L).row("talks", 10L).build();
        String page = html(summary("seeds"), t);
        assertTrue(page.contains("<td data-col=\"tf\" class=\"num bar\" style=\"--w: 100%\">40</td>"), page);
        assertTrue(page.contains("<td data-col=\"tf\" class=\"num bar\" style=\"--w: 25%\">10</td>"));
        assertTrue(page.contains("<th class=\"num\" title=\"\">tf</th>"));
    }

    @Test
    void truncatedTablesSaySo() throws Exception {
        Table t = Table.builder("documents", "Documents", "d").column("doc_id", "").row("a").totalRows(1500).build();
        assertTrue(html(summary("seeds"), t).contains("Showing the first 1 of 1500 rows."));
    }

    @Test
    void aLineChartIsInlineSvgWithItsTextEscaped() throws Exception {
        Table t = Table.builder("term_trends", "Term trends", "d")
                .column("period", "").column("period_start", "").column("term", "").column("per_10k", "rate <per> 10k")
                .lineChart("period_start", "period", "term", "per_10k")
                .row("2023-06", "2023-06-01", "<script>x</script>", 12.5)
                .row("2023-07", "2023-07-01", "<script>x</script>", 20.0)
                .build();
        String page = html(summary("seeds"), t);
        assertTrue(page.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""), page);
        assertTrue(page.contains("<polyline points=\""), page);
        assertFalse(page.contains("<script>"), "a series name made it into the page as markup");
        assertTrue(page.contains("&lt;script&gt;x&lt;/script&gt;, 2023-06: 12.5</title>"), page);
        assertTrue(page.contains("rate &lt;per&gt; 10k"), page);
        Table empty = Table.builder("term_trends", "Term trends", "d").column("period", "").column("period_start", "")
                .column("term", "").column("per_10k", "").lineChart("period_start", "period", "term", "per_10k").build();
        assertFalse(html(summary("seeds"), empty).contains("<svg"), "no chart without rows");
    }

    @Test
    void aLinkCellLeadsToTheAnchorCellOfAnotherTable() throws Exception {
        Table pairs = Table.builder("cooccurrence", "Pairs", "d").column("pair", "").barColumn("sentences", "")
                .row("Russia - Ukraine", new Table.Link(4L, "pair-russia--ukraine")).row("Russia - NATO", 2L).build();
        Table evidence = Table.builder("actor_evidence", "Evidence", "d").column("actor_a", "").column("text", "")
                .row(new Table.Anchor("Russia", "pair-russia--ukraine"), "Kiev <b>said</b>").build();
        String page = html(summary("seeds"), pairs, evidence);
        assertTrue(page.contains("<td data-col=\"sentences\" class=\"num bar\" style=\"--w: 100%\"><a href=\"#pair-russia--ukraine\">4</a></td>"),
                page);
        assertTrue(page.contains("<td data-col=\"actor_a\" id=\"pair-russia--ukraine\">Russia</td>"), page);
        assertTrue(page.contains("style=\"--w: 50%\">2</td>"), "a plain cell next to links keeps its bar");
    }

    @Test
    void anchorsMustBeSafeNames() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new Table.Link(1, "x\" onclick=\"y"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new Table.Anchor(1, "#top"));
    }
}
