package org.narrativelens.tables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.narrativelens.config.JobParameters;
import org.narrativelens.config.TopicFiller;
import org.narrativelens.corpus.DocumentSchema;
import org.narrativelens.report.Table;
import org.narrativelens.text.WordList;
import org.narrativelens.topics.TopicModelStage;
import org.narrativelens.topics.TopicTerms;

/**
 * The topic tables: topics at a glance, topic terms in long form, and each document's dominant topic.
 */
public final class TopicTables {

    /** Fewer documents than this get no topic model (and no failure): topics of one text say nothing. */
    static final int MIN_DOCUMENTS = 2;

    private final JobParameters params;
    private final TermLabels labels;

    /** Topics with the parameters of the run, their terms shown by {@code labels}. */
    public TopicTables(JobParameters params, TermLabels labels) {
        this.params = params;
        this.labels = labels;
    }

    /** Fits the topic model on the {@code documents} analysed documents in {@code usable} and tabulates it. */
    public List<Table> build(Dataset<Row> usable, long documents) {
        return build(usable, documents, ParquetFiles.none());
    }

    /** As {@link #build(Dataset, long)}, and writes every document's topic shares to {@code data/document_topics.parquet}. */
    public List<Table> build(Dataset<Row> usable, long documents, ParquetFiles data) {
        if (documents < MIN_DOCUMENTS) {
            String why = "No topic model: the corpus has " + documents + " analysed document"
                    + (documents == 1 ? "" : "s") + "; a topic model needs at least " + MIN_DOCUMENTS + ".";
            return List.of(overviewTable(why).build(), topicsTable(why).build(), documentTopicsTable(why).column("topic_label", "the dominant topic's label")
                    .totalRows(documents).build());
        }
        WordList leftOut = params.language().topicFiller() == TopicFiller.INCLUDE
                ? WordList.of(List.of())
                : WordList.fromResource(WordList.NEWS_FILLER);
        TopicModelStage.Result model = new TopicModelStage(params, leftOut).apply(usable, documents);
        try {
            data.write("document_topics", model.documentTopics().select(DocumentSchema.DOC_ID, TopicModelStage.DOMINANT_TOPIC,
                    TopicModelStage.WEIGHT, TopicModelStage.TOPIC_WEIGHTS));
            return tables(model, documents);
        } finally {
            model.release();
        }
    }

    /** The topics with their terms as written ("talks" for the lemma talk). */
    private List<TopicTerms> written(List<TopicTerms> topics) {
        List<String> keys = topics.stream().flatMap(t -> t.terms().stream()).distinct().toList();
        Map<String, String> forms = labels.forms(keys);
        return topics.stream().map(t -> new TopicTerms(t.topic(), t.terms().stream().map(forms::get).toList(), t.weights())).toList();
    }

    private List<Table> tables(TopicModelStage.Result model, long documents) {
        List<TopicTerms> topicTerms = written(model.topics());
        Table.Builder topics = topicsTable("LDA topics (Spark MLlib, online variational Bayes, "
                + model.iterations() + " iterations, vocabulary of " + model.vocabularySize() + " terms) with their most probable terms.");
        for (TopicTerms t : topicTerms) {
            for (int i = 0; i < t.terms().size(); i++) {
                topics.row(t.topic(), t.label(), i + 1, t.terms().get(i), t.weights().get(i));
            }
        }
        Table documentTopics = TableCollector.collect(
                model.documentTopics().orderBy(DocumentSchema.DOC_ID).limit(TableLimits.REPORT_DOCUMENTS)
                        .select(DocumentSchema.DOC_ID, DocumentSchema.TITLE, TopicModelStage.DOMINANT_TOPIC, TopicModelStage.WEIGHT),
                documentTopicsTable("Each document's dominant topic and its share.").totalRows(documents));
        Map<Integer, Long> dominantCounts = new HashMap<>();
        for (Row r : model.documentTopics().groupBy(TopicModelStage.DOMINANT_TOPIC).count().collectAsList()) {
            dominantCounts.put(r.getInt(0), r.getLong(1));
        }
        Table.Builder overview = overviewTable("Each topic with its top terms and the documents it dominates.");
        for (TopicTerms t : topicTerms) {
            overview.row(t.topic(), t.label(), String.join(", ", t.terms().subList(0, Math.min(10, t.terms().size()))),
                    dominantCounts.getOrDefault(t.topic(), 0L));
        }
        List<String> topicLabels = topicTerms.stream().map(TopicTerms::label).toList();
        Table.Builder labelled = Table.builder(documentTopics.name(), documentTopics.title(), documentTopics.description());
        documentTopics.columns().forEach(labelled::column);
        labelled.column("topic_label", "the dominant topic's label");
        for (List<Object> row : documentTopics.rows()) {
            List<Object> cells = new ArrayList<>(row);
            cells.add(topicLabels.get((Integer) row.get(2)));
            labelled.row(cells);
        }
        return List.of(overview.build(), topics.build(), labelled.totalRows(documentTopics.totalRows()).build());
    }

    private static Table.Builder overviewTable(String description) {
        return Table.builder("topic_overview", "Topics at a glance", description)
                .column("topic", "topic number")
                .column("label", "the topic's top three terms")
                .column("top_terms", "its ten most probable terms")
                .barColumn("documents", "documents whose largest share is this topic");
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
