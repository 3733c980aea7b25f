package org.narrativelens.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.narrativelens.SparkTestSession;
import org.narrativelens.actors.ActorDictionary;
import org.narrativelens.actors.ActorDictionaryReader;
import org.narrativelens.annotate.AnnotatedCorpus;
import org.narrativelens.corpus.AnalysedRow;
import org.narrativelens.corpus.DocumentSchema;

class AttributionStageTest {

    @Test
    void oneRowPerStatementWithItsDocumentSentenceSpeakerAndTargets() {
        ActorDictionary dictionary = new ActorDictionaryReader().readDefault();
        List<Row> docs = List.of(
                AnalysedRow.of("d1").set(DocumentSchema.SENTENCES, List.of("Nothing said here.",
                                "Kremlin spokesman Dmitry Peskov said Kiev could end the war.", "\"Washington is to blame,\" he added."))
                        .set(DocumentSchema.PUBLISHED, java.sql.Date.valueOf("2023-06-08")).row(),
                AnalysedRow.of("d2").row());
        List<Row> rows = new AttributionStage(dictionary)
                .apply(SparkTestSession.get(), AnnotatedCorpus.of(dictionary, docs))
                .orderBy(StatementSchema.DOC_ID, StatementSchema.SENTENCE_INDEX).collectAsList();
        assertEquals(List.of("d1/1/dmitry_peskov/said/other/reported/[ukraine]", "d1/2/dmitry_peskov/added/other/quote/[united_states]"),
                rows.stream().map(r -> r.getString(0) + "/" + r.getInt(1) + "/" + r.getString(3) + "/" + r.getString(5) + "/"
                        + r.getString(6) + "/" + r.getString(7) + "/" + r.getList(9)).toList());
        assertEquals("\"Washington is to blame,\" he added.", rows.get(1).getString(2));
        assertEquals("he", rows.get(1).getString(4));
        assertTrue(rows.get(1).getString(8).startsWith("\"Washington is to blame"));
    }
}
