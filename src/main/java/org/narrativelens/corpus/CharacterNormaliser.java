package org.narrativelens.corpus;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises the characters of scraped text so later stages see one form of each sign: HTML residue
 * removed (tags, scripts and styles with their content; entities decoded), Unicode NFKC,
 * straight quotes and apostrophes, plain hyphen-minus dashes, plain spaces, and markdown escapes and
 * emphasis removed ({@code \$7 billion} becomes {@code $7 billion}, {@code *"push"*} becomes {@code "push"}).
 */
public final class CharacterNormaliser implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private static final Pattern SPACES = Pattern.compile("[ \\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000\\t]+");
    private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\\u201C\\u201D\\u201E\\u201F\\u00AB\\u00BB\\u2033]|''|\\u2019\\u2019");
    private static final Pattern SINGLE_QUOTES = Pattern.compile("[\\u2018\\u2019\\u201A\\u201B\\u2032\\u02BC]");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");
    private static final Pattern HTML_BLOCKS = Pattern.compile("(?is)<(script|style)\\b[^>]*>.*?</\\1\\s*>|<!--.*?-->");
    /** A tag: "<" and a letter (or "/" and a letter), attributes without "<" or ">", then ">". */
    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(\\s[^<>]*)?/?>");
    private static final Pattern MARKDOWN_ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!$&])");
    private static final Pattern MARKDOWN_EMPHASIS =
            Pattern.compile("(?<![\\w*])(\\*{1,3}|_{1,3})(?=[^\\s*_])([^*_\\n]+?)(?<=[^\\s*_])\\1(?![\\w*])");

    /** Returns the normalised text; null stays null. */
    public String normalise(String text) {
        if (text == null) {
            return null;
        }
        // HTML left in scraped text: scripts and styles go with their content, other tags go, entities
        // become their characters ("&amp;" -> "&", "&nbsp;" -> a space) before the spaces are normalised.
        String s = text;
        if (s.indexOf('<') >= 0) {
            s = HTML_BLOCKS.matcher(s).replaceAll(" ");
            s = HTML_TAG.matcher(s).replaceAll(" ");
        }
        if (s.indexOf('&') >= 0) {
            s = org.jsoup.parser.Parser.unescapeEntities(s, false);
        }
        if (!plain(s)) {
            // Curly double apostrophes must become a quote before NFKC leaves them as two primes.
            s = DOUBLE_QUOTES.matcher(s).replaceAll("\"");
            s = Normalizer.normalize(s, Normalizer.Form.NFKC);
            s = ZERO_WIDTH.matcher(s).replaceAll("");
            s = SPACES.matcher(s).replaceAll(" ");
            s = DOUBLE_QUOTES.matcher(s).replaceAll("\"");
            s = SINGLE_QUOTES.matcher(s).replaceAll("'");
            s = DASHES.matcher(s).replaceAll("-");
        }
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        if (s.indexOf('\\') >= 0) {
            s = MARKDOWN_ESCAPE.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        }
        if (s.indexOf('*') >= 0 || s.indexOf('_') >= 0) {
            s = MARKDOWN_EMPHASIS.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
        }
        return s;
    }

    /**
     * Whether {@code s} is already in the form the character steps give: ASCII (which NFKC leaves alone, and
     * which holds no curly quote, dash, zero-width or special space), with no tab, no two spaces in a row
     * and no two apostrophes in a row. Most lines of English news are: the eight regular-expression passes
     * those steps take were 40 % of reading and cleaning at 1 GB (a flight recording), a single scan is not.
     */
    static boolean plain(String s) {
        char previous = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || c == '\t' || (c == ' ' || c == '\'') && previous == c) {
                return false;
            }
            previous = c;
        }
        return true;
    }
}
