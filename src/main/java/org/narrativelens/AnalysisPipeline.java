package org.narrativelens;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.storage.StorageLevel;
import org.narrativelens.actors.Actor;
import org.narrativelens.actors.ActorDictionary;
import org.narrativelens.actors.ActorMentionStage;
import org.narrativelens.actors.CooccurrenceStage;
import org.narrativelens.actors.MentionSchema;
import org.narrativelens.config.JobParameters;
import org.narrativelens.corpus.CleaningStage;
import org.narrativelens.corpus.DocumentSchema;
import org.narrativelens.corpus.DocumentStatus;
import org.narrativelens.corpus.DocumentStep;
import org.narrativelens.corpus.TextFolderReader;
import org.narrativelens.report.RunSummary;
import org.narrativelens.report.Table;
import org.narrativelens.terms.TermStatisticsStage;
import org.narrativelens.text.TextAnalysisStage;
import org.narrativelens.text.WordList;
import org.narrativelens.topics.TopicModelStage;
import org.narrativelens.topics.TopicTerms;

/**
 * Runs the analytic stages in order on one corpus and brings back the bounded report tables. The
 * analysed corpus is computed once and cached; every later stage reads the cache.
 */
final class AnalysisPipeline {

    /** Document-level tables (one or more rows per document) show at most this many documents. */
    static final int REPORT_DOCUMENTS = 1000;
    static final int TERMS_PER_DOCUMENT = 10;
    static final int CLEANING_ROWS = 2000;

    private final SparkSession spark;
    private final JobParameters params;
    private final ActorDictionary actors;
    private final ProgressReporter progress;

    AnalysisPipeline(SparkSession spark, JobParameters params, ActorDictionary actors, ProgressReporter progress) {
        this.spark = spark;
        this.params = params;
        this.actors = actors;
        this.progress = progress;
    }

    /** The tables of one run and its document accounting. */
    record Result(List<Table> tables, RunSummary.DocumentCounts counts, String fingerprint) {
    }

    Result run() {
        Corpus corpus = progress.stage("read and clean", this::readAndClean,
                c -> c.counts().read() + " documents: " + c.counts().analysed() + " analysed, " + c.counts().rejected() + " rejected");
        RunSummary.DocumentCounts counts = corpus.counts();
        if (counts.analysed() == 0) {
            throw new InputException(counts.read() == 0
                    ? "input '" + params.input() + "' has no " + TextFolderReader.FILE_GLOB + " file: check --input"
                    : "input '" + params.input() + "': none of its " + counts.read()
                    + " documents has text left after cleaning; nothing to analyse");
        }
        Dataset<Row> analysed = corpus.analysed();
        Dataset<Row> usable = analysed.where(col(DocumentSchema.STATUS).equalTo(DocumentStatus.ANALYSED.value()));
        long documents = counts.analysed();

        // The analyses only read the cached corpus. Run concurrently, their Spark jobs overlap:
        // on small corpora the time goes to planning and scheduling on the driver, not to the data.
        ExecutorService pool = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "analysis-stage");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<List<Table>> topics = pool.submit(() -> progress.stage("topic model",
                    () -> topicTables(usable, documents), t -> params.topics() + " topics"));
            Future<List<Table>> terms = pool.submit(() -> progress.stage("term statistics",
                    () -> termTables(usable, documents, corpus.totalTerms()), t -> t.get(0).rows().size() + " top terms"));
            Future<List<Table>> actorTables = pool.submit(() -> progress.stage("actors",
                    () -> actorTables(usable), t -> t.get(0).totalRows() + " actors, " + t.get(1).totalRows() + " pairs"));
            Future<List<Table>> corpusTables = pool.submit(() -> List.of(documentsTable(analysed, counts.read()),
                    cleaningTable(analysed), rejectsTable(analysed, counts.rejected())));
            // Findings first, then the detail behind them.
            List<Table> termTables = await(terms);
            List<Table> topicTables = await(topics);
            List<Table> actorList = await(actorTables);
            List<Table> tables = new ArrayList<>();
            tables.add(termTables.get(0));
            tables.add(topicTables.get(0));
            tables.addAll(actorList);
            tables.addAll(topicTables.subList(1, topicTables.size()));
            tables.addAll(termTables.subList(1, termTables.size()));
            tables.addAll(await(corpusTables));
            return new Result(tables, counts, corpus.fingerprint());
        } finally {
            pool.shutdownNow();
            analysed.unpersist();
        }
    }

    /** The result of a stage run on another thread; its failure is rethrown as it was. */
    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a stage", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The analysed corpus, cached, with its accounting. */
    private record Corpus(Dataset<Row> analysed, RunSummary.DocumentCounts counts, long totalTerms, String fingerprint) {
    }

    /** Reads, cleans and analyses every document in one pass, caches the result and accounts for it. */
    private Corpus readAndClean() {
        Dataset<Row> analysed = DocumentStep.run(new TextFolderReader().read(spark, params.input()), List.of(
                        new CleaningStage(),
                        new TextAnalysisStage(WordList.fromResource(WordList.ENGLISH_STOPWORDS))))
                .persist(StorageLevel.MEMORY_AND_DISK());
        return account(analysed);
    }

    /** One pass over the corpus: counts by status, terms in total, and a content fingerprint. */
    private static Corpus account(Dataset<Row> analysed) {
        Row row = analysed.agg(
                count(lit(1)),
                sum(when(col(DocumentSchema.STATUS).equalTo(DocumentStatus.ANALYSED.value()), 1).otherwise(0)),
                sum(size(col(DocumentSchema.TERMS))),
                sum(xxhash64(col(DocumentSchema.DOC_ID), col(DocumentSchema.TEXT)).cast(new DecimalType(38, 0))))
                .first();
        long read = row.getLong(0);
        long ok = row.isNullAt(1) ? 0 : row.getLong(1);
        long terms = row.isNullAt(2) ? 0 : row.getLong(2);
        String hashSum = row.isNullAt(3) ? "0" : row.getDecimal(3).toPlainString();
        return new Corpus(analysed, new RunSummary.DocumentCounts(read, ok, read - ok), terms, sha256(read + ":" + hashSum));
    }

    private Table documentsTable(Dataset<Row> analysed, long read) {
        Dataset<Row> rows = analysed.orderBy(DocumentSchema.DOC_ID).limit(REPORT_DOCUMENTS).select(
                col(DocumentSchema.DOC_ID), col(DocumentSchema.TITLE), col(DocumentSchema.PUBLISHED),
                col(DocumentSchema.STATUS), size(col(DocumentSchema.SENTENCES)), size(col(DocumentSchema.TERMS)),
                size(col(DocumentSchema.REMOVED)), col(DocumentSchema.PATH));
        return TableCollector.collect(rows, Table.builder("documents", "Documents",
                        "Every document read, its headline, date and status, with its size after cleaning.")
                .column("doc_id", "document id: the file's path below the input folder, without extension")
                .column("title", "headline: the first real line of the text")
                .column("published", "publication date stated in the text (empty when none)")
                .column("status", "analysed or rejected (see rejects.csv)")
                .column("sentences", "sentences after cleaning")
                .column("terms", "content terms counted (stopwords and numbers left out)")
                .column("removed", "lines or fragments removed as noise (see cleaning.csv)")
                .column("path", "where the document was read from")
                .totalRows(read));
    }

    private List<Table> termTables(Dataset<Row> usable, long documents, long totalTerms) {
        TermStatisticsStage stats = new TermStatisticsStage(usable, documents);
        try {
            Table corpus = TableCollector.collect(stats.corpusTerms(totalTerms, params.topN()),
                    Table.builder("terms", "Top terms", "The most frequent content terms of the analysed documents.")
                            .column("term", "the term, lower case")
                            .barColumn("tf", "occurrences in the corpus")
                            .column("df", "documents containing the term")
                            .column("per_10k", "occurrences per 10,000 terms of the corpus"));
            Table perDocument = TableCollector.collect(stats.topTfIdf(TERMS_PER_DOCUMENT, REPORT_DOCUMENTS),
                    Table.builder("document_terms", "Distinctive terms per document",
                                    "Each document's terms with the highest tf-idf: frequent in it, rare elsewhere.")
                            .column("doc_id", "document id")
                            .column("rank", "1 = most distinctive")
                            .column("term", "the term")
                            .column("tf", "occurrences in the document")
                            .column("df", "documents containing the term")
                            .column("tfidf", "tf * (ln((1 + N) / (1 + df)) + 1), N = analysed documents"));
            return List.of(corpus, perDocument);
        } finally {
            stats.release();
        }
    }

    private List<Table> topicTables(Dataset<Row> usable, long documents) {
        TopicModelStage.Result model = new TopicModelStage(params, WordList.fromResource(WordList.NEWS_FILLER))
                .apply(usable, documents);
        Table.Builder topics = Table.builder("topics", "Topics", "LDA topics (Spark MLlib, online variational Bayes, "
                        + model.iterations() + " iterations, vocabulary of " + model.vocabularySize()
                        + " terms) with their most probable terms.")
                .column("topic", "topic number")
                .column("label", "the topic's top three terms")
                .column("rank", "1 = most probable term")
                .column("term", "the term")
                .column("weight", "probability of the term in the topic");
        for (TopicTerms t : model.topics()) {
            for (int i = 0; i < t.terms().size(); i++) {
                topics.row(t.topic(), t.label(), i + 1, t.terms().get(i), t.weights().get(i));
            }
        }
        Table documentTopics = TableCollector.collect(
                model.documentTopics().orderBy(DocumentSchema.DOC_ID).limit(REPORT_DOCUMENTS),
                Table.builder("document_topics", "Documents by topic", "Each document's dominant topic and its share.")
                        .column("doc_id", "document id")
                        .column("title", "headline")
                        .column("dominant_topic", "the topic with the largest share of the document")
                        .column("weight", "that topic's share of the document (0 to 1)")
                        .totalRows(documents));
        Map<Integer, Long> dominantCounts = new HashMap<>();
        for (Row r : model.documentTopics().groupBy(TopicModelStage.DOMINANT_TOPIC).count().collectAsList()) {
            dominantCounts.put(r.getInt(0), r.getLong(1));
        }
        Table.Builder overview = Table.builder("topic_overview", "Topics at a glance",
                        "Each topic with its top terms and the documents it dominates.")
                .column("topic", "topic number")
                .column("label", "the topic's top three terms")
                .column("top_terms", "its ten most probable terms")
                .barColumn("documents", "documents whose largest share is this topic");
        for (TopicTerms t : model.topics()) {
            overview.row(t.topic(), t.label(), String.join(", ", t.terms().subList(0, Math.min(10, t.terms().size()))),
                    dominantCounts.getOrDefault(t.topic(), 0L));
        }
        List<String> labels = model.topics().stream().map(TopicTerms::label).toList();
        Table.Builder labelled = Table.builder(documentTopics.name(), documentTopics.title(), documentTopics.description());
        documentTopics.columns().forEach(labelled::column);
        labelled.column("topic_label", "the dominant topic's label");
        for (List<Object> row : documentTopics.rows()) {
            List<Object> cells = new ArrayList<>(row);
            cells.add(labels.get((Integer) row.get(2)));
            labelled.row(cells);
        }
        return List.of(overview.build(), topics.build(), labelled.totalRows(documentTopics.totalRows()).build());
    }

    private List<Table> actorTables(Dataset<Row> usable) {
        Dataset<Row> mentions = new ActorMentionStage(actors).apply(spark, usable).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            List<Row> actorCounts = mentions.groupBy(MentionSchema.ACTOR_ID)
                    .agg(count(lit(1)).as("mentions"), org.apache.spark.sql.functions.countDistinct(MentionSchema.DOC_ID).as("documents"))
                    .orderBy(col("mentions").desc(), col(MentionSchema.ACTOR_ID))
                    .collectAsList();
            Table.Builder actorTable = Table.builder("actors", "Actors",
                            "Actors of the dictionary named in the documents, with aliases resolved (Kiev -> Ukraine).")
                    .column("actor_id", "dictionary id")
                    .column("actor", "label")
                    .column("type", "state, person, organisation, bloc, media or place")
                    .column("affiliation", "the state a person or organisation belongs to")
                    .barColumn("mentions", "times named")
                    .column("documents", "documents naming the actor")
                    .totalRows(actorCounts.size());
            actorCounts.stream().limit(params.topN()).forEach(r -> {
                Actor a = actors.get(r.getString(0)).orElseThrow();
                actorTable.row(a.id(), a.label(), a.type().label(), a.affiliation() == null ? null
                        : actors.get(a.affiliation()).map(Actor::label).orElse(a.affiliation()), r.getLong(1), r.getLong(2));
            });
            Dataset<Row> pairs = new CooccurrenceStage().apply(mentions, params.window()).persist(StorageLevel.MEMORY_AND_DISK());
            long pairCount = pairs.count();
            List<Row> top = pairs.orderBy(col(CooccurrenceStage.WINDOWS).desc(), col(CooccurrenceStage.DOCUMENTS).desc(),
                    col(CooccurrenceStage.ACTOR_A), col(CooccurrenceStage.ACTOR_B)).limit(params.topN()).collectAsList();
            pairs.unpersist();
            String unit = params.window().name().toLowerCase(java.util.Locale.ROOT) + "s";
            Table.Builder pairTable = Table.builder("cooccurrence", "Actors named together",
                            "Pairs of actors named in the same " + params.window().name().toLowerCase(java.util.Locale.ROOT)
                                    + ", each pair counted once per " + params.window().name().toLowerCase(java.util.Locale.ROOT) + ".")
                    .column("actor_a", "first actor")
                    .column("actor_b", "second actor")
                    .barColumn(unit, unit + " naming both")
                    .column("documents", "documents naming both in one " + params.window().name().toLowerCase(java.util.Locale.ROOT))
                    .column("evidence_doc", "document of the evidence sentence")
                    .column("evidence", "the first sentence where both are named")
                    .totalRows(pairCount);
            for (Row r : top) {
                pairTable.row(label(r.getString(0)), label(r.getString(1)), r.getLong(2), r.getLong(3), r.getString(4), r.getString(5));
            }
            return List.of(actorTable.build(), pairTable.build());
        } finally {
            mentions.unpersist();
        }
    }

    private String label(String actorId) {
        return actors.get(actorId).map(Actor::label).orElse(actorId);
    }

    private Table cleaningTable(Dataset<Row> analysed) {
        Dataset<Row> removed = analysed
                .select(col(DocumentSchema.DOC_ID), explode(col(DocumentSchema.REMOVED)).as("r"))
                .select(col(DocumentSchema.DOC_ID), col("r." + DocumentSchema.REMOVED_RULE), col("r." + DocumentSchema.REMOVED_TEXT))
                .orderBy(DocumentSchema.DOC_ID)
                .limit(CLEANING_ROWS);
        return TableCollector.collect(removed, Table.builder("cleaning", "Removed as noise",
                        "Lines and fragments the cleaner removed from each document, with the rule that removed them.")
                .column("doc_id", "document id")
                .column("rule", "icon-soup, footer, read-more, label, category-list, dateline, image-credit or repeated-title")
                .column("text", "the removed text"));
    }

    private Table rejectsTable(Dataset<Row> analysed, long rejected) {
        Dataset<Row> rows = analysed.where(col(DocumentSchema.STATUS).equalTo(DocumentStatus.REJECTED.value()))
                .orderBy(DocumentSchema.DOC_ID)
                .limit(REPORT_DOCUMENTS * 10)
                .select(col(DocumentSchema.DOC_ID), col(DocumentSchema.PATH), col(DocumentSchema.REJECT_REASON));
        Table.Builder builder = Table.builder("rejects", "Rejected documents", "Documents read but not analysed, and why.")
                .column("doc_id", "document id")
                .column("path", "where it was read from")
                .column("reason", "why it was not analysed")
                .totalRows(rejected);
        return rejected == 0 ? builder.build() : TableCollector.collect(rows, builder);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
