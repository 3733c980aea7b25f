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

    /** The corpus of {@link #summary}: two analysed documents, one dated, both from TASS. */
    static final CorpusProfile PROFILE = new CorpusProfile(1, "2023-06-08", "2023-06-08", 1, 0,
            List.of(new CorpusProfile.SourceCount("TASS", 2, 0, 1)), Map.of());

    static RunSummary summary(String input) {
        return summary(input, new RunSummary.DocumentCounts(3, 2, 0, 1, 0), PROFILE);
    }

    static RunSummary summary(String input, RunSummary.DocumentCounts counts, CorpusProfile profile) {
        return new RunSummary("narrative-lens test", "run-1", "2026-01-01T00:00:00Z", "2026-01-01T00:00:05Z", 5000,
                input, "abc", Map.of("topics", 5), counts, profile,
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
    void theOverviewSummarisesTheWholeCorpusAndHeadlineFindings() throws Exception {
        // The documents table lists the first documents only; the overview's figures are those of the whole corpus.
        Table documents = Table.builder("documents", "Documents", "d").column("doc_id", "").column("source", "")
                .column("published", "").column("status", "")
                .row("a", "TASS", "2023-10-16", "analysed").row("b", "RT", "2023-11-09", "analysed")
                .totalRows(3267).build();
        Table duplicates = Table.builder("duplicates", "Duplicates", "d").column("kind", "").row("exact").totalRows(7).build();
        Table terms = Table.builder("terms", "Top terms", "d").column("term", "").barColumn("tf", "").column("df", "")
                .row("russia", 33L, 5L).build();
        Table pairs = Table.builder("cooccurrence", "Pairs", "d").column("actor_a", "").column("actor_b", "")
                .barColumn("sentences", "").column("npmi", "").row("Russia", "Ukraine", 35L, 0.09).build();
        CorpusProfile whole = new CorpusProfile(3260, "2023-10-16", "2023-12-31", 3, 0,
                List.of(new CorpusProfile.SourceCount("RT", 2000, 5, 0), new CorpusProfile.SourceCount("<b>TASS</b>", 1200, 2, 0),
                        new CorpusProfile.SourceCount("Sputnik", 60, 0, 0)), Map.of("exact", 5L, "near", 2L));
        RunSummary summary = summary("feed.jsonl", new RunSummary.DocumentCounts(3267, 3260, 7, 0, 0), whole);
        String page = pages(summary, List.of(documents, duplicates, terms, pairs), List.of()).get("index.html");
        assertTrue(page.contains("Published 2023-10-16 to 2023-12-31 (all 3260 analysed documents dated)."), page);
        assertTrue(page.contains("Sources: RT (2000), &lt;b&gt;TASS&lt;/b&gt; (1200), Sputnik (60)."), page);
        assertTrue(page.contains("<b>3</b><span>sources</span>"), page);
        assertTrue(page.contains("7 duplicates left out (5 exact, 2 near)"), page);
        assertFalse(page.contains("first 2 documents"), page);
        assertTrue(page.contains("<td data-col=\"term\">russia</td>"), page);
        assertTrue(page.contains(">Russia \u2013 Ukraine</td>"), "no evidence table, no link: " + page);
        Table evidence = Table.builder("actor_evidence", "Evidence", "d").column("actor_a", "").column("actor_b", "")
                .anchorBy("actor_a", "actor_b").row("Russia", "Ukraine").build();
        page = pages(summary, List.of(documents, terms, pairs, evidence), List.of()).get("index.html");
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

    /** The actor tables of a small run: two actors with pages (russia, ukraine), nato without one. */
    private static List<Table> actorTables() {
        Table actors = Table.builder("actors", "Actors", "d").column("actor_id", "").column("actor", "").barColumn("mentions", "")
                .anchorBy("actor_id")
                .row("russia", Table.Link.toActor("Russia", "russia"), 67L).row("ukraine", Table.Link.toActor("Ukraine", "ukraine"), 71L)
                .build();
        Table evidence = Table.builder("actor_evidence", "Evidence", "d").column("actor_a", "").column("actor_b", "")
                .column("doc_id", "").column("sentence", "").anchorBy("actor_a", "actor_b")
                .row("Russia", "Ukraine", "a", 1).row("NATO", "Russia", "a", 1).build();
        Table matrix = HeatmapFigureTest.matrix(List.of("ukraine", "russia", "nato"), 35, 0, 9);
        // The pairs' evidence goes by label in the pairs table's order, as ActorTables links it.
        Table.Builder linked = Table.builder("actor_matrix", matrix.title(), matrix.description());
        matrix.columns().forEach(linked::column);
        List<String> labels = List.of("Ukraine", "Russia", "NATO");
        for (List<Object> row : matrix.rows()) {
            List<Object> cells = new java.util.ArrayList<>(row);
            String a = labels.get(List.of("ukraine", "russia", "nato").indexOf((String) row.get(0)));
            String b = labels.get(List.of("ukraine", "russia", "nato").indexOf((String) row.get(2)));
            if (row.get(4) instanceof Table.Link link) {
                cells.set(4, a.compareTo(b) < 0 ? Table.Link.toRow(link.value(), "actor_evidence", a, b)
                        : Table.Link.toRow(link.value(), "actor_evidence", b, a));
            }
            linked.row(cells);
        }
        Table pairs = Table.builder("cooccurrence", "Pairs", "d").column("actor_a", "").column("actor_b", "").barColumn("sentences", "")
                .row("Russia", "Ukraine", Table.Link.toRow(35L, "actor_evidence", "Russia", "Ukraine")).build();
        return List.of(actors, pairs, linked.build(), evidence);
    }

    /** Every anchor a page's links point at on {@code target}, missing ones listed. */
    private static List<String> missingAnchors(String page, String file, String target) {
        List<String> missing = new java.util.ArrayList<>();
        java.util.regex.Matcher link = Pattern.compile("href=\"" + Pattern.quote(file) + "#([^\"]+)\"").matcher(page);
        while (link.find()) {
            if (!target.contains("id=\"" + link.group(1) + "\"")) {
                missing.add(link.group(1));
            }
        }
        return missing;
    }

    @Test
    void theHeatmapsCellsOpenOntoTheirPairsSentencesAndItsNamesOntoTheActorsPages() throws Exception {
        Map<String, String> pages = pages(summary("seeds"), actorTables(), List.of(document("a", "Russia and Ukraine.")));
        String actors = pages.get("actors.html");
        String figure = actors.substring(actors.indexOf("<section id=\"heatmap\">"), actors.indexOf("</section>", actors.indexOf("<section id=\"heatmap\">")));
        String ukraineRussia = LinkResolver.rowId("actor_evidence", "Russia\tUkraine");
        String russiaNato = LinkResolver.rowId("actor_evidence", "NATO\tRussia");
        assertEquals(2, figure.split("<a href=\"actors.html#" + ukraineRussia + "\"><rect", -1).length - 1, figure);
        assertEquals(2, figure.split("<a href=\"actors.html#" + russiaNato + "\"><rect", -1).length - 1, figure);
        assertEquals(4, figure.split("><rect", -1).length - 1, "Ukraine and NATO are never named together: no link");
        assertEquals(List.of(), missingAnchors(figure, "actors.html", actors));
        assertTrue(figure.contains("<a href=\"actors/russia.html\"><text"), figure);
        assertFalse(figure.contains("actors/nato.html"), "no page, no link");
        String overview = pages.get("index.html");
        assertTrue(overview.contains("<section id=\"heatmap\">"), "a smaller one on the overview");
        assertEquals(List.of(), missingAnchors(overview, "actors.html", actors));
    }

    @Test
    void centralActorsOpenOntoTheirPagesAndDocumentsOntoTheirActorsAndTopic() throws Exception {
        Network network = new Network(List.of(new Network.Node("russia", "Russia", "state", 67), new Network.Node("nato", "NATO", "bloc", 14)),
                List.of(new Network.Edge("nato", "russia", 9, 0.04, 0.2)));
        Table mentions = Table.builder("mentions", "Mentions", "d").column("doc_id", "").column("sentence", "").column("actor", "")
                .column("matched", "").column("offset", "").row("a", 1, "Russia", "Russia", 0).row("a", 1, "NATO", "NATO", 10).build();
        Table overview = Table.builder("topic_overview", "Topics", "d").column("topic", "").column("top_terms", "").anchorBy("topic")
                .row(0, "peace, talks").row(1, "nato, west").build();
        Table documentTopics = Table.builder("document_topics", "By topic", "d").column("doc_id", "").column("dominant_topic", "")
                .column("topic_label", "").column("weight", "")
                .row("a", Table.Link.toRow(1, "topic_overview", 1), Table.Link.toRow("nato / west", "topic_overview", 1), 0.7).build();
        List<Table> tables = new java.util.ArrayList<>(actorTables());
        tables.addAll(List.of(mentions, overview, documentTopics));
        Map<String, StringWriter> written = new TreeMap<>();
        new HtmlReportWriter().write(summary("seeds"), tables, network, "<svg></svg>", List.of(document("a", "Russia and NATO.")), path -> {
            StringWriter w = new StringWriter();
            written.put(path, w);
            return w;
        });
        String index = written.get("index.html").toString();
        assertTrue(index.contains("<a href=\"actors/russia.html\">Russia</a>"), index);
        assertTrue(index.contains("<a href=\"actors.html#actors\">NATO</a>"), "no page: the actors table");
        String doc = written.get("docs/a.html").toString();
        assertTrue(doc.contains("<a href=\"../actors/russia.html\">Russia</a>"), doc);
        assertTrue(doc.contains("<td>NATO</td>"), "no page, no link: " + doc);
        String topic = "../topics.html#" + LinkResolver.rowId("topic_overview", "1");
        assertTrue(doc.contains("<a href=\"" + topic + "\">nato / west</a>"), doc);
        assertTrue(written.get("topics.html").toString().contains("<tr id=\"" + LinkResolver.rowId("topic_overview", "1") + "\">"));
        assertTrue(doc.contains(">share</th>"), "plain column names on a document's page");
    }

    @Test
    void termsOpenOntoTheirConcordanceLinesWhereItHasThem() throws Exception {
        Table terms = Table.builder("terms", "Top terms", "d").column("term", "").column("tf", "").row("Russia", 3L).row("kiev", 2L).build();
        Table kwic = Table.builder("kwic", "Keywords in context", "d").column("term", "").column("doc_id", "").column("keyword", "")
                .anchorBy("term").row("RUSSIA", "a", "Russia").row("RUSSIA", "a", "Russia").build();
        Map<String, String> pages = pages(summary("seeds"), List.of(terms, kwic), List.of());
        String anchor = LinkResolver.rowId("kwic", "RUSSIA");
        String page = pages.get("terms.html");
        assertTrue(page.contains("<td data-col=\"term\"><a href=\"terms.html#" + anchor + "\">Russia</a></td>"), page);
        assertTrue(page.contains("<tr id=\"" + anchor + "\">"), page);
        assertTrue(page.contains("<td data-col=\"term\">kiev</td>"), "no lines, no link");
        assertTrue(page.contains("<td data-col=\"term\">RUSSIA</td>"), "the concordance does not link to itself, and any case finds it");
        assertTrue(pages.get("index.html").contains("<a href=\"terms.html#" + anchor + "\">Russia</a>"), "from the overview too");
    }

    @Test
    void anAnalysisNotMadeIsNamedNotShownEmpty() throws Exception {
        RunSummary base = summary("seeds");
        Map<String, Object> parameters = new java.util.HashMap<>(base.parameters());
        parameters.put("analyses", "topics");
        RunSummary topicsOnly = new RunSummary(base.tool(), base.runName(), base.started(), base.finished(), base.durationMillis(),
                base.input(), base.fingerprint(), parameters, base.documents(), base.corpus(), base.stages(), base.versions(), base.tables());
        String page = pages(topicsOnly, List.of(), List.of()).get("index.html");
        assertTrue(page.contains("Not made in this run (--analyses topics): top terms and their trends; actors, their pairs and network;"
                + " names the actor dictionary misses; who speaks of whom."), page);
        parameters.put("analyses", "all");
        assertFalse(pages(new RunSummary(base.tool(), base.runName(), base.started(), base.finished(), base.durationMillis(),
                base.input(), base.fingerprint(), parameters, base.documents(), base.corpus(), base.stages(), base.versions(), base.tables()),
                List.of(), List.of()).get("index.html").contains("Not made"));
        assertFalse(pages(base, List.of(), List.of()).get("index.html").contains("Not made"), "a run before --analyses");
    }

    @Test
    void anEmptyColumnIsLeftOutOfThePageButNotTheCsv() throws Exception {
        Table t = Table.builder("topic_overview", "Topics", "d").column("topic", "").column("stability", "").row(0, null).row(1, null).build();
        String page = html(summary("seeds"), t);
        assertFalse(page.contains(">stability</th>"), page);
        assertTrue(page.contains(">topic</th>"));
        assertTrue(html(summary("seeds"), Table.builder("topic_overview", "Topics", "d").column("stability", "").build())
                .contains("No rows."), "a table without rows keeps its header in the CSV and says so");
    }
}
