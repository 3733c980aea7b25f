package org.narrativelens.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.narrativelens.SparkTestSession;
import org.narrativelens.corpus.DocumentSchema;

class ActorMentionStageTest {

    private static final StructType SCHEMA = new StructType()
            .add(DocumentSchema.DOC_ID, DataTypes.StringType)
            .add(DocumentSchema.SENTENCES, DataTypes.createArrayType(DataTypes.StringType))
            .add(DocumentSchema.PUBLISHED, DataTypes.DateType)
            .add(DocumentSchema.CLEAN_TEXT, DataTypes.StringType);

    @Test
    void oneRowPerMentionWithSentenceIndexAndOffset() {
        List<Row> docs = List.of(
                RowFactory.create("d1", Arrays.asList("Washington banned Kiev.", "Nothing here.", "Peskov told NBC about us."),
                        java.sql.Date.valueOf("2023-06-08"), "Washington banned Kiev. Nothing here.\n\nPeskov told NBC about us."),
                RowFactory.create("d2", Arrays.asList(), null, ""));
        List<Row> mentions = new ActorMentionStage(ActorMatcherTest.dictionary())
                .apply(SparkTestSession.get(), SparkTestSession.get().createDataFrame(docs, SCHEMA))
                .orderBy(MentionSchema.DOC_ID, MentionSchema.SENTENCE_INDEX, MentionSchema.OFFSET)
                .collectAsList();
        assertEquals(List.of("d1/0/united_states/Washington/0/p0", "d1/0/ukraine/Kiev/18/p0", "d1/2/dmitry_peskov/Peskov/0/p1"),
                mentions.stream().map(r -> r.getString(0) + "/" + r.getInt(1) + "/" + r.getString(3) + "/"
                        + r.getString(4) + "/" + r.getInt(5) + "/p" + r.getInt(6)).toList());
        assertEquals("Peskov told NBC about us.", mentions.get(2).getString(2));
    }
}
