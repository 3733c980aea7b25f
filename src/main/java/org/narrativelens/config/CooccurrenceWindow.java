package org.narrativelens.config;

/**
 * The span of text within which two actor mentions count as one co-occurrence: a sentence, a paragraph
 * (text between blank lines of the cleaned document; the headline is one) or the whole document.
 */
public enum CooccurrenceWindow {
    SENTENCE, PARAGRAPH, DOCUMENT
}
