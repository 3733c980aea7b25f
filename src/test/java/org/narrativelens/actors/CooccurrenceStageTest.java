package org.narrativelens.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.narrativelens.SparkTestSession;
import org.narrativelens.config.CooccurrenceWindow;

class CooccurrenceStageTest {

    private static Dataset<Row> mentions(Object[]... rows) {
        List<Row> list = java.util.Arrays.stream(rows).map(RowFactory::create).toList();
        return SparkTestSession.get().createDataFrame(list, MentionSchema.SCHEMA);
    }

    private static List<String> pairs(Dataset<Row> result) {
        return result.orderBy(CooccurrenceStage.ACTOR_A, CooccurrenceStage.ACTOR_B).collectAsList().stream()
                .map(r -> r.getString(0) + "+" + r.getString(1) + ":" + r.getLong(2) + "/" + r.getLong(3) + " " + r.getString(5))
                .toList();
    }

    private final Dataset<Row> mentions = mentions(
            new Object[] {"d1", 0, "US and UK and the US again", "us", "US", 0},
            new Object[] {"d1", 0, "US and UK and the US again", "uk", "UK", 7},
            new Object[] {"d1", 0, "US and UK and the US again", "us", "US", 18},
            new Object[] {"d1", 1, "Russia alone", "ru", "Russia", 0},
            new Object[] {"d1", 2, "UK and US", "uk", "UK", 0},
            new Object[] {"d1", 2, "UK and US", "us", "US", 7},
            new Object[] {"d2", 0, "Russia and the UK", "ru", "Russia", 0},
            new Object[] {"d2", 0, "Russia and the UK", "uk", "UK", 15});

    @Test
    void eachPairCountsOncePerSentence() {
        assertEquals(List.of("ru+uk:1/1 Russia and the UK", "uk+us:2/1 US and UK and the US again"),
                pairs(new CooccurrenceStage().apply(mentions, CooccurrenceWindow.SENTENCE)));
    }

    @Test
    void documentWindowsJoinSentencesOfOneDocument() {
        List<String> p = pairs(new CooccurrenceStage().apply(mentions, CooccurrenceWindow.DOCUMENT));
        assertEquals(List.of("ru+uk:2/2", "ru+us:1/1", "uk+us:1/1"), p.stream().map(s -> s.substring(0, s.indexOf(' '))).toList());
    }

    @Test
    void noMentionsNoPairs() {
        assertEquals(List.of(), pairs(new CooccurrenceStage().apply(mentions(), CooccurrenceWindow.SENTENCE)));
    }
}
