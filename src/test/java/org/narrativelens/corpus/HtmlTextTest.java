package org.narrativelens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HtmlTextTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head><title>Kiev delays peace talks | RT World News</title>
            <style>p { color: red }</style><script>var tracker = "push";</script></head>
            <body>
              <header><a href="/">RT</a> <h1>RT logo</h1></header>
              <nav><ul><li>World</li><li>Russia</li></ul></nav>
              <article>
                <header><h1>Kiev delays peace talks</h1><p class="date">8 Jun, 2023 12:05</p></header>
                <p>Moscow said on Thursday that   Kiev
                   was stalling.</p>
                <p>Peskov told <b>NBC</b> that &ldquo;the West&rdquo; pushes&nbsp;Kiev.<br>A second line.</p>
                <ul><li>First point</li><li>Second point</li></ul>
                <table><tr><td>Russia</td><td>Ukraine</td></tr></table>
              </article>
              <aside>Read more: something else</aside>
              <form><input name="q"> Search</form>
              <noscript>Enable JavaScript</noscript>
              <footer>Comments are closed. &copy; RT</footer>
            </body></html>
            """;

    @Test
    void blocksBecomeParagraphsAndFurnitureGoes() {
        assertEquals("""
                Kiev delays peace talks

                8 Jun, 2023 12:05

                Moscow said on Thursday that Kiev was stalling.

                Peskov told NBC that “the West” pushes Kiev.
                A second line.

                First point

                Second point

                Russia Ukraine""", HtmlText.parse(PAGE).text());
    }

    @Test
    void titleIsTheHeadlineWithoutTheSiteName() {
        assertEquals("Kiev delays peace talks", HtmlText.parse(PAGE).title(), "the article's h1, not the logo in the site header");
        assertEquals("Talks stall", HtmlText.parse("<title>Talks stall</title><h1>Other heading</h1>").title());
        assertEquals("Only a heading", HtmlText.parse("<h1>Only a heading</h1><p>x</p>").title());
        assertNull(HtmlText.parse("<p>No title at all</p>").title());
    }

    @Test
    void scriptsStylesAndCommentsLeaveNoText() {
        String text = HtmlText.parse(PAGE).text();
        for (String noise : new String[] {"tracker", "color", "World", "Search", "JavaScript", "Comments are closed", "Read more", "RT logo"}) {
            assertFalse(text.contains(noise), noise);
        }
        assertEquals("Kept", HtmlText.parse("<p><!-- a comment -->Kept</p>").text());
    }

    @Test
    void preformattedTextKeepsItsLines() {
        assertEquals("line one\nline two", HtmlText.parse("<pre>line one\n  line two</pre>").text(), "lines kept, stripped as the cleaner would");
    }

    @Test
    void brokenMarkupAndPlainTextAreReadAsABrowserWould() {
        assertEquals("Unclosed paragraph\n\nNext one", HtmlText.parse("<p>Unclosed paragraph<p>Next one").text());
        assertEquals("just text", HtmlText.parse("just text").text());
        assertEquals("", HtmlText.parse("").text());
        assertTrue(HtmlText.parse("<div><div><p>Deep</p></div></div>").text().equals("Deep"));
    }
}
