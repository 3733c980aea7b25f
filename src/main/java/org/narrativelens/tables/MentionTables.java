package org.narrativelens.tables;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.narrativelens.actors.Actor;
import org.narrativelens.actors.ActorDictionary;
import org.narrativelens.actors.MentionSchema;
import org.narrativelens.corpus.DocumentSchema;
import org.narrativelens.report.Table;

/**
 * Where each actor is named: every mention (document, sentence, alias as written, offset), and the
 * actors most named by each source.
 */
public final class MentionTables {

    /** Mentions listed by name. */
    static final int MENTIONS = 10_000;
    /** Actors listed per source. */
    static final int ACTORS_PER_SOURCE = 20;
    private static final String NO_SOURCE = "(no source)";

    private final ActorDictionary actors;

    public MentionTables(ActorDictionary actors) {
        this.actors = actors;
    }

    /** The mentions and actors_by_source tables of {@code mentions} ({@link MentionSchema}) in {@code usable}. */
    public List<Table> build(Dataset<Row> mentions, Dataset<Row> usable) {
        return List.of(mentionsTable(mentions), bySourceTable(mentions, usable));
    }

    private Table mentionsTable(Dataset<Row> mentions) {
        Table.Builder table = Table.builder("mentions", "Mentions",
                        "Every time an actor is named: the document, the sentence, the alias as written and where.")
                .column("doc_id", "document")
                .column("sentence", "sentence number in the document, from 1")
                .column("actor", "the actor (dictionary label)")
                .column("matched", "the alias as written in the text")
                .column("offset", "character offset of the alias in its sentence")
                .totalRows(mentions.count());
        for (Row r : mentions.orderBy(MentionSchema.DOC_ID, MentionSchema.SENTENCE_INDEX, MentionSchema.OFFSET).limit(MENTIONS)
                .select(MentionSchema.DOC_ID, MentionSchema.SENTENCE_INDEX, MentionSchema.ACTOR_ID, MentionSchema.MATCHED,
                        MentionSchema.OFFSET).collectAsList()) {
            table.row(r.getString(0), r.getInt(1) + 1, label(r.getString(2)), r.getString(3), r.getInt(4));
        }
        return table.build();
    }

    private Table bySourceTable(Dataset<Row> mentions, Dataset<Row> usable) {
        Dataset<Row> counts = mentions.join(usable.select(col(DocumentSchema.DOC_ID),
                        coalesce(col(DocumentSchema.SOURCE), lit(NO_SOURCE)).as(DocumentSchema.SOURCE)), DocumentSchema.DOC_ID)
                .groupBy(DocumentSchema.SOURCE, MentionSchema.ACTOR_ID)
                .agg(count(lit(1)).as("mentions"), countDistinct(col(DocumentSchema.DOC_ID)).as("documents"))
                .withColumn("rank", row_number().over(Window.partitionBy(DocumentSchema.SOURCE)
                        .orderBy(col("mentions").desc(), col(MentionSchema.ACTOR_ID))))
                .where(col("rank").leq(ACTORS_PER_SOURCE))
                .orderBy(DocumentSchema.SOURCE, "rank")
                .limit(TableLimits.REPORT_DOCUMENTS);
        Table.Builder table = Table.builder("actors_by_source", "Actors by source",
                        "The actors each source names most (top " + ACTORS_PER_SOURCE + " per source).")
                .column("source", "outlet or category (see --source-from-path)")
                .column("rank", "rank within the source")
                .column("actor", "the actor")
                .barColumn("mentions", "times the source names the actor")
                .column("documents", "documents of the source naming the actor");
        for (Row r : counts.collectAsList()) {
            table.row(r.getString(0), r.getInt(r.fieldIndex("rank")), label(r.getString(1)), r.getLong(2), r.getLong(3));
        }
        return table.build();
    }

    private String label(String actorId) {
        return actors.get(actorId).map(Actor::label).orElse(actorId);
    }
}
