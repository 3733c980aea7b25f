package org.narrativelens.tables;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.narrativelens.actors.Actor;
import org.narrativelens.actors.ActorDictionary;
import org.narrativelens.actors.ActorMentionStage;
import org.narrativelens.actors.CooccurrenceStage;
import org.narrativelens.actors.MentionSchema;
import org.narrativelens.corpus.DocumentSchema;
import org.narrativelens.report.ActorPages;
import org.narrativelens.report.Table;
import org.narrativelens.terms.KeynessStage;
import org.narrativelens.text.TermExtractor;
import org.narrativelens.text.TermRules;
import org.narrativelens.topics.RepresentativeDocuments;
import org.narrativelens.topics.TopicPrevalence;

/**
 * The tables behind the actors' profile pages, for the most named actors ({@link #actors}: the first
 * {@code --top-n} of the actors table, at most {@link ActorPages#MAX_PAGES}): the terms over-represented in the
 * sentences naming an actor, the actors it is named with, the documents naming it most, and its topics.
 * Every table is computed in Spark; only its bounded rows reach the driver.
 */
public final class ActorProfileTables {

    /** Terms listed per actor. */
    static final int TERMS_PER_ACTOR = 15;
    /** A term must occur this often near an actor to be listed: once is chance. */
    static final int MIN_TERM_COUNT = 2;
    /** Partners listed per actor. */
    static final int PARTNERS_PER_ACTOR = 10;
    /** Documents listed per actor. */
    static final int DOCUMENTS_PER_ACTOR = 20;
    /** Topics listed per actor. */
    static final int TOPICS_PER_ACTOR = 5;

    private static final String ACTOR = MentionSchema.ACTOR_ID;
    private static final String KEY = "key";
    private static final String FORM = "form";
    private static final String COUNT = "count";
    private static final String RANK = "rank";
    private static final String NAMES = "names";
    private static final StructType NEAR = new StructType()
            .add(ACTOR, DataTypes.StringType, false)
            .add(KEY, DataTypes.StringType, false)
            .add(FORM, DataTypes.StringType, false);

    private final ActorDictionary actors;
    private final int actorCount;

    /** Profiles of the {@code min(topN, ActorPages.MAX_PAGES)} most named actors of {@code actors}. */
    public ActorProfileTables(ActorDictionary actors, int topN) {
        this.actors = java.util.Objects.requireNonNull(actors, "actors");
        this.actorCount = Math.min(topN, ActorPages.MAX_PAGES);
    }

    /**
     * The ids of the actors profiled: the most named in {@code mentions} ({@link MentionSchema}), ties by id,
     * in the order of the actors table.
     */
    public List<String> actors(Dataset<Row> mentions) {
        return mostNamed(mentions, actorCount);
    }

    /** How many actors are profiled: the first this many of the actors table. */
    int actorCount() {
        return actorCount;
    }

    /** The ids of the {@code limit} actors of {@code mentions} named most, ties by id: the order of the actors table. */
    static List<String> mostNamed(Dataset<Row> mentions, int limit) {
        return mentions.groupBy(ACTOR).agg(count(lit(1)).as(COUNT))
                .orderBy(col(COUNT).desc(), col(ACTOR)).limit(limit)
                .collectAsList().stream().map(r -> r.getString(0)).toList();
    }

    /**
     * actor_terms: for each actor of {@code ids}, the terms of the sentences naming it (the words of every actor's
     * name as written there, and news filler, left out) that occur there at least {@link #MIN_TERM_COUNT} times and more often
     * than in the corpus, by log-likelihood G2 against the rest of the corpus. Terms are extracted by
     * {@code rules}, as the term tables' are.
     */
    public Table terms(Dataset<Row> mentions, Dataset<Row> usable, List<String> ids, TermRules rules) {
        Table.Builder table = Table.builder("actor_terms", "Terms near each actor",
                        "For each of the " + ids.size() + " most named actors, the terms over-represented in the sentences naming it "
                                + "(actors' names and reporting verbs left out), at least " + MIN_TERM_COUNT + " times there: "
                                + "the top " + TERMS_PER_ACTOR + " by log-likelihood G2 against the rest of the corpus.")
                .column("actor_id", "dictionary id")
                .column("actor", "the actor")
                .column("rank", "1 = the most distinctive term near the actor")
                .column("term", "the term as written most often near the actor")
                .barColumn("count", "occurrences in the sentences naming the actor")
                .column("corpus_count", "occurrences in the corpus")
                .column("ratio", "the term's rate near the actor / its rate in the corpus (above 1: over-represented)")
                .column("g2", "log-likelihood G2 against the rest of the corpus (6.63: p < 0.01)");
        if (ids.isEmpty()) {
            return table.build();
        }
        TermExtractor extractor = new TermExtractor(rules);
        // Every actor's name as written in the sentence is left out: the actors named with one are actor_partners.
        Dataset<Row> sentences = mentions
                .withColumn(NAMES, collect_set(MentionSchema.MATCHED).over(Window.partitionBy(MentionSchema.DOC_ID, MentionSchema.SENTENCE_INDEX)))
                .where(col(ACTOR).isin(ids.toArray()))
                .groupBy(MentionSchema.DOC_ID, MentionSchema.SENTENCE_INDEX, ACTOR)
                .agg(first(MentionSchema.SENTENCE).as(MentionSchema.SENTENCE), first(NAMES).as(NAMES));
        Dataset<Row> near = sentences.select(ACTOR, MentionSchema.SENTENCE, NAMES)
                .flatMap((FlatMapFunction<Row, Row>) r -> nearTerms(r.getString(0), r.getString(1), r.getList(2), extractor, rules),
                        Encoders.row(NEAR))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> forms = near.groupBy(ACTOR, KEY, FORM).agg(count(lit(1)).as(COUNT))
                    .withColumn(RANK, row_number().over(Window.partitionBy(ACTOR, KEY).orderBy(col(COUNT).desc(), col(FORM))))
                    .where(col(RANK).equalTo(1)).select(ACTOR, KEY, FORM);
            Dataset<Row> totals = near.groupBy(ACTOR).agg(count(lit(1)).as("actor_terms"));
            Dataset<Row> corpus = usable.select(explode(col(DocumentSchema.TERMS)).as(KEY)).groupBy(KEY).agg(count(lit(1)).as("corpus_count"));
            Row sizes = usable.agg(sum(size(col(DocumentSchema.TERMS)))).first();
            long corpusTerms = sizes.isNullAt(0) ? 0 : sizes.getLong(0);
            Column a = col(COUNT);
            Column c = col("actor_terms");
            Column corpusCount = col("corpus_count");
            List<Row> rows = near.groupBy(ACTOR, KEY).agg(count(lit(1)).as(COUNT))
                    .where(col(COUNT).geq(MIN_TERM_COUNT))
                    .join(forms, new String[] {ACTOR, KEY})
                    .join(totals, ACTOR)
                    .join(corpus, KEY)
                    .withColumn("ratio", a.divide(c).divide(corpusCount.divide(lit((double) corpusTerms))))
                    .withColumn("g2", KeynessStage.g2(a, corpusCount.minus(a), c, lit((double) corpusTerms).minus(c)))
                    .where(col("ratio").gt(1))
                    .withColumn(RANK, row_number().over(Window.partitionBy(ACTOR).orderBy(col("g2").desc(), col(KEY))))
                    .where(col(RANK).leq(TERMS_PER_ACTOR))
                    .select(ACTOR, RANK, FORM, COUNT, "corpus_count", "ratio", "g2")
                    .collectAsList();
            for (Row r : inActorOrder(rows, ids)) {
                table.row(r.getString(0), actorLink(r.getString(0)), r.getInt(1), r.getString(2), r.getLong(3), r.getLong(4),
                        round(r.getDouble(5)), round(r.getDouble(6)));
            }
            return table.build();
        } finally {
            near.unpersist();
        }
    }

    /** The terms of one sentence naming {@code actorId}, but for the words of the actors' names {@code matched} there and news filler. */
    static java.util.Iterator<Row> nearTerms(String actorId, String sentence, List<String> matched, TermExtractor extractor, TermRules rules) {
        Set<String> own = new HashSet<>();
        for (String alias : matched) {
            for (String word : alias.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                own.add(word);
            }
        }
        TermExtractor.Terms terms = extractor.extract(List.of(sentence));
        List<Row> out = new ArrayList<>();
        for (int i = 0; i < terms.keys().size(); i++) {
            String form = terms.forms().get(i);
            String lower = form.toLowerCase(Locale.ROOT).replace(".", "");
            if (!own.contains(lower) && !own.contains(terms.keys().get(i)) && !rules.filler().contains(lower)) {
                out.add(RowFactory.create(actorId, terms.keys().get(i), form));
            }
        }
        return out.iterator();
    }

    /**
     * actor_partners: for each actor of {@code ids}, the actors it is named with in most windows of the
     * co-occurrence {@code pairs} ({@link CooccurrenceStage}); the count links to the pair's evidence when
     * {@code withEvidence} holds the pair ("a\tb", ids in the pair's order).
     */
    public Table partners(Dataset<Row> pairs, List<String> ids, Set<String> withEvidence, String unit) {
        Table.Builder table = Table.builder("actor_partners", "Actors named with each actor",
                        "For each of the " + ids.size() + " most named actors, the " + PARTNERS_PER_ACTOR + " actors named in most "
                                + unit + " with it.")
                .column("actor_id", "dictionary id")
                .column("actor", "the actor")
                .column("rank", "1 = named with the actor most often")
                .column("partner", "the other actor")
                .barColumn(unit, unit + " naming both")
                .column("npmi", "normalised pointwise mutual information of the pair, -1 to 1")
                .column("g2", "log-likelihood G2 of the pair's association");
        if (ids.isEmpty()) {
            return table.build();
        }
        String partner = "partner";
        Column[] stats = {col(CooccurrenceStage.WINDOWS), col(CooccurrenceStage.NPMI), col(CooccurrenceStage.G2),
                col(CooccurrenceStage.ACTOR_A), col(CooccurrenceStage.ACTOR_B)};
        Dataset<Row> both = pairs.select(concat(col(CooccurrenceStage.ACTOR_A).as(ACTOR), col(CooccurrenceStage.ACTOR_B).as(partner), stats))
                .union(pairs.select(concat(col(CooccurrenceStage.ACTOR_B).as(ACTOR), col(CooccurrenceStage.ACTOR_A).as(partner), stats)));
        List<Row> rows = both.where(col(ACTOR).isin(ids.toArray()))
                .withColumn(RANK, row_number().over(Window.partitionBy(ACTOR)
                        .orderBy(col(CooccurrenceStage.WINDOWS).desc(), col(CooccurrenceStage.G2).desc(), col(partner))))
                .where(col(RANK).leq(PARTNERS_PER_ACTOR))
                .select(col(ACTOR), col(RANK), col(partner), col(CooccurrenceStage.WINDOWS), col(CooccurrenceStage.NPMI),
                        col(CooccurrenceStage.G2), col(CooccurrenceStage.ACTOR_A), col(CooccurrenceStage.ACTOR_B))
                .collectAsList();
        for (Row r : inActorOrder(rows, ids)) {
            String a = r.getString(6);
            String b = r.getString(7);
            Object windows = withEvidence.contains(a + "\t" + b)
                    ? Table.Link.toRow(r.getLong(3), "actor_evidence", label(a), label(b)) : r.getLong(3);
            table.row(r.getString(0), actorLink(r.getString(0)), r.getInt(1), actorLink(r.getString(2)), windows,
                    round(r.getDouble(4)), round(r.getDouble(5)));
        }
        return table.build();
    }

    /** actor_documents: for each actor of {@code ids}, the documents of {@code usable} naming it most. */
    public Table documents(Dataset<Row> mentions, Dataset<Row> usable, List<String> ids) {
        Table.Builder table = Table.builder("actor_documents", "Documents naming each actor",
                        "For each of the " + ids.size() + " most named actors, the " + DOCUMENTS_PER_ACTOR + " documents naming it most.")
                .column("actor_id", "dictionary id")
                .column("actor", "the actor")
                .column("rank", "1 = the document naming the actor most")
                .column("doc_id", "document")
                .column("title", "its headline")
                .column("published", "publication date")
                .barColumn("mentions", "times the document names the actor");
        if (ids.isEmpty()) {
            return table.build();
        }
        List<Row> rows = mentions.where(col(ACTOR).isin(ids.toArray()))
                .groupBy(ACTOR, MentionSchema.DOC_ID).agg(count(lit(1)).as(COUNT))
                .withColumn(RANK, row_number().over(Window.partitionBy(ACTOR).orderBy(col(COUNT).desc(), col(MentionSchema.DOC_ID))))
                .where(col(RANK).leq(DOCUMENTS_PER_ACTOR))
                .join(usable.select(DocumentSchema.DOC_ID, DocumentSchema.TITLE, DocumentSchema.PUBLISHED), DocumentSchema.DOC_ID)
                .select(col(ACTOR), col(RANK), col(DocumentSchema.DOC_ID), col(DocumentSchema.TITLE), col(DocumentSchema.PUBLISHED), col(COUNT))
                .collectAsList();
        for (Row r : inActorOrder(rows, ids)) {
            table.row(r.getString(0), actorLink(r.getString(0)), r.getInt(1), r.getString(2), r.getString(3),
                    r.isNullAt(4) ? null : r.getDate(4).toLocalDate().toString(), r.getLong(5));
        }
        return table.build();
    }

    /**
     * actor_topics: for each profiled actor, the topics with the largest mean share over the documents naming it
     * ({@code documentTopics} of the topic model), beside the topic's mean share over all documents. The mentions
     * are read from {@code usable}'s annotation (the actor stage runs beside the topic model, not before it).
     */
    public Table topics(Dataset<Row> usable, Dataset<Row> documentTopics, List<String> topicLabels) {
        Table.Builder table = Table.builder("actor_topics", "Topics of each actor",
                        "For each of the most named actors, the " + TOPICS_PER_ACTOR + " topics with the largest mean share in the "
                                + "documents naming it, beside the topic's mean share in all documents.")
                .column("actor_id", "dictionary id")
                .column("actor", "the actor")
                .column("rank", "1 = the topic with the largest share")
                .column("topic", "topic number")
                .column("label", "the topic's top three terms")
                .column("documents", "documents naming the actor (with a topic distribution)")
                .barColumn("share", "mean share of the topic in those documents (0 to 1)")
                .column("corpus_share", "mean share of the topic in all documents");
        Dataset<Row> named = new ActorMentionStage().apply(usable).select(MentionSchema.DOC_ID, ACTOR)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            List<String> ids = actors(named);
            if (ids.isEmpty()) {
                return table.build();
            }
            Map<Integer, Double> corpusShare = new HashMap<>();
            for (Row r : TopicPrevalence.by(documentTopics, documentTopics, lit("all")).collectAsList()) {
                corpusShare.put(r.getInt(1), r.getDouble(3));
            }
            Dataset<Row> actorDocuments = named.where(col(ACTOR).isin(ids.toArray())).distinct();
            List<Row> rows = TopicPrevalence.by(documentTopics, actorDocuments, col(ACTOR))
                    .withColumn(RANK, row_number().over(Window.partitionBy(TopicPrevalence.GROUP)
                            .orderBy(col(TopicPrevalence.SHARE).desc(), col(RepresentativeDocuments.TOPIC))))
                    .where(col(RANK).leq(TOPICS_PER_ACTOR).and(col(TopicPrevalence.SHARE).gt(0)))
                    .select(col(TopicPrevalence.GROUP), col(RANK), col(RepresentativeDocuments.TOPIC), col(TopicPrevalence.DOCUMENTS),
                            col(TopicPrevalence.SHARE))
                    .collectAsList();
            for (Row r : inActorOrder(rows, ids)) {
                int topic = r.getInt(2);
                table.row(r.getString(0), actorLink(r.getString(0)), r.getInt(1), topic,
                        topic < topicLabels.size() ? topicLabels.get(topic) : null, r.getLong(3), round(r.getDouble(4)),
                        round(corpusShare.getOrDefault(topic, 0.0)));
            }
            return table.build();
        } finally {
            named.unpersist();
        }
    }

    /** Rows whose first column is an actor id and second a rank, in the order of {@code ids}, then of rank. */
    private static List<Row> inActorOrder(List<Row> rows, List<String> ids) {
        Map<String, Integer> order = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            order.put(ids.get(i), i);
        }
        List<Row> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.<Row>comparingInt(r -> order.getOrDefault(r.getString(0), Integer.MAX_VALUE))
                .thenComparingInt(r -> r.getInt(1)));
        return sorted;
    }

    private static Column[] concat(Column first, Column second, Column[] rest) {
        Column[] all = new Column[rest.length + 2];
        all[0] = first;
        all[1] = second;
        System.arraycopy(rest, 0, all, 2, rest.length);
        return all;
    }

    private Table.Link actorLink(String actorId) {
        return Table.Link.toActor(label(actorId), actorId);
    }

    private String label(String actorId) {
        return actors.get(actorId).map(Actor::label).orElse(actorId);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
