package org.narrativelens.corpus;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a "Headline - Source" title, as feeds and aggregators write them, into the headline and the
 * outlet: "Talks resume in Istanbul – Reuters" gives "Talks resume in Istanbul" and "Reuters".
 *
 * Only a known outlet ({@link #OUTLETS}) after an en dash, an em dash or " - " is taken, not any short
 * capitalised name: RT and TASS end headlines with the speaker there ("... – Kremlin", "... — Russian
 * Foreign Ministry"), a speaker is no outlet, and the cleaner has made every dash a hyphen by then.
 * The headline must keep at least three words, so "Russia - Ukraine" is left whole.
 */
final class TitleSource {

    /** Outlets whose name ends a headline in feeds; the name as they write it. */
    static final Set<String> OUTLETS = Set.of("Reuters", "AP", "AP News", "Associated Press", "AFP", "BBC", "BBC News",
            "CNN", "NPR", "Bloomberg", "Politico", "Axios", "Al Jazeera", "The Guardian", "The New York Times",
            "The Washington Post", "Financial Times", "The Economist", "Fox News", "Sky News", "Euronews", "Deutsche Welle",
            "DW", "France 24", "RT", "TASS", "Sputnik", "RIA Novosti", "Interfax", "Ukrinform", "Kyiv Independent",
            "The Kyiv Independent", "Kyiv Post", "Meduza", "Novaya Gazeta");

    /** The last dash with a space on both sides, and what follows it to the end. */
    private static final Pattern TAIL = Pattern.compile("^(.+?)\\s+([-–—])\\s+([^-–—]+?)\\s*$");
    private static final int MIN_HEADLINE_WORDS = 3;

    /** A headline and the outlet that ended its title line. */
    record Split(String title, String source) {
    }

    private TitleSource() {
    }

    /** The headline and outlet of {@code title}, or null when its end names no outlet. */
    static Split split(String title) {
        if (title == null) {
            return null;
        }
        Matcher m = TAIL.matcher(title);
        if (!m.matches()) {
            return null;
        }
        String headline = m.group(1).strip();
        String name = m.group(3);
        return OUTLETS.contains(name) && TextCleaner.wordCount(headline) >= MIN_HEADLINE_WORDS ? new Split(headline, name) : null;
    }
}
