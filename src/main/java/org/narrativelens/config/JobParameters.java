package org.narrativelens.config;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every parameter of one run, validated once. Built by {@link JobCommand} from the command line and an
 * optional properties file; written into each run's manifest so the run can be repeated.
 *
 * <p>Document-frequency bounds are counts ("5") or fractions ("0.5"): see {@link DocumentFrequency}.
 *
 * @param input      file, folder or glob; local path or any Hadoop file-system URI
 * @param format     how to read the input
 * @param columns    which columns of structured input hold text, title, date, source, id and url
 * @param dateOrder  how numeric dates in the text are read (07/04/2022)
 * @param sourceFromPath regular expression whose first group, found in a text file's path, is its source; or null
 * @param maxDocChars longest document analysed, in characters: a longer one is cut to it, with a warning
 * @param out        folder that receives one sub-folder per run
 * @param runName    name of this run's folder: letters, digits, '.', '_' and '-'
 * @param topics     numbers of LDA topics: one, or several to choose from
 * @param iterations LDA iterations (Gibbs sweeps, MLlib iterations), or 0 for the algorithm's default
 * @param seed       random seed for every randomised stage
 * @param vocabSize  largest vocabulary the topic model keeps
 * @param minDf      least document frequency of a topic-model term
 * @param maxDf      greatest document frequency of a topic-model term
 * @param topN       rows of each ranked table (top terms, top pairs, terms per topic ...)
 * @param actors     actor dictionary CSV, or null for the built-in dictionary
 * @param extraActors actor dictionary CSV whose rows are added to the one in use, or null
 * @param window     co-occurrence window
 * @param minCooccurrence least windows a pair of actors must share to be reported
 * @param rollup     whether pairs count people and organisations as their state
 * @param cleaning   cleaning rules, boilerplate thresholds and duplicate handling
 * @param terms      time bucket, keyness comparison and concordance words of the term tables
 * @param language   normalisation, stopwords, news filler in topics and phrases
 * @param topicModel how the topic model is fitted (algorithm)
 * @param compareTo  an earlier run (a run folder, or a run's name in {@code out}) to compare this one with, or null
 * @param analyses   the analyses to make ({@code --analyses}); the corpus tables come with every run
 * @param cache      where and whether the prepared corpus is cached between runs
 */
public record JobParameters(
        String input,
        InputFormat format,
        ColumnMapping columns,
        DateOrder dateOrder,
        String sourceFromPath,
        int maxDocChars,
        String out,
        String runName,
        TopicCounts topics,
        int iterations,
        long seed,
        int vocabSize,
        DocumentFrequency minDf,
        DocumentFrequency maxDf,
        int topN,
        String actors,
        String extraActors,
        CooccurrenceWindow window,
        int minCooccurrence,
        ActorRollup rollup,
        CleaningOptions cleaning,
        TermOptions terms,
        LanguageOptions language,
        TopicOptions topicModel,
        String compareTo,
        Set<Analysis> analyses,
        CacheOptions cache) {

    /** Run names become folder names: no separators, no leading dot, nothing a shell must quote. */
    public static final Pattern SAFE_RUN_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]{0,79}");
    public static final int MAX_TOPICS = 1000;
    /** Default of {@code --max-doc-chars}: far beyond a news article, short of a whole site saved as one file. */
    public static final int DEFAULT_MAX_DOC_CHARS = 1_000_000;

    public JobParameters {
        Objects.requireNonNull(format, "format");
        analyses = java.util.Collections.unmodifiableSet(Objects.requireNonNull(analyses, "analyses").isEmpty()
                ? java.util.EnumSet.noneOf(Analysis.class) : java.util.EnumSet.copyOf(analyses));
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(cache, "cache");
        Objects.requireNonNull(dateOrder, "dateOrder");
        if (sourceFromPath != null) {
            try {
                require(Pattern.compile(sourceFromPath).matcher("").groupCount() >= 1, "--source-from-path",
                        "'" + sourceFromPath + "' needs a group in parentheses for the source, e.g. 'bbc-([a-z]+)-'");
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new InvalidParameterException("--source-from-path", "'" + sourceFromPath
                        + "' is not a regular expression: " + e.getDescription());
            }
        }
        require(maxDocChars >= 1, "--max-doc-chars", "must be a positive number of characters (default "
                + DEFAULT_MAX_DOC_CHARS + "), was " + maxDocChars);
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(cleaning, "cleaning");
        Objects.requireNonNull(rollup, "rollup");
        require(minCooccurrence >= 1, "--min-cooccurrence", "must be at least 1, was " + minCooccurrence);
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(topicModel, "topicModel");
        require(input != null && !input.isBlank(), "--input", "must name a file, folder or glob");
        require(out != null && !out.isBlank(), "--out", "must name a folder");
        require(runName != null && SAFE_RUN_NAME.matcher(runName).matches(), "--run-name",
                "'" + runName + "' is not allowed: use 1-80 letters, digits, '.', '_' or '-', not starting with '.' or '-'");
        Objects.requireNonNull(topics, "topics");
        for (int k : topics.values()) {
            require(k >= 2 && k <= MAX_TOPICS, "--topics", "must be between 2 and " + MAX_TOPICS + ", was " + k);
        }
        require(iterations >= 0 && iterations <= 10_000, "--iterations", "must be between 1 and 10000 (or 0: automatic), was " + iterations);
        require(vocabSize >= 10, "--vocab-size", "must be at least 10, was " + vocabSize);
        Objects.requireNonNull(minDf, "minDf");
        Objects.requireNonNull(maxDf, "maxDf");
        require(maxDf.auto() || maxDf.value() > 0, "--max-df", "must be above 0, was " + maxDf);
        // A count against a fraction is checked when the corpus size is known.
        require(!minDf.comparableTo(maxDf) || minDf.value() <= maxDf.value(), "--min-df",
                "(" + minDf + ") must not exceed --max-df (" + maxDf + "); lower --min-df or raise --max-df");
        require(topN >= 1 && topN <= 10_000, "--top-n", "must be between 1 and 10000, was " + topN);
    }

    private static void require(boolean ok, String option, String problem) {
        if (!ok) {
            throw new InvalidParameterException(option, problem);
        }
    }

    /** The parameters by option name, in declaration order, for the run manifest. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("input", input);
        m.put("format", format.name().toLowerCase(java.util.Locale.ROOT));
        m.putAll(columns.asMap());
        m.put("date-order", dateOrder.name().toLowerCase(java.util.Locale.ROOT));
        m.put("source-from-path", sourceFromPath);
        m.put("max-doc-chars", maxDocChars);
        m.put("out", out);
        m.put("run-name", runName);
        m.put("topics", topics.several() ? topics.toString() : topics.first());
        m.put("iterations", iterations == 0 ? "auto" : iterations);
        m.put("seed", seed);
        m.put("vocab-size", vocabSize);
        m.put("min-df", minDf.toString());
        m.put("max-df", maxDf.toString());
        m.put("top-n", topN);
        m.put("actors", actors);
        m.put("extra-actors", extraActors);
        m.put("window", window.name().toLowerCase(java.util.Locale.ROOT));
        m.put("min-cooccurrence", minCooccurrence);
        m.put("rollup", rollup.name().toLowerCase(java.util.Locale.ROOT));
        m.putAll(cleaning.asMap());
        m.putAll(terms.asMap());
        m.putAll(language.asMap());
        m.putAll(topicModel.asMap());
        m.put("compare-to", compareTo);
        m.put("analyses", Analysis.describe(analyses));
        m.putAll(cache.asMap());
        return m;
    }

    /** Whether the run makes {@code analysis}. */
    public boolean makes(Analysis analysis) {
        return analyses.contains(analysis);
    }

    /** Whether attributed statements (who says what about whom) are found. */
    public boolean attribution() {
        return makes(Analysis.ATTRIBUTION);
    }
}
