package org.narrativelens.actors;

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
import org.narrativelens.corpus.DocumentSchema;
import org.narrativelens.text.SentenceSplitter;

/**
 * Spark stage: finds the dictionary's actors in every sentence of the analysed documents, giving one
 * {@link MentionSchema} row per mention, entries outside their validity dates left out for dated
 * documents, surnames alone resolved by {@link SurnameResolver}. The matcher is broadcast once, not shipped with every task.
 */
public final class ActorMentionStage {

    private final ActorDictionary dictionary;

    public ActorMentionStage(ActorDictionary dictionary) {
        this.dictionary = java.util.Objects.requireNonNull(dictionary, "dictionary");
    }

    public Dataset<Row> apply(SparkSession spark, Dataset<Row> analysed) {
        Broadcast<ActorMatcher> matcher =
                JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(new ActorMatcher(dictionary));
        Broadcast<SurnameResolver> surnames =
                JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(new SurnameResolver(dictionary));
        return analysed.select(DocumentSchema.DOC_ID, DocumentSchema.SENTENCES, DocumentSchema.PUBLISHED, DocumentSchema.CLEAN_TEXT)
                .flatMap((FlatMapFunction<Row, Row>) row -> mentions(row, matcher.value(), surnames.value()),
                        Encoders.row(MentionSchema.SCHEMA));
    }

    static Iterator<Row> mentions(Row row, ActorMatcher matcher, SurnameResolver surnames) {
        String docId = row.getString(0);
        List<String> sentences = row.getList(1);
        List<List<ActorMention>> resolved = resolved(sentences, row.isNullAt(2) ? null : row.getDate(2), matcher, surnames);
        int[] paragraphs = SentenceSplitter.paragraphs(row.isNullAt(3) ? null : row.getString(3), sentences);
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            for (ActorMention m : resolved.get(i)) {
                out.add(RowFactory.create(docId, i, sentences.get(i), m.actorId(), m.matched(), m.offset(), paragraphs[i]));
            }
        }
        return out.iterator();
    }

    /** The actors named in each of a document's {@code sentences}, published on {@code published} (may be null). */
    static List<List<ActorMention>> resolved(List<String> sentences, java.sql.Date published, ActorMatcher matcher,
                                             SurnameResolver surnames) {
        return inDocument(sentences, published == null ? null : published.toLocalDate(), matcher, surnames);
    }

    /** The actor mentions of each sentence of one document published on {@code date} (may be null), surnames resolved. */
    public static List<List<ActorMention>> inDocument(List<String> sentences, java.time.LocalDate date, ActorMatcher matcher,
                                                     SurnameResolver surnames) {
        List<List<ActorMention>> found = new ArrayList<>(sentences.size());
        for (String sentence : sentences) {
            found.add(matcher.find(sentence, date));
        }
        // Surnames alone are resolved against the whole document: "Patrushev" after "Nikolay Patrushev".
        return surnames.resolve(sentences, found);
    }
}
