package org.narrativelens.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.narrativelens.actors.Actor;
import org.narrativelens.actors.ActorDictionary;
import org.narrativelens.actors.ActorMentionStage;
import org.narrativelens.actors.ActorType;
import org.narrativelens.annotate.AnnotatedCorpus;
import org.narrativelens.config.TimeBucket;
import org.narrativelens.corpus.AnalysedRow;
import org.narrativelens.corpus.DocumentSchema;
import org.narrativelens.report.Table;

class MentionTablesTest {

    private static final ActorDictionary ACTORS = new ActorDictionary(List.of(
            new Actor("russia", "Russia", ActorType.STATE, null, List.of(), false, null, null),
            new Actor("ukraine", "Ukraine", ActorType.STATE, null, List.of(), false, null, null)));

    private static Row doc(String id, String source, String published, String... sentences) {
        return AnalysedRow.of(id).set(DocumentSchema.SOURCE, source)
                .set(DocumentSchema.PUBLISHED, published == null ? null : java.sql.Date.valueOf(published))
                .set(DocumentSchema.SENTENCES, List.of(sentences)).row();
    }

    // a names Russia in both its sentences and Ukraine in the second, b Ukraine, c Russia.
    private final Dataset<Row> usable = AnnotatedCorpus.of(ACTORS, List.of(
            doc("a", "TASS", "2023-06-08", "Russia spoke first.", "Russia and Ukraine met."),
            doc("b", "RT", "2023-07-01", "Ukraine replied."),
            doc("c", null, null, "Russia again.")));

    private final Dataset<Row> mentions = new ActorMentionStage().apply(usable);

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
