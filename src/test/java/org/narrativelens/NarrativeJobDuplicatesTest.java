package org.narrativelens;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job on the seeds plus an exact copy, a near copy and an empty file: duplicates are found, listed and accounted for. */
class NarrativeJobDuplicatesTest {

    private static final String ORIGINAL = "001_04014259b6145566";

    @TempDir
    static Path dir;
    static Path corpus;

    @BeforeAll
    static void corpusWithCopies() throws IOException {
        corpus = Files.createDirectories(dir.resolve("corpus"));
        try (var seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, corpus.resolve(seed.getFileName()));
            }
        }
        String text = Files.readString(Path.of("seeds", ORIGINAL + ".txt"));
        Files.writeString(corpus.resolve("exact-copy.txt"), text.replace("\n", "\r\n"));
        List<String> lines = new java.util.ArrayList<>(text.lines().toList());
        lines.remove(lines.size() / 2);
        Files.writeString(corpus.resolve("near-copy.txt"), String.join("\n", lines).replaceFirst("Washington", "the US"));
        Files.writeString(corpus.resolve("empty.txt"), "");
    }

    private static Path run(String name, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("--input", corpus.toString(), "--topics", "2"));
        args.addAll(List.of(options));
        return JobRuns.named(name, args.toArray(String[]::new)).ok().folder();
    }

    private static JsonNode documents(Path run) throws IOException {
        return new ObjectMapper().readTree(run.resolve("run.json").toFile()).path("documents");
    }

    @Test
    void duplicatesAreLeftOutListedAndAccountedFor() throws IOException {
        Path run = run("dedup");
        JsonNode documents = documents(run);
        assertEquals(8, documents.path("read").asLong());
        assertEquals(5, documents.path("analysed").asLong());
        assertEquals(2, documents.path("duplicates").asLong());
        assertEquals(1, documents.path("rejected").asLong());
        Map<String, String> dropped = new TreeMap<>();
        for (CSVRecord r : JobRuns.csv(run, "duplicates")) {
            dropped.put(r.get("duplicate_id"), r.get("kept_id") + " " + r.get("kind"));
        }
        assertEquals(Map.of("exact-copy", "001_04014259b6145566 exact", "near-copy", "001_04014259b6145566 near"), dropped);
        Map<String, String> status = new TreeMap<>();
        JobRuns.csv(run, "documents").forEach(r -> status.put(r.get("doc_id"), r.get("status")));
        assertEquals("duplicate", status.get("near-copy"));
        assertEquals("analysed", status.get(ORIGINAL));
        assertEquals("rejected", status.get("empty"));
    }

    @Test
    void keptDuplicatesAreAnalysedAndStillListed() throws IOException {
        Path run = run("kept", "--keep-duplicates");
        JsonNode documents = documents(run);
        assertEquals(7, documents.path("analysed").asLong());
        assertEquals(0, documents.path("duplicates").asLong());
        assertEquals(2, JobRuns.csv(run, "duplicates").size());
    }
}
