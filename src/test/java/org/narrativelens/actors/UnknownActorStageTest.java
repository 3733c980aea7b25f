package org.narrativelens.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.narrativelens.annotate.AnnotatedCorpus;
import org.narrativelens.corpus.AnalysedRow;
import org.narrativelens.corpus.DocumentSchema;

class UnknownActorStageTest {

    private static Row doc(String id, String... sentences) {
        return AnalysedRow.of(id).set(DocumentSchema.SENTENCES, List.of(sentences)).row();
    }

    private static List<String> found(List<Row> docs) {
        return new UnknownActorStage(2)
                .apply(AnnotatedCorpus.of(ActorMatcherTest.dictionary(), docs))
                .orderBy(UnknownActorStage.NAME).collectAsList().stream()
                .map(r -> r.getString(0) + " " + r.getLong(1) + "/" + r.getLong(2) + " " + r.getString(3) + ": " + r.getString(4))
                .toList();
    }

    @Test
    void namesAreCountedOverTheCorpusWithTheirFirstSentence() {
        List<Row> docs = List.of(
                doc("d2", "Washington said Gordon Brown met Labour leaders on trade."),
                doc("d1", "Officials said Gordon Brown would speak in Moscow.",
                        "The talks with Gordon Brown went on.", "Officials said Labour members feared for the labour market."),
                doc("d3", "Analysts said Kiev wanted Labour to act."));
        // "Labour" is also written in lower case in one of its two documents: a common word, left out.
        assertEquals(List.of("Gordon Brown 3/2 d1: Officials said Gordon Brown would speak in Moscow."), found(docs));
        List<Row> withoutLowerCase = List.of(docs.get(0), docs.get(2));  // without d1
        assertEquals(List.of("Labour 2/2 d2: Washington said Gordon Brown met Labour leaders on trade."), found(withoutLowerCase));
    }
}
