package org.narrativelens.topics;

import static org.apache.spark.sql.functions.col;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.narrativelens.corpus.DocumentSchema;
import scala.Tuple2;

/**
 * LDA by collapsed Gibbs sampling (Griffiths and Steyvers 2004). A corpus of fewer than twice
 * {@value #MIN_DOCUMENTS_PER_PARTITION} documents (or a run with one core) is sampled in one Spark task, a
 * sequential sampler. A larger one is distributed as AD-LDA (Newman et al. 2009): the documents are split
 * into partitions; in each round every partition samples its tokens for a few sweeps against its own copy
 * of the global topic-word counts, and the counts it changed are merged on the driver and broadcast for the
 * next round. Rounds are short at first, while topics take shape (so the partitions agree on what each
 * topic is), then up to {@value #MAX_SWEEPS_PER_ROUND} sweeps long, as each round costs a Spark job. After
 * a burn-in, the document-topic prior alpha (asymmetric) and the topic-word prior beta (symmetric) are
 * optimised by Minka's fixed point every {@value #OPTIMISE_INTERVAL} sweeps (in AD-LDA, at the end of the
 * first round after that many), as MALLET does with {@code --optimize-interval}; beta starts at {@value #BETA}.
 *
 * <p>The same documents, parameters, seed and number of partitions give the same topics: documents are
 * placed by a hash of their id, sorted by id within a partition, and every random draw comes from a
 * generator seeded by seed, round and partition.
 */
final class GibbsLda {

    static final double BETA = 0.01;
    /** Initial sum of alpha over the topics (MALLET's default too). */
    static final double ALPHA_SUM = 5.0;
    static final int MAX_SWEEPS_PER_ROUND = 50;
    /** Rounds of a single sweep at the start, before the rounds lengthen by doubling. */
    static final int SINGLE_SWEEP_ROUNDS = 5;
    static final int MAX_BURN_IN = 200;
    static final int OPTIMISE_INTERVAL = 10;
    /**
     * Fewer documents than this per partition cost more in topic quality than the second core saves: AD-LDA's
     * partitions drift apart between merges (docs/BENCHMARKS.md, "One task or two partitions").
     */
    static final int MIN_DOCUMENTS_PER_PARTITION = 2_500;
    /**
     * The priors are optimised only with at least this many documents per topic. From fewer (the five seed
     * articles, k=5) the fixed point drives a topic's alpha to its floor and beta up until each document sits
     * in one topic: a topic left with no token never returns, and the run reports an empty topic.
     */
    static final int MIN_DOCUMENTS_PER_TOPIC_TO_OPTIMISE = 10;

    private final int topics;
    private final int iterations;
    private final long seed;

    GibbsLda(int topics, int iterations, long seed) {
        this.topics = topics;
        this.iterations = iterations;
        this.seed = seed;
    }

    /**
     * The fitted model: topic-word counts (word-major), the prior, each document's topic distribution (cached),
     * and the partitions that sampled it (1: one task).
     */
    record Fit(int[] wordTopics, int[] topicTotals, double[] alpha, double beta, int vocabulary, Dataset<Row> documentTopics,
               int partitions) {

        /** How the sampler ran, in words for the report. */
        String sampler() {
            return partitions == 1 ? "in one task" : "AD-LDA over " + partitions + " partitions";
        }

        /** The {@code n} most probable word ids of topic {@code t}, best first (ties: lower id first). */
        int[] topWords(int t, int n) {
            int k = topicTotals.length;
            List<Integer> ids = new ArrayList<>();
            for (int w = 0; w < vocabulary; w++) {
                if (wordTopics[w * k + t] > 0) {
                    ids.add(w);
                }
            }
            ids.sort((a, b) -> wordTopics[b * k + t] != wordTopics[a * k + t]
                    ? Integer.compare(wordTopics[b * k + t], wordTopics[a * k + t]) : Integer.compare(a, b));
            return ids.stream().limit(n).mapToInt(Integer::intValue).toArray();
        }

        /** p(word | topic t), smoothed by beta. */
        double weight(int t, int w) {
            int k = topicTotals.length;
            return (wordTopics[w * k + t] + beta) / (topicTotals[t] + beta * vocabulary);
        }
    }

    /** What one round of one partition changed, and its histograms for optimising alpha when asked for. */
    private record RoundResult(int[] wordTopicDelta, long[][] histograms) implements Serializable {
        RoundResult merge(RoundResult other) {
            for (int i = 0; i < wordTopicDelta.length; i++) {
                wordTopicDelta[i] += other.wordTopicDelta[i];
            }
            if (histograms != null) {
                for (int t = 0; t < histograms.length; t++) {
                    long[] row = other.histograms[t];
                    for (int n = 0; n < row.length && n < histograms[t].length; n++) {
                        histograms[t][n] += row[n];
                    }
                }
            }
            return this;
        }
    }

    /** Fits the model on {@code vectors} ({@code featuresCol}: term counts over a vocabulary of {@code vocabulary} terms). */
    Fit fit(Dataset<Row> vectors, String featuresCol, int vocabulary, long documents) {
        int parallelism = vectors.sparkSession().sparkContext().defaultParallelism();
        return fit(vectors, featuresCol, vocabulary, documents, partitions(parallelism, documents));
    }

    /**
     * How many partitions sample a corpus of {@code documents}: one below {@value #MIN_DOCUMENTS_PER_PARTITION}
     * documents per partition, at most {@code parallelism}.
     */
    static int partitions(int parallelism, long documents) {
        return (int) Math.max(1, Math.min(parallelism, documents / MIN_DOCUMENTS_PER_PARTITION));
    }

    /** Fits the model with the documents split over {@code partitions} partitions. */
    Fit fit(Dataset<Row> vectors, String featuresCol, int vocabulary, long documents, int partitions) {
        int k = topics;
        long seed0 = seed;
        JavaRDD<GibbsPartition> start = vectors
                .select(col(DocumentSchema.DOC_ID), col(DocumentSchema.TITLE), col(featuresCol))
                .repartition(partitions, col(DocumentSchema.DOC_ID))
                .sortWithinPartitions(DocumentSchema.DOC_ID)
                .javaRDD()
                .mapPartitionsWithIndex((index, rows) -> {
                    List<GibbsPartition.Document> docs = new ArrayList<>();
                    rows.forEachRemaining(r -> docs.add(new GibbsPartition.Document(r.getString(0), r.getString(1), tokens(r.getAs(2)))));
                    return Collections.singletonList(GibbsPartition.start(docs, k, roundSeed(seed0, -1, index))).iterator();
                }, true)
                .persist(StorageLevel.MEMORY_AND_DISK());
        Schedule schedule = new Schedule(iterations, optimisesPriors(documents, k));
        Sampled sampled = partitions == 1 ? sampleInOneTask(start, vocabulary, schedule) : sampleInRounds(start, vocabulary, schedule);
        double[] finalAlpha = sampled.alpha();
        JavaRDD<Row> rows = sampled.state().flatMap(p -> documentRows(p, finalAlpha).iterator());
        StructType schema = new StructType()
                .add(DocumentSchema.DOC_ID, DataTypes.StringType)
                .add(DocumentSchema.TITLE, DataTypes.StringType)
                .add(TopicModelStage.DISTRIBUTION, DataTypes.createArrayType(DataTypes.DoubleType, false));
        Dataset<Row> documentTopics = vectors.sparkSession().createDataFrame(rows, schema).persist(StorageLevel.MEMORY_AND_DISK());
        documentTopics.count();
        sampled.cached().forEach(JavaRDD::unpersist);
        return new Fit(sampled.wordTopics(), totals(sampled.wordTopics(), k), sampled.alpha(), sampled.beta(), vocabulary, documentTopics,
                partitions);
    }

    /** When the priors are optimised: every {@value #OPTIMISE_INTERVAL} sweeps after a burn-in, if at all. */
    record Schedule(int iterations, boolean optimisePriors) implements Serializable {
        int burnIn() {
            return Math.min(MAX_BURN_IN, iterations / 4);
        }

        /** Whether the priors are optimised after {@code done} sweeps, the last time having been after {@code last}. */
        boolean optimiseAfter(int done, int last) {
            return optimisePriors && done > burnIn() && done - last >= OPTIMISE_INTERVAL;
        }
    }

    /** The sampler's last state (cached, with the RDDs to unpersist after use), its topic-word counts and priors. */
    private record Sampled(JavaRDD<GibbsPartition> state, List<JavaRDD<?>> cached, int[] wordTopics, double[] alpha, double beta) {
    }

    /** The counts and priors at the end of a one-task run. */
    record Model(int[] wordTopics, double[] alpha, double beta) implements Serializable {
    }

    /**
     * Every sweep in one Spark task, as a sequential collapsed Gibbs sampler with no merge to approximate:
     * on BBC (2,225 documents, k=20) two partitions merging every 50 sweeps scored a median NPMI of 0.255 over
     * seven seeds, one task 0.3025 over six (docs/BENCHMARKS.md), and a small corpus saves the Spark job of
     * every round.
     */
    private Sampled sampleInOneTask(JavaRDD<GibbsPartition> start, int vocabulary, Schedule schedule) {
        int k = topics;
        long seed0 = seed;
        JavaRDD<Tuple2<GibbsPartition, Model>> sampled = start.map(p -> sampleAlone(p, k, vocabulary, schedule, seed0))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Model model = sampled.map(Tuple2::_2).first();
        return new Sampled(sampled.map(Tuple2::_1), List.of(start, sampled), model.wordTopics(), model.alpha(), model.beta());
    }

    /** The sweeps of {@code schedule} over one partition holding every document, the priors optimised in between. */
    static Tuple2<GibbsPartition, Model> sampleAlone(GibbsPartition start, int k, int vocabulary, Schedule schedule, long seed) {
        int[] wordTopics = new int[vocabulary * k];
        start.addWordTopics(wordTopics);
        int[] totals = totals(wordTopics, k);
        double[] alpha = initialAlpha(k);
        double beta = BETA;
        int longest = start.longest();
        GibbsPartition p = start;
        int done = 0;
        for (int step = 0; done < schedule.iterations(); step++) {
            int sweeps = Math.min(OPTIMISE_INTERVAL, schedule.iterations() - done);
            // sweep moves the counts in wordTopics and totals with the tokens
            p = p.sweep(sweeps, wordTopics, totals, alpha, beta, vocabulary, roundSeed(seed, step, 0));
            int before = done;
            done += sweeps;
            if (schedule.optimiseAfter(done, before)) {
                alpha = AlphaOptimiser.optimise(alpha, widen(p.histograms(longest)));
                beta = AlphaOptimiser.optimiseSymmetric(beta, vocabulary, histogram(wordTopics), histogram(totals));
            }
        }
        return new Tuple2<>(p, new Model(wordTopics, alpha, beta));
    }

    /** AD-LDA: rounds of sweeps in every partition against a copy of the global counts, merged on the driver. */
    private Sampled sampleInRounds(JavaRDD<GibbsPartition> start, int vocabulary, Schedule schedule) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(start.context());
        int k = topics;
        long seed0 = seed;
        int[] wordTopics = start.map(p -> {
            int[] counts = new int[vocabulary * k];
            p.addWordTopics(counts);
            return counts;
        }).treeReduce(GibbsLda::add);
        int[] totals = totals(wordTopics, k);
        int longest = start.map(GibbsPartition::longest).reduce(Math::max);
        double[] alpha = initialAlpha(k);
        double beta = BETA;
        JavaRDD<GibbsPartition> state = start;
        List<JavaRDD<?>> cached = List.of(start);
        int done = 0;
        int lastOptimised = 0;
        for (int round = 0; done < schedule.iterations(); round++) {
            int sweeps = Math.min(schedule.iterations() - done, sweepsInRound(round));
            done += sweeps;
            boolean optimise = schedule.optimiseAfter(done, lastOptimised);
            Broadcast<int[]> shared = jsc.broadcast(wordTopics);
            Broadcast<int[]> sharedTotals = jsc.broadcast(totals);
            double[] roundAlpha = alpha.clone();
            double roundBeta = beta;
            int roundNumber = round;
            JavaRDD<Tuple2<GibbsPartition, RoundResult>> step = state.mapPartitionsWithIndex((index, it) -> {
                GibbsPartition before = it.next();
                int[] local = shared.value().clone();
                GibbsPartition after = before.sweep(sweeps, local, sharedTotals.value().clone(), roundAlpha, roundBeta, vocabulary,
                        roundSeed(seed0, roundNumber, index));
                int[] snapshot = shared.value();
                for (int i = 0; i < local.length; i++) {
                    local[i] -= snapshot[i];
                }
                long[][] histograms = optimise ? widen(after.histograms(longest)) : null;
                return Collections.singletonList(new Tuple2<>(after, new RoundResult(local, histograms))).iterator();
            }, true).persist(StorageLevel.MEMORY_AND_DISK());
            RoundResult merged = step.map(Tuple2::_2).treeReduce(RoundResult::merge);
            add(wordTopics, merged.wordTopicDelta());
            totals = totals(wordTopics, k);
            if (optimise) {
                alpha = AlphaOptimiser.optimise(alpha, merged.histograms());
                beta = AlphaOptimiser.optimiseSymmetric(beta, vocabulary, histogram(wordTopics), histogram(totals));
                lastOptimised = done;
            }
            shared.unpersist();
            sharedTotals.unpersist();
            cached.forEach(JavaRDD::unpersist);
            cached = List.of(step);
            state = step.map(Tuple2::_1);
        }
        return new Sampled(state, cached, wordTopics, alpha, beta);
    }

    private static double[] initialAlpha(int k) {
        double[] alpha = new double[k];
        java.util.Arrays.fill(alpha, ALPHA_SUM / k);
        return alpha;
    }

    /** Whether {@code documents} are enough to optimise the priors of {@code topics} topics (else they stay at their start). */
    static boolean optimisesPriors(long documents, int topics) {
        return documents >= (long) MIN_DOCUMENTS_PER_TOPIC_TO_OPTIMISE * topics;
    }

    /** 1 sweep for the first rounds, then 2, 4, 8 ... up to {@value #MAX_SWEEPS_PER_ROUND}. */
    static int sweepsInRound(int round) {
        if (round < SINGLE_SWEEP_ROUNDS) {
            return 1;
        }
        return (int) Math.min(MAX_SWEEPS_PER_ROUND, 1L << Math.min(30, round - SINGLE_SWEEP_ROUNDS + 1));
    }

    /** The seed of one partition's generator in one round (round -1: the initial assignment). */
    static long roundSeed(long seed, int round, int partition) {
        return new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (round + 2)) ^ (0xBF58476D1CE4E5B9L * (partition + 1))).nextLong();
    }

    /** A document's term counts as a token list: each word id repeated as often as it occurs. */
    static int[] tokens(Vector v) {
        SparseVector s = v.toSparse();
        int n = 0;
        for (double c : s.values()) {
            n += (int) c;
        }
        int[] tokens = new int[n];
        int at = 0;
        for (int i = 0; i < s.indices().length; i++) {
            for (int c = 0; c < (int) s.values()[i]; c++) {
                tokens[at++] = s.indices()[i];
            }
        }
        return tokens;
    }

    /** Each document with its topic distribution, (n_dt + alpha_t) / (n_d + sum alpha). */
    private static List<Row> documentRows(GibbsPartition p, double[] alpha) {
        double alphaSum = 0;
        for (double a : alpha) {
            alphaSum += a;
        }
        List<Row> rows = new ArrayList<>(p.documents());
        int k = alpha.length;
        for (int d = 0; d < p.documents(); d++) {
            double[] theta = new double[k];
            for (int t = 0; t < k; t++) {
                theta[t] = (p.docTopics[d * k + t] + alpha[t]) / (p.length(d) + alphaSum);
            }
            rows.add(RowFactory.create(p.docIds[d], p.titles[d], theta));
        }
        return rows;
    }

    private static long[][] widen(int[][] h) {
        long[][] wide = new long[h.length][];
        for (int i = 0; i < h.length; i++) {
            wide[i] = java.util.Arrays.stream(h[i]).asLongStream().toArray();
        }
        return wide;
    }

    /** {@code [n]}: how many of {@code counts} equal n. */
    static long[] histogram(int[] counts) {
        int max = 0;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        long[] h = new long[max + 1];
        for (int c : counts) {
            h[c]++;
        }
        return h;
    }

    private static int[] add(int[] into, int[] other) {
        for (int i = 0; i < into.length; i++) {
            into[i] += other[i];
        }
        return into;
    }

    static int[] totals(int[] wordTopics, int k) {
        int[] totals = new int[k];
        for (int i = 0; i < wordTopics.length; i++) {
            totals[i % k] += wordTopics[i];
        }
        return totals;
    }
}
