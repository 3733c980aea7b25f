package org.narrativelens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BoilerplateLinesTest {

    @Test
    void linesAreMatchedPerSourceIgnoringCaseAndSpacing() {
        BoilerplateLines lines = BoilerplateLines.builder().add("rt", "Subscribe to RT on Telegram").add(null, "Share this").build();
        assertTrue(lines.contains("rt", "subscribe  to rt on TELEGRAM"));
        assertFalse(lines.contains("tass", "Subscribe to RT on Telegram"));
        assertTrue(lines.contains(null, "share this"));
        assertFalse(lines.contains("rt", "Share this"));
        assertEquals(2, lines.size());
    }

    @Test
    void noneContainsNothing() {
        assertFalse(BoilerplateLines.none().contains(null, ""));
        assertEquals(0, BoilerplateLines.none().size());
    }
}
