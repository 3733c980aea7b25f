package org.narrativelens.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.narrativelens.SparkTestSession;
import org.narrativelens.actors.Actor;
import org.narrativelens.actors.ActorDictionary;
import org.narrativelens.actors.ActorType;
import org.narrativelens.actors.MentionSchema;
import org.narrativelens.config.TimeBucket;
import org.narrativelens.corpus.DocumentSchema;
import org.narrativelens.report.Table;

class MentionTablesTest {

    private static final ActorDictionary ACTORS = new ActorDictionary(List.of(
            new Actor("russia", "Russia", ActorType.STATE, null, List.of(), false, null, null),
            new Actor("ukraine", "Ukraine", ActorType.STATE, null, List.of(), false, null, null)));

    private static Object[] mention(String doc, int sentence, String actor) {
        return new Object[] {doc, sentence, "s", actor, actor, 0, 0};
    }

    private final Dataset<Row> mentions = SparkTestSession.get().createDataFrame(java.util.Arrays.stream(new Object[][] {
            mention("a", 0, "russia"), mention("a", 1, "russia"), mention("a", 1, "ukraine"),
            mention("b", 0, "ukraine"), mention("c", 0, "russia")}).map(RowFactory::create).toList(), MentionSchema.SCHEMA);

    private final Dataset<Row> usable = SparkTestSession.get().createDataFrame(List.of(
            RowFactory.create("a", "TASS", java.sql.Date.valueOf("2023-06-08")),
            RowFactory.create("b", "RT", java.sql.Date.valueOf("2023-07-01")),
            RowFactory.create("c", null, null)), new StructType()
            .add(DocumentSchema.DOC_ID, DataTypes.StringType)
            .add(DocumentSchema.SOURCE, DataTypes.StringType)
            .add(DocumentSchema.PUBLISHED, DataTypes.DateType));

    private Table table(String name) {
        return new MentionTables(ACTORS, TimeBucket.MONTH).build(mentions, usable).stream()
                .filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void mentionsPerDocumentAndActor() {
        assertEquals(List.of(List.of("a", "russia", "Russia", 2L), List.of("a", "ukraine", "Ukraine", 1L),
                List.of("b", "ukraine", "Ukraine", 1L), List.of("c", "russia", "Russia", 1L)), table("actors_by_document").rows());
    }

    @Test
    void actorsByPeriodLeaveUndatedDocumentsOutAndSaySo() {
        Table byPeriod = table("actors_by_period");
        assertEquals(List.of(List.of("2023-06", 1, "Russia", 2L, 1L), List.of("2023-06", 2, "Ukraine", 1L, 1L),
                List.of("2023-07", 1, "Ukraine", 1L, 1L)), byPeriod.rows());
        assertTrue(byPeriod.description().contains("1 undated document is left out"), byPeriod.description());
    }

    @Test
    void actorsBySourceCountDocumentsWithoutSourceApart() {
        assertEquals(List.of(List.of("(no source)", 1, "Russia", 1L, 1L), List.of("RT", 1, "Ukraine", 1L, 1L),
                List.of("TASS", 1, "Russia", 2L, 1L), List.of("TASS", 2, "Ukraine", 1L, 1L)), table("actors_by_source").rows());
    }
}
