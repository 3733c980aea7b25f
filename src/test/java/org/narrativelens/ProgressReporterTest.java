package org.narrativelens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressReporterTest {

    @Test
    void printsOneLinePerStageAndKeepsItsTime() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        ProgressReporter progress = new ProgressReporter(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        int result = progress.stage("count", () -> 42, n -> n + " things");
        assertEquals(42, result);
        String line = buffer.toString(StandardCharsets.UTF_8);
        assertTrue(line.matches("\\[ *\\d+\\.\\d s\\] count +\\d+\\.\\d s  42 things\\R"), line);
        assertEquals("count", progress.timings().get(0).stage());
    }
}
