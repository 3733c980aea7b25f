package org.narrativelens.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the report says about a run besides its tables: name, input, parameters, document accounting,
 * stage timings and versions. Serialised as {@code run.json}.
 *
 * @param tool         application name and version
 * @param runName      the run folder's name
 * @param started      ISO-8601 start time
 * @param finished     ISO-8601 end time
 * @param durationMillis wall time of the whole run
 * @param input        the input as given
 * @param fingerprint  content fingerprint of the input documents (independent of file order and time stamps)
 * @param parameters   every parameter by option name
 * @param documents    documents read, analysed, left out as duplicates and rejected, and how many carry a warning
 * @param corpus       dates, sources and duplicate kinds of the whole corpus
 * @param stages       wall time per stage, in run order
 * @param versions     Spark, Java and application versions
 * @param tables       the tables written, with their files and sizes
 * @param preparedCorpus the prepared corpus the analyses read: its fingerprint, whether it was reused from the cache,
 *                     where it is cached and its size
 * @param sparkJobs    Spark jobs the run started (0 when not counted)
 */
public record RunSummary(String tool, String runName, String started, String finished, long durationMillis,
                         String input, String fingerprint, Map<String, Object> parameters,
                         DocumentCounts documents, CorpusProfile corpus, List<StageTiming> stages, Map<String, String> versions,
                         List<TableFile> tables,
                         @com.fasterxml.jackson.annotation.JsonProperty("prepared_corpus") PreparedCorpus preparedCorpus,
                         @com.fasterxml.jackson.annotation.JsonProperty("spark_jobs") int sparkJobs) {

    public RunSummary {
        Objects.requireNonNull(runName, "runName");
        Objects.requireNonNull(documents, "documents");
        Objects.requireNonNull(corpus, "corpus");
        parameters = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(parameters));
        stages = List.copyOf(stages);
        versions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(versions));
        tables = List.copyOf(tables);
    }

    /** A summary of a run that names no prepared corpus (runs before the cache, tests of the report). */
    public RunSummary(String tool, String runName, String started, String finished, long durationMillis, String input,
                      String fingerprint, Map<String, Object> parameters, DocumentCounts documents, CorpusProfile corpus,
                      List<StageTiming> stages, Map<String, String> versions, List<TableFile> tables) {
        this(tool, runName, started, finished, durationMillis, input, fingerprint, parameters, documents, corpus, stages, versions, tables,
                null, 0);
    }

    /**
     * Every document read is analysed, left out as a duplicate of another, or rejected:
     * {@code read = analysed + duplicates + rejected}. Apart from that, {@code warnings} counts the documents
     * read with a warning (a guessed character set, a cut), whatever became of them: listed in {@code warnings.csv}.
     */
    public record DocumentCounts(long read, long analysed, long duplicates, long rejected, long warnings) {
        public DocumentCounts {
            if (read != analysed + duplicates + rejected) {
                throw new IllegalArgumentException("documents read (" + read + ") != analysed (" + analysed
                        + ") + duplicates (" + duplicates + ") + rejected (" + rejected + ")");
            }
            if (warnings < 0 || warnings > read) {
                throw new IllegalArgumentException("documents with warnings (" + warnings + ") must be between 0 and those read (" + read + ")");
            }
        }
    }

    /** How long one stage took, and whether its result was reused from an earlier run's cache instead of computed. */
    public record StageTiming(String stage, long millis, boolean reused) {
        public StageTiming(String stage, long millis) {
            this(stage, millis, false);
        }
    }

    /**
     * The prepared corpus (read, cleaned, de-duplicated, annotated) of a run.
     *
     * @param fingerprint what it was prepared from (input files, corpus options, code version)
     * @param reused      whether it was read from the cache rather than prepared by this run
     * @param path        its folder in the cache; null when it is not cached ({@code --no-cache}, or writing failed)
     * @param bytes       its size in the cache
     */
    public record PreparedCorpus(String fingerprint, boolean reused, String path, long bytes) {
    }

    /** One table of the run and the file it was written to. */
    public record TableFile(String name, String file, int rows, long totalRows) {
    }
}
