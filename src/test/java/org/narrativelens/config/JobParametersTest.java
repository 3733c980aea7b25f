package org.narrativelens.config;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class JobParametersTest {

    private static JobParameters with(String minDf, String maxDf, int topN) {
        return with(minDf, maxDf, topN, JobParameters.DEFAULT_MAX_DOC_CHARS);
    }

    private static JobParameters with(String minDf, String maxDf, int topN, int maxDocChars) {
        return new JobParameters("seeds", InputFormat.AUTO, ColumnMapping.DEFAULT, DateOrder.MDY, null, maxDocChars, "reports", "run", TopicCounts.of(5), 50, 1L, 1000, DocumentFrequency.parse(minDf), DocumentFrequency.parse(maxDf), topN,
                null, null, CooccurrenceWindow.SENTENCE, 1, org.narrativelens.config.ActorRollup.NONE, CleaningOptions.DEFAULT, TermOptions.DEFAULT,
                LanguageOptions.DEFAULT, org.narrativelens.config.TopicOptions.DEFAULT, null, Analysis.ALL, CacheOptions.DEFAULT);
    }

    @Test
    void countAndFractionBoundsAreComparedOnlyWhenOfOneKind() {
        assertDoesNotThrow(() -> with("2", "0.5", 10));   // 2 documents vs half the corpus: checked when N is known
        assertDoesNotThrow(() -> with("0.01", "0.9", 10));
        assertEquals("--min-df", assertThrows(InvalidParameterException.class, () -> with("0.6", "0.5", 10)).option());
        assertEquals("--min-df", assertThrows(InvalidParameterException.class, () -> with("3", "2", 10)).option());
        assertEquals("--max-df", assertThrows(InvalidParameterException.class, () -> with("1", "0", 10)).option());
    }

    @Test
    void topNIsBounded() {
        assertEquals("--top-n", assertThrows(InvalidParameterException.class, () -> with("1", "0.9", 0)).option());
    }

    @Test
    void maxDocCharsIsPositive() {
        assertEquals("--max-doc-chars must be a positive number of characters (default 1000000), was 0",
                assertThrows(InvalidParameterException.class, () -> with("1", "0.9", 10, 0)).getMessage());
        assertEquals("--max-doc-chars", assertThrows(InvalidParameterException.class, () -> with("1", "0.9", 10, -5)).option());
        assertEquals(1, with("1", "0.9", 10, 1).maxDocChars());
    }

    @Test
    void manifestMapHasEveryParameter() {
        assertEquals(48, with("1", "0.9", 10).asMap().size());
        assertEquals("20g", with("1", "0.9", 10).asMap().get("cache-limit"));
        assertEquals(false, with("1", "0.9", 10).asMap().get("no-cache"));
        assertEquals(0, with("1", "0.9", 10).asMap().get("stability-runs"));
        assertEquals("gibbs", with("1", "0.9", 10).asMap().get("algorithm"));
        assertEquals("month", with("1", "0.9", 10).asMap().get("time-bucket"));
        assertEquals("sentence", with("1", "0.9", 10).asMap().get("window"));
        assertEquals(1_000_000, with("1", "0.9", 10).asMap().get("max-doc-chars"));
        assertEquals("all", with("1", "0.9", 10).asMap().get("analyses"));
    }
}
