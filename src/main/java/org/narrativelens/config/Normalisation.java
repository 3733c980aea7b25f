package org.narrativelens.config;

/**
 * How a word becomes the key its statistics are counted under ({@code --normalise}). Tables always show
 * the most frequent written form of each key, never the key itself.
 */
public enum Normalisation {
    /** The word in lower case: "talks" and "talk" stay apart. */
    NONE,
    /** Its dictionary form from OpenNLP's part-of-speech tagger and lemmatizer: "talks" and "talked" count as "talk". */
    LEMMA,
    /** Its Snowball (Porter2) stem from Lucene: "negotiations" and "negotiated" count as "negoti". */
    STEM
}
