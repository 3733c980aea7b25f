package org.narrativelens.corpus;

import java.util.Objects;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Turns a saved HTML page into the line-based text {@link TextCleaner} reads, parsing it with jsoup:
 * the markup goes, each block (paragraph, heading, list item, table row ...) becomes a paragraph of its
 * own, separated by blank lines ({@code <br>} a line break), and the page furniture (scripts, styles,
 * navigation, site header and footer, asides, forms) is dropped. The page's title is given apart.
 *
 * <pre>{@code
 * HtmlText.Page page = HtmlText.parse("<title>Talks stall | RT</title><h1>Talks stall</h1><p>Kiev said no.</p>");
 * page.title(); // "Talks stall": the <title> without the site's name, as the first <h1> writes it
 * page.text();  // "Talks stall\n\nKiev said no."
 * }</pre>
 */
public final class HtmlText {

    /** Never article text. */
    private static final String FURNITURE = "script, style, noscript, template, svg, iframe, nav, aside, form, footer";
    /** Blocks: each starts and ends a paragraph. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "caption", "blockquote", "pre", "article",
            "section", "main", "header", "figure", "figcaption", "address", "hr", "details", "summary", "body");
    private static final Set<String> CELLS = Set.of("td", "th");

    private HtmlText() {
    }

    /**
     * A page as text.
     *
     * @param title the page's headline, or null when it has none
     * @param text  the body's text: paragraphs separated by blank lines
     */
    public record Page(String title, String text) {
        public Page {
            Objects.requireNonNull(text, "text");
        }
    }

    /** The text and title of the page {@code html}; broken markup is read the way a browser reads it. */
    public static Page parse(String html) {
        Document doc = Jsoup.parse(Objects.requireNonNull(html, "html"));
        doc.select(FURNITURE).remove();
        // The site's header goes; an article's own header stays, as it holds the headline, byline and date.
        for (Element header : doc.select("header")) {
            if (header.parent() == null || header.parent().closest("article") == null) {
                header.remove();
            }
        }
        Element h1 = doc.body().selectFirst("h1");
        return new Page(title(doc.title(), h1 == null ? "" : h1.text()), text(doc.body()));
    }

    /**
     * The {@code <title>}, or the first {@code <h1>} when the title is missing or is that headline plus
     * the site's name ("Talks stall | RT").
     */
    private static String title(String title, String h1) {
        String t = title.strip();
        String h = h1.strip();
        String chosen = t.isEmpty() || (!h.isEmpty() && t.contains(h)) ? h : t;
        return chosen.isEmpty() ? null : chosen;
    }

    private static String text(Element body) {
        StringBuilder out = new StringBuilder();
        body.traverse(new NodeVisitor() {
            private int pre;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(pre > 0 ? t.getWholeText() : t.text());
                } else if (node instanceof Element e) {
                    if (e.nameIs("br")) {
                        out.append('\n');
                    } else if (BLOCKS.contains(e.normalName())) {
                        out.append("\n\n");
                    }
                    if (e.nameIs("pre")) {
                        pre++;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (e.nameIs("pre")) {
                        pre--;
                    }
                    if (BLOCKS.contains(e.normalName())) {
                        out.append("\n\n");
                    } else if (CELLS.contains(e.normalName())) {
                        out.append(' ');
                    }
                }
            }
        });
        return tidy(out);
    }

    /** Lines stripped, at most one blank line between paragraphs, none at either end. */
    private static String tidy(CharSequence raw) {
        StringBuilder out = new StringBuilder();
        boolean blank = false;
        for (String line : raw.toString().split("\n", -1)) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                blank = out.length() > 0;
                continue;
            }
            if (out.length() > 0) {
                out.append(blank ? "\n\n" : "\n");
            }
            out.append(stripped);
            blank = false;
        }
        return out.toString();
    }
}
