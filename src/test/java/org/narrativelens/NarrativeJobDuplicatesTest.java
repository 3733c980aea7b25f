package org.narrativelens;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
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
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        List<String> args = new java.util.ArrayList<>(List.of("--input", corpus.toString(), "--out", dir.resolve("out").toString(),
                "--run-name", name, "--topics", "2"));
        args.addAll(List.of(options));
        int code = new NarrativeJob(SparkTestSession.provider(), new PrintStream(stdout, true, StandardCharsets.UTF_8), System.err)
                .run(args.toArray(String[]::new));
        assertEquals(ExitCode.OK, code, stdout.toString(StandardCharsets.UTF_8));
        return dir.resolve("out").resolve(name);
    }

    private static JsonNode documents(Path run) throws IOException {
        return new ObjectMapper().readTree(run.resolve("run.json").toFile()).path("documents");
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
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
        for (CSVRecord r : csv(run.resolve("duplicates.csv"))) {
            dropped.put(r.get("duplicate_id"), r.get("kept_id") + " " + r.get("kind"));
        }
        assertEquals(Map.of("exact-copy", "001_04014259b6145566 exact", "near-copy", "001_04014259b6145566 near"), dropped);
        Map<String, String> status = new TreeMap<>();
        csv(run.resolve("documents.csv")).forEach(r -> status.put(r.get("doc_id"), r.get("status")));
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
        assertEquals(2, csv(run.resolve("duplicates.csv")).size());
    }
}
