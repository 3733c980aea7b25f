package org.narrativelens.corpus;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.codec.digest.MurmurHash3;
import org.narrativelens.text.Token;
import org.narrativelens.text.TokenKind;
import org.narrativelens.text.Tokenizer;

/**
 * How two lines are recognised as the same line: case and spacing ignored. The fingerprint is a 64-bit
 * hash of that key, small enough to count lines across millions of documents and to ship as a set.
 * Boilerplate is found by {@link #template}: lines of one template ("Points: 12", "Points: 40") are one line.
 */
final class LineKey {

    private static final Tokenizer TOKENIZER = new Tokenizer();
    /** Month and weekday names, full and short, as a date writes them next to its numbers. */
    private static final Set<String> DATE_WORDS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");

    private LineKey() {
    }

    /**
     * The comparison key of a line: lower case, runs of white space (space, tab, line breaks, form and
     * line tabulation: what {@code \\s} matches) as one space, stripped. Called for every line of the
     * corpus, so one pass that copies nothing when the line has no run to shorten.
     */
    static String of(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        StringBuilder key = null;
        int n = lower.length();
        for (int i = 0; i < n; i++) {
            char c = lower.charAt(i);
            if (!isSpace(c)) {
                if (key != null) {
                    key.append(c);
                }
                continue;
            }
            int end = i + 1;
            while (end < n && isSpace(lower.charAt(end))) {
                end++;
            }
            if (key == null && (c != ' ' || end > i + 1)) {
                key = new StringBuilder(n).append(lower, 0, i);
            }
            if (key != null) {
                key.append(' ');
            }
            i = end - 1;
        }
        return (key == null ? lower : key.toString()).strip();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** A 64-bit fingerprint of the line's key. */
    static long fingerprint(String line) {
        return hash(of(line));
    }

    /** A 64-bit fingerprint of the line's {@link #template}. */
    static long templateFingerprint(String line) {
        return hash(template(line));
    }

    private static long hash(String key) {
        return MurmurHash3.hash128x64(key.getBytes(StandardCharsets.UTF_8))[0];
    }

    /**
     * The key of a line ({@link #of}) with what changes from one use of a template to the next written as a
     * placeholder: links and e-mail addresses as {@code <url>}, numbers (with their separators and units, so
     * times and dates in figures too) as {@code 0}, and month and weekday names next to a number, or next to
     * such a name, as {@code <date>}. "Posted 12 March 2024 at 10:41" gives "posted 0 <date> 0 at 0";
     * "Points: 12" gives "points: 0". Words stay as they are: two sentences that differ in a word differ.
     */
    static String template(String line) {
        String key = of(line);
        if (!mayVary(key)) {
            return key;
        }
        List<Token> tokens = TOKENIZER.tokenize(key);
        int n = tokens.size();
        String[] placeholder = new String[n];
        for (int i = 0; i < n; i++) {
            TokenKind kind = tokens.get(i).kind();
            placeholder[i] = kind == TokenKind.URL || kind == TokenKind.EMAIL ? "<url>" : kind == TokenKind.NUMBER ? "0" : null;
        }
        // Twice, so that "Monday" in "Monday, 12 March" follows "March", which follows 12.
        for (int pass = 0; pass < 2; pass++) {
            for (int i = 0; i < n; i++) {
                if (placeholder[i] == null && DATE_WORDS.contains(tokens.get(i).text())
                        && (i > 0 && placeholder[i - 1] != null && !placeholder[i - 1].equals("<url>")
                            || i + 1 < n && placeholder[i + 1] != null && !placeholder[i + 1].equals("<url>"))) {
                    placeholder[i] = "<date>";
                }
            }
        }
        StringBuilder template = new StringBuilder(key.length());
        int from = 0;
        for (int i = 0; i < n; i++) {
            if (placeholder[i] != null) {
                Token t = tokens.get(i);
                template.append(key, from, t.start()).append(placeholder[i]);
                from = t.end();
            }
        }
        return template.append(key, from, key.length()).toString();
    }

    /** Whether a key may hold a number or a link: a digit, a dot or an "@". Most lines of prose have a dot. */
    private static boolean mayVary(String key) {
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c >= '0' && c <= '9' || c == '.' || c == '@') {
                return true;
            }
        }
        return false;
    }
}
