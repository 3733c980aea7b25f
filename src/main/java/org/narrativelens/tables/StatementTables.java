package org.narrativelens.tables;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.narrativelens.actors.Actor;
import org.narrativelens.actors.ActorDictionary;
import org.narrativelens.attribution.AttributionStage;
import org.narrativelens.attribution.Cue;
import org.narrativelens.attribution.StatementSchema;
import org.narrativelens.report.Table;

/**
 * The attribution tables: every attributed statement (who says what about whom, with the claim as
 * evidence), the directed network speaker -> target with counts per cue and the first claim behind each edge,
 * and the statements behind the strongest edges, which the edges link to.
 */
public final class StatementTables {

    /** Statements listed by name. */
    static final int STATEMENTS = 10_000;
    /** Edges of the speaker -> target network listed (the most statements first). */
    static final int EDGES = 1000;
    /** Statements quoted as evidence per edge, for the edges with most statements. */
    static final int EVIDENCE_PER_EDGE = 5;
    /** Rows of evidence at most: the edges with most statements get theirs (the figure draws those). */
    static final int EVIDENCE_ROWS = 2000;
    static final String TARGET = "target_id";
    static final String STATEMENTS_COLUMN = "statements";
    static final String EVIDENCE_TABLE = "statement_evidence";

    private final ActorDictionary actors;

    public StatementTables(ActorDictionary actors) {
        this.actors = actors;
    }

    /** The statements, statement_edges and statement_evidence tables of the analysed documents in {@code usable}. */
    public List<Table> build(SparkSession spark, Dataset<Row> usable) {
        return build(spark, usable, RunFiles.none());
    }

    /** As {@link #build(SparkSession, Dataset)}, the statements table written complete to {@code files}. */
    public List<Table> build(SparkSession spark, Dataset<Row> usable, RunFiles files) {
        Dataset<Row> statements = new AttributionStage(actors).apply(spark, usable).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> targeted = targeted(statements);
            return List.of(statementsTable(statements, files), edgesTable(targeted), evidenceTable(targeted));
        } finally {
            statements.unpersist();
        }
    }

    private Table statementsTable(Dataset<Row> statements, RunFiles files) {
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
                .column("claim", "what is said: the sentence without its attribution");
        Dataset<Row> rows = statements.select(col(StatementSchema.DOC_ID), col(StatementSchema.SENTENCE_INDEX),
                col(StatementSchema.SPEAKER_ID), col(StatementSchema.SPEAKER_TEXT), col(StatementSchema.VERB), col(StatementSchema.CUE),
                col(StatementSchema.KIND), col(StatementSchema.TARGETS), col(StatementSchema.CLAIM));
        // Document and sentence first, as documented; the rest only breaks ties between statements of one sentence.
        return new CompleteTable(files, STATEMENTS)
                .cells(r -> java.util.Arrays.asList(r.getString(0), r.getInt(1) + 1, r.isNullAt(2) ? null : actorLink(r.getString(2)),
                        r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                        String.join("; ", r.<String>getList(7).stream().map(this::label).toList()), r.getString(8)))
                .collect(rows, List.of(col(StatementSchema.DOC_ID), col(StatementSchema.SENTENCE_INDEX), col(StatementSchema.KIND),
                        col(StatementSchema.SPEAKER_TEXT), col(StatementSchema.VERB), col(StatementSchema.CLAIM)), table);
    }

    /** One row per statement and actor its claim names, other than its resolved speaker. */
    private static Dataset<Row> targeted(Dataset<Row> statements) {
        return statements.where(col(StatementSchema.SPEAKER_ID).isNotNull())
                .select(col(StatementSchema.DOC_ID), col(StatementSchema.SENTENCE_INDEX), col(StatementSchema.SPEAKER_ID),
                        col(StatementSchema.CUE), col(StatementSchema.VERB), col(StatementSchema.CLAIM),
                        explode(col(StatementSchema.TARGETS)).as(TARGET))
                // Speaking of oneself is no edge: Peskov naming Russia is, Russia naming Russia is not.
                .where(col(TARGET).notEqual(col(StatementSchema.SPEAKER_ID)));
    }

    private Table edgesTable(Dataset<Row> targeted) {
        List<Column> aggregates = new ArrayList<>();
        aggregates.add(count(lit(1)).as(STATEMENTS_COLUMN));
        for (Cue cue : Cue.values()) {
            aggregates.add(sum(when(col(StatementSchema.CUE).equalTo(cue.label()), 1).otherwise(0)).as(cue.label()));
        }
        aggregates.add(min(struct(col(StatementSchema.DOC_ID), col(StatementSchema.SENTENCE_INDEX), col(StatementSchema.CLAIM))).as("first"));
        Dataset<Row> edges = targeted.groupBy(StatementSchema.SPEAKER_ID, TARGET)
                .agg(aggregates.get(0), aggregates.subList(1, aggregates.size()).toArray(new Column[0]))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Table.Builder table = Table.builder("statement_edges", "Who says what about whom",
                            "Speaker -> target: statements by the speaker whose claim names the target, in all and by cue (click the "
                                    + "count for the statements), with the first such claim. Also as statement_edges.gexf (directed, for Gephi).")
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
                List<Object> cells = new ArrayList<>(List.of(r.getString(0), actorLink(r.getString(0)), r.getString(1),
                        actorLink(r.getString(1)), Table.Link.toRow(r.getLong(2), EVIDENCE_TABLE, r.getString(0), r.getString(1))));
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

    /**
     * The statements behind the edges with most statements, up to {@link #EVIDENCE_PER_EDGE} each, accusations,
     * warnings and the other telling cues first, then in document order: what the edges' counts, the figure's
     * arrows and the actors' pages link to.
     */
    private Table evidenceTable(Dataset<Row> targeted) {
        Table.Builder table = Table.builder(EVIDENCE_TABLE, "Statements behind the edges",
                        "For the speaker -> target edges with most statements, the first " + EVIDENCE_PER_EDGE
                                + " statements of each (those with a cue other than \"other\" first, then in document order): "
                                + "who says it, of whom, and the claim.")
                .column("speaker_id", "dictionary id of the speaker")
                .column("speaker", "the speaker")
                .column("target_id", "dictionary id of the actor named")
                .column("target", "the actor named in the claim")
                .column("doc_id", "document")
                .column("sentence", "sentence number in the document, from 1")
                .column("cue", "accuse, warn, deny, demand, praise, offer or other, from the verb")
                .column("verb", "the reporting verb as written")
                .column("claim", "what is said")
                .anchorBy("speaker_id", "target_id");
        Column edge = col(StatementSchema.SPEAKER_ID);
        List<Row> rows = targeted
                .withColumn("edge_statements", count(lit(1)).over(Window.partitionBy(edge, col(TARGET))))
                // An accusation, warning, denial ... before a neutral "said": the edge's link lands on what it does.
                .withColumn("rank", row_number().over(Window.partitionBy(edge, col(TARGET))
                        .orderBy(when(col(StatementSchema.CUE).equalTo(Cue.OTHER.label()), 1).otherwise(0),
                                col(StatementSchema.DOC_ID), col(StatementSchema.SENTENCE_INDEX))))
                .where(col("rank").leq(EVIDENCE_PER_EDGE))
                .orderBy(col("edge_statements").desc(), edge, col(TARGET), col("rank"))
                .limit(EVIDENCE_ROWS)
                .select(edge, col(TARGET), col(StatementSchema.DOC_ID), col(StatementSchema.SENTENCE_INDEX), col(StatementSchema.CUE),
                        col(StatementSchema.VERB), col(StatementSchema.CLAIM))
                .collectAsList();
        for (Row r : rows) {
            table.row(r.getString(0), actorLink(r.getString(0)), r.getString(1), actorLink(r.getString(1)), r.getString(2), r.getInt(3) + 1,
                    r.getString(4), r.getString(5), r.getString(6));
        }
        return table.build();
    }

    /** The actor's label, linked to its page (the report links it only when the actor has one). */
    private Table.Link actorLink(String actorId) {
        return Table.Link.toActor(label(actorId), actorId);
    }

    private String label(String actorId) {
        return actors.get(actorId).map(Actor::label).orElse(actorId);
    }
}
