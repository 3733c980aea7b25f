package org.narrativelens.annotate;

/**
 * The accounting of a prepared corpus, computed once when it is built.
 *
 * @param read               documents read
 * @param withText           documents with text after cleaning (analysed or duplicate)
 * @param warnings           documents read with a warning
 * @param terms              content terms of the documents with text
 * @param contentFingerprint hash of the documents' ids and texts, independent of file order and time stamps
 * @param boilerplateLines   lines found to be boilerplate across the corpus
 * @param duplicates         documents repeating an earlier one
 * @param duplicateTerms     content terms of those duplicates
 */
public record PreparedCounts(long read, long withText, long warnings, long terms, String contentFingerprint,
                             int boilerplateLines, long duplicates, long duplicateTerms) {
}
