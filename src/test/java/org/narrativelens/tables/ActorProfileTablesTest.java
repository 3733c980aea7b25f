package org.narrativelens.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.narrativelens.SparkTestSession;
import org.narrativelens.actors.Actor;
import org.narrativelens.actors.ActorDictionary;
import org.narrativelens.actors.ActorMentionStage;
import org.narrativelens.actors.ActorType;
import org.narrativelens.actors.CooccurrenceStage;
import org.narrativelens.annotate.AnnotatedCorpus;
import org.narrativelens.config.CooccurrenceWindow;
import org.narrativelens.corpus.DocumentSchema;
import org.narrativelens.report.Table;
import org.narrativelens.text.TermRules;
import org.narrativelens.topics.TopicModelStage;

/** The profile tables on a corpus of three documents, small enough to count by hand. */
class ActorProfileTablesTest {

    private static final ActorDictionary ACTORS = new ActorDictionary(List.of(
            new Actor("russia", "Russia", ActorType.STATE, null, List.of("Moscow"), false, null, null),
            new Actor("ukraine", "Ukraine", ActorType.STATE, null, List.of(), false, null, null)));

    // Russia is named in d0 twice and d1 once (as Moscow), Ukraine in each document once: a tie, broken by id.
    private final Dataset<Row> usable = AnnotatedCorpus.of(ACTORS,
            "Russia accused Ukraine of shelling. Russia denied shelling near the border. The weather was fine today.",
            "Moscow warned about shelling again. Ukraine said the border was calm. Weather reports said rain.",
            "Markets rose. Weather was calm. Ukraine exported grain.");
    private final Dataset<Row> mentions = new ActorMentionStage().apply(usable);
    private final ActorProfileTables profiles = new ActorProfileTables(ACTORS, 50);

    private static List<List<Object>> rowsOf(Table table, String actorId) {
        return table.rows().stream().filter(r -> r.get(0).equals(actorId)).toList();
    }

    @Test
    void theProfiledActorsAreTheMostNamedInTheActorsTablesOrder() {
        assertEquals(List.of("russia", "ukraine"), profiles.actors(mentions));
        assertEquals(List.of("russia"), new ActorProfileTables(ACTORS, 1).actors(mentions), "--top-n bounds the profiles");
    }

    @Test
    void termsNearAnActorLeaveOutActorNamesFillerAndTermsSeenOnce() {
        Table terms = profiles.terms(mentions, usable, List.of("russia", "ukraine"), TermRules.english());
        assertEquals(List.of("actor_id", "actor", "rank", "term", "count", "corpus_count", "ratio", "g2"), terms.columnNames());
        List<List<Object>> russia = rowsOf(terms, "russia");
        // "shelling" is in the three sentences naming Russia and nowhere else.
        assertEquals("shelling", russia.get(0).get(3));
        assertEquals(3L, russia.get(0).get(4));
        assertEquals(3L, russia.get(0).get(5));
        assertTrue(((Double) russia.get(0).get(6)) > 1, "over-represented: " + russia.get(0));
        assertTrue(((Double) russia.get(0).get(7)) > 0, "G2 measured: " + russia.get(0));
        for (List<Object> row : terms.rows()) {
            assertFalse(Set.of("russia", "moscow", "ukraine", "said", "accused").contains(row.get(3)), "a name or filler listed: " + row);
            assertTrue((Long) row.get(4) >= ActorProfileTables.MIN_TERM_COUNT, "seen once: " + row);
            assertTrue(((Double) row.get(6)) > 1, "not over-represented: " + row);
        }
        assertEquals(Table.Link.toActor("Russia", "russia"), russia.get(0).get(1), "the actor links to its page");
    }

    @Test
    void partnersAreRankedAndLinkToEvidenceOnlyWhereItIsListed() {
        Dataset<Row> pairs = new CooccurrenceStage().apply(mentions, CooccurrenceWindow.SENTENCE, 9, 1).pairs();
        Table withEvidence = profiles.partners(pairs, List.of("russia", "ukraine"), Set.of("russia\tukraine"), "sentences");
        assertEquals(List.of(List.of("russia", Table.Link.toActor("Russia", "russia"), 1, Table.Link.toActor("Ukraine", "ukraine"),
                        Table.Link.toRow(1L, "actor_evidence", "Russia", "Ukraine")),
                List.of("ukraine", Table.Link.toActor("Ukraine", "ukraine"), 1, Table.Link.toActor("Russia", "russia"),
                        Table.Link.toRow(1L, "actor_evidence", "Russia", "Ukraine"))),
                withEvidence.rows().stream().map(r -> r.subList(0, 5)).toList());
        Table without = profiles.partners(pairs, List.of("russia"), Set.of(), "sentences");
        assertEquals(1L, without.rows().get(0).get(4), "no evidence listed, no link");
    }

    @Test
    void documentsNamingAnActorMostComeFirst() {
        Table documents = profiles.documents(mentions, usable, List.of("russia"));
        assertEquals(List.of(List.of("d0", 2L), List.of("d1", 1L)),
                documents.rows().stream().map(r -> List.of(r.get(3), r.get(6))).toList());
        assertEquals(List.of(1, 2), documents.rows().stream().map(r -> r.get(2)).toList());
    }

    @Test
    void topicsOfAnActorAreMeanSharesOverItsDocumentsBesideTheCorpus() {
        Dataset<Row> documentTopics = SparkTestSession.get().createDataFrame(List.of(
                RowFactory.create("d0", List.of(0.9, 0.1)), RowFactory.create("d1", List.of(0.5, 0.5)),
                RowFactory.create("d2", List.of(0.0, 1.0))), new StructType()
                .add(DocumentSchema.DOC_ID, DataTypes.StringType)
                .add(TopicModelStage.DISTRIBUTION, DataTypes.createArrayType(DataTypes.DoubleType)));
        Table topics = profiles.topics(usable, documentTopics, List.of("war / shelling", "weather / calm"));
        // Russia: d0 and d1, topic 0 = (0.9 + 0.5) / 2; the corpus: (0.9 + 0.5 + 0.0) / 3.
        assertEquals(List.of(List.of("russia", 1, 0, "war / shelling", 2L, 0.7, 0.467), List.of("russia", 2, 1, "weather / calm", 2L, 0.3, 0.533)),
                rowsOf(topics, "russia").stream().map(r -> List.of(r.get(0), r.get(2), r.get(3), r.get(4), r.get(5), r.get(6), r.get(7))).toList());
        assertEquals(List.of(1, 0), rowsOf(topics, "ukraine").stream().map(r -> r.get(3)).toList(), "d2 tips Ukraine to weather");
    }
}
