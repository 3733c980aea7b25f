package org.narrativelens.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the whole corpus holds, however few of its documents the run's tables list: its publication dates,
 * its sources and the duplicates left out, counted over every document read in one aggregation on Spark.
 * The overview's corpus figures come from here, never from the first rows of the documents table; it is
 * written into {@code run.json} as {@code corpus}.
 *
 * <pre>{@code
 * new CorpusProfile(3267, "2023-10-16", "2023-12-31", 2, 0,
 *         List.of(new SourceCount("RT", 2000, 3, 0), new SourceCount("TASS", 1267, 0, 1)), Map.of("exact", 3L))
 * }</pre>
 *
 * @param dated            analysed documents with a publication date
 * @param firstPublished   the earliest publication date of an analysed document (ISO, {@code 2023-10-16}); null when none is dated
 * @param lastPublished    the latest; null when none is dated
 * @param sources          distinct sources of the analysed documents
 * @param withoutSource    analysed documents without a source
 * @param largestSources   the sources with most analysed documents, most first (then by name), at most {@link #LARGEST_SOURCES}
 * @param duplicatesByKind duplicates left out of the statistics by kind ({@code exact}, {@code near}); kinds with none are absent
 */
public record CorpusProfile(long dated, String firstPublished, String lastPublished, long sources, long withoutSource,
                            List<SourceCount> largestSources, Map<String, Long> duplicatesByKind) implements java.io.Serializable {

    /** Sources listed by name in {@link #largestSources}. */
    public static final int LARGEST_SOURCES = 10;

    public CorpusProfile {
        if (dated < 0 || sources < 0 || withoutSource < 0) {
            throw new IllegalArgumentException("counts must not be negative: dated " + dated + ", sources " + sources
                    + ", without source " + withoutSource);
        }
        if ((firstPublished == null) != (dated == 0) || (lastPublished == null) != (dated == 0)) {
            throw new IllegalArgumentException("first and last publication dates are given exactly when a document is dated ("
                    + dated + "): " + firstPublished + ", " + lastPublished);
        }
        largestSources = List.copyOf(largestSources);
        if (largestSources.size() > Math.min(sources, LARGEST_SOURCES)) {
            throw new IllegalArgumentException(largestSources.size() + " largest sources listed of " + sources
                    + " (at most " + LARGEST_SOURCES + ")");
        }
        // By kind name, so that run.json and the overview list them in one order.
        duplicatesByKind = java.util.Collections.unmodifiableMap(new TreeMap<>(duplicatesByKind));
    }

    /** One source and what became of its documents. */
    public record SourceCount(String source, long analysed, long duplicates, long rejected) implements java.io.Serializable {
        public SourceCount {
            Objects.requireNonNull(source, "source");
        }
    }
}
