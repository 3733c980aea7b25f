package org.narrativelens.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One document as its report page shows it: metadata and the cleaned text as sentences grouped into the
 * paragraphs of the text. Sentences are numbered from 1 across the paragraphs, as in the mentions and
 * evidence tables. A bounded value: the pipeline brings at most a few hundred documents, each cut to a
 * few tens of thousands of characters ({@code cut} tells when).
 *
 * @param paragraphs the sentences of each paragraph, in order
 * @param cut        true when the page shows only the first part of the text
 */
public record DocumentText(String docId, String title, String source, String published, String dateText, String url,
                           String path, String status, List<List<String>> paragraphs, boolean cut) implements java.io.Serializable {

    public DocumentText {
        Objects.requireNonNull(docId, "docId");
        paragraphs = paragraphs.stream().map(List::copyOf).toList();
    }

    /** The number of sentences shown. */
    public int sentenceCount() {
        return paragraphs.stream().mapToInt(List::size).sum();
    }

    /**
     * Groups {@code sentences} into the paragraphs of {@code cleanText} (paragraphs are separated by a blank
     * line): a sentence starts a new paragraph when a blank line lies between it and the one before.
     * Sentences not found in the text (it was cut) continue the last paragraph.
     */
    public static List<List<String>> paragraphs(String cleanText, List<String> sentences) {
        String text = cleanText == null ? "" : cleanText;
        List<List<String>> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int cursor = 0;
        for (String sentence : sentences) {
            int at = text.indexOf(sentence, cursor);
            if (at >= 0) {
                if (!current.isEmpty() && text.substring(cursor, at).contains("\n\n")) {
                    paragraphs.add(current);
                    current = new ArrayList<>();
                }
                cursor = at + sentence.length();
            }
            current.add(sentence);
        }
        if (!current.isEmpty()) {
            paragraphs.add(current);
        }
        return paragraphs;
    }
}
