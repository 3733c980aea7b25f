package org.narrativelens.tables;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.narrativelens.actors.Actor;
import org.narrativelens.actors.ActorDictionary;
import org.narrativelens.attribution.AttributionStage;
import org.narrativelens.attribution.Cue;
import org.narrativelens.attribution.StatementSchema;
import org.narrativelens.report.Table;

/**
 * The attribution tables: every attributed statement (who says what about whom, with the claim as
 * evidence), and the directed network speaker -> target with counts per cue and the first claim behind each edge.
 */
public final class StatementTables {

    /** Statements listed by name. */
    static final int STATEMENTS = 10_000;
    /** Edges of the speaker -> target network listed (the most statements first). */
    static final int EDGES = 1000;
    static final String TARGET = "target_id";
    static final String STATEMENTS_COLUMN = "statements";

    private final ActorDictionary actors;

    public StatementTables(ActorDictionary actors) {
        this.actors = actors;
    }

    /** The statements and statement_edges tables of the analysed documents in {@code usable}. */
    public List<Table> build(SparkSession spark, Dataset<Row> usable) {
        Dataset<Row> statements = new AttributionStage(actors).apply(spark, usable).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            return List.of(statementsTable(statements), edgesTable(statements));
        } finally {
            statements.unpersist();
        }
    }

    private Table statementsTable(Dataset<Row> statements) {
        Table.Builder table = Table.builder("statements", "Attributed statements",
                        "Who says what about whom: each statement with its speaker (a dictionary actor when resolved; names, "
                                + "pronouns and roles such as \"the Kremlin spokesman\" resolved within the document), reporting verb, "
                                + "cue (from the verb lexicon), the actors its claim names, and the claim.")
                .column("doc_id", "document")
                .column("sentence", "sentence number in the document, from 1")
                .column("speaker", "the speaker, a dictionary actor; empty when unresolved")
                .column("speaker_text", "the speaker as written")
                .column("verb", "the reporting verb as written, \"according to\", or empty for a headline tag")
                .column("cue", "accuse, warn, deny, demand, praise, offer or other, from the verb")
                .column("kind", "quote, reported, according_to, headline or continuation (a quotation's later sentence)")
                .column("targets", "the actors the claim names, '; '-separated")
                .column("claim", "what is said: the sentence without its attribution")
                .totalRows(statements.count());
        for (Row r : statements.orderBy(StatementSchema.DOC_ID, StatementSchema.SENTENCE_INDEX).limit(STATEMENTS)
                .select(StatementSchema.DOC_ID, StatementSchema.SENTENCE_INDEX, StatementSchema.SPEAKER_ID, StatementSchema.SPEAKER_TEXT,
                        StatementSchema.VERB, StatementSchema.CUE, StatementSchema.KIND, StatementSchema.TARGETS, StatementSchema.CLAIM)
                .collectAsList()) {
            List<String> targets = r.getList(7);
            table.row(r.getString(0), r.getInt(1) + 1, r.isNullAt(2) ? null : label(r.getString(2)), r.getString(3), r.getString(4),
                    r.getString(5), r.getString(6), String.join("; ", targets.stream().map(this::label).toList()), r.getString(8));
        }
        return table.build();
    }

    private Table edgesTable(Dataset<Row> statements) {
        List<Column> aggregates = new ArrayList<>();
        aggregates.add(count(lit(1)).as(STATEMENTS_COLUMN));
        for (Cue cue : Cue.values()) {
            aggregates.add(sum(when(col(StatementSchema.CUE).equalTo(cue.label()), 1).otherwise(0)).as(cue.label()));
        }
        aggregates.add(min(struct(col(StatementSchema.DOC_ID), col(StatementSchema.SENTENCE_INDEX), col(StatementSchema.CLAIM))).as("first"));
        Dataset<Row> edges = statements.where(col(StatementSchema.SPEAKER_ID).isNotNull())
                .select(col(StatementSchema.DOC_ID), col(StatementSchema.SENTENCE_INDEX), col(StatementSchema.SPEAKER_ID),
                        col(StatementSchema.CUE), col(StatementSchema.CLAIM), explode(col(StatementSchema.TARGETS)).as(TARGET))
                // Speaking of oneself is no edge: Peskov naming Russia is, Russia naming Russia is not.
                .where(col(TARGET).notEqual(col(StatementSchema.SPEAKER_ID)))
                .groupBy(StatementSchema.SPEAKER_ID, TARGET)
                .agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(new Column[0]))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Table.Builder table = Table.builder("statement_edges", "Who says what about whom",
                            "Speaker -> target: statements by the speaker whose claim names the target, in all and by cue, with the "
                                    + "first such claim as evidence. Also as statement_edges.gexf (directed, for Gephi).")
                    .column("speaker_id", "dictionary id of the speaker")
                    .column("speaker", "the speaker")
                    .column("target_id", "dictionary id of the actor named")
                    .column("target", "the actor named in the claim")
                    .barColumn(STATEMENTS_COLUMN, "statements by the speaker naming the target");
            for (Cue cue : Cue.values()) {
                table.column(cue.label(), "of them with the cue " + cue.label());
            }
            table.column("evidence_doc", "document of the first such statement")
                    .column("evidence", "its claim")
                    .totalRows(edges.count());
            for (Row r : edges.orderBy(col(STATEMENTS_COLUMN).desc(), col(StatementSchema.SPEAKER_ID), col(TARGET)).limit(EDGES).collectAsList()) {
                List<Object> cells = new ArrayList<>(List.of(r.getString(0), label(r.getString(0)), r.getString(1), label(r.getString(1)),
                        r.getLong(2)));
                for (int i = 0; i < Cue.values().length; i++) {
                    cells.add(r.getLong(3 + i));
                }
                Row first = r.getStruct(3 + Cue.values().length);
                cells.add(first.getString(0));
                cells.add(first.getString(2));
                table.row(cells);
            }
            return table.build();
        } finally {
            edges.unpersist();
        }
    }

    private String label(String actorId) {
        return actors.get(actorId).map(Actor::label).orElse(actorId);
    }
}
