package org.narrativelens.attribution;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.narrativelens.actors.ActorDictionary;
import org.narrativelens.actors.DocumentMentions;
import org.narrativelens.corpus.DocumentSchema;
import org.narrativelens.corpus.SparkValues;

/**
 * Spark stage: the attributed statements of every analysed document, one {@link StatementSchema} row per
 * statement. Each document is handled whole (pronouns and roles refer back across its sentences):
 * {@link StatementFinder} runs on its sentences and the actors the annotation found in them
 * ({@link DocumentSchema#ACTOR_MENTIONS}). The finder is broadcast once.
 */
public final class AttributionStage {

    private final ActorDictionary dictionary;

    public AttributionStage(ActorDictionary dictionary) {
        this.dictionary = java.util.Objects.requireNonNull(dictionary, "dictionary");
    }

    /** Needs {@link DocumentSchema#DOC_ID}, {@link DocumentSchema#SENTENCES} and {@link DocumentSchema#ACTOR_MENTIONS}. */
    public Dataset<Row> apply(SparkSession spark, Dataset<Row> annotated) {
        Broadcast<StatementFinder> finder =
                JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(StatementFinder.english(dictionary));
        return annotated.select(DocumentSchema.DOC_ID, DocumentSchema.SENTENCES, DocumentSchema.ACTOR_MENTIONS)
                .flatMap((FlatMapFunction<Row, Row>) row -> statements(DocumentMentions.of(row), finder.value()),
                        Encoders.row(StatementSchema.SCHEMA));
    }

    static Iterator<Row> statements(DocumentMentions document, StatementFinder finder) {
        List<String> sentences = document.sentences();
        List<Row> out = new ArrayList<>();
        for (Statement s : finder.find(sentences, document.mentions())) {
            out.add(RowFactory.create(document.docId(), s.sentence(), sentences.get(s.sentence()), s.speakerId(), s.speakerText(), s.verb(),
                    s.cue().label(), s.kind().label(), s.claim(), SparkValues.seq(s.targets())));
        }
        return out.iterator();
    }
}
