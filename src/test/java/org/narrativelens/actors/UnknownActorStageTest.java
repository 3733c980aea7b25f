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

class UnknownActorStageTest {

    private static final StructType SCHEMA = new StructType()
            .add(DocumentSchema.DOC_ID, DataTypes.StringType)
            .add(DocumentSchema.SENTENCES, DataTypes.createArrayType(DataTypes.StringType))
            .add(DocumentSchema.PUBLISHED, DataTypes.DateType);

    private static List<String> found(List<Row> docs) {
        return new UnknownActorStage(ActorMatcherTest.dictionary(), 2)
                .apply(SparkTestSession.get(), SparkTestSession.get().createDataFrame(docs, SCHEMA))
                .orderBy(UnknownActorStage.NAME).collectAsList().stream()
                .map(r -> r.getString(0) + " " + r.getLong(1) + "/" + r.getLong(2) + " " + r.getString(3) + ": " + r.getString(4))
                .toList();
    }

    @Test
    void namesAreCountedOverTheCorpusWithTheirFirstSentence() {
        List<Row> docs = List.of(
                RowFactory.create("d2", Arrays.asList("Washington said Gordon Brown met Labour leaders on trade."), null),
                RowFactory.create("d1", Arrays.asList("Officials said Gordon Brown would speak in Moscow.",
                        "The talks with Gordon Brown went on.", "Officials said Labour members feared for the labour market."), null),
                RowFactory.create("d3", Arrays.asList("Analysts said Kiev wanted Labour to act."), null));
        // "Labour" is also written in lower case in one of its two documents: a common word, left out.
        assertEquals(List.of("Gordon Brown 3/2 d1: Officials said Gordon Brown would speak in Moscow."), found(docs));
        List<Row> withoutLowerCase = List.of(docs.get(0), docs.get(2));  // without d1
        assertEquals(List.of("Labour 2/2 d2: Washington said Gordon Brown met Labour leaders on trade."), found(withoutLowerCase));
    }
}
