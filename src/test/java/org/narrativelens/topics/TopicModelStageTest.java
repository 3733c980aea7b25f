package org.narrativelens.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.narrativelens.SparkTestSession;
import org.narrativelens.config.CooccurrenceWindow;
import org.narrativelens.config.DocumentFrequency;
import org.narrativelens.config.InputFormat;
import org.narrativelens.config.InvalidParameterException;
import org.narrativelens.config.JobParameters;
import org.narrativelens.corpus.DocumentSchema;
import org.narrativelens.text.WordList;

class TopicModelStageTest {

    private static final StructType SCHEMA = new StructType()
            .add(DocumentSchema.DOC_ID, DataTypes.StringType)
            .add(DocumentSchema.TITLE, DataTypes.StringType)
            .add(DocumentSchema.TERMS, DataTypes.createArrayType(DataTypes.StringType));

    /** Two clearly separated vocabularies: war words and football words. */
    private static Dataset<Row> docs() {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            rows.add(RowFactory.create("war" + i, "w", Arrays.asList("troops", "ceasefire", "missile", "troops", "said", "front")));
            rows.add(RowFactory.create("ball" + i, "b", Arrays.asList("goal", "striker", "league", "goal", "said", "match")));
        }
        return SparkTestSession.get().createDataFrame(rows, SCHEMA);
    }

    private static JobParameters params(String minDf, String maxDf) {
        return params(minDf, maxDf, org.narrativelens.config.TopicAlgorithm.GIBBS);
    }

    private static JobParameters params(String minDf, String maxDf, org.narrativelens.config.TopicAlgorithm algorithm) {
        return params(minDf, maxDf, "2", new org.narrativelens.config.TopicOptions(algorithm));
    }

    private static JobParameters params(String minDf, String maxDf, String topics, org.narrativelens.config.TopicOptions options) {
        return params(minDf, maxDf, topics, options, 200);
    }

    private static JobParameters params(String minDf, String maxDf, String topics, org.narrativelens.config.TopicOptions options,
                                        int iterations) {
        return params(minDf, maxDf, topics, options, iterations, 100);
    }

    private static JobParameters params(String minDf, String maxDf, String topics, org.narrativelens.config.TopicOptions options,
                                        int iterations, int vocabSize) {
        return new JobParameters("in", InputFormat.AUTO, org.narrativelens.config.ColumnMapping.DEFAULT,
                org.narrativelens.config.DateOrder.MDY, null, JobParameters.DEFAULT_MAX_DOC_CHARS, "out", "run",
                org.narrativelens.config.TopicCounts.parse(topics), iterations, 7L, vocabSize, DocumentFrequency.parse(minDf), DocumentFrequency.parse(maxDf), 4, null, null,
                CooccurrenceWindow.SENTENCE, 1, org.narrativelens.config.ActorRollup.NONE, org.narrativelens.config.CleaningOptions.DEFAULT,
                org.narrativelens.config.TermOptions.DEFAULT, org.narrativelens.config.LanguageOptions.DEFAULT, options, null, org.narrativelens.config.Analysis.ALL, org.narrativelens.config.CacheOptions.DEFAULT);
    }

    private static TopicModelStage.Result fit(JobParameters p) {
        return new TopicModelStage(p, WordList.fromResource(WordList.NEWS_FILLER)).apply(docs(), 24);
    }

    @Test
    void autoBoundsScaleWithTheCorpusAndTheTopics() {
        assertEquals(5.0, TopicModelStage.autoMinDf(2225));
        assertEquals(3.0, TopicModelStage.autoMinDf(300));
        assertEquals(1.0, TopicModelStage.autoMinDf(5), "a tiny corpus keeps every term");
        assertEquals(222.5, TopicModelStage.autoMaxDf(2225, 20), 1e-9, "2/k of the documents");
        assertEquals(900.0, TopicModelStage.autoMaxDf(1000, 2), 1e-9, "never more than 0.9 of them");
        assertEquals(10.0, TopicModelStage.autoMaxDf(50, 20), 1e-9, "never fewer than 10 documents");
        assertEquals(4.5, TopicModelStage.autoMaxDf(5, 5), 1e-9, "nor more than 0.9 of a tiny corpus");
    }

    @Test
    void separatesTwoVocabulariesAndLeavesFillerOut() {
        TopicModelStage.Result result = fit(params("1", "1.0"));
        assertEquals(2, result.topics().size());
        List<String> tops = result.topics().stream().map(t -> t.terms().get(0)).sorted().toList();
        assertEquals(List.of("goal", "troops"), tops);
        assertTrue(result.method().startsWith("collapsed Gibbs sampling in one task, 200 sweeps"), result.method());
        assertTrue(result.topics().stream().noneMatch(t -> t.terms().contains("said")));
        List<Row> dominant = result.documentTopics().orderBy(DocumentSchema.DOC_ID).collectAsList();
        assertEquals(24, dominant.size());
        int ballTopic = dominant.get(0).getInt(2);
        assertTrue(dominant.stream().filter(r -> r.getString(0).startsWith("ball")).allMatch(r -> r.getInt(2) == ballTopic));
        assertTrue(dominant.stream().filter(r -> r.getString(0).startsWith("war")).allMatch(r -> r.getInt(2) != ballTopic));
    }

    @Test
    void mllibOnlineStillSeparatesThem() {
        TopicModelStage.Result result = fit(params("1", "1.0", org.narrativelens.config.TopicAlgorithm.ONLINE));
        assertEquals(List.of("goal", "troops"), result.topics().stream().map(t -> t.terms().get(0)).sorted().toList());
        assertTrue(result.method().contains("online"), result.method());
    }

    @Test
    void separatedTopicsAreCoherent() {
        TopicModelStage.Result r = fit(params("1", "1.0"));
        TopicCoherence c = r.coherence();
        // each topic's words occur in exactly its 12 documents of 24: every pair has NPMI 1
        assertEquals(List.of(1.0, 1.0), c.npmi().stream().map(x -> Math.round(x * 1e9) / 1e9).toList());
    }

    @Test
    void theVocabularyKeepsTheMostFrequentTermsAndTiesAtTheLimitByTheTermWhateverThePartitioning() {
        // "troops" in 4 documents, 8 times; twelve terms (w01 ... w12) once in each of 3 documents; "rare" in 1 (under min-df 2)
        List<String> tied = new ArrayList<>();
        for (int w = 12; w >= 1; w--) {
            tied.add(String.format("w%02d", w));
        }
        List<Row> rows = new ArrayList<>();
        for (int d = 0; d < 4; d++) {
            List<String> terms = new ArrayList<>(List.of("troops", "troops"));
            if (d < 3) {
                terms.addAll(tied);
            }
            if (d == 0) {
                terms.add("rare");
            }
            rows.add(RowFactory.create("doc" + d, "t", terms));
        }
        TopicModelStage stage = new TopicModelStage(params("2", "1.0", "2", new org.narrativelens.config.TopicOptions(
                org.narrativelens.config.TopicAlgorithm.GIBBS), 10, 10), WordList.fromResource(WordList.NEWS_FILLER));
        List<String> expected = new ArrayList<>(List.of("troops"));
        expected.addAll(tied.stream().sorted().limit(9).toList());
        for (int partitions : new int[] {1, 3, 4}) {
            Dataset<Row> input = stage.topicTerms(SparkTestSession.get().createDataFrame(rows, SCHEMA).repartition(partitions));
            assertEquals(expected, Arrays.asList(stage.vocabulary(input, 4, List.of(2.0, 4.0))), partitions + " partitions");
        }
        Dataset<Row> input = stage.topicTerms(SparkTestSession.get().createDataFrame(rows, SCHEMA));
        assertEquals(tied.stream().sorted().limit(10).toList(), Arrays.asList(stage.vocabulary(input, 4, List.of(2.0, 3.0))),
                "in at most 3 documents: not \"troops\"");
    }

    @Test
    void sameSeedSameTopics() {
        assertEquals(fit(params("1", "1.0")).topics(), fit(params("1", "1.0")).topics());
    }

    @Test
    void sameTopicsWhateverTheOrderAndPartitioningOfTheInput() {
        // As on a cluster, where tasks finish in another order. Mixed documents, so the sampler's path
        // depends on the term ids, and many terms of equal count.
        List<Row> rows = new ArrayList<>();
        java.util.Random random = new java.util.Random(3);
        for (int d = 0; d < 40; d++) {
            List<String> terms = new ArrayList<>();
            for (int w = 0; w < 12; w++) {
                terms.add("w" + random.nextInt(60));
            }
            rows.add(RowFactory.create("doc" + d, "t", terms));
        }
        List<Row> reversed = new ArrayList<>(rows);
        java.util.Collections.reverse(reversed);
        JobParameters p = params("1", "1.0");
        TopicModelStage stage = new TopicModelStage(p, WordList.fromResource(WordList.NEWS_FILLER));
        List<TopicTerms> one = stage.apply(SparkTestSession.get().createDataFrame(rows, SCHEMA).coalesce(1), 40).topics();
        List<TopicTerms> other = stage.apply(SparkTestSession.get().createDataFrame(reversed, SCHEMA).repartition(7), 40).topics();
        assertEquals(one, other);
    }

    @Test
    void severalNumbersOfTopicsAreScoredAndTheChosenOneIsFitted() {
        TopicModelStage.Result r = fit(params("1", "1.0", "2,3", org.narrativelens.config.TopicOptions.DEFAULT));
        TopicCountSelection.Outcome s = r.selection();
        assertEquals(List.of(2, 3), s.scores().stream().map(TopicCountSelection.Score::k).toList());
        assertEquals(2, s.heldOut(), "a tenth of 24 documents, rounded");
        assertTrue(s.scoredTokens() > 0);
        for (TopicCountSelection.Score score : s.scores()) {
            assertTrue(Double.isFinite(score.perplexity()) && score.perplexity() > 1, score.toString());
            assertTrue(score.meanNpmi() >= -1 && score.meanNpmi() <= 1, score.toString());
        }
        assertTrue(s.scores().get(0).perplexity() < 6, "two themes of 4 words each: near 4.6, far below the"
                + " vocabulary's 8: " + s.scores());
        assertEquals(s.chosen(), r.topics().size(), "the run's model has the chosen number of topics");
        assertTrue(s.reason().startsWith("k = " + s.chosen() + ": "), s.reason());
        assertEquals(null, fit(params("1", "1.0")).selection(), "one k: nothing is held out");
    }

    @Test
    void identicalRefitsMakeStableTopics() {
        TopicModelStage.Result r = fit(params("1", "1.0", "2", new org.narrativelens.config.TopicOptions(
                org.narrativelens.config.TopicAlgorithm.GIBBS, 2)));
        assertEquals(List.of(1.0, 1.0), r.stability(), "two clearly separated themes come back with every seed");
        assertEquals(List.of(), fit(params("1", "1.0")).stability());
    }

    @Test
    void aTinyCorpusLeavesNoTopicEmpty() {
        // Five documents, five topics, as the seeds with the default options: with its priors optimised, the
        // sampler let one topic lose every token and reported it empty.
        List<Row> rows = new ArrayList<>();
        java.util.Random random = new java.util.Random(5);
        for (int d = 0; d < 5; d++) {
            // documents 3 and 4 share their theme, so four themes fill five topics
            int theme = Math.min(d, 3);
            List<String> terms = new ArrayList<>();
            for (int w = 0; w < 150; w++) {
                terms.add(random.nextInt(3) == 0 ? "shared" + random.nextInt(40) : "own" + theme + "_" + random.nextInt(30));
            }
            rows.add(RowFactory.create("doc" + d, "t", terms));
        }
        TopicModelStage.Result r = new TopicModelStage(params("auto", "auto", "5", org.narrativelens.config.TopicOptions.DEFAULT, 1000),
                WordList.fromResource(WordList.NEWS_FILLER)).apply(SparkTestSession.get().createDataFrame(rows, SCHEMA), 5);
        assertEquals(5, r.topics().size());
        assertTrue(r.topics().stream().noneMatch(t -> t.terms().isEmpty()), r.topics().toString());
        assertTrue(r.method().contains("fixed (too few documents per topic"), r.method());
    }

    @Test
    void boundsThatLeaveNoTermAreRefusedWithAHint() {
        InvalidParameterException e = assertThrows(InvalidParameterException.class, () -> fit(params("20", "0.5")));
        assertTrue(e.getMessage().contains("exceeds --max-df"), e.getMessage());
        e = assertThrows(InvalidParameterException.class, () -> fit(params("13", "1.0")));
        assertTrue(e.getMessage().contains("leave no term"), e.getMessage());
    }
}
