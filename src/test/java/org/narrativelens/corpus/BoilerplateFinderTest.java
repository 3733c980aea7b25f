package org.narrativelens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.narrativelens.SparkTestSession;

class BoilerplateFinderTest {

    private static final String SLOGAN = "Subscribe to our Telegram channel for more news";

    private static Row doc(String id, String source, String text) {
        return RowFactory.create(id, source, null, null, null, "file:/c/" + id + ".txt", text, null);
    }

    private static BoilerplateLines find(List<Row> docs, int minDocs, double minShare) {
        return new BoilerplateFinder(minDocs, minShare).find(SparkTestSession.get().createDataFrame(docs, DocumentSchema.RAW));
    }

    /** Articles differ in words: lines that differ only in numbers are one template line. */
    private static String article(int n) {
        return "Headline " + word(n) + " about the talks\n" + body(n);
    }

    private static String body(int n) {
        return "Body sentence " + word(n) + " says something of its own, at length.";
    }

    /** A word of letters only for {@code n}: "wa", "wb", ... */
    private static String word(int n) {
        StringBuilder word = new StringBuilder("w");
        int rest = n;
        do {
            word.append((char) ('a' + rest % 26));
            rest /= 26;
        } while (rest > 0);
        return word.toString();
    }

    @Test
    void aLineInManyDocumentsOfOneSourceIsBoilerplateThere() {
        List<Row> docs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            docs.add(doc("a" + i, "rt", article(i) + "\n" + SLOGAN));
        }
        docs.add(doc("b0", "tass", article(10) + "\n" + SLOGAN));
        BoilerplateLines found = find(docs, 3, 0.01);
        assertTrue(found.contains("rt", "  subscribe to our TELEGRAM channel for more news"), "case and spacing ignored");
        assertFalse(found.contains("tass", SLOGAN), "counted per source: one TASS document is not enough");
        assertFalse(found.contains("rt", body(1)));
        assertEquals(1, found.size());
    }

    @Test
    void linesDifferingOnlyInNumbersLinksAndDatesAreOneTemplateLine() {
        List<Row> docs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            docs.add(doc("h" + i, "hn", article(i) + "\nArticle URL: https://site" + i + ".com/p/" + i
                    + " Comments URL: https://news.ycombinator.com/item?id=" + (100 + i) + " Points: " + (7 * i)
                    + "\nPosted " + (i + 1) + " March 2024 at 10:4" + i));
        }
        BoilerplateLines found = find(docs, 3, 0.5);
        assertTrue(found.contains("hn", "Article URL: https://x.org/a Comments URL: https://news.ycombinator.com/item?id=9 Points: 1"));
        assertTrue(found.contains("hn", "Posted 30 April 2025 at 09:00"));
        assertFalse(found.contains("hn", body(1)), "article sentences differ in more than their numbers");
        assertEquals(2, found.size());
    }

    @Test
    void bothThresholdsMustBeMet() {
        List<Row> docs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            docs.add(doc("a" + i, null, article(i) + (i < 3 ? "\n" + SLOGAN : "")));
        }
        assertTrue(find(docs, 3, 0.3).contains(null, SLOGAN), "3 of 10 documents: 30%");
        assertFalse(find(docs, 3, 0.31).contains(null, SLOGAN), "short of the share");
        assertFalse(find(docs, 4, 0.01).contains(null, SLOGAN), "short of the count");
    }

    @Test
    void repostsOfOneArticleCountOnceSoTheirBodyIsNotBoilerplate() {
        String body = "The ministry said the talks would resume in Istanbul next week, officials confirmed.";
        List<Row> docs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            docs.add(doc("repost" + i, null, "Talks to resume\n" + body + "\nFooter variant " + i));
        }
        docs.add(doc("other", null, article(99)));
        BoilerplateLines found = find(docs, 3, 0.01);
        assertFalse(found.contains(null, body));
        assertFalse(found.contains(null, "Talks to resume"));
    }

    @Test
    void emptyAndNullTextsAreSkipped() {
        BoilerplateLines found = find(List.of(doc("e", null, ""), doc("n", null, null), doc("a", null, article(1))), 2, 0);
        assertEquals(0, found.size());
    }
}
