package org.narrativelens.tables;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;

import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.narrativelens.actors.Actor;
import org.narrativelens.actors.ActorDictionary;
import org.narrativelens.actors.ActorMentionStage;
import org.narrativelens.actors.CooccurrenceStage;
import org.narrativelens.actors.MentionSchema;
import org.narrativelens.config.CooccurrenceWindow;
import org.narrativelens.report.Table;

/**
 * The actor tables: actors named, with their mentions, and pairs of actors named together, with evidence.
 */
public final class ActorTables {

    private final ActorDictionary actors;
    private final CooccurrenceWindow window;
    private final int topN;

    public ActorTables(ActorDictionary actors, CooccurrenceWindow window, int topN) {
        this.actors = actors;
        this.window = window;
        this.topN = topN;
    }

    /** Finds the actors in the analysed documents of {@code usable} and tabulates them and their pairs. */
    public List<Table> build(SparkSession spark, Dataset<Row> usable) {
        Dataset<Row> mentions = new ActorMentionStage(actors).apply(spark, usable).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            List<Row> actorCounts = mentions.groupBy(MentionSchema.ACTOR_ID)
                    .agg(count(lit(1)).as("mentions"), countDistinct(MentionSchema.DOC_ID).as("documents"))
                    .orderBy(col("mentions").desc(), col(MentionSchema.ACTOR_ID))
                    .collectAsList();
            Table.Builder actorTable = Table.builder("actors", "Actors",
                            "Actors of the dictionary named in the documents, with aliases resolved (Kiev -> Ukraine).")
                    .column("actor_id", "dictionary id")
                    .column("actor", "label")
                    .column("type", "state, person, organisation, bloc, media or place")
                    .column("affiliation", "the state a person or organisation belongs to")
                    .barColumn("mentions", "times named")
                    .column("documents", "documents naming the actor")
                    .totalRows(actorCounts.size());
            actorCounts.stream().limit(topN).forEach(r -> {
                Actor a = actors.get(r.getString(0)).orElseThrow();
                actorTable.row(a.id(), a.label(), a.type().label(), a.affiliation() == null ? null
                        : actors.get(a.affiliation()).map(Actor::label).orElse(a.affiliation()), r.getLong(1), r.getLong(2));
            });
            Dataset<Row> pairs = new CooccurrenceStage().apply(mentions, window).persist(StorageLevel.MEMORY_AND_DISK());
            long pairCount = pairs.count();
            List<Row> top = pairs.orderBy(col(CooccurrenceStage.WINDOWS).desc(), col(CooccurrenceStage.DOCUMENTS).desc(),
                    col(CooccurrenceStage.ACTOR_A), col(CooccurrenceStage.ACTOR_B)).limit(topN).collectAsList();
            pairs.unpersist();
            String unit = window.name().toLowerCase(Locale.ROOT) + "s";
            Table.Builder pairTable = Table.builder("cooccurrence", "Actors named together",
                            "Pairs of actors named in the same " + window.name().toLowerCase(Locale.ROOT)
                                    + ", each pair counted once per " + window.name().toLowerCase(Locale.ROOT) + ".")
                    .column("actor_a", "first actor")
                    .column("actor_b", "second actor")
                    .barColumn(unit, unit + " naming both")
                    .column("documents", "documents naming both in one " + window.name().toLowerCase(Locale.ROOT))
                    .column("evidence_doc", "document of the evidence sentence")
                    .column("evidence", "the first sentence where both are named")
                    .totalRows(pairCount);
            for (Row r : top) {
                pairTable.row(label(r.getString(0)), label(r.getString(1)), r.getLong(2), r.getLong(3), r.getString(4), r.getString(5));
            }
            return List.of(actorTable.build(), pairTable.build());
        } finally {
            mentions.unpersist();
        }
    }

    private String label(String actorId) {
        return actors.get(actorId).map(Actor::label).orElse(actorId);
    }
}
