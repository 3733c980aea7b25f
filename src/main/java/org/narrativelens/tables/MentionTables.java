package org.narrativelens.tables;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.narrativelens.actors.Actor;
import org.narrativelens.actors.ActorDictionary;
import org.narrativelens.actors.MentionSchema;
import org.narrativelens.config.TimeBucket;
import org.narrativelens.corpus.DocumentSchema;
import org.narrativelens.report.Table;
import org.narrativelens.terms.PeriodColumn;

/**
 * Where each actor is named: every mention (document, sentence, alias as written, offset), the mentions
 * of each actor in each document, and the actors most named by each source and in each period.
 */
public final class MentionTables {

    /** Mentions listed by name, and rows of the per-document counts. */
    static final int MENTIONS = 10_000;
    /** Actors listed per source or period. */
    static final int ACTORS_PER_GROUP = 20;
    private static final String NO_SOURCE = "(no source)";
    private static final String GROUP = "group";
    private static final String MENTION_COUNT = "mentions";
    private static final String DOCUMENTS = "documents";

    private final ActorDictionary actors;
    private final TimeBucket bucket;

    public MentionTables(ActorDictionary actors, TimeBucket bucket) {
        this.actors = actors;
        this.bucket = java.util.Objects.requireNonNull(bucket, "bucket");
    }

    /** The mentions, actors_by_document, actors_by_source and actors_by_period tables of {@code mentions} ({@link MentionSchema}) in {@code usable}. */
    public List<Table> build(Dataset<Row> mentions, Dataset<Row> usable) {
        return queries(mentions, usable, RunFiles.none()).stream().map(Supplier::get).toList();
    }

    /**
     * The queries of {@link #build}, one per table in its order, to run side by side; the mentions and actors by
     * document tables, which grow with the corpus, are written complete to {@code files}.
     */
    public List<Supplier<Table>> queries(Dataset<Row> mentions, Dataset<Row> usable, RunFiles files) {
        return List.of(() -> mentionsTable(mentions, files), () -> byDocumentTable(mentions, files), () -> bySourceTable(mentions, usable),
                () -> byPeriodTable(mentions, usable));
    }

    private Table mentionsTable(Dataset<Row> mentions, RunFiles files) {
        Table.Builder table = Table.builder("mentions", "Mentions",
                        "Every time an actor is named: the document, the sentence, the alias as written and where.")
                .column("doc_id", "document")
                .column("sentence", "sentence number in the document, from 1")
                .column("actor", "the actor (dictionary label)")
                .column("matched", "the alias as written in the text")
                .column("offset", "character offset of the alias in its sentence");
        Dataset<Row> rows = mentions.select(col(MentionSchema.DOC_ID), col(MentionSchema.SENTENCE_INDEX), col(MentionSchema.ACTOR_ID),
                col(MentionSchema.MATCHED), col(MentionSchema.OFFSET));
        return new CompleteTable(files, MENTIONS)
                .cells(r -> java.util.Arrays.asList(r.getString(0), r.getInt(1) + 1, label(r.getString(2)), r.getString(3), r.getInt(4)))
                .collect(rows, List.of(col(MentionSchema.DOC_ID), col(MentionSchema.SENTENCE_INDEX), col(MentionSchema.OFFSET),
                        col(MentionSchema.ACTOR_ID), col(MentionSchema.MATCHED)), table);
    }

    private Table byDocumentTable(Dataset<Row> mentions, RunFiles files) {
        Dataset<Row> counts = mentions.groupBy(MentionSchema.DOC_ID, MentionSchema.ACTOR_ID).agg(count(lit(1)).as(MENTION_COUNT));
        Table.Builder table = Table.builder("actors_by_document", "Actors by document",
                        "How often each document names each actor, documents in the order of their ids, most named actors first.")
                .column("doc_id", "document")
                .column("actor_id", "dictionary id")
                .column("actor", "the actor")
                .column(MENTION_COUNT, "times the document names the actor");
        return new CompleteTable(files, MENTIONS)
                .cells(r -> java.util.Arrays.asList(r.getString(0), r.getString(1), label(r.getString(1)), r.getLong(2)))
                .collect(counts, List.of(col(MentionSchema.DOC_ID), col(MENTION_COUNT).desc(), col(MentionSchema.ACTOR_ID)), table);
    }

    private Table bySourceTable(Dataset<Row> mentions, Dataset<Row> usable) {
        Table.Builder table = Table.builder("actors_by_source", "Actors by source",
                        "The actors each source names most (top " + ACTORS_PER_GROUP + " per source).")
                .column("source", "outlet or category (see --source-from-path)");
        return byGroup(table, "source", mentions, usable, coalesce(col(DocumentSchema.SOURCE), lit(NO_SOURCE)));
    }

    private Table byPeriodTable(Dataset<Row> mentions, Dataset<Row> usable) {
        Row undated = usable.agg(count(lit(1)), count(col(DocumentSchema.PUBLISHED))).first();
        long without = undated.getLong(0) - undated.getLong(1);
        String bucketName = bucket.name().toLowerCase(Locale.ROOT);
        Table.Builder table = Table.builder("actors_by_period", "Actors by period",
                        "The actors named most in each " + bucketName + " (top " + ACTORS_PER_GROUP + " per period, --time-bucket "
                                + bucketName + ")" + (without == 0 ? "." : "; " + without + " undated document"
                                + (without == 1 ? " is" : "s are") + " left out."))
                .column("period", "the " + bucketName + " (" + bucket.example() + ")");
        return byGroup(table, "period", mentions, usable.where(col(DocumentSchema.PUBLISHED).isNotNull()),
                PeriodColumn.of(bucket, col(DocumentSchema.PUBLISHED)));
    }

    /** The top actors of each value of {@code group} (an expression over the document), groups in order. */
    private Table byGroup(Table.Builder table, String what, Dataset<Row> mentions, Dataset<Row> usable, Column group) {
        Dataset<Row> counts = mentions.join(usable.select(col(DocumentSchema.DOC_ID), group.as(GROUP)), DocumentSchema.DOC_ID)
                .groupBy(GROUP, MentionSchema.ACTOR_ID)
                .agg(count(lit(1)).as(MENTION_COUNT), countDistinct(col(DocumentSchema.DOC_ID)).as(DOCUMENTS))
                .withColumn("rank", row_number().over(Window.partitionBy(GROUP)
                        .orderBy(col(MENTION_COUNT).desc(), col(MentionSchema.ACTOR_ID))))
                .where(col("rank").leq(ACTORS_PER_GROUP))
                .orderBy(GROUP, "rank")
                .limit(TableLimits.REPORT_DOCUMENTS);
        table.column("rank", "rank within the " + what)
                .column("actor", "the actor")
                .barColumn(MENTION_COUNT, "times the actor is named in the " + what)
                .column(DOCUMENTS, "documents of the " + what + " naming the actor");
        for (Row r : counts.collectAsList()) {
            table.row(r.getString(0), r.getInt(r.fieldIndex("rank")), label(r.getString(1)), r.getLong(2), r.getLong(3));
        }
        return table.build();
    }

    private String label(String actorId) {
        return actors.get(actorId).map(Actor::label).orElse(actorId);
    }
}
