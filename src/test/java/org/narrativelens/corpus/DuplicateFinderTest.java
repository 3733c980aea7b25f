package org.narrativelens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.narrativelens.SparkTestSession;

class DuplicateFinderTest {

    private static final String ARTICLE = "Russian security council secretary Nikolai Patrushev accused Washington of blocking "
            + "a truce between Kiev and Moscow during talks in Istanbul last spring while European capitals "
            + "supplied weapons and Western officials promised security guarantees that never materialised";

    /** An analysed row: only id, date, clean text and terms matter here. */
    private static Row doc(String id, String published, String text) {
        List<String> terms = Arrays.stream(text.toLowerCase().split("\\W+")).filter(t -> t.length() > 3).toList();
        return AnalysedRow.of(id).set(DocumentSchema.PUBLISHED, published == null ? null : Date.valueOf(published))
                .set(DocumentSchema.TEXT, text).set(DocumentSchema.CLEAN_TEXT, text)
                .set(DocumentSchema.SENTENCES, List.of(text)).set(DocumentSchema.TERMS, terms).row();
    }

    /** Dropped id -> "kept kind similarity". */
    private static Map<String, String> find(double threshold, Row... docs) {
        Map<String, String> dropped = new TreeMap<>();
        for (Row r : new DuplicateFinder(threshold, 7).find(SparkTestSession.get().createDataFrame(List.of(docs), DocumentSchema.ANALYSED))
                .collectAsList()) {
            dropped.put(r.getString(0), r.getString(1) + " " + r.getString(3) + " " + Math.round(r.getDouble(2) * 100) / 100.0);
        }
        return dropped;
    }

    @Test
    void exactDuplicatesIgnoreCaseAndSpacingAndKeepTheEarliest() {
        Map<String, String> dropped = find(0.8,
                doc("b", "2023-06-01", ARTICLE),
                doc("a", "2023-06-02", ARTICLE.toUpperCase().replace(" ", "   ")),
                doc("c", null, ARTICLE));
        assertEquals(Map.of("a", "b exact 1.0", "c", "b exact 1.0"), dropped);
    }

    @Test
    void aNearCopyIsFoundAndAnUnrelatedArticleIsNot() {
        String edited = ARTICLE.replace("last spring", "in 2022");
        String unrelated = "Kremlin spokesman Dmitry Peskov told NBC the United States must review its position on "
                + "the conflict if it wants to restore dialogue with Moscow and its partners across Europe";
        Map<String, String> dropped = find(0.6, doc("a", null, ARTICLE), doc("b", null, edited), doc("c", null, unrelated));
        assertEquals(List.of("b"), new ArrayList<>(dropped.keySet()));
        assertTrue(dropped.get("b").startsWith("a near 0."), dropped.get("b"));
    }

    @Test
    void thresholdOneFindsOnlyDocumentsWithTheSameTerms() {
        String edited = ARTICLE.replace("last spring", "in 2022");
        assertEquals(Map.of("b", "a exact 1.0"), find(1.0, doc("a", null, ARTICLE), doc("b", null, ARTICLE), doc("c", null, edited)));
    }

    @Test
    void documentsTooShortForShinglesAreOneShingle() {
        assertEquals(Map.of("y", "x exact 1.0"), find(0.5, doc("x", null, "Ceasefire talks"), doc("y", null, "ceasefire talks"),
                doc("z", null, "Ceasefire called")));
    }

    @Test
    void noComparableDocumentMeansNoDuplicate() {
        assertEquals(Map.of(), find(0.8, doc("x", null, "a b"), doc("y", null, "a b")));
    }

    @Test
    void documentsSharingSentencesInLargeBucketsStillLoseEveryCopy() {
        // 400 documents, each two of eight sentences: buckets of far more than ALL_PAIRS_BUCKET documents sharing a sentence,
        // where only the copies of the same two sentences are duplicates at 0.8.
        String[] sentences = new String[8];
        for (int s = 0; s < sentences.length; s++) {
            StringBuilder sentence = new StringBuilder();
            for (int w = 0; w < 10; w++) {
                sentence.append(" word").append((char) ('a' + w)).append(s);
            }
            sentences[s] = sentence.toString().trim();
        }
        List<Row> docs = new ArrayList<>();
        Map<String, String> firstOfText = new TreeMap<>();
        Map<String, String> expected = new TreeMap<>();
        for (int d = 0; d < 400; d++) {
            int first = d % sentences.length;
            int second = (first + 1 + (d * 7 + d / sentences.length) % (sentences.length - 1)) % sentences.length;
            // Always in the same order, so two documents differ by a whole sentence or not at all.
            String text = sentences[Math.min(first, second)] + ". " + sentences[Math.max(first, second)] + ".";
            String id = String.format("d%03d", d);
            docs.add(doc(id, null, text));
            String kept = firstOfText.putIfAbsent(text, id);
            if (kept != null) {
                expected.put(id, kept);
            }
        }
        assertTrue(docs.size() - expected.size() < 60 && docs.size() - expected.size() > 8, "the corpus repeats texts");
        Map<String, String> dropped = new TreeMap<>();
        find(0.8, docs.toArray(Row[]::new)).forEach((id, found) -> dropped.put(id, found.split(" ")[0]));
        assertEquals(expected, dropped);
    }

    @Test
    void jaccardIsSharedOverAllShingles() {
        var a = org.apache.spark.ml.linalg.Vectors.sparse(10, new int[] {1, 3, 5}, new double[] {1, 1, 1});
        var b = org.apache.spark.ml.linalg.Vectors.sparse(10, new int[] {3, 5, 7, 9}, new double[] {1, 1, 1, 1});
        assertEquals(2.0 / 5, DuplicateFinder.jaccard(a, b), 1e-12);
        assertEquals(1.0, DuplicateFinder.jaccard(a, a), 1e-12);
    }
}
