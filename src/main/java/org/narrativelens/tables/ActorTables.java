package org.narrativelens.tables;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Future;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.narrativelens.actors.Actor;
import org.narrativelens.actors.ActorDictionary;
import org.narrativelens.actors.ActorMentionStage;
import org.narrativelens.actors.CooccurrenceStage;
import org.narrativelens.actors.MentionSchema;
import org.narrativelens.actors.StateRollup;
import org.narrativelens.config.ActorRollup;
import org.narrativelens.config.CooccurrenceWindow;
import org.narrativelens.config.TimeBucket;
import org.narrativelens.corpus.DocumentSchema;
import org.narrativelens.report.Network;
import org.narrativelens.report.NetworkFigure;
import org.narrativelens.report.Table;
import org.narrativelens.text.TermRules;

/**
 * The actor tables: actors named, with their mentions, pairs of actors named together, with evidence, and
 * the profiles of the most named actors ({@link ActorProfileTables}).
 */
public final class ActorTables {

    private final ActorDictionary actors;
    private final CooccurrenceWindow window;
    private final int topN;
    private final int minCooccurrence;
    private final ActorRollup rollup;
    private final TimeBucket bucket;
    private final TermRules terms;

    /** Edges of the network files. */
    static final int NETWORK_EDGES = 300;
    /** Actors on each axis of the heatmap of pairs (actor_matrix): more makes cells too small to read. */
    public static final int MATRIX_ACTORS = 15;
    /** Sentences of evidence listed per reported pair. */
    static final int EVIDENCE_PER_PAIR = 3;

    /** {@code terms} extracts the terms near each profiled actor ({@link ActorProfileTables}), as the term tables do. */
    public ActorTables(ActorDictionary actors, CooccurrenceWindow window, int topN, int minCooccurrence, ActorRollup rollup,
                       TimeBucket bucket, TermRules terms) {
        this.actors = actors;
        this.terms = java.util.Objects.requireNonNull(terms, "terms");
        this.bucket = bucket;
        this.rollup = rollup;
        this.window = window;
        this.topN = topN;
        this.minCooccurrence = minCooccurrence;
    }

    /** The actor tables and the network of the strongest pairs. */
    public record Result(List<Table> tables, Network network) {
    }

    /** Finds the actors in the analysed documents of {@code usable} and tabulates them and their pairs. */
    public Result build(SparkSession spark, Dataset<Row> usable) {
        return build(spark, usable, RunFiles.none());
    }

    /** As {@link #build(SparkSession, Dataset)}, and writes every mention to {@code data/mentions.parquet} and the complete mention tables to {@code data}. */
    public Result build(SparkSession spark, Dataset<Row> usable, RunFiles data) {
        Dataset<Row> mentions = new ActorMentionStage().apply(usable).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> pairs = null;
        // The tables below only read the cached mentions: their queries run side by side.
        ConcurrentQueries queries = new ConcurrentQueries(spark, "actor-tables", 4);
        try {
            Future<Void> written = queries.submit(() -> {
                data.write("mentions", mentions.select(col(MentionSchema.DOC_ID), col(MentionSchema.SENTENCE_INDEX).plus(1).as("sentence"),
                        col(MentionSchema.ACTOR_ID), col(MentionSchema.MATCHED), col(MentionSchema.OFFSET), col(MentionSchema.SENTENCE).as("text")));
                return null;
            });
            Future<Long> windows = queries.submit(() -> CooccurrenceStage.totalWindows(usable, window));
            List<Future<Table>> byMention = new MentionTables(actors, bucket).queries(mentions, usable, data).stream()
                    .map(query -> queries.submit(query::get)).toList();
            List<Row> actorCounts = mentions.groupBy(MentionSchema.ACTOR_ID)
                    .agg(count(lit(1)).as("mentions"), countDistinct(MentionSchema.DOC_ID).as("documents"))
                    .orderBy(col("mentions").desc(), col(MentionSchema.ACTOR_ID))
                    .collectAsList();
            ActorProfileTables profiles = new ActorProfileTables(actors, topN);
            // The actors table's order, already at hand: the profiled actors are its first ones.
            List<String> profiled = actorCounts.stream().limit(profiles.actorCount()).map(r -> r.getString(0)).toList();
            Future<Table> nearTerms = queries.submit(() -> profiles.terms(mentions, usable, profiled, terms));
            Future<Table> documents = queries.submit(() -> profiles.documents(mentions, usable, profiled));
            Table.Builder actorTable = Table.builder("actors", "Actors",
                            "Actors of the dictionary named in the documents, with aliases resolved (Kiev -> Ukraine).")
                    .column("actor_id", "dictionary id")
                    .column("actor", "label")
                    .column("type", "state, person, organisation, bloc, media or place")
                    .column("affiliation", "the state a person or organisation belongs to")
                    .barColumn("mentions", "times named")
                    .column("documents", "documents naming the actor")
                    .anchorBy("actor_id")
                    .totalRows(actorCounts.size());
            actorCounts.stream().limit(topN).forEach(r -> {
                Actor a = actors.get(r.getString(0)).orElseThrow();
                actorTable.row(a.id(), Table.Link.toActor(a.label(), a.id()), a.type().label(), a.affiliation() == null ? null
                        : actors.get(a.affiliation()).map(Actor::label).orElse(a.affiliation()), r.getLong(1), r.getLong(2));
            });
            long totalWindows = ConcurrentQueries.result(windows);
            Dataset<Row> paired = rollup == ActorRollup.STATE ? new StateRollup(actors).apply(mentions) : mentions;
            CooccurrenceStage.Result cooccurrence = new CooccurrenceStage().apply(paired, window, totalWindows, minCooccurrence);
            pairs = cooccurrence.pairs().persist(StorageLevel.MEMORY_AND_DISK());
            long pairCount = pairs.count();
            // Among pairs sharing as many windows, the more strongly associated first (the figure draws the first ones).
            List<Row> strongest = pairs.orderBy(col(CooccurrenceStage.WINDOWS).desc(), col(CooccurrenceStage.G2).desc(),
                    col(CooccurrenceStage.DOCUMENTS).desc(),
                    col(CooccurrenceStage.ACTOR_A), col(CooccurrenceStage.ACTOR_B)).limit(Math.max(topN, NETWORK_EDGES)).collectAsList();
            List<Row> top = strongest.subList(0, Math.min(topN, strongest.size()));
            // Evidence for the reported pairs and for every edge of the report's figure, which links to it.
            int withEvidence = Math.min(Math.max(topN, NetworkFigure.MAX_EDGES), strongest.size());
            String unit = window.name().toLowerCase(Locale.ROOT) + "s";
            java.util.Set<String> evidenced = new java.util.HashSet<>();
            strongest.subList(0, withEvidence).forEach(r -> evidenced.add(r.getString(0) + "\t" + r.getString(1)));
            // The heatmap's pairs link to their sentences too: those not among the strongest get evidence of their own.
            List<String> matrixIds = rollup == ActorRollup.STATE ? ActorProfileTables.mostNamed(paired, MATRIX_ACTORS)
                    : actorCounts.stream().limit(MATRIX_ACTORS).map(r -> r.getString(0)).toList();
            List<Row> matrixPairs = matrixIds.size() < 2 ? List.of() : pairs
                    .where(col(CooccurrenceStage.ACTOR_A).isin(matrixIds.toArray()).and(col(CooccurrenceStage.ACTOR_B).isin(matrixIds.toArray())))
                    .select(CooccurrenceStage.ACTOR_A, CooccurrenceStage.ACTOR_B, CooccurrenceStage.WINDOWS, CooccurrenceStage.DOCUMENTS,
                            CooccurrenceStage.NPMI)
                    .collectAsList();
            List<Row> withSentences = new java.util.ArrayList<>(strongest.subList(0, withEvidence));
            for (Row r : matrixPairs) {
                if (evidenced.add(r.getString(0) + "\t" + r.getString(1))) {
                    withSentences.add(r);
                }
            }
            Dataset<Row> allPairs = pairs;
            Future<Table> partners = queries.submit(() -> profiles.partners(allPairs, profiled, java.util.Set.copyOf(evidenced), unit));
            Table.Builder pairTable = Table.builder("cooccurrence", "Actors named together",
                            "Pairs of actors named in the same " + window.name().toLowerCase(Locale.ROOT)
                                    + ", each pair counted once per " + window.name().toLowerCase(Locale.ROOT)
                                    + (rollup == ActorRollup.STATE ? ", people and organisations counted as their state" : "")
                                    + ", weighed against " + totalWindows + " " + unit + " in all"
                                    + (minCooccurrence > 1 ? "; pairs in fewer than " + minCooccurrence + " " + unit + " left out." : "."))
                    .column("actor_a", "first actor")
                    .column("actor_b", "second actor")
                    .barColumn(unit, unit + " naming both")
                    .column("documents", "documents naming both in one " + window.name().toLowerCase(Locale.ROOT))
                    .column("npmi", "normalised pointwise mutual information, -1 to 1: above 0, named together more often than chance")
                    .column("g2", "log-likelihood G2 of the association (3.84: p < 0.05; 10.83: p < 0.001)")
                    .column("pmi", "pointwise mutual information, log2")
                    .column("jaccard", unit + " naming both / " + unit + " naming either")
                    .column("evidence_doc", "document of the evidence sentence")
                    .column("evidence", "the first sentence where both are named (more in actor_evidence: click the count)")
                    .totalRows(pairCount);
            for (Row r : top) {
                pairTable.row(actorLink(r.getString(0)), actorLink(r.getString(1)),
                        Table.Link.toRow(r.getLong(2), "actor_evidence", label(r.getString(0)), label(r.getString(1))), r.getLong(3),
                        round(r.getDouble(7)), round(r.getDouble(8)), round(r.getDouble(6)), round(r.getDouble(9)),
                        r.getString(10), r.getString(11));
            }
            Table evidence = evidenceTable(usable, cooccurrence.evidence(), withSentences);
            Network network = network(strongest, actorCounts);
            List<Table> tables = new java.util.ArrayList<>(List.of(actorTable.build(), pairTable.build(),
                    matrixTable(matrixIds, matrixPairs, unit), evidence, nodesTable(network), edgesTable(network, withEvidence)));
            byMention.forEach(table -> tables.add(ConcurrentQueries.result(table)));
            tables.add(ConcurrentQueries.result(nearTerms));
            tables.add(ConcurrentQueries.result(partners));
            tables.add(ConcurrentQueries.result(documents));
            ConcurrentQueries.result(written);
            return new Result(tables, network);
        } catch (RuntimeException failure) {
            throw queries.failed(failure);
        } finally {
            queries.close();
            if (pairs != null) {
                pairs.unpersist();
            }
            mentions.unpersist();
        }
    }

    /**
     * actor_matrix: every pair of the most named actors {@code ids} (in that order: the heatmap's axes), with the
     * windows naming both from {@code found} (actor_a, actor_b, windows, documents, npmi); a pair not found is 0.
     */
    private Table matrixTable(List<String> ids, List<Row> found, String unit) {
        Table.Builder table = Table.builder("actor_matrix", "Pairs among the most named actors",
                        "Every pair of the " + ids.size() + " most named actors, in the order of their mentions, with the " + unit
                                + " naming both (0: never named together" + (minCooccurrence > 1 ? ", or in fewer than "
                                + minCooccurrence + " " + unit : "") + "): the heatmap of the actors page.")
                .column("actor_a_id", "dictionary id of the first actor")
                .column("actor_a", "the first actor")
                .column("actor_b_id", "dictionary id of the second actor")
                .column("actor_b", "the second actor")
                .barColumn(unit, unit + " naming both; the count links to the sentences")
                .column("documents", "documents naming both in one " + window.name().toLowerCase(Locale.ROOT))
                .column("npmi", "normalised pointwise mutual information, -1 to 1: above 0, named together more often than chance");
        java.util.Map<String, Row> byPair = new java.util.HashMap<>();
        found.forEach(r -> byPair.put(r.getString(0) + "\t" + r.getString(1), r));
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                // The pairs table holds each pair once, its ids in order: look it up, and link its evidence, that way.
                String a = ids.get(i).compareTo(ids.get(j)) < 0 ? ids.get(i) : ids.get(j);
                String b = a.equals(ids.get(i)) ? ids.get(j) : ids.get(i);
                Row r = byPair.get(a + "\t" + b);
                table.row(ids.get(i), actorLink(ids.get(i)), ids.get(j), actorLink(ids.get(j)),
                        r == null ? (Object) 0L : Table.Link.toRow(r.getLong(2), "actor_evidence", label(a), label(b)),
                        r == null ? 0L : r.getLong(3), r == null ? null : round(r.getDouble(4)));
            }
        }
        return table.build();
    }

    /** Up to {@link #EVIDENCE_PER_PAIR} sentences for each reported pair, with the document's title. */
    private Table evidenceTable(Dataset<Row> usable, Dataset<Row> evidence, List<Row> top) {
        Table.Builder table = Table.builder("actor_evidence", "Evidence for the pairs",
                        "For each pair in \"Actors named together\", each edge of the network figure and each cell of the heatmap, the first sentences "
                                + "(in document order) where both are named.")
                .column("actor_a", "first actor")
                .column("actor_b", "second actor")
                .column("doc_id", "document")
                .column("title", "its headline")
                .column("sentence", "sentence number in the document, from 1")
                .column("text", "the sentence")
                .anchorBy("actor_a", "actor_b");
        if (top.isEmpty()) {
            return table.build();
        }
        List<Row> reported = top.stream().map(r -> RowFactory.create(r.getString(0), r.getString(1))).toList();
        Dataset<Row> wanted = usable.sparkSession().createDataFrame(reported, new StructType()
                .add(CooccurrenceStage.ACTOR_A, DataTypes.StringType).add(CooccurrenceStage.ACTOR_B, DataTypes.StringType));
        Dataset<Row> rows = evidence.join(broadcast(wanted), new String[] {CooccurrenceStage.ACTOR_A, CooccurrenceStage.ACTOR_B})
                .withColumn("rank", row_number().over(Window.partitionBy(CooccurrenceStage.ACTOR_A, CooccurrenceStage.ACTOR_B)
                        .orderBy(MentionSchema.DOC_ID, CooccurrenceStage.SENTENCE_INDEX)))
                .where(col("rank").leq(EVIDENCE_PER_PAIR))
                .join(usable.select(DocumentSchema.DOC_ID, DocumentSchema.TITLE), DocumentSchema.DOC_ID)
                .select(col(CooccurrenceStage.ACTOR_A), col(CooccurrenceStage.ACTOR_B), col(DocumentSchema.DOC_ID),
                        col(DocumentSchema.TITLE), col(CooccurrenceStage.SENTENCE_INDEX).plus(1), col(CooccurrenceStage.SENTENCE));
        java.util.Map<String, Integer> order = new java.util.HashMap<>();
        for (int i = 0; i < top.size(); i++) {
            order.put(top.get(i).getString(0) + "\t" + top.get(i).getString(1), i);
        }
        List<Row> collected = new java.util.ArrayList<>(rows.collectAsList());
        collected.sort(java.util.Comparator.<Row>comparingInt(r -> order.get(r.getString(0) + "\t" + r.getString(1)))
                .thenComparing(r -> r.getString(2)).thenComparingInt(r -> r.getInt(4)));
        // A pair's first sentence is where its links lead (anchorBy above).
        for (Row r : collected) {
            table.row(label(r.getString(0)), label(r.getString(1)), r.getString(2), r.getString(3), r.getInt(4), r.getString(5));
        }
        return table.build();
    }

    /** The strongest pairs (at most {@link #NETWORK_EDGES}) and the actors they join. */
    private Network network(List<Row> strongest, List<Row> actorCounts) {
        java.util.Map<String, Long> mentions = new java.util.HashMap<>();
        actorCounts.forEach(r -> mentions.put(r.getString(0), r.getLong(1)));
        java.util.Map<String, Network.Node> nodes = new java.util.LinkedHashMap<>();
        List<Network.Edge> edges = new java.util.ArrayList<>();
        for (Row r : strongest) {
            for (String id : List.of(r.getString(0), r.getString(1))) {
                Actor actor = actors.get(id).orElseThrow();
                nodes.computeIfAbsent(id, k -> new Network.Node(id, actor.label(), actor.type().label(), mentions.getOrDefault(id, 0L)));
            }
            edges.add(new Network.Edge(r.getString(0), r.getString(1), r.getLong(2), round(r.getDouble(7)), round(r.getDouble(8))));
        }
        return new Network(List.copyOf(nodes.values()), edges);
    }

    private static Table nodesTable(Network network) {
        Table.Builder table = Table.builder("nodes", "Network: nodes",
                        "The actors of the network files (network.gexf, network.graphml): those joined by its edges.")
                .column("id", "dictionary id")
                .column("label", "label")
                .column("type", "actor type")
                .column("mentions", "times named");
        network.nodes().forEach(n -> table.row(n.id(), n.label(), n.type(), n.mentions()));
        return table.build();
    }

    /** The edges, the first {@code withEvidence} (the pairs of the evidence table) linked to their sentences. */
    private Table edgesTable(Network network, int withEvidence) {
        Table.Builder table = Table.builder("edges", "Network: edges",
                        "The strongest pairs (at most " + NETWORK_EDGES + ") as edges of the network files; weight = windows shared.")
                .column("source", "first actor id")
                .column("target", "second actor id")
                .column("weight", "windows naming both")
                .column("npmi", "normalised PMI")
                .column("g2", "log-likelihood G2");
        for (int i = 0; i < network.edges().size(); i++) {
            Network.Edge e = network.edges().get(i);
            table.row(e.source(), e.target(), i < withEvidence
                    ? Table.Link.toRow(e.windows(), "actor_evidence", label(e.source()), label(e.target())) : e.windows(), e.npmi(), e.g2());
        }
        return table.build();
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    /** The actor's label, linked to its page (the report links it only when the actor has one). */
    private Table.Link actorLink(String actorId) {
        return Table.Link.toActor(label(actorId), actorId);
    }

    private String label(String actorId) {
        return actors.get(actorId).map(Actor::label).orElse(actorId);
    }
}
