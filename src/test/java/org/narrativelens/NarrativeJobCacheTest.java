package org.narrativelens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reruns on the seeds that reuse the prepared corpus: a first run prepares and caches it, a rerun with
 * another number of topics reads it and every analysis but the topic model back and gives the same tables;
 * a damaged cache is rebuilt.
 */
class NarrativeJobCacheTest {

    @TempDir
    static Path out;
    static String coldConsole;
    static String warmConsole;

    @BeforeAll
    static void prepareThenRerunWithOtherTopics() {
        coldConsole = run("cold", "--topics", "2");
        warmConsole = run("warm", "--topics", "3");
    }

    private static String run(String name, String... options) {
        List<String> args = new ArrayList<>(List.of("--input", "seeds", "--out", out.toString(), "--run-name", name,
                "--analyses", "terms,topics"));
        args.addAll(List.of(options));
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        int code = new NarrativeJob(SparkTestSession.provider(), new PrintStream(stdout, true, StandardCharsets.UTF_8), System.err)
                .run(args.toArray(String[]::new));
        String console = stdout.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCode.OK, code, console);
        return console;
    }

    private static JsonNode manifest(String run) throws IOException {
        return new ObjectMapper().readTree(out.resolve(run).resolve("run.json").toFile());
    }

    private static boolean reused(JsonNode manifest, String stage) {
        for (JsonNode s : manifest.path("stages")) {
            if (s.path("stage").asText().equals(stage)) {
                return s.path("reused").asBoolean();
            }
        }
        throw new AssertionError("no stage " + stage + " in " + manifest.path("stages"));
    }

    @Test
    void theFirstRunPreparesAndCachesTheCorpus() throws IOException {
        JsonNode cold = manifest("cold");
        JsonNode prepared = cold.path("prepared_corpus");
        assertFalse(prepared.path("reused").asBoolean());
        assertTrue(prepared.path("bytes").asLong() > 0, prepared.toString());
        String fingerprint = prepared.path("fingerprint").asText();
        assertTrue(prepared.path("path").asText().endsWith("/.cache/" + fingerprint), prepared.toString());
        assertTrue(Files.isRegularFile(out.resolve(".cache").resolve(fingerprint).resolve("manifest.json")));
        assertTrue(coldConsole.contains("prepared corpus " + fingerprint + " cached: "), coldConsole);
        assertFalse(reused(cold, "read and clean"));
    }

    @Test
    void aRerunWithOtherTopicsReusesItAndGivesTheSameCorpusTables() throws IOException {
        JsonNode warm = manifest("warm");
        assertTrue(warm.path("prepared_corpus").path("reused").asBoolean());
        assertEquals(manifest("cold").path("prepared_corpus").path("fingerprint"), warm.path("prepared_corpus").path("fingerprint"));
        assertEquals(manifest("cold").path("fingerprint"), warm.path("fingerprint"), "the same documents");
        assertTrue(reused(warm, "read and clean"));
        assertTrue(reused(warm, "duplicates"));
        assertTrue(reused(warm, "phrases"), "the phrases and term statistics do not read --topics");
        assertTrue(reused(warm, "term statistics"));
        assertTrue(reused(warm, "corpus tables"));
        assertFalse(reused(warm, "topic model"));
        assertTrue(Files.isDirectory(out.resolve("warm/data/document_terms.parquet")), "a reused analysis's files are in the run too");
        assertTrue(warm.path("spark_jobs").asInt() < manifest("cold").path("spark_jobs").asInt(), warm.path("spark_jobs").toString());
        assertTrue(warmConsole.contains("reused: 5 documents"), warmConsole);
        for (String table : List.of("documents", "cleaning", "cleaning_rules", "terms", "phrases", "document_terms", "duplicates")) {
            assertEquals(Files.readString(out.resolve("cold").resolve(table + ".csv")),
                    Files.readString(out.resolve("warm").resolve(table + ".csv")), table + ".csv");
        }
        assertEquals(3, NarrativeJobTest.csvOf(out.resolve("warm"), "topic_overview").size());
    }

    @Test
    void aDamagedCacheIsRebuiltNotTrusted() throws IOException {
        Path corpus = out.resolve(".cache").resolve(manifest("cold").path("prepared_corpus").path("fingerprint").asText())
                .resolve("corpus");
        try (Stream<Path> files = Files.list(corpus)) {
            Path part = files.filter(p -> p.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
            Files.write(part, new byte[] {0});
        }
        String console = run("repaired");
        assertTrue(console.contains("is unusable (its file corpus/part-"), console);
        assertFalse(manifest("repaired").path("prepared_corpus").path("reused").asBoolean());
        String rebuilt = run("rebuilt", "--rebuild");
        assertFalse(manifest("rebuilt").path("prepared_corpus").path("reused").asBoolean(), rebuilt);
        assertEquals(Files.readString(out.resolve("cold").resolve("documents.csv")),
                Files.readString(out.resolve("rebuilt").resolve("documents.csv")));
    }

    @Test
    void theCacheIsNoRun() throws IOException {
        assertFalse(Files.readString(out.resolve("index.html")).contains(".cache"), "the runs index lists no cache");
    }
}
