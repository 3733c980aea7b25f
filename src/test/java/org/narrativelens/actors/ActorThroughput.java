package org.narrativelens.actors;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.narrativelens.annotate.MentionAnnotation;
import org.narrativelens.config.ColumnMapping;
import org.narrativelens.config.CooccurrenceWindow;
import org.narrativelens.config.DateOrder;
import org.narrativelens.config.InputFormat;
import org.narrativelens.corpus.CleaningStage;
import org.narrativelens.corpus.CorpusReader;
import org.narrativelens.corpus.DocumentSchema;
import org.narrativelens.corpus.DocumentStatus;
import org.narrativelens.corpus.DocumentStep;
import org.narrativelens.text.TermRules;
import org.narrativelens.text.TextAnalysisStage;

/**
 * Benchmark, not a test (run by {@code scripts/bench-actors.sh}): the throughput of the actor stages on a
 * corpus read, cleaned and cached first, in sentences per second, each stage timed alone, {@code runs} times
 * in one local Spark session, median printed. The stages: finding the mentions (the annotation of the prepared
 * corpus and the mention rows read from it, counted, cached), the pairs
 * of the sentence windows with their statistics (from the cached mentions), and the search for unknown
 * actors (part-of-speech tagging).
 *
 * <pre>{@code
 * ActorThroughput <input> [runs]
 * }</pre>
 */
public final class ActorThroughput {

    private ActorThroughput() {
    }

    public static void main(String[] args) {
        String input = args[0];
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        SparkSession spark = SparkSession.builder().master("local[*]").appName("actor-throughput")
                .config("spark.ui.enabled", "false").getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        Dataset<Row> raw = new CorpusReader().read(spark, input, InputFormat.AUTO, ColumnMapping.DEFAULT, null, 1_000_000);
        Dataset<Row> docs = DocumentStep.run(raw, List.of(new CleaningStage(DateOrder.MDY, 1_000_000),
                        new TextAnalysisStage(TermRules.english())))
                .where(col(DocumentSchema.STATUS).equalTo(DocumentStatus.ANALYSED.value()))
                .persist(StorageLevel.MEMORY_AND_DISK());
        long documents = docs.count();
        long sentences = docs.agg(sum(size(col(DocumentSchema.SENTENCES)))).first().getLong(0);
        System.out.printf(Locale.ROOT, "%s: %d documents, %d sentences, %d cores%n", input, documents, sentences,
                Runtime.getRuntime().availableProcessors());
        ActorDictionary dictionary = new ActorDictionaryReader().readDefault();
        List<Double> mentionTimes = new ArrayList<>();
        List<Double> pairTimes = new ArrayList<>();
        List<Double> unknownTimes = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            Dataset<Row> annotated = DocumentStep.run(docs, List.of(new MentionAnnotation(dictionary))).persist(StorageLevel.MEMORY_AND_DISK());
            Dataset<Row> mentions = new ActorMentionStage().apply(annotated).persist(StorageLevel.MEMORY_AND_DISK());
            long found = mentions.count();
            long t1 = System.nanoTime();
            long pairs = new CooccurrenceStage().apply(mentions, CooccurrenceWindow.SENTENCE, sentences, 1).pairs().count();
            long t2 = System.nanoTime();
            mentions.unpersist(true);
            long names = new UnknownActorStage(2).apply(annotated).count();
            annotated.unpersist(true);
            long t3 = System.nanoTime();
            mentionTimes.add((t1 - t0) / 1e9);
            pairTimes.add((t2 - t1) / 1e9);
            unknownTimes.add((t3 - t2) / 1e9);
            System.out.printf(Locale.ROOT, "run %d: mentions %.2f s (%d), co-occurrence %.2f s (%d pairs), unknown actors %.2f s (%d names)%n",
                    i + 1, mentionTimes.get(i), found, pairTimes.get(i), pairs, unknownTimes.get(i), names);
        }
        report("mentions", mentionTimes, sentences);
        report("co-occurrence", pairTimes, sentences);
        report("unknown actors", unknownTimes, sentences);
        spark.stop();
    }

    private static void report(String stage, List<Double> times, long sentences) {
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        double median = sorted.get(sorted.size() / 2);
        System.out.printf(Locale.ROOT, "%-15s median %.2f s of %s = %,.0f sentences/s%n", stage, median,
                times.stream().map(t -> String.format(Locale.ROOT, "%.2f", t)).toList(), sentences / median);
    }
}
