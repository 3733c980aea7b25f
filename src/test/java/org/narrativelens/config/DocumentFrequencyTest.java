package org.narrativelens.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DocumentFrequencyTest {

    @Test
    void aDecimalPointMakesAFraction() {
        assertEquals(new DocumentFrequency(1, true), DocumentFrequency.parse("1.0"));
        assertEquals(new DocumentFrequency(1, false), DocumentFrequency.parse("1"));
        assertEquals(new DocumentFrequency(0.05, true), DocumentFrequency.parse(" 0.05 "));
    }

    @Test
    void documentsScaleFractionsOnly() {
        assertEquals(24.0, DocumentFrequency.parse("1.0").documents(24));
        assertEquals(1.0, DocumentFrequency.parse("1").documents(24));
        assertEquals(12.0, DocumentFrequency.parse("0.5").documents(24));
    }

    @Test
    void comparableOnlyWhenOfOneKind() {
        assertTrue(DocumentFrequency.parse("2").comparableTo(DocumentFrequency.parse("5")));
        assertFalse(DocumentFrequency.parse("2").comparableTo(DocumentFrequency.parse("0.5")));
    }

    @Test
    void autoLeavesTheBoundToTheTopicModel() {
        DocumentFrequency auto = DocumentFrequency.parse(" AUTO ");
        assertTrue(auto.auto());
        assertEquals("auto", auto.toString());
        assertFalse(auto.comparableTo(DocumentFrequency.parse("5")));
        assertFalse(DocumentFrequency.parse("0.5").comparableTo(auto));
        assertThrows(IllegalStateException.class, () -> auto.documents(24));
        assertFalse(DocumentFrequency.parse("5").auto());
    }

    @Test
    void printsAsWritten() {
        assertEquals("5", DocumentFrequency.parse("5").toString());
        assertEquals("0.5", DocumentFrequency.parse("0.50").toString());
    }

    @Test
    void badValuesSayWhatIsAllowed() {
        assertEquals("a fraction of documents must be between 0.0 and 1.0, was 1.5",
                assertThrows(IllegalArgumentException.class, () -> DocumentFrequency.parse("1.5")).getMessage());
        assertEquals("a count of documents must be a whole number >= 0, was -2.0",
                assertThrows(IllegalArgumentException.class, () -> DocumentFrequency.parse("-2")).getMessage());
        assertThrows(CommandLine.TypeConversionException.class, () -> new DocumentFrequency.Converter().convert("lots"));
    }
}
