package org.narrativelens.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The job's command line (picocli). Turns options, and defaults from an optional {@code --config}
 * properties file, into one validated {@link JobParameters}. The command line wins over the file; a
 * key in the file that names no option is an error, not silently ignored.
 *
 * <p>Properties use the long option names without dashes: {@code topics=10}, {@code run-name=weekly}.
 */
@Command(name = "narrative-lens", sortOptions = false, mixinStandardHelpOptions = true,
        versionProvider = JobCommand.Version.class, usageHelpAutoWidth = true,
        description = {"Analyses a news corpus: term frequencies, LDA topics and co-occurrence of actors.",
                "Writes <out>/<run-name>/ with index.html, one CSV per table and run.json."},
        footer = {"", "Exit codes: 0 done, 1 unexpected failure, 2 invalid option, 3 unusable input."})
public final class JobCommand {

    @Spec
    CommandSpec spec;

    @Option(names = "--input", paramLabel = "PATH", defaultValue = "seeds",
            description = "File, folder (read recursively) or glob; local path or Hadoop URI (hdfs://, s3a://). Default: ${DEFAULT-VALUE}")
    String input;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "Input format: ${COMPLETION-CANDIDATES} (auto: by file extension, .jsonl/.csv/.parquet, also .gz). Default: ${DEFAULT-VALUE}")
    InputFormat format;

    @Option(names = "--text-col", paramLabel = "NAME", defaultValue = "text",
            description = "Structured input: column holding the article text. Default: ${DEFAULT-VALUE}")
    String textCol;

    @Option(names = "--title-col", paramLabel = "NAME", defaultValue = "title",
            description = "Structured input: column holding the headline. Default: ${DEFAULT-VALUE}")
    String titleCol;

    @Option(names = "--date-col", paramLabel = "NAME", defaultValue = "date",
            description = "Structured input: column holding the publication date (ISO). Default: ${DEFAULT-VALUE}")
    String dateCol;

    @Option(names = "--source-col", paramLabel = "NAME", defaultValue = "source",
            description = "Structured input: column holding the outlet. Default: ${DEFAULT-VALUE}")
    String sourceCol;

    @Option(names = "--id-col", paramLabel = "NAME", defaultValue = "id",
            description = "Structured input: column holding a document id (else file name and record number). Default: ${DEFAULT-VALUE}")
    String idCol;

    @Option(names = "--url-col", paramLabel = "NAME", defaultValue = "url",
            description = "Structured input: column holding the article's address. Default: ${DEFAULT-VALUE}")
    String urlCol;

    @Option(names = "--date-order", paramLabel = "ORDER", defaultValue = "mdy",
            description = "How to read numeric dates in the text (07/04/2022): ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}")
    DateOrder dateOrder;

    @Option(names = "--source-from-path", paramLabel = "REGEX",
            description = "Text files: take the source from the file path, the first group of REGEX, e.g. 'bbc-([a-z]+)-' or '/corpus/([^/]+)/'")
    String sourceFromPath;

    @Option(names = "--max-doc-chars", paramLabel = "N", defaultValue = "" + JobParameters.DEFAULT_MAX_DOC_CHARS,
            description = "Longest document analysed, in characters; a longer one is cut to N (at a space) and listed in warnings.csv. Default: ${DEFAULT-VALUE}")
    int maxDocChars;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
            description = "Folder receiving one sub-folder per run. Default: ${DEFAULT-VALUE}")
    String out;

    @Option(names = "--run-name", paramLabel = "NAME",
            description = "Name of this run's folder (letters, digits, '.', '_', '-'). Default: the start time, e.g. run-20260102-130405")
    String runName;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties file with defaults for any option (topics=10); the command line wins")
    Path config;

    @Option(names = "--topics", paramLabel = "K", defaultValue = "5", converter = TopicCounts.Converter.class,
            description = "Number of LDA topics: one (20), or several to choose from, as a list (5,10,20) or a range"
                    + " FROM..TO[:STEP] (5..30:5); each is scored on held-out documents and the best kept. Default: ${DEFAULT-VALUE}")
    TopicCounts topics;

    @Option(names = "--algorithm", paramLabel = "ALG", defaultValue = "gibbs",
            description = "Topic model fitting: ${COMPLETION-CANDIDATES} (gibbs: collapsed Gibbs sampling, distributed;"
                    + " online, em: Spark MLlib's variational LDA). Default: ${DEFAULT-VALUE}")
    TopicAlgorithm algorithm;

    @Option(names = "--iterations", paramLabel = "N", defaultValue = "0",
            description = "LDA iterations (Gibbs sweeps or MLlib iterations). Default 0: the algorithm's own"
                    + " (gibbs 1000; online enough mini-batches for two passes over the corpus; em 20)")
    int iterations;

    @Option(names = "--stability-runs", paramLabel = "N", defaultValue = "0",
            description = "Refit the topic model with N more seeds and score each topic's stability across them. Default: ${DEFAULT-VALUE} (off)")
    int stabilityRuns;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "Random seed. Default: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--vocab-size", paramLabel = "N", defaultValue = "10000",
            description = "Largest topic-model vocabulary. Default: ${DEFAULT-VALUE}")
    int vocabSize;

    @Option(names = "--min-df", paramLabel = "N|F|auto", defaultValue = "auto", converter = DocumentFrequency.Converter.class,
            description = "Least documents a topic-model term appears in: a count (5), a fraction (0.01) or auto"
                    + " (5, or 1 per 100 documents in a smaller corpus). Default: ${DEFAULT-VALUE}")
    DocumentFrequency minDf;

    @Option(names = "--max-df", paramLabel = "N|F|auto", defaultValue = "auto", converter = DocumentFrequency.Converter.class,
            description = "Most documents a topic-model term appears in: a count (500), a fraction (0.9) or auto"
                    + " (2/k of the documents, at most 0.9, at least 10 documents). Default: ${DEFAULT-VALUE}")
    DocumentFrequency maxDf;

    @Option(names = "--top-n", paramLabel = "N", defaultValue = "50",
            description = "Rows of ranked tables (top terms, terms per topic, actor pairs). Default: ${DEFAULT-VALUE}")
    int topN;

    @Option(names = "--actors", paramLabel = "FILE",
            description = "Actor dictionary CSV replacing the built-in one (format: docs/ACTORS.md)")
    Path actors;

    @Option(names = "--extra-actors", paramLabel = "FILE",
            description = "Actor dictionary CSV whose rows are added to the one in use (no id or name may repeat)")
    Path extraActors;

    @Option(names = "--window", paramLabel = "WINDOW", defaultValue = "sentence",
            description = "Co-occurrence window: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}")
    CooccurrenceWindow window;

    @Option(names = "--min-cooccurrence", paramLabel = "N", defaultValue = "1",
            description = "Least windows (sentences, paragraphs or documents) two actors must share to be reported as a pair. Default: ${DEFAULT-VALUE}")
    int minCooccurrence;

    @Option(names = "--rollup", paramLabel = "LEVEL", defaultValue = "none",
            description = "Actor pairs and network: ${COMPLETION-CANDIDATES} (state: people and organisations count as their state). Default: ${DEFAULT-VALUE}")
    ActorRollup rollup;

    @Option(names = "--skip-cleaning", paramLabel = "RULES", defaultValue = "", converter = CleaningOptions.RulesConverter.class,
            description = "Cleaning rules to switch off, comma-separated: icon-soup, footer, read-more, label, category-list,"
                    + " dateline, image-credit, repeated-title, boilerplate. Default: none")
    Set<org.narrativelens.corpus.CleaningRule> skipCleaning;

    @Option(names = "--boilerplate-min-docs", paramLabel = "N", defaultValue = "3",
            description = "Boilerplate: a line recurring in at least N documents of one source"
                    + " (and in --boilerplate-min-share of them) is removed. Default: ${DEFAULT-VALUE}")
    int boilerplateMinDocs;

    @Option(names = "--boilerplate-min-share", paramLabel = "F", defaultValue = "0.01",
            description = "Boilerplate: least share (0-1) of its source's documents a removed line recurs in. Default: ${DEFAULT-VALUE}")
    double boilerplateMinShare;

    @Option(names = "--near-dup-threshold", paramLabel = "S", defaultValue = "0.8",
            description = "Word-shingle similarity (Jaccard, MinHash LSH) from which two documents are near-duplicates;"
                    + " 1 finds exact duplicates only. Default: ${DEFAULT-VALUE}")
    double nearDupThreshold;

    @Option(names = "--keep-duplicates", defaultValue = "false",
            description = "Keep duplicates in the statistics (they are listed in duplicates.csv either way)")
    boolean keepDuplicates;

    @Option(names = "--time-bucket", paramLabel = "BUCKET", defaultValue = "month",
            description = "Periods the dated documents are grouped into (terms by period, trends): ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}")
    TimeBucket timeBucket;

    @Option(names = "--compare", paramLabel = "FIELD=A[,B]", converter = Comparison.Converter.class,
            description = "Keyness: the terms distinctive of documents whose FIELD (source or period) is A, against B or,"
                    + " without B, against the rest; e.g. source=sport,business or period=2023-06")
    Comparison compare;

    @Option(names = "--kwic", paramLabel = "WORDS", split = ",",
            description = "Words or phrases listed in context (keyword in context, whole words, any case), comma-separated,"
                    + " e.g. russia,'peace talks'; they are also the terms of the trend chart")
    List<String> kwic;

    @Option(names = "--normalise", paramLabel = "MODE", defaultValue = "none",
            description = "How words are counted: ${COMPLETION-CANDIDATES} (none: as written, lower case; lemma: OpenNLP lemmas,"
                    + " talks = talk; stem: Snowball stems). Tables show each term's most frequent written form. Default: ${DEFAULT-VALUE}")
    Normalisation normalise;

    @Option(names = "--stopwords", paramLabel = "FILE",
            description = "Stopword list replacing the built-in English one: one word a line, '#' starts a comment")
    Path stopwords;

    @Option(names = "--extra-stopwords", paramLabel = "WORDS", split = ",", defaultValue = "",
            description = "Words added to the stopword list in use, comma-separated: --extra-stopwords kremlin,moscow")
    List<String> extraStopwords;

    @Option(names = "--topic-filler", paramLabel = "WHAT", defaultValue = "exclude",
            description = "Reporting verbs and news filler (said, told, according ...) in the topic model: ${COMPLETION-CANDIDATES}."
                    + " Term tables keep them either way. Default: ${DEFAULT-VALUE}")
    TopicFiller topicFiller;

    @Option(names = "--phrases", paramLabel = "on|off", defaultValue = "on",
            description = "Find collocations (peace talks, security guarantees) and count each as one term. Default: ${DEFAULT-VALUE}")
    OnOff phrases;

    @Option(names = "--phrase-min-count", paramLabel = "N", defaultValue = "3",
            description = "Least occurrences of a phrase. Default: ${DEFAULT-VALUE}")
    int phraseMinCount;

    @Option(names = "--phrase-min-npmi", paramLabel = "F", defaultValue = "0.5",
            description = "Least normalised pointwise mutual information of a phrase's words, -1 to 1. Default: ${DEFAULT-VALUE}")
    double phraseMinNpmi;

    @Option(names = "--compare-to", paramLabel = "RUN",
            description = "Compare this run with an earlier one (a run folder, or the name of a run in --out): terms entering"
                    + " and leaving the top list, actor pairs' changes, topics aligned; on the report's comparison page")
    String compareTo;

    @Option(names = "--analyses", paramLabel = "LIST", split = ",", defaultValue = "all",
            description = "Analyses to make: all, or a list of terms, topics, actors, unknown-actors, attribution (who says what"
                    + " about whom). The corpus tables come with every run. Default: ${DEFAULT-VALUE}")
    List<String> analyses;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "Folder of prepared corpora (read, cleaned, de-duplicated, annotated) that reruns with other analysis"
                    + " options start from; local path or Hadoop URI. Default: <out>/.cache")
    String cache;

    @Option(names = "--no-cache", defaultValue = "false",
            description = "Neither read nor write the prepared-corpus cache")
    boolean noCache;

    @Option(names = "--rebuild", defaultValue = "false",
            description = "Prepare the corpus again even when a cached one fits, and replace it")
    boolean rebuild;

    @Option(names = "--cache-limit", paramLabel = "SIZE", defaultValue = CacheOptions.DEFAULT_LIMIT,
            converter = CacheOptions.ByteSize.class,
            description = "Size of the cache beyond which the prepared corpora unused for longest are removed (20g, 512m)."
                    + " Default: ${DEFAULT-VALUE}")
    long cacheLimit;

    /** The validated parameters; throws {@link CommandLine.ParameterException} naming the option at fault. */
    public JobParameters toParameters() {
        try {
            return new JobParameters(input, format,
                    new ColumnMapping(textCol, titleCol, dateCol, sourceCol, idCol, urlCol), dateOrder, sourceFromPath, maxDocChars, out, runName != null ? runName : freeRunName(Path.of(out)),
                    topics, iterations, seed, vocabSize, minDf, maxDf, topN,
                    actors == null ? null : actors.toString(), extraActors == null ? null : extraActors.toString(), window, minCooccurrence, rollup,
                    new CleaningOptions(skipCleaning, boilerplateMinDocs, boilerplateMinShare, nearDupThreshold, keepDuplicates),
                    new TermOptions(timeBucket, compare, kwic == null ? List.of() : kwic),
                    new LanguageOptions(normalise, stopwords == null ? null : stopwords.toString(),
                            extraStopwords == null ? List.of() : extraStopwords, topicFiller, phrases == OnOff.ON, phraseMinCount, phraseMinNpmi),
                    new TopicOptions(algorithm, stabilityRuns),
                    compareTo,
                    Analysis.parse(analyses),
                    new CacheOptions(cache, !noCache, rebuild, cacheLimit));
        } catch (InvalidParameterException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    /** "run-20260102-130405", with "-2", "-3" ... appended when a run of that second exists. */
    static String freeRunName(Path outDir) {
        String base = "run-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        String name = base;
        for (int i = 2; Files.exists(outDir.resolve(name)); i++) {
            name = base + "-" + i;
        }
        return name;
    }

    /** Builds the picocli command line for {@code command}, with defaults from a {@code --config} file if named. */
    public static CommandLine commandLine(JobCommand command, String[] args) {
        CommandLine cl = new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true);
        Path configFile = findConfig(args);
        if (configFile != null) {
            cl.setDefaultValueProvider(new CommandLine.PropertiesDefaultProvider(loadConfig(cl, configFile)));
        }
        return cl;
    }

    private static Path findConfig(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--config") && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith("--config=")) {
                return Path.of(args[i].substring("--config=".length()));
            }
        }
        return null;
    }

    private static Properties loadConfig(CommandLine cl, Path file) {
        Properties props = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            props.load(in);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(cl, "--config " + file + " cannot be read: " + e.getMessage());
        }
        Set<String> known = new TreeSet<>();
        cl.getCommandSpec().options().forEach(o -> known.add(o.longestName().replaceFirst("^--", "")));
        known.removeAll(Set.of("help", "version", "config"));
        for (String key : props.stringPropertyNames()) {
            if (!known.contains(key)) {
                throw new CommandLine.ParameterException(cl, "--config " + file + ": unknown setting '" + key
                        + "' (known: " + String.join(", ", known) + ")");
            }
        }
        return props;
    }

    /** The application version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = JobCommand.class.getPackage().getImplementationVersion();
            return new String[] {"narrative-lens " + (v == null ? "dev" : v)};
        }
    }
}
