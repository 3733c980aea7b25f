package org.narrativelens.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.narrativelens.SparkTestSession;
import org.narrativelens.annotate.AnnotatedCorpus;
import org.narrativelens.config.CooccurrenceWindow;
import org.narrativelens.corpus.AnalysedRow;
import org.narrativelens.corpus.DocumentSchema;

class CooccurrenceStageTest {

    /** US, UK and Russia, ids short so that the pairs read easily. */
    private static final ActorDictionary ACTORS = new ActorDictionary(List.of(
            new Actor("us", "US", ActorType.STATE, null, List.of(), false, null, null),
            new Actor("uk", "UK", ActorType.STATE, null, List.of(), false, null, null),
            new Actor("ru", "Russia", ActorType.STATE, null, List.of(), false, null, null)));

    /** The mentions of {@code docs}, found by the annotation as the job finds them. */
    private static Dataset<Row> mentions(List<Row> docs) {
        return new ActorMentionStage().apply(AnnotatedCorpus.of(ACTORS, docs));
    }

    /** A document of these paragraphs, each of sentences separated by "|". */
    private static Row doc(String id, String... paragraphs) {
        List<String> sentences = java.util.Arrays.stream(paragraphs).flatMap(p -> java.util.Arrays.stream(p.split("\\|"))).toList();
        return AnalysedRow.of(id).set(DocumentSchema.SENTENCES, sentences)
                .set(DocumentSchema.CLEAN_TEXT, String.join("\n\n", paragraphs).replace('|', ' ')).row();
    }

    private static List<String> pairs(Dataset<Row> result) {
        return result.orderBy(CooccurrenceStage.ACTOR_A, CooccurrenceStage.ACTOR_B).collectAsList().stream()
                .map(r -> r.getString(0) + "+" + r.getString(1) + ":" + r.getLong(2) + "/" + r.getLong(3) + " "
                        + r.getString(r.fieldIndex(CooccurrenceStage.EVIDENCE)))
                .toList();
    }

    // d1: paragraph 0 holds sentences 0 and 1, paragraph 1 sentence 2.
    private final Dataset<Row> mentions = mentions(List.of(
            doc("d1", "US and UK and the US again|Russia alone", "UK and US"),
            doc("d2", "Russia and the UK")));

    @Test
    void eachPairCountsOncePerSentence() {
        assertEquals(List.of("ru+uk:1/1 Russia and the UK", "uk+us:2/1 US and UK and the US again"),
                pairs(new CooccurrenceStage().apply(mentions, CooccurrenceWindow.SENTENCE, 4, 1).pairs()));
    }

    @Test
    void documentWindowsJoinSentencesOfOneDocument() {
        List<String> p = pairs(new CooccurrenceStage().apply(mentions, CooccurrenceWindow.DOCUMENT, 2, 1).pairs());
        assertEquals(List.of("ru+uk:2/2", "ru+us:1/1", "uk+us:1/1"), p.stream().map(s -> s.substring(0, s.indexOf(' '))).toList());
    }

    @Test
    void paragraphWindowsJoinTheSentencesOfOneParagraphOnly() {
        // d1's first paragraph names US, UK and Russia; its second US and UK again: uk+us twice, ru with each once.
        List<String> p = pairs(new CooccurrenceStage().apply(mentions, CooccurrenceWindow.PARAGRAPH, 3, 1).pairs());
        assertEquals(List.of("ru+uk:2/2 Russia alone", "ru+us:1/1 Russia alone", "uk+us:2/1 US and UK and the US again"), p);
    }

    @Test
    void totalWindowsCountSentencesParagraphsOrDocuments() {
        org.apache.spark.sql.types.StructType schema = new org.apache.spark.sql.types.StructType()
                .add(org.narrativelens.corpus.DocumentSchema.CLEAN_TEXT, org.apache.spark.sql.types.DataTypes.StringType)
                .add(org.narrativelens.corpus.DocumentSchema.SENTENCES,
                        org.apache.spark.sql.types.DataTypes.createArrayType(org.apache.spark.sql.types.DataTypes.StringType));
        Dataset<Row> docs = SparkTestSession.get().createDataFrame(List.of(
                RowFactory.create("Title\n\nOne. Two.\n\nThree.", List.of("Title", "One.", "Two.", "Three.")),
                RowFactory.create("Alone.", List.of("Alone."))), schema);
        assertEquals(5, CooccurrenceStage.totalWindows(docs, CooccurrenceWindow.SENTENCE));
        assertEquals(4, CooccurrenceStage.totalWindows(docs, CooccurrenceWindow.PARAGRAPH));
        assertEquals(2, CooccurrenceStage.totalWindows(docs, CooccurrenceWindow.DOCUMENT));
    }

    @Test
    void noMentionsNoPairs() {
        assertEquals(List.of(), pairs(new CooccurrenceStage().apply(mentions(List.of(doc("d3", "Nobody named here"))), CooccurrenceWindow.SENTENCE, 4, 1).pairs()));
    }

    /**
     * uk+us over N = 4 sentences: n_uk = 3, n_us = 2, together 2. PMI = log2(2*4 / (3*2)) = 0.41504;
     * NPMI = PMI / -log2(2/4) = 0.41504; Jaccard = 2 / (3 + 2 - 2) = 0.66667; 2x2 table O = (2, 1, 0, 1),
     * E = (1.5, 1.5, 0.5, 0.5): G2 = 2 (2 ln(2/1.5) + ln(1/1.5) + ln(1/0.5)) = 1.72609.
     */
    @Test
    void associationStatisticsAsComputedByHand() {
        Row ukUs = new CooccurrenceStage().apply(mentions, CooccurrenceWindow.SENTENCE, 4, 1).pairs()
                .where("actor_a = 'uk' and actor_b = 'us'").first();
        assertEquals(0.41504, ukUs.getDouble(ukUs.fieldIndex(CooccurrenceStage.PMI)), 1e-5);
        assertEquals(0.41504, ukUs.getDouble(ukUs.fieldIndex(CooccurrenceStage.NPMI)), 1e-5);
        assertEquals(0.66667, ukUs.getDouble(ukUs.fieldIndex(CooccurrenceStage.JACCARD)), 1e-5);
        assertEquals(1.72609, ukUs.getDouble(ukUs.fieldIndex(CooccurrenceStage.G2)), 1e-5);
    }

    @Test
    void pairsBelowTheMinimumAreLeftOutAndEvidenceListsEveryWindow() {
        CooccurrenceStage.Result result = new CooccurrenceStage().apply(mentions, CooccurrenceWindow.SENTENCE, 4, 2);
        assertEquals(List.of("uk+us:2/1 US and UK and the US again"), pairs(result.pairs()));
        List<String> evidence = result.evidence().where("actor_a = 'uk' and actor_b = 'us'")
                .orderBy(CooccurrenceStage.SENTENCE_INDEX).collectAsList().stream()
                .map(r -> r.getInt(r.fieldIndex(CooccurrenceStage.SENTENCE_INDEX)) + " " + r.getString(r.fieldIndex(CooccurrenceStage.SENTENCE)))
                .toList();
        assertEquals(List.of("0 US and UK and the US again", "2 UK and US"), evidence);
    }
}
