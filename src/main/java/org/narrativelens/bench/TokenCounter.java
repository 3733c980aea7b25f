package org.narrativelens.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * Counts tokens - lower-cased runs of letters and digits - in a hash map, in one pass over each text:
 * the least work any term count does, and so the baseline the job's throughput is compared with.
 *
 * <pre>TokenCounter c = new TokenCounter(); c.add("Oil, oil 2024"); c.count("oil") == 2</pre>
 */
final class TokenCounter {

    private final Map<String, Integer> counts = new HashMap<>();
    private final StringBuilder token = new StringBuilder();
    private long tokens;

    void add(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                token.appendCodePoint(Character.toLowerCase(c));
            } else {
                endToken();
            }
        }
        endToken();
    }

    private void endToken() {
        if (!token.isEmpty()) {
            counts.merge(token.toString(), 1, Integer::sum);
            tokens++;
            token.setLength(0);
        }
    }

    long tokens() {
        return tokens;
    }

    int distinct() {
        return counts.size();
    }

    int count(String lowerCaseToken) {
        return counts.getOrDefault(lowerCaseToken, 0);
    }
}
