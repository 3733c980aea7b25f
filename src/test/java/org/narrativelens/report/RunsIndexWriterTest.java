package org.narrativelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunsIndexWriterTest {

    private static void run(Path out, String name, String started, int topics) throws Exception {
        run(out, name, started, topics, Map.of());
    }

    private static void run(Path out, String name, String started, int topics, Map<String, Object> more) throws Exception {
        Map<String, Object> parameters = new LinkedHashMap<>(more);
        parameters.put("input", "seeds");
        parameters.put("run-name", name);
        parameters.put("topics", topics);
        parameters.put("seed", 42);
        RunSummary summary = new RunSummary("narrative-lens test", name, started, started, 8000, "seeds", "f",
                parameters, new RunSummary.DocumentCounts(5, 5, 0, 0, 0),
                HtmlReportWriterTest.PROFILE, List.of(), Map.of("spark", "4.1.0"), List.of());
        Path folder = Files.createDirectories(out.resolve(name));
        try (Writer w = Files.newBufferedWriter(folder.resolve("run.json"), StandardCharsets.UTF_8)) {
            new ManifestWriter().write(summary, w);
        }
    }

    @Test
    void listsEveryCompleteRunNewestFirstWithTheParametersThatDiffer(@TempDir Path out) throws Exception {
        run(out, "run-a", "2026-01-01T10:00:00Z", 5);
        run(out, "run-b", "2026-01-02T10:00:00Z", 12);
        Files.createDirectories(out.resolve(".run-c.incomplete-123"));
        Files.createDirectories(out.resolve("not-a-run"));
        assertTrue(new RunsIndexWriter().update(out));
        String index = Files.readString(out.resolve("index.html"));
        assertTrue(index.indexOf("run-b/index.html") < index.indexOf("run-a/index.html"), "newest first");
        assertTrue(index.contains("<th class=\"param\">--topics</th>"), index);
        assertFalse(index.contains("--seed</th>"), "a parameter equal in every run is not a column");
        assertFalse(index.contains("run-c") || index.contains("not-a-run"));
        assertTrue(index.contains(RunsIndexWriter.MARKER));
    }

    @Test
    void onlyTheParametersThatDifferAreColumns() {
        Map<String, Object> a = Map.of("parameters", Map.of("topics", "5", "seed", "42", "run-name", "a"));
        Map<String, Object> b = Map.of("parameters", Map.of("topics", "9", "seed", "42", "run-name", "b"));
        assertEquals(List.of("topics"), RunsIndexWriter.differingParameters(List.of(a, b)));
    }

    @Test
    void aForeignIndexIsLeftAlone(@TempDir Path out) throws Exception {
        Files.writeString(out.resolve("index.html"), "<p>my own notes</p>");
        run(out, "run-a", "2026-01-01T10:00:00Z", 5);
        assertFalse(new RunsIndexWriter().update(out));
        assertEquals("<p>my own notes</p>", Files.readString(out.resolve("index.html")));
    }

    @Test
    void aRunOfAnOlderVersionWithoutANewerParameterIsListedAsNotRecorded(@TempDir Path out) throws Exception {
        run(out, "old", "2026-01-01T10:00:00Z", 5);
        run(out, "new", "2026-01-02T10:00:00Z", 5, Map.of("near-dup-threshold", 0.8));
        assertTrue(new RunsIndexWriter().update(out));
        String index = Files.readString(out.resolve("index.html"));
        assertTrue(index.contains("<th class=\"param\">--near-dup-threshold</th>"), index);
        assertTrue(index.contains(RunsIndexWriter.NOT_RECORDED), index);
    }
}
