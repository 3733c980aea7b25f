package org.narrativelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportWriterTest {

    static RunSummary summary(String input) {
        return new RunSummary("narrative-lens test", "run-1", "2026-01-01T00:00:00Z", "2026-01-01T00:00:05Z", 5000,
                input, "abc", Map.of("topics", 5), new RunSummary.DocumentCounts(3, 2, 0, 1, 0),
                List.of(new RunSummary.StageTiming("read", 10)), Map.of("spark", "4.1.0", "java", "17"), List.of());
    }

    /** Every page written, by path. */
    static Map<String, String> pages(RunSummary summary, List<Table> tables, List<DocumentText> documents) throws Exception {
        Map<String, StringWriter> written = new TreeMap<>();
        new HtmlReportWriter().write(summary, tables, null, null, documents, path -> {
            StringWriter w = new StringWriter();
            written.put(path, w);
            return w;
        });
        Map<String, String> pages = new TreeMap<>();
        written.forEach((k, v) -> pages.put(k, v.toString()));
        return pages;
    }

    /** The page showing the first table, or the overview when there is none. */
    private static String html(RunSummary summary, Table... tables) throws Exception {
        Map<String, String> pages = pages(summary, List.of(tables), List.of());
        return tables.length == 0 ? pages.get("index.html") : pages.get(ReportSections.of(tables[0].name()).file());
    }

    @Test
    void documentTextIsEscaped() throws Exception {
        Table t = Table.builder("actor_evidence", "Evidence", "Sentences <b>as written</b>.")
                .column("sentence", "the <i>sentence</i>")
                .row("<script>alert(1)</script>")
                .row("<img src=x onerror=alert(2)>")
                .row("<a href=\"javascript:alert(3)\">click</a>")
                .build();
        String page = withoutOwnScript(html(summary("<script>input</script>"), t));
        assertFalse(page.contains("<script"), "a script element made it into the page");
        assertFalse(page.contains("<img"), "an img element made it into the page");
        assertFalse(page.contains("<a href=\"javascript"), "a javascript link made it into the page");
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(page.contains("&lt;b&gt;as written&lt;/b&gt;"));
    }

    /** The page without the report's own script, which must be there once. */
    static String withoutOwnScript(String page) {
        String own = "<script>" + ReportScript.text() + "</script>";
        assertEquals(1, page.split(Pattern.quote(own), -1).length - 1, "the report's script, once");
        return page.replace(own, "");
    }

    @Test
    void theOnlyScriptIsTheReportsOwnAllowedByItsHash() throws Exception {
        Table t = Table.builder("terms", "Top terms", "d").column("term", "").row("<script>alert(1)</script>").build();
        for (String page : pages(summary("seeds"), List.of(t), List.of(document("a", "Russia said <script>x</script>."))).values()) {
            java.util.regex.Matcher csp = Pattern.compile("Content-Security-Policy\" content=\"([^\"]*)\"").matcher(page);
            assertTrue(csp.find(), "a page without its policy");
            String policy = csp.group(1);
            assertTrue(policy.contains("script-src 'sha256-" + ReportScript.sha256(ReportScript.text()) + "'"), policy);
            assertFalse(policy.matches(".*script-src[^;]*unsafe.*"), policy);
            assertTrue(policy.startsWith("default-src 'none'"), policy);
            assertFalse(withoutOwnScript(page).contains("<script"));
        }
    }

    static DocumentText document(String id, String... sentences) {
        return new DocumentText(id, "Title of " + id, "TASS", "2023-06-08", null, null, id + ".txt", null,
                List.of(List.of(sentences)), false);
    }

    @Test
    void tablesGoToTheirSectionPagesAndUnknownTablesToMore() throws Exception {
        Table terms = Table.builder("terms", "Top terms", "d").column("term", "").row("peace").build();
        Table actors = Table.builder("actors_by_period", "Actors by period", "d").column("actor", "").row("Russia").build();
        Table novel = Table.builder("zebra_counts", "Zebras", "d").column("zebra", "").row("z").build();
        Map<String, String> pages = pages(summary("seeds"), List.of(terms, actors, novel), List.of());
        assertEquals(java.util.Set.of("index.html", "terms.html", "actors.html", "more.html"), pages.keySet());
        assertTrue(pages.get("more.html").contains("<section id=\"zebra_counts\">"));
        assertTrue(pages.get("actors.html").contains("<section id=\"actors_by_period\">"));
        for (String page : pages.values()) {
            assertTrue(page.contains("<a href=\"more.html\""), "every page navigates to every section");
        }
        assertTrue(pages.get("index.html").contains("<a href=\"more.html#zebra_counts\">Zebras</a>"), "the overview lists every table");
    }

    @Test
    void documentIdsAndSentencesLinkToTheDocumentsPagesWhenTheRunHasThem() throws Exception {
        Table evidence = Table.builder("actor_evidence", "Evidence", "d").column("actor_a", "").column("actor_b", "")
                .column("doc_id", "").column("sentence", "").anchorBy("actor_a", "actor_b")
                .row("Russia", "Ukraine", "a", 2).row("Russia", "Ukraine", "b", 1).build();
        Table pairs = Table.builder("cooccurrence", "Pairs", "d").column("actor_a", "").column("actor_b", "").column("sentences", "")
                .row("Russia", "Ukraine", Table.Link.toRow(2L, "actor_evidence", "Russia", "Ukraine"))
                .row("Russia", "NATO", Table.Link.toRow(1L, "actor_evidence", "Russia", "NATO")).build();
        String page = pages(summary("seeds"), List.of(evidence, pairs), List.of(document("a", "One.", "Russia and Ukraine."))).get("actors.html");
        String anchor = LinkResolver.rowId("actor_evidence", Table.rowKey(List.of("Russia", "Ukraine")));
        assertTrue(page.contains("<tr id=\"" + anchor + "\">"), "the first row of a key is its anchor");
        assertEquals(1, page.split("id=\"actor_evidence-", -1).length - 1, "one anchor per key");
        assertTrue(page.contains("<a href=\"actors.html#" + anchor + "\">2</a>"), page);
        assertTrue(page.contains("<a href=\"actors.html#actor_evidence\">1</a>"), "a key no row has links to the table");
        assertTrue(page.contains("<a href=\"docs/a.html\">a</a>"), page);
        assertTrue(page.contains("<a href=\"docs/a.html#s2\">2</a>"), page);
        assertTrue(page.contains("<td data-col=\"doc_id\">b</td>"), "no page for b, so no link");
    }

    @Test
    void aDocumentsPageMarksItsMentionsAndEscapesItsText() throws Exception {
        Table mentions = Table.builder("mentions", "Mentions", "d").column("doc_id", "").column("sentence", "").column("actor", "")
                .column("matched", "").column("offset", "")
                .row("a", 2, "Ukraine", "Kiev", 0).row("a", 2, "Russia", "Moscow", 4).row("a", 2, "NATO", "NATO", 99)
                .row("b", 1, "Russia", "Russia", 0).build();
        Table terms = Table.builder("document_terms", "Terms", "d").column("doc_id", "").column("rank", "").column("term", "")
                .row("a", 1, "kiev").row("b", 1, "other").build();
        DocumentText doc = document("a", "Intro <img src=x onerror=alert(1)>.", "Kiev said <b>no</b> to Moscow.");
        Map<String, String> pages = pages(summary("seeds"), List.of(mentions, terms), List.of(doc, document("b", "Russia.")));
        String page = pages.get("docs/a.html");
        assertFalse(withoutOwnScript(page).contains("<img"), "document text is never markup");
        assertTrue(page.contains("Intro &lt;img src=x onerror=alert(1)&gt;."), page);
        assertTrue(page.contains("<span id=\"s2\"><mark title=\"Ukraine\">Kiev</mark> said &lt;b&gt;no&lt;/b&gt; to Moscow.</span>"),
                "a mention at the wrong offset stays unmarked: " + page);
        assertFalse(page.contains("title=\"NATO\""), "an offset past the sentence marks nothing");
        assertTrue(page.contains("<td data-col=\"term\">kiev</td>") && !page.contains(">other<"), "its own terms only");
        assertTrue(page.contains("href=\"../docs/b.html\">Title of b &rarr;</a>"), "next document");
        assertTrue(page.contains("href=\"../terms.html\""), "navigation from the docs folder goes up");
    }

    @Test
    void theOverviewSummarisesTheCorpusAndHeadlineFindings() throws Exception {
        Table documents = Table.builder("documents", "Documents", "d").column("doc_id", "").column("source", "")
                .column("published", "").column("status", "")
                .row("a", "TASS", "2023-06-08", "analysed").row("b", "RT", "2022-07-04", "analysed")
                .row("c", "RT", null, "analysed").row("d", "RT", "2021-01-01", "rejected").build();
        Table terms = Table.builder("terms", "Top terms", "d").column("term", "").barColumn("tf", "").column("df", "")
                .row("russia", 33L, 5L).build();
        Table pairs = Table.builder("cooccurrence", "Pairs", "d").column("actor_a", "").column("actor_b", "")
                .barColumn("sentences", "").column("npmi", "").row("Russia", "Ukraine", 35L, 0.09).build();
        String page = pages(summary("seeds"), List.of(documents, terms, pairs), List.of()).get("index.html");
        assertTrue(page.contains("Published 2022-07-04 to 2023-06-08 (2 of the analysed documents dated)"), page);
        assertTrue(page.contains("Sources: RT (2), TASS (1)."), page);
        assertTrue(page.contains("<td data-col=\"term\">russia</td>"), page);
        assertTrue(page.contains(">Russia \u2013 Ukraine</td>"), "no evidence table, no link: " + page);
        Table evidence = Table.builder("actor_evidence", "Evidence", "d").column("actor_a", "").column("actor_b", "")
                .anchorBy("actor_a", "actor_b").row("Russia", "Ukraine").build();
        page = pages(summary("seeds"), List.of(documents, terms, pairs, evidence), List.of()).get("index.html");
        assertTrue(page.contains("<a href=\"actors.html#" + LinkResolver.rowId("actor_evidence", "Russia\tUkraine")
                + "\">Russia \u2013 Ukraine</a>"), page);
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
        assertTrue(html(summary("seeds"), empty).contains("<section id=\"rejects\">"));
        assertTrue(html(summary("seeds"), empty).contains("No rows."));
        assertTrue(pages(summary("seeds"), List.of(terms, empty), List.of()).get("index.html")
                .contains("<b>3</b><span>documents read</span>"));
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
        assertFalse(withoutOwnScript(page).contains("<script"), "a series name made it into the page as markup");
        assertTrue(page.contains("&lt;script&gt;x&lt;/script&gt;, 2023-06: 12.5</title>"), page);
        assertTrue(page.contains("rate &lt;per&gt; 10k"), page);
        Table empty = Table.builder("term_trends", "Term trends", "d").column("period", "").column("period_start", "")
                .column("term", "").column("per_10k", "").lineChart("period_start", "period", "term", "per_10k").build();
        assertFalse(html(summary("seeds"), empty).contains("<svg"), "no chart without rows");
    }
}
