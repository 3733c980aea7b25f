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
import java.util.Map;
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
import org.narrativelens.tables.ParquetFiles;
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

    private final SparkSession spark;
    private final JobParameters params;
    private final ActorDictionary actors;
    private final TermRules terms;
    private final ProgressReporter progress;
    private final ParquetFiles data;

    /** {@code data} receives the full-detail outputs (mentions, document topics, document terms) as Parquet. */
    AnalysisPipeline(SparkSession spark, JobParameters params, ActorDictionary actors, TermRules terms, ProgressReporter progress,
                     ParquetFiles data) {
        this.data = data;
        this.spark = spark;
        this.params = params;
        this.actors = actors;
        this.terms = terms;
        this.progress = progress;
    }

    /** The tables of one run, its document accounting and the profile of its whole corpus. */
    record Result(List<Table> tables, Network network, RunSummary.DocumentCounts counts, CorpusProfile profile, String fingerprint,
                  List<DocumentText> documents) {
    }

    Result run() {
        Corpus corpus = progress.stage("read and clean", this::readAndClean,
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
        Future<Language> withDuplicates = languageNeeded
                ? pool.submit(() -> progress.stage("phrases", () -> language(withText, corpus.totalTerms()), Language::summary))
                : CompletableFuture.completedFuture(null);
        Future<Language> language = withDuplicates;
        Duplicates duplicates = null;
        try {
            duplicates = progress.stage("duplicates", () -> findDuplicates(withText),
                    d -> d.count() + (params.cleaning().keepDuplicates() ? " duplicates (kept in the statistics)" : " duplicates left out"));
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
            if (withoutDuplicates && languageNeeded) {
                Dataset<Row> left = withText.join(duplicates.dropped().select(DocumentSchema.DOC_ID), DocumentSchema.DOC_ID, "left_semi");
                language = pool.submit(() -> progress.stage("phrases without duplicates",
                        () -> language(usable, totalTerms, await(withDuplicates).counts().without(left)), Language::summary));
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
                stages.add(() -> {
                    ActorTables.Result r = progress.stage("actors",
                            () -> new ActorTables(actors, params.window(), params.topN(), params.minCooccurrence(), params.rollup(),
                                    params.terms().timeBucket(), terms)
                                    .build(spark, usable, data),
                            a -> a.tables().get(0).totalRows() + " actors, " + a.tables().get(1).totalRows() + " pairs");
                    return new Finished(r.tables(), r.network());
                });
            }
            if (params.makes(Analysis.TOPICS)) {
                stages.add(() -> {
                    Language l = await(phrases);
                    return new Finished(progress.stage("topic model",
                            () -> new TopicTables(params, l.labels(), params.makes(Analysis.ACTORS) ? actors : null)
                                    .build(l.terms(), documents, data),
                            TopicTables::outcome));
                });
            }
            if (params.makes(Analysis.TERMS)) {
                stages.add(() -> {
                    Language l = await(phrases);
                    return new Finished(progress.stage("term statistics",
                            () -> l.labels().relabel(new TermTables(params.topN(), params.terms()).build(l.terms(), documents, totalTerms, data)),
                            AnalysisPipeline::termOutcome));
                });
            }
            if (params.makes(Analysis.UNKNOWN_ACTORS)) {
                stages.add(() -> new Finished(List.of(progress.stage("unknown actors", () -> new UnknownActorTables(actors).build(spark, usable),
                        t -> t.totalRows() + " names the dictionary misses"))));
            }
            stages.addAll(List.of(
                    () -> new Finished(new CorpusTables().build(analysed, dropped, counts, leaveOut)),
                    () -> new Finished(new CleaningTables().build(analysed)),
                    () -> new Finished(List.of(), null, new DocumentTexts().collect(withText))));
            if (params.makes(Analysis.ATTRIBUTION)) {
                stages.add(() -> new Finished(progress.stage("attribution", () -> new StatementTables(actors).build(spark, usable),
                        t -> t.get(0).totalRows() + " statements, " + t.get(1).totalRows() + " speaker -> target edges")));
            }
            stages.forEach(finished::submit);
            // Queued behind the stages: the overview's figures for the whole corpus, not its first listed documents.
            Future<CorpusProfile> profile = pool.submit(() -> new CorpusProfileQuery().profile(analysed, dropped, leaveOut));
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
            return new Result(tables, network, counts, await(profile), corpus.fingerprint(), texts);
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
                if (done != null) {
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
    private record Finished(List<Table> tables, Network network, List<DocumentText> documents) {
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

    /** Reads, cleans and analyses every document in one pass, caches the result and accounts for it. */
    private Corpus readAndClean() {
        Dataset<Row> raw = new CorpusReader().read(spark, params.input(), params.format(), params.columns(),
                params.sourceFromPath(), params.maxDocChars());
        CleaningOptions cleaning = params.cleaning();
        BoilerplateLines boilerplate = cleaning.rules().contains(CleaningRule.BOILERPLATE)
                ? new BoilerplateFinder(cleaning.boilerplateMinDocs(), cleaning.boilerplateMinShare()).find(raw)
                : BoilerplateLines.none();
        Dataset<Row> analysed = DocumentStep.run(raw, List.of(
                        new CleaningStage(params.dateOrder(), params.maxDocChars(), cleaning.rules(), boilerplate),
                        new TextAnalysisStage(terms)))
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
        Dataset<Row> dropped = new DuplicateFinder(params.cleaning().nearDupThreshold(), params.seed()).find(withText);
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
