package org.narrativelens.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.narrativelens.annotate.AnnotatedCorpus;
import org.narrativelens.corpus.AnalysedRow;
import org.narrativelens.corpus.DocumentSchema;

class ActorMentionStageTest {

    @Test
    void oneRowPerMentionWithSentenceIndexAndOffset() {
        List<Row> docs = List.of(
                AnalysedRow.of("d1")
                        .set(DocumentSchema.SENTENCES, List.of("Washington banned Kiev.", "Nothing here.", "Peskov told NBC about us."))
                        .set(DocumentSchema.PUBLISHED, java.sql.Date.valueOf("2023-06-08"))
                        .set(DocumentSchema.CLEAN_TEXT, "Washington banned Kiev. Nothing here.\n\nPeskov told NBC about us.").row(),
                AnalysedRow.of("d2").set(DocumentSchema.CLEAN_TEXT, "").row());
        List<Row> mentions = new ActorMentionStage()
                .apply(AnnotatedCorpus.of(ActorMatcherTest.dictionary(), docs))
                .orderBy(MentionSchema.DOC_ID, MentionSchema.SENTENCE_INDEX, MentionSchema.OFFSET)
                .collectAsList();
        assertEquals(List.of("d1/0/united_states/Washington/0/p0", "d1/0/ukraine/Kiev/18/p0", "d1/2/dmitry_peskov/Peskov/0/p1"),
                mentions.stream().map(r -> r.getString(0) + "/" + r.getInt(1) + "/" + r.getString(3) + "/"
                        + r.getString(4) + "/" + r.getInt(5) + "/p" + r.getInt(6)).toList());
        assertEquals("Peskov told NBC about us.", mentions.get(2).getString(2));
    }
}
