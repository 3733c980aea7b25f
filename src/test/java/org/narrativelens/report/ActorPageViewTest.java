package org.narrativelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The actors' profile pages and the figure of who speaks of whom, as the report writes them. */
class ActorPageViewTest {

    private static final String HOSTILE = "<script>alert('x')</script> & Co";
    private static final String HOSTILE_ID = "../../evil";

    private static List<Table> tables() {
        Table actors = Table.builder("actors", "Actors", "d").column("actor_id", "").column("actor", "").column("type", "")
                .column("mentions", "").anchorBy("actor_id")
                .row("ru", Table.Link.toActor("Russia", "ru"), "state", 67L)
                .row("us", Table.Link.toActor("United States", "us"), "state", 40L)
                .row(HOSTILE_ID, Table.Link.toActor(HOSTILE, HOSTILE_ID), "person", 3L).build();
        Table edges = StatementFigureTest.edges(
                new Object[] {"ru", "Russia", "us", "United States", 2L, 1L, 0L, 0L, 0L, 0L, 0L, 1L},
                new Object[] {HOSTILE_ID, HOSTILE, "ru", "Russia", 1L, 1L, 0L, 0L, 0L, 0L, 0L, 0L});
        Table evidence = Table.builder("statement_evidence", "Statements behind the edges", "d").column("speaker_id", "").column("speaker", "")
                .column("target_id", "").column("target", "").column("doc_id", "").column("sentence", "").column("claim", "")
                .anchorBy("speaker_id", "target_id")
                .row("ru", Table.Link.toActor("Russia", "ru"), "us", Table.Link.toActor("United States", "us"), "a", 1, "The US prolongs the war")
                .row("ru", Table.Link.toActor("Russia", "ru"), "us", Table.Link.toActor("United States", "us"), "a", 2, "Washington is to blame")
                .row(HOSTILE_ID, Table.Link.toActor(HOSTILE, HOSTILE_ID), "ru", Table.Link.toActor("Russia", "ru"), "a", 2,
                        "Moscow <img src=x onerror=alert(1)> lies").build();
        Table statements = Table.builder("statements", "Statements", "d").column("doc_id", "").column("sentence", "")
                .column("speaker", "").column("claim", "")
                .row("a", 1, Table.Link.toActor("Russia", "ru"), "The US prolongs the war")
                .row("a", 3, null, "unresolved speaker").build();
        Table terms = Table.builder("actor_terms", "Terms near each actor", "terms described").column("actor_id", "").column("actor", "")
                .column("rank", "").column("term", "").column("count", "")
                .row("ru", Table.Link.toActor("Russia", "ru"), 1, "shelling", 3L)
                .row("us", Table.Link.toActor("United States", "us"), 1, "sanctions", 2L).build();
        return List.of(actors, edges, evidence, statements, terms);
    }

    private static Map<String, String> pages() throws Exception {
        return HtmlReportWriterTest.pages(HtmlReportWriterTest.summary("seeds"), tables(),
                List.of(HtmlReportWriterTest.document("a", "One.", "Two.", "Three.")));
    }

    @Test
    void everyActorOfTheActorsTableHasAPageWithItsProfile() throws Exception {
        Map<String, String> pages = pages();
        String russia = pages.get("actors/ru.html");
        assertTrue(russia.contains("<h2>Russia</h2>"), russia);
        assertTrue(russia.contains("Russia speaks of 1 actor in 2 statements; it is spoken of by 1 speaker in 1 statement"), russia);
        assertTrue(russia.contains("<td data-col=\"claim\">The US prolongs the war</td>"), "its statements");
        assertFalse(russia.contains("unresolved speaker"), "another speaker's statement");
        assertTrue(russia.contains("<td data-col=\"term\">shelling</td>") && !russia.contains("sanctions"), "its own terms only");
        assertTrue(russia.contains("href=\"../actors/us.html\">United States</a>"), "the target links to its page");
        assertTrue(russia.contains("href=\"../docs/a.html#s2\">2</a>"), "a quote links to its sentence");
        assertTrue(pages.get("actors.html").contains("href=\"actors/ru.html\">Russia</a>"), "the actors table links to the pages");
        assertTrue(pages.get("actors/us.html").contains("United States is not found speaking of another actor; it is spoken of by 1 speaker"),
                pages.get("actors/us.html"));
    }

    @Test
    void aHostileNameAndQuoteAreEscapedAndTheIdStaysInTheFolder() throws Exception {
        Map<String, String> pages = pages();
        String file = ActorPages.file(HOSTILE_ID);
        assertTrue(Path.of("/run").resolve(file).normalize().startsWith(Path.of("/run/actors")), file);
        assertTrue(pages.containsKey(file), pages.keySet().toString());
        for (String page : List.of(pages.get(file), pages.get("actors/ru.html"), pages.get("actors.html"))) {
            String body = HtmlReportWriterTest.withoutOwnScript(page);
            assertFalse(body.contains("<script") || body.contains("<img"), "markup from a name or quote: " + body);
        }
        assertTrue(pages.get(file).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co"), pages.get(file));
        assertTrue(pages.get("actors/ru.html").contains("Moscow &lt;img src=x onerror=alert(1)&gt; lies"), "what is said of Russia");
    }

    @Test
    void everyLinkOfTheActorPagesAndTheStatementFigureResolves() throws Exception {
        Map<String, String> pages = pages();
        int checked = 0;
        for (Map.Entry<String, String> page : pages.entrySet()) {
            if (!page.getKey().startsWith(ActorPages.FOLDER + "/") && !page.getKey().equals("actors.html")) {
                continue;
            }
            Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(page.getValue());
            while (href.find()) {
                String target = href.group(1).replace("&amp;", "&");
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                if (!file.endsWith(".html") && !file.isEmpty() || file.equals("../index.html") || file.equals("../../index.html")) {
                    continue; // CSV files and the runs index are not pages of this writer
                }
                String path = file.isEmpty() ? page.getKey()
                        : Path.of(page.getKey()).resolveSibling(file).normalize().toString().replace('\\', '/');
                assertTrue(pages.containsKey(path), page.getKey() + ": broken link " + target);
                if (target.contains("#")) {
                    String id = target.substring(target.indexOf('#') + 1);
                    assertTrue(pages.get(path).contains("id=\"" + id + "\""), page.getKey() + ": no element " + id + " for " + target);
                }
                checked++;
            }
        }
        assertTrue(checked > 20, "links checked: " + checked);
    }

    @Test
    void theFigureOfWhoSpeaksOfWhomLinksEachArrowToItsStatementsOnThePage() throws Exception {
        String page = pages().get("actors.html");
        int start = page.indexOf("<section id=\"statement-network\">");
        assertTrue(start >= 0, "the figure is on the actors page");
        String figure = page.substring(start, page.indexOf("</section>", start));
        Matcher arrow = Pattern.compile("<a href=\"actors\\.html#([^\"]+)\"><path ").matcher(figure);
        List<String> anchors = new ArrayList<>();
        while (arrow.find()) {
            anchors.add(arrow.group(1));
        }
        assertEquals(List.of(LinkResolver.rowId("statement_evidence", "ru\tus"), LinkResolver.rowId("statement_evidence", HOSTILE_ID + "\tru")),
                anchors, "one link per arrow, to the first statement of its edge");
        for (String anchor : anchors) {
            assertTrue(page.contains("<tr id=\"" + anchor + "\">"), "no row " + anchor);
        }
        assertEquals(2, figure.split("marker-end=", -1).length - 1, "two arrows, each with its head");
    }
}
