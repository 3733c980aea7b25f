package org.narrativelens.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.narrativelens.SparkTestSession;

class StateRollupTest {

    @Test
    void peopleAndOrganisationsBecomeTheirStateAndTheRestStays() {
        ActorDictionary dictionary = new ActorDictionary(List.of(
                new Actor("russia", "Russia", ActorType.STATE, null, List.of("Moscow"), false, null, null),
                new Actor("peskov", "Dmitry Peskov", ActorType.PERSON, "russia", List.of("Peskov"), false, null, null),
                new Actor("nato", "NATO", ActorType.BLOC, null, List.of(), true, null, null)));
        List<Row> mentions = List.of(
                RowFactory.create("d", 0, "Peskov said NATO and Moscow", "peskov", "Peskov", 0, 0),
                RowFactory.create("d", 0, "Peskov said NATO and Moscow", "nato", "NATO", 12, 0),
                RowFactory.create("d", 0, "Peskov said NATO and Moscow", "russia", "Moscow", 21, 0));
        List<String> rolled = new StateRollup(dictionary).apply(SparkTestSession.get().createDataFrame(mentions, MentionSchema.SCHEMA))
                .collectAsList().stream().map(r -> r.getString(r.fieldIndex(MentionSchema.ACTOR_ID))).toList();
        assertEquals(List.of("russia", "nato", "russia"), rolled);
    }
}
