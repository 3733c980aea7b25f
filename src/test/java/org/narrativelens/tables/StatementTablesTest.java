package org.narrativelens.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.narrativelens.SparkTestSession;
import org.narrativelens.actors.ActorDictionary;
import org.narrativelens.actors.ActorDictionaryReader;
import org.narrativelens.annotate.AnnotatedCorpus;
import org.narrativelens.report.Table;

/** The statement tables on two short documents: the edges and the statements behind them. */
class StatementTablesTest {

    private static final ActorDictionary ACTORS = new ActorDictionaryReader().readDefault();

    private final List<Table> tables = new StatementTables(ACTORS).build(SparkTestSession.get(),
            AnnotatedCorpus.of(ACTORS,
                    "Kremlin spokesman Dmitry Peskov said Washington is prolonging the war. Peskov accused the US of lying.",
                    "Dmitry Peskov said NATO was expanding. Peskov said the US wants more weapons sent."));

    private Table table(String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void everyEdgeLinksToItsStatementsTellingCuesFirstThenInDocumentOrder() {
        Table edges = table("statement_edges");
        assertEquals(List.of("dmitry_peskov\tunited_states\t3", "dmitry_peskov\tnato\t1"),
                edges.rows().stream().map(r -> r.get(0) + "\t" + r.get(2) + "\t" + Table.Link.unwrap(r.get(4))).toList());
        assertEquals(Table.Link.toRow(3L, "statement_evidence", "dmitry_peskov", "united_states"), edges.rows().get(0).get(4));
        assertEquals(Table.Link.toActor("Dmitry Peskov", "dmitry_peskov"), edges.rows().get(0).get(1), "the speaker links to its page");

        Table evidence = table("statement_evidence");
        assertEquals(List.of("speaker_id", "target_id"), evidence.anchorColumns());
        assertEquals(List.of("united_states d0 2 accuse", "united_states d0 1 other", "united_states d1 2 other", "nato d1 1 other"),
                evidence.rows().stream().map(r -> r.get(2) + " " + r.get(4) + " " + r.get(5) + " " + r.get(6)).toList());
        assertTrue(((String) evidence.rows().get(0).get(8)).contains("lying"), "the claim: " + evidence.rows().get(0));
    }
}
