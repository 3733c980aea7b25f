package org.narrativelens.config;

/** The span of text within which two actor mentions count as one co-occurrence. */
public enum CooccurrenceWindow {
    SENTENCE, DOCUMENT
}
