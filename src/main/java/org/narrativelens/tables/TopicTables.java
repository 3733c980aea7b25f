package org.narrativelens.tables;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.narrativelens.actors.ActorDictionary;
import org.narrativelens.config.JobParameters;
import org.narrativelens.config.TopicFiller;
import org.narrativelens.corpus.DocumentSchema;
import org.narrativelens.report.Table;
import org.narrativelens.text.WordList;
import org.narrativelens.terms.PeriodColumn;
import org.narrativelens.topics.RepresentativeDocuments;
import org.narrativelens.topics.TopicCoherence;
import org.narrativelens.topics.TopicModelStage;
import org.narrativelens.topics.TopicPrevalence;
import org.narrativelens.topics.TopicStability;
import org.narrativelens.topics.TopicTerms;

/**
 * The topic tables: topics at a glance, topic terms in long form, and each document's dominant topic.
 */
public final class TopicTables {

    /** Fewer documents than this get no topic model (and no failure): topics of one text say nothing. */
    static final int MIN_DOCUMENTS = 2;
    /** Representative documents shown per topic. */
    static final int REPRESENTATIVE = 3;

    private final JobParameters params;
    private final TermLabels labels;
    private final ActorDictionary actors;

    /** Topics with the parameters of the run, their terms shown by {@code labels}. */
    public TopicTables(JobParameters params, TermLabels labels) {
        this(params, labels, null);
    }

    /** As {@link #TopicTables(JobParameters, TermLabels)}, plus the topics of the most named of {@code actors} (actor_topics). */
    public TopicTables(JobParameters params, TermLabels labels, ActorDictionary actors) {
        this.params = params;
        this.labels = labels;
        this.actors = actors;
    }

    /** Fits the topic model on the {@code documents} analysed documents in {@code usable} and tabulates it. */
    public List<Table> build(Dataset<Row> usable, long documents) {
        return build(usable, documents, RunFiles.none());
    }

    /** As {@link #build(Dataset, long)}, and writes every document's topic shares to {@code data/document_topics.parquet}. */
    public List<Table> build(Dataset<Row> usable, long documents, RunFiles data) {
        if (documents < MIN_DOCUMENTS) {
            String why = "No topic model: the corpus has " + documents + " analysed document"
                    + (documents == 1 ? "" : "s") + "; a topic model needs at least " + MIN_DOCUMENTS + ".";
            return List.of(overviewTable(why, false).build(), topicsTable(why).build(), documentTopicsTable(why).column("topic_label", "the dominant topic's label")
                    .totalRows(documents).build(), representativeTable(why).build());
        }
        WordList leftOut = params.language().topicFiller() == TopicFiller.INCLUDE
                ? WordList.of(List.of())
                : WordList.fromResource(WordList.NEWS_FILLER);
        TopicModelStage.Result model = new TopicModelStage(params, leftOut).apply(usable, documents);
        // The tables below only read the fitted model: their queries run side by side.
        ConcurrentQueries queries = new ConcurrentQueries(usable.sparkSession(), "topic-tables", 4);
        try {
            Future<Void> written = queries.submit(() -> {
                data.write("document_topics", model.documentTopics().select(DocumentSchema.DOC_ID, TopicModelStage.DOMINANT_TOPIC,
                        TopicModelStage.WEIGHT, TopicModelStage.DISTRIBUTION));
                return null;
            });
            List<TopicTerms> topicTerms = written(model.topics());
            List<String> topicLabels = topicTerms.stream().map(TopicTerms::label).toList();
            Future<Table> bySource = queries.submit(() -> prevalence("topics_by_source", "Topics by source", "source", topicLabels,
                    TopicPrevalence.by(model.documentTopics(), usable, col(DocumentSchema.SOURCE))));
            Future<Table> byPeriod = queries.submit(() -> prevalence("topics_by_period", "Topics by period", "period (--time-bucket)",
                    topicLabels, TopicPrevalence.by(model.documentTopics(), usable,
                            PeriodColumn.of(params.terms().timeBucket(), col(DocumentSchema.PUBLISHED)))));
            Future<Table> actorTopics = actors == null ? null : queries.submit(() -> new ActorProfileTables(actors, params.topN())
                    .topics(usable, model.documentTopics(), topicLabels));
            List<Table> tables = new ArrayList<>(tables(model, topicTerms, documents, queries, data));
            tables.add(ConcurrentQueries.result(bySource));
            tables.add(ConcurrentQueries.result(byPeriod));
            if (actorTopics != null) {
                tables.add(ConcurrentQueries.result(actorTopics));
            }
            ConcurrentQueries.result(written);
            return tables;
        } catch (RuntimeException failure) {
            throw queries.failed(failure);
        } finally {
            queries.close();
            model.release();
        }
    }

    /** The topics with their terms as written ("talks" for the lemma talk). */
    private List<TopicTerms> written(List<TopicTerms> topics) {
        List<String> keys = topics.stream().flatMap(t -> t.terms().stream()).distinct().toList();
        Map<String, String> forms = labels.forms(keys);
        return topics.stream().map(t -> new TopicTerms(t.topic(), t.terms().stream().map(forms::get).toList(), t.weights())).toList();
    }

    private List<Table> tables(TopicModelStage.Result model, List<TopicTerms> topicTerms, long documents, ConcurrentQueries queries,
                               RunFiles files) {
        List<String> topicLabels = topicTerms.stream().map(TopicTerms::label).toList();
        // The topic and its label open onto the topic's row of topic_overview, from here and the document's page.
        Future<Table> documentTopicsQuery = queries.submit(() -> new CompleteTable(files, TableLimits.REPORT_DOCUMENTS)
                .cells(r -> java.util.Arrays.asList(r.getString(0), r.getString(1), Table.Link.toRow(r.getInt(2), "topic_overview", r.getInt(2)),
                        r.get(3), Table.Link.toRow(topicLabels.get(r.getInt(2)), "topic_overview", r.getInt(2))))
                .collect(model.documentTopics().select(DocumentSchema.DOC_ID, DocumentSchema.TITLE, TopicModelStage.DOMINANT_TOPIC,
                                TopicModelStage.WEIGHT), List.of(col(DocumentSchema.DOC_ID)),
                        documentTopicsTable("Each document's dominant topic and its share.").column("topic_label", "the dominant topic's label")));
        Future<List<Row>> representativeQuery = queries.submit(() -> RepresentativeDocuments.top(model.documentTopics(), REPRESENTATIVE)
                .collectAsList());
        Table.Builder topics = topicsTable("LDA topics (" + model.method() + ", vocabulary of " + model.vocabularySize()
                + " terms) with their most probable terms.");
        for (TopicTerms t : topicTerms) {
            for (int i = 0; i < t.terms().size(); i++) {
                topics.row(t.topic(), t.label(), i + 1, t.terms().get(i), t.weights().get(i));
            }
        }
        Map<Integer, Long> dominantCounts = new HashMap<>();
        for (Row r : model.documentTopics().groupBy(TopicModelStage.DOMINANT_TOPIC).count().collectAsList()) {
            dominantCounts.put(r.getInt(0), r.getLong(1));
        }
        TopicCoherence coherence = model.coherence();
        List<Double> stability = model.stability();
        Table.Builder overview = overviewTable(String.format(java.util.Locale.ROOT, "Each topic with its top terms, the documents it"
                + " dominates and its coherence. Mean coherence of the %d topics: NPMI %.3f, UMass %.3f (%s).", topicTerms.size(),
                coherence.meanNpmi(), coherence.meanUmass(), COHERENCE_NOTE)
                + (model.selection() == null ? "" : " " + model.selection().chosen() + " topics, chosen among "
                + params.topics() + " (topic_k_selection): " + model.selection().reason())
                + stabilityNote(stability), !stability.isEmpty());
        for (TopicTerms t : topicTerms) {
            overview.row(t.topic(), t.label(), String.join(", ", t.terms().subList(0, Math.min(10, t.terms().size()))),
                    dominantCounts.getOrDefault(t.topic(), 0L), round(coherence.npmi().get(t.topic())), round(coherence.umass().get(t.topic())),
                    stability.isEmpty() ? null : round(stability.get(t.topic())));
        }
        Table.Builder representative = representativeTable("The " + REPRESENTATIVE + " documents each topic has the largest share of.");
        for (Row r : ConcurrentQueries.result(representativeQuery)) {
            representative.row(r.getInt(0), topicLabels.get(r.getInt(0)), r.getInt(1), r.getString(2), r.getString(3), round(r.getDouble(4)));
        }
        List<Table> tables = new ArrayList<>(List.of(overview.build(), topics.build(), ConcurrentQueries.result(documentTopicsQuery),
                representative.build()));
        if (model.selection() != null) {
            tables.add(TopicCountTable.of(model.selection(), documents));
        }
        return tables;
    }

    /** The stability sentence of the overview: how it was measured and which topics are unstable; "" when it was not. */
    private String stabilityNote(List<Double> stability) {
        if (stability.isEmpty()) {
            return "";
        }
        int runs = params.topicModel().stabilityRuns();
        List<String> unstable = new ArrayList<>();
        for (int t = 0; t < stability.size(); t++) {
            if (TopicStability.unstable(stability.get(t))) {
                unstable.add(String.valueOf(t));
            }
        }
        return String.format(java.util.Locale.ROOT, " Stability over %d refit%s (seeds %d to %d), topics aligned one to one by their top terms"
                        + " (Hungarian matching on Jaccard similarity): mean %.3f; %s", runs, runs == 1 ? "" : "s", params.seed() + 1,
                params.seed() + runs, stability.stream().mapToDouble(Double::doubleValue).average().orElse(0),
                unstable.isEmpty() ? "no topic is unstable (below 1/3: fewer than half of its top terms kept)."
                        : "unstable (below 1/3: fewer than half of its top terms kept): topic" + (unstable.size() == 1 ? " " : "s ")
                        + String.join(", ", unstable) + ".");
    }

    /** A prevalence table; empty, with a note, when no document has a value for the group. */
    private static Table prevalence(String name, String title, String groupName, List<String> labels,
                                    Dataset<Row> rows) {
        Table.Builder table = Table.builder(name, title, "The mean share of each topic in the documents of each " + groupName
                        + ", so groups of different sizes compare; documents without one are left out.")
                .column("group", groupName)
                .column("documents", "documents in the group")
                .column("topic", "topic number")
                .column("label", "the topic's top three terms")
                .barColumn("share", "mean share of the topic in the group's documents (0 to 1)");
        // Groups x topics grows with the corpus (days over years): only the shown rows come to the driver.
        List<Row> collected = rows.limit(TableLimits.REPORT_DOCUMENTS + 1).collectAsList();
        if (collected.size() > TableLimits.REPORT_DOCUMENTS) {
            table.totalRows(rows.count());
        }
        for (Row r : collected.subList(0, Math.min(collected.size(), TableLimits.REPORT_DOCUMENTS))) {
            table.row(r.getString(0), r.getLong(2), r.getInt(1), labels.get(r.getInt(1)), round(r.getDouble(3)));
        }
        return table.build();
    }

    private static Table.Builder representativeTable(String description) {
        return Table.builder("topic_documents", "Representative documents per topic", description)
                .column("topic", "topic number")
                .column("label", "the topic's top three terms")
                .column("rank", "1 = the document with the largest share of the topic")
                .column("doc_id", "document id")
                .column("title", "headline")
                .column("weight", "the topic's share of the document (0 to 1)");
    }

    /** "20 topics, NPMI 0.271" for the console, from the overview table. */
    public static String outcome(List<Table> tables) {
        Table overview = tables.get(0);
        if (overview.rows().isEmpty()) {
            return "skipped: too few documents";
        }
        int npmi = overview.columnNames().indexOf("npmi");
        double mean = overview.rows().stream().mapToDouble(r -> ((Number) r.get(npmi)).doubleValue()).average().orElse(0);
        return String.format(java.util.Locale.ROOT, "%d topics, NPMI %.3f", overview.rows().size(), mean);
    }

    private static Table.Builder overviewTable(String description, boolean stability) {
        return Table.builder("topic_overview", "Topics at a glance", description)
                .column("topic", "topic number")
                .column("label", "the topic's top three terms")
                .column("top_terms", "its ten most probable terms")
                .barColumn("documents", "documents whose largest share is this topic")
                .column("npmi", "coherence of its ten top terms: mean NPMI of their pairs over the documents, -1 to 1 (higher is better)")
                .column("umass", "coherence of its ten top terms: mean UMass of their pairs, at most 0 (closer to 0 is better)")
                .column("stability", stability ? "mean Jaccard similarity of its ten top terms to its matched topic in each --stability-runs"
                        + " refit, 0 to 1 (below 1/3: unstable)" : "with --stability-runs: how stable the topic is across refits (not measured)")
                .anchorBy("topic");
    }

    /** How coherence is measured, in a sentence for the report. */
    static final String COHERENCE_NOTE = "document co-occurrence of the ten top terms in the analysed documents;"
            + " NPMI of a pair never seen together is -1; 0.1 to 0.3 is typical of good news topics";

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    private static Table.Builder topicsTable(String description) {
        return Table.builder("topics", "Topics", description)
                .column("topic", "topic number")
                .column("label", "the topic's top three terms")
                .column("rank", "1 = most probable term")
                .column("term", "the term")
                .column("weight", "probability of the term in the topic");
    }

    private static Table.Builder documentTopicsTable(String description) {
        return Table.builder("document_topics", "Documents by topic", description)
                .column("doc_id", "document id")
                .column("title", "headline")
                .column("dominant_topic", "the topic with the largest share of the document")
                .column("weight", "that topic's share of the document (0 to 1)");
    }
}
