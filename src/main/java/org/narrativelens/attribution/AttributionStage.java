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
import org.narrativelens.actors.ActorMatcher;
import org.narrativelens.actors.ActorMention;
import org.narrativelens.actors.ActorMentionStage;
import org.narrativelens.actors.SurnameResolver;
import org.narrativelens.corpus.DocumentSchema;
import org.narrativelens.corpus.SparkValues;

/**
 * Spark stage: the attributed statements of every analysed document, one {@link StatementSchema} row per
 * statement. Each document is handled whole (pronouns and roles refer back across its sentences): its actors
 * are found as the actor stage finds them, then {@link StatementFinder} runs on its sentences. Matcher,
 * surname rule and finder are broadcast once.
 */
public final class AttributionStage {

    private final ActorDictionary dictionary;

    public AttributionStage(ActorDictionary dictionary) {
        this.dictionary = java.util.Objects.requireNonNull(dictionary, "dictionary");
    }

    /** Needs {@link DocumentSchema#DOC_ID}, {@link DocumentSchema#SENTENCES} and {@link DocumentSchema#PUBLISHED}. */
    public Dataset<Row> apply(SparkSession spark, Dataset<Row> analysed) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<ActorMatcher> matcher = context.broadcast(new ActorMatcher(dictionary));
        Broadcast<SurnameResolver> surnames = context.broadcast(new SurnameResolver(dictionary));
        Broadcast<StatementFinder> finder = context.broadcast(StatementFinder.english(dictionary));
        return analysed.select(DocumentSchema.DOC_ID, DocumentSchema.SENTENCES, DocumentSchema.PUBLISHED)
                .flatMap((FlatMapFunction<Row, Row>) row -> statements(row, matcher.value(), surnames.value(), finder.value()),
                        Encoders.row(StatementSchema.SCHEMA));
    }

    static Iterator<Row> statements(Row row, ActorMatcher matcher, SurnameResolver surnames, StatementFinder finder) {
        String docId = row.getString(0);
        List<String> sentences = row.getList(1);
        java.time.LocalDate date = row.isNullAt(2) ? null : row.getDate(2).toLocalDate();
        List<List<ActorMention>> mentions = ActorMentionStage.inDocument(sentences, date, matcher, surnames);
        List<Row> out = new ArrayList<>();
        for (Statement s : finder.find(sentences, mentions)) {
            out.add(RowFactory.create(docId, s.sentence(), sentences.get(s.sentence()), s.speakerId(), s.speakerText(), s.verb(),
                    s.cue().label(), s.kind().label(), s.claim(), SparkValues.seq(s.targets())));
        }
        return out.iterator();
    }
}
