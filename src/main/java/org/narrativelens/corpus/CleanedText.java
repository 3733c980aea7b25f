package org.narrativelens.corpus;

import java.util.List;
import java.util.Objects;

/**
 * What {@link TextCleaner} makes of one raw document.
 *
 * @param title      the headline (first real line), or null when nothing is left
 * @param text       the headline once, then the body paragraphs, separated by blank lines
 * @param removed    every line or fragment removed, with the rule that removed it
 */
public record CleanedText(String title, String text, List<RemovedText> removed) {

    public CleanedText {
        Objects.requireNonNull(text, "text");
        removed = List.copyOf(removed);
    }

    /** A removed line or fragment and the rule that removed it. */
    public record RemovedText(CleaningRule rule, String text) {
        public RemovedText {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(text, "text");
        }
    }
}
