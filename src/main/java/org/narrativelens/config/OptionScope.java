package org.narrativelens.config;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which options shape the prepared corpus and which only the analyses made of it. A rerun that changes
 * only {@link #ANALYSIS_ONLY} options reuses the cached corpus; any other option is part of its fingerprint.
 * Every option is in exactly one of the two lists (a test enforces it), so a new option cannot be
 * forgotten: left out of both, it fails the fingerprint instead of silently reusing a stale corpus.
 */
public final class OptionScope {

    /** Options that change what is computed from the prepared corpus, or where results go, never the corpus. */
    public static final Set<String> ANALYSIS_ONLY = Set.of(
            "out", "run-name", "compare-to", "analyses",
            "topics", "algorithm", "iterations", "stability-runs", "seed", "vocab-size", "min-df", "max-df", "top-n",
            "window", "min-cooccurrence", "rollup", "keep-duplicates",
            "time-bucket", "compare", "kwic", "topic-filler", "phrases", "phrase-min-count", "phrase-min-npmi",
            "cache", "no-cache", "rebuild", "cache-limit");

    /** Options that change which documents are read or how they are cleaned, de-duplicated or annotated. */
    public static final Set<String> CORPUS = Set.of(
            "input", "format", "text-col", "title-col", "date-col", "source-col", "id-col", "url-col",
            "date-order", "source-from-path", "max-doc-chars",
            "skip-cleaning", "boilerplate-min-docs", "boilerplate-min-share", "near-dup-threshold",
            "normalise", "stopwords", "extra-stopwords", "actors", "extra-actors");

    private OptionScope() {
    }

    /**
     * The corpus-defining entries of {@code parameters} (option name to value), sorted by name; an option in
     * neither list is a programming error, refused here rather than ignored.
     */
    public static Map<String, Object> corpusDefining(Map<String, Object> parameters) {
        Map<String, Object> defining = new TreeMap<>();
        parameters.forEach((name, value) -> {
            if (CORPUS.contains(name)) {
                defining.put(name, value);
            } else if (!ANALYSIS_ONLY.contains(name)) {
                throw new IllegalStateException("option --" + name + " is in neither OptionScope.CORPUS nor ANALYSIS_ONLY:"
                        + " say whether it changes the prepared corpus");
            }
        });
        return defining;
    }
}
