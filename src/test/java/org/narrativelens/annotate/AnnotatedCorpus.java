package org.narrativelens.annotate;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.narrativelens.SparkTestSession;
import org.narrativelens.actors.ActorDictionary;
import org.narrativelens.corpus.DocumentSchema;
import org.narrativelens.corpus.DocumentStep;
import org.narrativelens.text.AnalysedCorpus;

/**
 * Small annotated corpora for tests: analysed documents run through {@link MentionAnnotation} with a dictionary,
 * as the job prepares its corpus, so that tests of the analyses still match the dictionary end to end.
 */
public final class AnnotatedCorpus {

    private AnnotatedCorpus() {
    }

    /** {@code analysed} ({@link DocumentSchema#ANALYSED}) annotated with {@code dictionary}'s mentions. */
    public static Dataset<Row> of(ActorDictionary dictionary, Dataset<Row> analysed) {
        return DocumentStep.run(analysed, List.of(new MentionAnnotation(dictionary)));
    }

    /** The {@link DocumentSchema#ANALYSED} rows (e.g. from {@code AnalysedRow}) annotated with {@code dictionary}'s mentions. */
    public static Dataset<Row> of(ActorDictionary dictionary, List<Row> analysed) {
        return of(dictionary, SparkTestSession.get().createDataFrame(analysed, DocumentSchema.ANALYSED));
    }

    /** Each text one document ("d0", "d1" ...), split and extracted as the job does ({@link AnalysedCorpus}), then annotated. */
    public static Dataset<Row> of(ActorDictionary dictionary, String... texts) {
        return of(dictionary, AnalysedCorpus.of(texts));
    }
}
