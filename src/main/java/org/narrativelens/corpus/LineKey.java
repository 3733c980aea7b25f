package org.narrativelens.corpus;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * How two lines are recognised as the same line: case and spacing ignored. The fingerprint is a 64-bit
 * hash of that key, small enough to count lines across millions of documents and to ship as a set.
 */
final class LineKey {

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
        return MurmurHash3.hash128x64(of(line).getBytes(StandardCharsets.UTF_8))[0];
    }
}
