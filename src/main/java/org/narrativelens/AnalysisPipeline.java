package org.narrativelens;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.io.Serializable;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.storage.StorageLevel;
import org.narrativelens.actors.ActorDictionary;
import org.narrativelens.annotate.CorpusFingerprint;
import org.narrativelens.annotate.MentionAnnotation;
import org.narrativelens.annotate.PreparedCorpusCache;
import org.narrativelens.annotate.PreparedCounts;
import org.narrativelens.annotate.ResultCache;
import org.narrativelens.config.OptionScope;
import org.narrativelens.config.Analysis;
import org.narrativelens.config.CleaningOptions;
import org.narrativelens.config.JobParameters;
import org.narrativelens.config.LanguageOptions;
import org.narrativelens.corpus.BoilerplateFinder;
import org.narrativelens.corpus.BoilerplateLines;
import org.narrativelens.corpus.CleaningRule;
import org.narrativelens.corpus.CleaningStage;
import org.narrativelens.corpus.CorpusReader;
import org.narrativelens.corpus.DocumentSchema;
import org.narrativelens.corpus.DocumentStatus;
import org.narrativelens.corpus.DocumentStep;
import org.narrativelens.corpus.DuplicateFinder;
import org.narrativelens.corpus.TextFolderReader;
import org.narrativelens.report.CorpusProfile;
import org.narrativelens.report.DocumentText;
import org.narrativelens.report.Network;
import org.narrativelens.report.RunSummary;
import org.narrativelens.report.Table;
import org.narrativelens.tables.ActorTables;
import org.narrativelens.tables.CleaningTables;
import org.narrativelens.tables.ConcurrentQueries;
import org.narrativelens.tables.CorpusProfileQuery;
import org.narrativelens.tables.CorpusTables;
import org.narrativelens.tables.DocumentTexts;
import org.narrativelens.tables.RunFiles;
import org.narrativelens.tables.PhraseTables;
import org.narrativelens.tables.TermLabels;
import org.narrativelens.tables.StatementTables;
import org.narrativelens.tables.TermTables;
import org.narrativelens.tables.TopicTables;
import org.narrativelens.tables.UnknownActorTables;
import org.narrativelens.text.TextAnalysisStage;
import org.narrativelens.text.NgramCounts;
import org.narrativelens.text.Phrase;
import org.narrativelens.text.PhraseFinder;
import org.narrativelens.text.PhraseMerger;
import org.narrativelens.text.PhraseSet;
import org.narrativelens.text.TermRules;

/**
 * Runs the stages on one corpus and brings back the bounded report tables: reads, cleans and analyses
 * every document in one pass and caches the result, then runs the analyses (terms, topics, actors)
 * concurrently on the cache.
 */
final class AnalysisPipeline {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AnalysisPipeline.class);

    private final SparkSession spark;
    private final JobParameters params;
    private final ActorDictionary actors;
    private final TermRules terms;
    private final ProgressReporter progress;
    private final java.nio.file.Path data;

    /**
     * {@code data} is the run folder (while it is written): it receives the files analyses write themselves, the
     * complete document-level CSV tables and the full-detail Parquet files ({@link RunFiles}).
     */
    AnalysisPipeline(SparkSession spark, JobParameters params, ActorDictionary actors, TermRules terms, ProgressReporter progress,
                     java.nio.file.Path data) {
        this.data = data;
        this.spark = spark;
        this.params = params;
        this.actors = actors;
        this.terms = terms;
        this.progress = progress;
    }

    /** The tables of one run, its document accounting, the profile of its whole corpus and the prepared corpus it started from. */
    record Result(List<Table> tables, Network network, RunSummary.DocumentCounts counts, CorpusProfile profile, String fingerprint,
                  List<DocumentText> documents, RunSummary.PreparedCorpus prepared) {
    }

    Result run() {
        String fingerprint = CorpusFingerprint.of(spark, params);
        PreparedCorpusCache cache = params.cache().enabled()
                ? PreparedCorpusCache.at(spark, params.cache().dirFor(params.out())) : null;
        PreparedCorpusCache.Entry cached = cache == null || params.cache().rebuild() ? null : lookUp(cache, fingerprint);
        Corpus corpus = progress.stage("read and clean", cached != null,
                () -> cached != null ? fromCache(cached) : readAndClean(),
                c -> c.read() + " documents: " + c.ok() + " with text, " + (c.read() - c.ok()) + " rejected"
                        + (c.warnings() == 0 ? "" : ", " + c.warnings() + " with warnings")
                        + (c.boilerplateLines() > 0 ? "; " + c.boilerplateLines() + " boilerplate lines" : ""));
        if (corpus.ok() == 0) {
            String message = corpus.read() == 0
                    ? "input '" + params.input() + "' has no document (text files: " + TextFolderReader.FILE_GLOB
                    + "; or .jsonl, .csv, .parquet records): check --input"
                    : "input '" + params.input() + "': none of its " + corpus.read()
                    + " documents has text left after cleaning; nothing to analyse (first rejected: " + firstReject(corpus.analysed())
                    + "; for JSON, CSV or Parquet, check --text-col)";
            corpus.analysed().unpersist();
            throw new InputException(message);
        }
        Dataset<Row> analysed = corpus.analysed();
        Dataset<Row> withText = analysed.where(col(DocumentSchema.STATUS).equalTo(DocumentStatus.ANALYSED.value()));
        // The analyses only read the cached corpus. Run concurrently, their Spark jobs overlap:
        // on small corpora the time goes to planning and scheduling on the driver, not to the data.
        ExecutorService pool = Executors.newFixedThreadPool(7, r -> {
            Thread t = new Thread(r, "analysis-stage");
            t.setDaemon(true);
            return t;
        });
        boolean leaveOut = !params.cleaning().keepDuplicates();
        // Phrases are counted while duplicates are looked for, as most corpora have none to leave out. When
        // some are left out, their counts are taken out and the phrases found again.
        // The language layer (term counts, phrases) serves the term and topic analyses only.
        boolean languageNeeded = params.makes(Analysis.TERMS) || params.makes(Analysis.TOPICS);
        // A corpus prepared afresh has its phrases counted beside the duplicate search; a cached one knows its
        // duplicates already, so its phrases are counted once, without them.
        Future<Language> withDuplicates = languageNeeded && cached == null
                ? pool.submit(() -> progress.stage("phrases", () -> language(withText, corpus.totalTerms()), Language::summary))
                : CompletableFuture.completedFuture(null);
        Future<Language> language = withDuplicates;
        Future<RunSummary.PreparedCorpus> prepared = CompletableFuture.completedFuture(
                new RunSummary.PreparedCorpus(fingerprint, cached != null, cached == null ? null : cached.path(),
                        cached == null ? 0 : cached.manifest().bytes()));
        Duplicates duplicates = null;
        try {
            duplicates = progress.stage("duplicates", cached != null, () -> cached != null ? duplicatesFromCache(cached) : findDuplicates(withText),
                    d -> d.count() + (params.cleaning().keepDuplicates() ? " duplicates (kept in the statistics)" : " duplicates left out"));
            if (cache != null && cached == null) {
                Duplicates found = duplicates;
                prepared = pool.submit(() -> publish(cache, fingerprint, corpus, found));
            }
            RunSummary.DocumentCounts counts = new RunSummary.DocumentCounts(corpus.read(),
                    corpus.ok() - (leaveOut ? duplicates.count() : 0), leaveOut ? duplicates.count() : 0, corpus.read() - corpus.ok(),
                    corpus.warnings());
            // Without duplicates to leave out, the analyses read the cache as it is, with no join.
            boolean withoutDuplicates = leaveOut && duplicates.count() > 0;
            Dataset<Row> usable = withoutDuplicates
                    ? withText.join(duplicates.dropped().select(DocumentSchema.DOC_ID), DocumentSchema.DOC_ID, "left_anti")
                    : withText;
            long totalTerms = corpus.totalTerms() - (leaveOut ? duplicates.terms() : 0);
            long documents = counts.analysed();
            Future<RunSummary.PreparedCorpus> preparedCorpus = prepared;
            ResultCache results = cache == null ? ResultCache.none()
                    : ResultCache.beside(spark, params.cache().dirFor(params.out()), fingerprint, () -> await(preparedCorpus).path() != null);
            ResultCache.Slot phraseSlot = results.slot("phrases", parametersOf(TOPIC_OPTIONS, ACTOR_OPTIONS, TERM_OPTIONS, TABLE_OPTIONS));
            Language.Facts knownPhrases = languageNeeded ? phraseSlot.read(Language.Facts.class) : null;
            if (knownPhrases != null) {
                language = CompletableFuture.completedFuture(progress.stage("phrases", true,
                        () -> Language.of(knownPhrases, usable), Language::summary));
            } else if (languageNeeded) {
                if (cached != null) {
                    language = pool.submit(() -> progress.stage("phrases", () -> language(usable, totalTerms), Language::summary));
                } else if (withoutDuplicates) {
                    Dataset<Row> left = withText.join(duplicates.dropped().select(DocumentSchema.DOC_ID), DocumentSchema.DOC_ID, "left_semi");
                    language = pool.submit(() -> progress.stage("phrases without duplicates",
                            () -> language(usable, totalTerms, await(withDuplicates).counts().without(left)), Language::summary));
                }
                Future<Language> computed = language;
                language = pool.submit(() -> kept(phraseSlot, await(computed)));
            }
            Future<Language> phrases = language;
            Dataset<Row> dropped = duplicates.dropped();
            // Terms and topics wait for the phrases; actors and the corpus tables do not need them. Results are
            // taken as the stages finish, so a stage that fails (a --compare group no document has) ends the
            // run at once instead of after the slowest stage.
            CompletionService<Finished> finished = new ExecutorCompletionService<>(pool);
            // The longest stages first: the pool runs them as threads free up.
            List<Callable<Finished>> stages = new ArrayList<>();
            if (params.makes(Analysis.ACTORS)) {
                stages.add(() -> reusable(results, "actors", false, parametersOf(TOPIC_OPTIONS, TERM_OPTIONS, PHRASE_OPTIONS),
                        files -> {
                            ActorTables.Result r = new ActorTables(actors, params.window(), params.topN(), params.minCooccurrence(),
                                    params.rollup(), params.terms().timeBucket(), terms).build(spark, usable, files);
                            return new Finished(r.tables(), r.network());
                        },
                        a -> a.tables().get(0).totalRows() + " actors, " + a.tables().get(1).totalRows() + " pairs"));
            }
            if (params.makes(Analysis.TOPICS)) {
                stages.add(() -> reusable(results, "topic model", false, parametersOf(ACTOR_OPTIONS, TERM_OPTIONS),
                        files -> {
                            Language l = await(phrases);
                            return new Finished(new TopicTables(params, l.labels(), params.makes(Analysis.ACTORS) ? actors : null)
                                    .build(l.terms(), documents, files));
                        },
                        f -> TopicTables.outcome(f.tables())));
            }
            if (params.makes(Analysis.TERMS)) {
                stages.add(() -> reusable(results, "term statistics", false, parametersOf(TOPIC_OPTIONS, ACTOR_OPTIONS),
                        files -> {
                            Language l = await(phrases);
                            TermLabels labels = l.labels();
                            return new Finished(labels.relabel(
                                    new TermTables(params.topN(), params.terms()).build(l.terms(), documents, totalTerms, files, labels)));
                        },
                        f -> termOutcome(f.tables())));
            }
            Set<String>[] corpusOnly = new Set[] {TOPIC_OPTIONS, ACTOR_OPTIONS, TERM_OPTIONS, PHRASE_OPTIONS, TABLE_OPTIONS};
            if (params.makes(Analysis.UNKNOWN_ACTORS)) {
                stages.add(() -> reusable(results, "unknown actors", false, parametersOf(corpusOnly),
                        files -> new Finished(List.of(new UnknownActorTables().build(usable))),
                        f -> f.tables().get(0).totalRows() + " names the dictionary misses"));
            }
            Map<String, Object> corpusTableParameters = parametersOf(corpusOnly);
            corpusTableParameters.remove("analyses");   // the corpus tables come with every run
            stages.addAll(List.of(
                    () -> reusable(results, "corpus tables", true, corpusTableParameters,
                            files -> new Finished(new CorpusTables().build(analysed, dropped, counts, leaveOut, files)), null),
                    () -> reusable(results, "cleaning tables", true, corpusTableParameters,
                            files -> new Finished(new CleaningTables().build(analysed)), null),
                    () -> reusable(results, "document texts", true, corpusTableParameters,
                            files -> new Finished(List.of(), null, new DocumentTexts().collect(withText)), null)));
            if (params.makes(Analysis.ATTRIBUTION)) {
                stages.add(() -> reusable(results, "attribution", false, parametersOf(corpusOnly),
                        files -> new Finished(new StatementTables(actors).build(spark, usable, files)),
                        f -> f.tables().get(0).totalRows() + " statements, " + f.tables().get(1).totalRows() + " speaker -> target edges"));
            }
            stages.forEach(finished::submit);
            // Queued behind the stages: the overview's figures for the whole corpus, not its first listed documents.
            Future<CorpusProfile> profile = pool.submit(() -> reusable(results, "corpus profile", true, corpusTableParameters,
                    CorpusProfile.class, files -> new CorpusProfileQuery().profile(analysed, dropped, leaveOut), null));
            List<Table> tables = new ArrayList<>();
            Network network = null;
            List<DocumentText> texts = List.of();
            for (int i = 0; i < stages.size(); i++) {
                Finished stage = awaitNext(finished);
                tables.addAll(stage.tables());
                network = stage.network() != null ? stage.network() : network;
                texts = stage.documents() != null ? stage.documents() : texts;
            }
            if (languageNeeded && params.language().phrases()) {
                tables.add(PhraseTables.phrases(await(phrases).phrases(), params.language().phraseMinCount(),
                        params.language().phraseMinNpmi()));
            }
            tables.sort(Comparator.comparingInt(AnalysisPipeline::reportPosition).thenComparing(Table::name));
            return new Result(tables, network, counts, await(profile), corpus.fingerprint(), texts, await(prepared));
        } catch (RuntimeException failure) {
            // Stop the other stages through Spark rather than by interrupting their threads: a thread
            // interrupted in the middle of a broadcast makes Spark log errors on the console.
            spark.sparkContext().cancelAllJobs();
            throw failure;
        } finally {
            pool.shutdown();
            awaitQuietly(pool);
            release(withDuplicates);
            if (language != withDuplicates) {
                release(language);
            }
            if (duplicates != null) {
                duplicates.dropped().unpersist();
            }
            analysed.unpersist();
        }
    }

    /** Unpersists what a finished language stage cached; one that failed cached nothing. */
    private static void release(Future<Language> language) {
        if (language.isDone() && !language.isCancelled()) {
            try {
                Language done = language.get();
                if (done != null && done.counts() != null) {
                    done.counts().release();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                // failed: nothing was cached
            }
        }
    }

    /**
     * The language layer between the cached corpus and the term analyses: every term and run of adjacent
     * terms counted (with its written form), the phrases found among them, and the corpus with each phrase
     * as one term, a lazy projection of the cache.
     */
    private record Language(Dataset<Row> terms, NgramCounts counts, List<Phrase> phrases, boolean phrasesOn,
                            Map<String, String> formsUnlikeKeys) {
        TermLabels labels() {
            return new TermLabels(counts, formsUnlikeKeys);
        }

        /** What a later run needs to have this language again without counting: the phrases and the written forms. */
        record Facts(List<Phrase> phrases, boolean phrasesOn, Map<String, String> formsUnlikeKeys) implements Serializable {
        }

        Facts facts() {
            return new Facts(List.copyOf(phrases), phrasesOn, new java.util.HashMap<>(formsUnlikeKeys));
        }

        /** The language of {@code usable} from facts found earlier: no count, only the lazy merge of the phrases. */
        static Language of(Facts facts, Dataset<Row> usable) {
            return new Language(new PhraseMerger(new PhraseSet(facts.phrases())).apply(usable), null, facts.phrases(),
                    facts.phrasesOn(), facts.formsUnlikeKeys());
        }

        String summary() {
            if (!phrasesOn) {
                return "off";
            }
            return phrases.size() + " phrases" + (phrases.isEmpty() ? "" : ": " + String.join(", ",
                    phrases.stream().limit(5).map(Phrase::form).toList()) + (phrases.size() > 5 ? " ..." : ""));
        }
    }

    private Language language(Dataset<Row> usable, long totalTerms) {
        LanguageOptions options = params.language();
        return language(usable, totalTerms, NgramCounts.count(usable, options.phrases() ? PhraseFinder.MAX_WORDS : 1,
                options.phraseMinCount(), terms.filler()));
    }

    private Language language(Dataset<Row> usable, long totalTerms, NgramCounts counts) {
        LanguageOptions options = params.language();
        // Written forms are fetched here, beside the duplicate search, so that the tables need no lookup.
        PhraseFinder.Found found = options.phrases()
                ? new PhraseFinder(options.phraseMinCount(), options.phraseMinNpmi()).find(counts, totalTerms, TermLabels.HELD_FORMS)
                : new PhraseFinder.Found(List.of(), counts.lookup(java.util.Set.of(), TermLabels.HELD_FORMS).formsUnlikeKeys());
        return new Language(new PhraseMerger(new PhraseSet(found.phrases())).apply(usable), counts, found.phrases(),
                options.phrases(), found.formsUnlikeKeys());
    }

    /** What one analysis stage brings back: its tables, the actor network from the actor stage, the texts of the document pages. */
    private record Finished(List<Table> tables, Network network, List<DocumentText> documents) implements Serializable {
        Finished(List<Table> tables) {
            this(tables, null, null);
        }

        Finished(List<Table> tables, Network network) {
            this(tables, network, null);
        }
    }

    /** "50 top terms", with the significant terms of keyness and the lines in context when asked for. */
    private static String termOutcome(List<Table> tables) {
        StringBuilder outcome = new StringBuilder(tables.get(0).rows().size() + " top terms");
        for (Table t : tables) {
            if (t.name().equals("keyness")) {
                outcome.append(", ").append(t.totalRows()).append(" significant terms (keyness)");
            } else if (t.name().equals("kwic")) {
                outcome.append(", ").append(t.totalRows()).append(" keywords in context");
            }
        }
        return outcome.toString();
    }

    /** The first rejected document by id, as "path[ record N]: reason", so a failed run still names a file. */
    private static String firstReject(Dataset<Row> analysed) {
        Row first = analysed.where(col(DocumentSchema.STATUS).equalTo(DocumentStatus.REJECTED.value()))
                .orderBy(DocumentSchema.DOC_ID)
                .select(col(DocumentSchema.PATH), col(DocumentSchema.RECORD), col(DocumentSchema.REJECT_REASON))
                .first();
        return first.getString(0) + (first.isNullAt(1) ? "" : " record " + first.getLong(1)) + ": " + first.getString(2);
    }

    /** Findings first, then the detail behind them. */
    private static final List<String> REPORT_ORDER = List.of("terms", "phrases", "term_trends", "keyness", "topic_overview", "topic_k_selection", "actors",
            "cooccurrence", "actor_evidence", "statement_edges", "statements", "actors_by_source", "actors_by_period", "unknown_actors", "kwic", "terms_by_source", "terms_by_period", "topics", "topic_documents", "topics_by_source", "topics_by_period",
            "document_topics", "document_terms", "documents", "duplicates", "cleaning_rules", "cleaning_documents", "cleaning",
            "rejects", "warnings", "mentions", "actors_by_document", "nodes", "edges");

    private static int reportPosition(Table table) {
        int position = REPORT_ORDER.indexOf(table.name());
        return position < 0 ? REPORT_ORDER.size() : position;
    }

    /** Waits for the stages still running (cancelled ones end quickly) so they do not outlive the session. */
    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The result of the next stage to finish; its failure is rethrown as it was. */
    private static <T> T awaitNext(CompletionService<T> stages) {
        try {
            return await(stages.take());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a stage", e);
        }
    }

    /** The result of a stage run on another thread; its failure is rethrown as it was. */
    private static <T> T await(Future<T> future) {
        return ConcurrentQueries.result(future);
    }

    /** The analysed corpus, cached, with its accounting: documents read, with text, terms in them. */
    private record Corpus(Dataset<Row> analysed, long read, long ok, long warnings, long totalTerms, String fingerprint,
                          int boilerplateLines) {
    }

    /** The duplicates found, cached, their number and the terms in them. */
    private record Duplicates(Dataset<Row> dropped, long count, long terms) {
    }

    /** Options that change no analysis's result: where a run goes and how it uses the cache. */
    private static final Set<String> RUN_ONLY = Set.of("out", "run-name", "compare-to", "cache", "no-cache", "rebuild", "cache-limit");
    private static final Set<String> TOPIC_OPTIONS = Set.of("topics", "algorithm", "iterations", "stability-runs", "seed",
            "vocab-size", "min-df", "max-df", "topic-filler");
    private static final Set<String> ACTOR_OPTIONS = Set.of("window", "min-cooccurrence", "rollup");
    private static final Set<String> TERM_OPTIONS = Set.of("compare", "kwic");
    private static final Set<String> PHRASE_OPTIONS = Set.of("phrases", "phrase-min-count", "phrase-min-npmi");
    private static final Set<String> TABLE_OPTIONS = Set.of("top-n", "time-bucket");

    /**
     * The parameters an analysis's result may depend on: every analysis-only option but those in {@code unread},
     * which the analysis is known not to read. Leaving an option in costs reuse, never correctness, so the lists
     * name only what is plainly not read. The prepared corpus's own options are covered by the folder the result
     * is kept in.
     */
    @SafeVarargs
    private Map<String, Object> parametersOf(Set<String>... unread) {
        Map<String, Object> parameters = new java.util.TreeMap<>(params.asMap());
        parameters.keySet().retainAll(OptionScope.ANALYSIS_ONLY);
        parameters.keySet().removeAll(RUN_ONLY);
        for (Set<String> options : unread) {
            parameters.keySet().removeAll(options);
        }
        return parameters;
    }

    /**
     * Runs an analysis stage, or reads its result back when an earlier run on the same prepared corpus made it
     * with the same parameters and code; either way the run's {@code data/} gets its Parquet files. A
     * {@code quiet} stage is timed for the manifest but says nothing on the console.
     */
    private Finished reusable(ResultCache results, String stage, boolean quiet, Map<String, Object> parameters,
                              java.util.function.Function<RunFiles, Finished> compute,
                              java.util.function.Function<Finished, String> outcome) {
        return reusable(results, stage, quiet, parameters, Finished.class, compute, outcome);
    }

    private <T extends Serializable> T reusable(ResultCache results, String stage, boolean quiet, Map<String, Object> parameters,
                                                Class<T> type, java.util.function.Function<RunFiles, T> compute,
                                                java.util.function.Function<T, String> outcome) {
        ResultCache.Slot slot = results.slot(stage, parameters);
        T cached = slot.read(type);
        if (cached != null) {
            T result = quiet ? progress.record(stage, true, () -> cached) : progress.stage(stage, true, () -> cached, outcome);
            slot.copyFilesTo(data);
            return result;
        }
        try {
            Supplier<T> computing = () -> compute.apply(RunFiles.at(slot.filesFolder(data)));
            T result = quiet ? progress.record(stage, false, computing) : progress.stage(stage, false, computing, outcome);
            slot.keep(result, data);
            return result;
        } catch (RuntimeException e) {
            slot.discard();
            throw e;
        }
    }

    /** {@code language}, its facts kept in {@code slot} for later runs when they fit (held forms, no lookup needed). */
    private Language kept(ResultCache.Slot slot, Language language) {
        if (language.formsUnlikeKeys() != null) {
            slot.keep(language.facts(), data);
        } else {
            slot.discard();
        }
        return language;
    }

    /** The valid cached corpus of {@code fingerprint}, or null; says why a cached one could not be used. */
    private PreparedCorpusCache.Entry lookUp(PreparedCorpusCache cache, String fingerprint) {
        PreparedCorpusCache.Lookup found = cache.find(fingerprint);
        if (found.problem() != null) {
            progress.line("prepared corpus " + fingerprint + " in the cache is unusable (" + found.problem() + "): preparing it again");
        }
        return found.entry();
    }

    /** The corpus as a cached run prepared it, with its accounting from the cache's manifest. */
    private Corpus fromCache(PreparedCorpusCache.Entry entry) {
        PreparedCounts c = entry.manifest().counts();
        Dataset<Row> analysed = spark.read().parquet(entry.corpus()).persist(StorageLevel.MEMORY_AND_DISK());
        return new Corpus(analysed, c.read(), c.withText(), c.warnings(), c.terms(), c.contentFingerprint(), c.boilerplateLines());
    }

    private Duplicates duplicatesFromCache(PreparedCorpusCache.Entry entry) {
        PreparedCounts c = entry.manifest().counts();
        return new Duplicates(spark.read().parquet(entry.duplicates()).persist(StorageLevel.MEMORY_AND_DISK()), c.duplicates(),
                c.duplicateTerms());
    }

    /**
     * Writes the prepared corpus to the cache (beside the analyses) and evicts what no longer fits. A cache
     * that cannot be written costs the next run its reuse, not this run its results.
     */
    private RunSummary.PreparedCorpus publish(PreparedCorpusCache cache, String fingerprint, Corpus corpus, Duplicates duplicates) {
        PreparedCounts counts = new PreparedCounts(corpus.read(), corpus.ok(), corpus.warnings(), corpus.totalTerms(),
                corpus.fingerprint(), corpus.boilerplateLines(), duplicates.count(), duplicates.terms());
        try {
            PreparedCorpusCache.Entry entry = cache.publish(fingerprint, counts, corpus.analysed(), duplicates.dropped());
            PreparedCorpusCache.Usage usage = cache.evict(fingerprint, params.cache().limitBytes());
            progress.line("prepared corpus " + fingerprint + " cached: " + entry.path() + " (" + megabytes(entry.manifest().bytes())
                    + "; the cache holds " + usage.corpora() + " in " + megabytes(usage.bytes()) + ", limit "
                    + megabytes(params.cache().limitBytes()) + (usage.removed() > 0 ? ", " + usage.removed() + " unused longest removed" : "")
                    + ")");
            return new RunSummary.PreparedCorpus(fingerprint, false, entry.path(), entry.manifest().bytes());
        } catch (RuntimeException e) {
            LOG.warn("could not cache the prepared corpus", e);
            progress.line("prepared corpus " + fingerprint + " not cached: " + e.getMessage());
            return new RunSummary.PreparedCorpus(fingerprint, false, null, 0);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    /** Reads, cleans, analyses and annotates every document in one pass, caches the result and accounts for it. */
    private Corpus readAndClean() {
        Dataset<Row> raw = new CorpusReader().read(spark, params.input(), params.format(), params.columns(),
                params.sourceFromPath(), params.maxDocChars());
        CleaningOptions cleaning = params.cleaning();
        BoilerplateLines boilerplate = cleaning.rules().contains(CleaningRule.BOILERPLATE)
                ? new BoilerplateFinder(cleaning.boilerplateMinDocs(), cleaning.boilerplateMinShare()).find(raw)
                : BoilerplateLines.none();
        Dataset<Row> analysed = DocumentStep.run(raw, List.of(
                        new CleaningStage(params.dateOrder(), params.maxDocChars(), cleaning.rules(), boilerplate),
                        new TextAnalysisStage(terms),
                        new MentionAnnotation(actors)))
                .persist(StorageLevel.MEMORY_AND_DISK());
        return account(analysed, boilerplate.size());
    }

    /** One pass over the corpus: counts by status and of warnings, terms in total, and a content fingerprint. */
    private static Corpus account(Dataset<Row> analysed, int boilerplateLines) {
        Row row = analysed.agg(
                count(lit(1)),
                sum(when(col(DocumentSchema.STATUS).equalTo(DocumentStatus.ANALYSED.value()), 1).otherwise(0)),
                sum(size(col(DocumentSchema.TERMS))),
                sum(xxhash64(col(DocumentSchema.DOC_ID), col(DocumentSchema.TEXT)).cast(new DecimalType(38, 0))),
                count(col(DocumentSchema.WARNING)))
                .first();
        long read = row.getLong(0);
        long ok = row.isNullAt(1) ? 0 : row.getLong(1);
        long terms = row.isNullAt(2) ? 0 : row.getLong(2);
        String hashSum = row.isNullAt(3) ? "0" : row.getDecimal(3).toPlainString();
        long warned = row.getLong(4);
        return new Corpus(analysed, read, ok, warned, terms, sha256(read + ":" + hashSum), boilerplateLines);
    }

    /** The exact and near duplicates among the documents with text, cached, with their number and terms. */
    private Duplicates findDuplicates(Dataset<Row> withText) {
        Dataset<Row> dropped = new DuplicateFinder(params.cleaning().nearDupThreshold(), DuplicateFinder.SEED).find(withText);
        Row row = dropped.agg(count(lit(1)), sum(col(DuplicateFinder.TERMS))).first();
        return new Duplicates(dropped, row.getLong(0), row.isNullAt(1) ? 0 : row.getLong(1));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
