package org.narrativelens.corpus;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * How two lines are recognised as the same line: case and spacing ignored. The fingerprint is a 64-bit
 * hash of that key, small enough to count lines across millions of documents and to ship as a set.
 */
final class LineKey {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private LineKey() {
    }

    /** The comparison key of a line: lower case, runs of white space as one space, stripped. */
    static String of(String line) {
        return SPACES.matcher(line.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** A 64-bit fingerprint of the line's key. */
    static long fingerprint(String line) {
        return MurmurHash3.hash128x64(of(line).getBytes(StandardCharsets.UTF_8))[0];
    }
}
