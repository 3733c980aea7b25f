package org.narrativelens.annotate;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.junit.jupiter.api.Test;
import org.narrativelens.SparkTestSession;
import org.narrativelens.actors.ActorDictionary;
import org.narrativelens.actors.ActorDictionaryReader;
import org.narrativelens.actors.ActorMatcher;
import org.narrativelens.actors.SurnameResolver;
import org.narrativelens.config.ActorRollup;
import org.narrativelens.config.CooccurrenceWindow;
import org.narrativelens.config.DateOrder;
import org.narrativelens.config.TimeBucket;
import org.narrativelens.corpus.CleaningStage;
import org.narrativelens.corpus.DocumentSchema;
import org.narrativelens.corpus.DocumentStatus;
import org.narrativelens.corpus.DocumentStep;
import org.narrativelens.report.Table;
import org.narrativelens.tables.ActorProfileTables;
import org.narrativelens.tables.ActorTables;
import org.narrativelens.tables.StatementTables;
import org.narrativelens.tables.UnknownActorTables;
import org.narrativelens.text.TermRules;
import org.narrativelens.text.TextAnalysisStage;
import org.narrativelens.topics.TopicModelStage;

/**
 * Annotate once: a corpus prepared as the job prepares it (cleaned, analysed and annotated in one map, then
 * cached), with a matcher that records every sentence it is asked about, and then the whole of the analyses
 * that read actor mentions (actors with co-occurrence, profiles and actor topics; attribution; unknown actors).
 * Every sentence of the corpus is matched exactly once.
 */
class MatchedOnceTest {

    private static Row raw(String id, String published, String text) {
        return RowFactory.create(id, null, null, published == null ? null : java.sql.Date.valueOf(published), null,
                "file:/c/" + id + ".txt", text, null, null, null);
    }

    @Test
    void eachSentenceIsMatchedOnceForTheActorAttributionAndUnknownActorAnalyses() {
        SparkSession spark = SparkTestSession.get();
        ActorDictionary dictionary = new ActorDictionaryReader().readDefault();
        CollectionAccumulator<String> asked = spark.sparkContext().collectionAccumulator("sentences matched");
        ActorMatcher matcher = new ActorMatcher(dictionary);
        MentionAnnotation counting = new MentionAnnotation((sentence, date) -> {
            asked.add(sentence);
            return matcher.find(sentence, date);
        }, new SurnameResolver(dictionary));
        Dataset<Row> raw = spark.createDataFrame(List.of(
                raw("d0", "2023-06-08", "Talks stall\n\nKremlin spokesman Dmitry Peskov said Washington is prolonging the war. "
                        + "Peskov accused the US of lying. Gordon Brown met officials in Kiev."),
                raw("d1", null, "NATO grows\n\nDmitry Peskov said NATO was expanding. Gordon Brown said London would help Ukraine."),
                raw("d2", null, "")), DocumentSchema.RAW);
        // As AnalysisPipeline.readAndClean: one fused map, cached, counted once.
        Dataset<Row> prepared = DocumentStep.run(raw, List.of(new CleaningStage(DateOrder.MDY, 1_000_000),
                new TextAnalysisStage(TermRules.english()), counting)).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            assertEquals(3, prepared.count());
            Dataset<Row> usable = prepared.where(col(DocumentSchema.STATUS).equalTo(DocumentStatus.ANALYSED.value()));

            ActorTables.Result actors = new ActorTables(dictionary, CooccurrenceWindow.SENTENCE, 50, 1, ActorRollup.NONE,
                    TimeBucket.MONTH, TermRules.english()).build(spark, usable);
            List<Table> statements = new StatementTables(dictionary).build(spark, usable);
            Table unknown = new UnknownActorTables().build(usable);
            Table actorTopics = new ActorProfileTables(dictionary, 50).topics(usable, spark.createDataFrame(List.of(
                    RowFactory.create("d0", List.of(1.0)), RowFactory.create("d1", List.of(1.0))), new StructType()
                    .add(DocumentSchema.DOC_ID, DataTypes.StringType)
                    .add(TopicModelStage.DISTRIBUTION, DataTypes.createArrayType(DataTypes.DoubleType))), List.of("talks"));
            // The analyses had mentions to work on: the count below is not that of an empty run.
            assertTrue(actors.tables().get(0).totalRows() >= 4, "actors: " + actors.tables().get(0).rows());
            assertFalse(statements.get(0).rows().isEmpty(), "statements");
            assertEquals("Gordon Brown", unknown.rows().get(0).get(0));
            assertFalse(actorTopics.rows().isEmpty(), "actor topics");

            List<String> sentences = new ArrayList<>();
            for (Row r : prepared.select(DocumentSchema.SENTENCES).collectAsList()) {
                sentences.addAll(r.getList(0));
            }
            List<String> matched = new ArrayList<>(asked.value());
            sentences.sort(null);
            matched.sort(null);
            assertEquals(5, sentences.size(), "the fixture's sentences: " + sentences);
            assertEquals(sentences, matched, "each sentence matched once");
        } finally {
            prepared.unpersist();
        }
    }
}
