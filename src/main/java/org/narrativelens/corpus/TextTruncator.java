package org.narrativelens.corpus;

/**
 * Cuts a document longer than {@code --max-doc-chars} before it is cleaned, so that one runaway file (a
 * whole site saved as one page, a log named {@code .txt}) cannot stall a task or fill the tables. The cut
 * falls on the last whitespace in the final tenth of the limit (at least 20, at most 1,000 characters)
 * when there is one, so no word is split, and the document says so in its warning.
 *
 * <pre>{@code
 * new TextTruncator(12).truncate("Peace talks stall again"); // text "Peace talks", warning
 * // "truncated from 23 to 11 characters (--max-doc-chars 12)"
 * }</pre>
 */
public final class TextTruncator implements java.io.Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MIN_LOOK_BACK = 20;
    private static final int MAX_LOOK_BACK = 1000;

    private final int maxChars;

    public TextTruncator(int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be at least 1, was " + maxChars);
        }
        this.maxChars = maxChars;
    }

    /**
     * A text and the warning its cut gives.
     *
     * @param text    the text, at most the limit long
     * @param warning what was cut, or null when nothing was
     */
    public record Truncated(String text, String warning) {
    }

    /** {@code text} cut to the limit; null and short texts stay as they are. */
    public Truncated truncate(String text) {
        if (text == null || text.length() <= maxChars) {
            return new Truncated(text, null);
        }
        int end = maxChars;
        int earliest = Math.max(0, maxChars - Math.min(MAX_LOOK_BACK, Math.max(MIN_LOOK_BACK, maxChars / 10)));
        for (int i = maxChars; i > earliest; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                end = i;
                break;
            }
        }
        if (end == maxChars && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never half a character
        }
        String kept = text.substring(0, end).stripTrailing();
        return new Truncated(kept, "truncated from " + text.length() + " to " + kept.length()
                + " characters (--max-doc-chars " + maxChars + ")");
    }
}
