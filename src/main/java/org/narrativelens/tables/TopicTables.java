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

    private final JobParameters params;
    private final TermLabels labels;

    /** Topics with the parameters of the run, their terms shown by {@code labels}. */
    public TopicTables(JobParameters params, TermLabels labels) {
        this.params = params;
        this.labels = labels;
    }

    /** Fits the topic model on the {@code documents} analysed documents in {@code usable} and tabulates it. */
    public List<Table> build(Dataset<Row> usable, long documents) {
        WordList leftOut = params.language().topicFiller() == TopicFiller.INCLUDE
                ? WordList.of(List.of())
                : WordList.fromResource(WordList.NEWS_FILLER);
        TopicModelStage.Result model = new TopicModelStage(params, leftOut).apply(usable, documents);
        try {
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
        Table.Builder topics = Table.builder("topics", "Topics", "LDA topics (Spark MLlib, online variational Bayes, "
                        + model.iterations() + " iterations, vocabulary of " + model.vocabularySize()
                        + " terms) with their most probable terms.")
                .column("topic", "topic number")
                .column("label", "the topic's top three terms")
                .column("rank", "1 = most probable term")
                .column("term", "the term")
                .column("weight", "probability of the term in the topic");
        for (TopicTerms t : topicTerms) {
            for (int i = 0; i < t.terms().size(); i++) {
                topics.row(t.topic(), t.label(), i + 1, t.terms().get(i), t.weights().get(i));
            }
        }
        Table documentTopics = TableCollector.collect(
                model.documentTopics().orderBy(DocumentSchema.DOC_ID).limit(TableLimits.REPORT_DOCUMENTS),
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
}
