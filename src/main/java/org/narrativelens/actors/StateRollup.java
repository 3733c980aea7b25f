package org.narrativelens.actors;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map_from_arrays;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Folds mentions of people and organisations into the state they belong to ({@code --rollup state}):
 * "Peskov" and "the Kremlin" both count as Russia, so the network shows states. Metonyms are already
 * aliases of their state; an actor without an affiliation stays itself.
 */
public final class StateRollup {

    private final ActorDictionary dictionary;

    public StateRollup(ActorDictionary dictionary) {
        this.dictionary = java.util.Objects.requireNonNull(dictionary, "dictionary");
    }

    /** {@code mentions} ({@link MentionSchema}) with each affiliated actor replaced by its state. */
    public Dataset<Row> apply(Dataset<Row> mentions) {
        List<String> ids = new ArrayList<>();
        List<String> states = new ArrayList<>();
        for (Actor actor : dictionary.actors()) {
            if (actor.affiliation() != null) {
                ids.add(actor.id());
                states.add(actor.affiliation());
            }
        }
        if (ids.isEmpty()) {
            return mentions;
        }
        Column affiliation = map_from_arrays(lit(ids.toArray(String[]::new)), lit(states.toArray(String[]::new)));
        return mentions.withColumn(MentionSchema.ACTOR_ID,
                coalesce(element_at(affiliation, col(MentionSchema.ACTOR_ID)), col(MentionSchema.ACTOR_ID)));
    }
}
