package org.narrativelens.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.narrativelens.SparkTestSession;

class ResultCacheTest {

    /** A result as an analysis returns it: the application's own record holding JDK values. */
    record Counted(List<String> terms, Map<String, Long> counts) implements java.io.Serializable {
    }

    private static final Counted RESULT = new Counted(List.of("peace", "talks"), Map.of("peace", 3L));

    @TempDir
    Path dir;

    private final SparkSession spark = SparkTestSession.get();

    private ResultCache cache(boolean corpusKept) {
        return ResultCache.beside(spark, dir.resolve("cache").toString(), "fp", () -> corpusKept);
    }

    /** Runs an analysis that writes a Parquet file of {@code rows} rows into its slot, and keeps its result. */
    private void compute(ResultCache.Slot slot, Path runData, long rows) {
        spark.range(rows).toDF().write().parquet(slot.filesFolder(runData) + "/numbers.parquet");
        slot.keep(RESULT, runData);
    }

    @Test
    void aKeptResultIsReadBackWithItsFilesByTheSameParametersOnly() {
        ResultCache.Slot slot = cache(true).slot("term statistics", Map.of("top-n", 50));
        assertNull(slot.read(Counted.class));
        compute(slot, dir.resolve("run1/data"), 7);
        assertEquals(7, spark.read().parquet(dir.resolve("run1/data/numbers.parquet").toString()).count());

        ResultCache.Slot again = cache(true).slot("term statistics", Map.of("top-n", 50));
        assertEquals(RESULT, again.read(Counted.class));
        again.copyFilesTo(dir.resolve("run2/data"));
        assertEquals(7, spark.read().parquet(dir.resolve("run2/data/numbers.parquet").toString()).count());
        assertNull(cache(true).slot("term statistics", Map.of("top-n", 20)).read(Counted.class), "other parameters");
        assertNull(cache(true).slot("topic model", Map.of("top-n", 50)).read(Counted.class), "another analysis");
        assertEquals(List.of(), leftovers(), "no temporary folder is left");
    }

    @Test
    void withoutACachedCorpusTheRunStillGetsItsFiles() {
        ResultCache.Slot slot = cache(false).slot("actors", Map.of());
        compute(slot, dir.resolve("run/data"), 3);
        assertEquals(3, spark.read().parquet(dir.resolve("run/data/numbers.parquet").toString()).count());
        assertNull(cache(false).slot("actors", Map.of()).read(Counted.class));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void withoutACacheTheAnalysisWritesIntoTheRun() {
        ResultCache.Slot slot = ResultCache.none().slot("actors", Map.of());
        assertTrue(slot.filesFolder(dir.resolve("run/data")).endsWith("/run/data"));
        compute(slot, dir.resolve("run/data"), 2);
        assertNull(ResultCache.none().slot("actors", Map.of()).read(Counted.class));
        assertFalse(Files.exists(dir.resolve("cache")));
    }

    @Test
    void aDamagedOrForeignResultIsComputedAgain() throws IOException {
        ResultCache.Slot slot = cache(true).slot("actors", Map.of());
        compute(slot, dir.resolve("run/data"), 1);
        Path result = only("result.bin");
        Files.write(result, new byte[] {1, 2, 3});
        assertNull(cache(true).slot("actors", Map.of()).read(Counted.class));
        assertFalse(Files.exists(result), "the damaged slot is removed");

        compute(cache(true).slot("actors", Map.of()), dir.resolve("run2/data"), 1);
        Path foreign = only("result.bin");
        try (OutputStream out = Files.newOutputStream(foreign); ObjectOutputStream objects = new ObjectOutputStream(out)) {
            objects.writeObject(new ArrayList<>(List.of(new java.net.InetSocketAddress(80))));   // no class of ours
        }
        Files.delete(foreign.resolveSibling(".result.bin.crc"));   // so that the filter, not the checksum, refuses it
        assertNull(cache(true).slot("actors", Map.of()).read(java.util.ArrayList.class), "the filter admits only our records");
    }

    @Test
    void aRunsCsvIsACopySoEditingItLeavesTheCacheAlone() throws IOException {
        ResultCache.Slot slot = cache(true).slot("actors", Map.of());
        Path files = Files.createDirectories(Path.of(new org.apache.hadoop.fs.Path(slot.filesFolder(dir.resolve("run1"))).toUri().getPath()));
        Files.writeString(files.resolve("mentions.csv"), "doc_id\nd1\n");
        slot.keep(RESULT, dir.resolve("run1"));
        Files.writeString(dir.resolve("run1/mentions.csv"), "edited in place\n", java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
        ResultCache.Slot again = cache(true).slot("actors", Map.of());
        assertEquals(RESULT, again.read(Counted.class));
        again.copyFilesTo(dir.resolve("run2"));
        assertEquals("doc_id\nd1\n", Files.readString(dir.resolve("run2/mentions.csv")));
    }

    @Test
    void theKeyFollowsTheParameters() {
        String name = cache(true).slot("actors", Map.of()).filesFolder(dir);
        assertNotEquals(name, cache(true).slot("actors", Map.of("window", "sentence")).filesFolder(dir));
    }

    private Path only(String fileName) throws IOException {
        try (Stream<Path> files = Files.walk(dir.resolve("cache"))) {
            return files.filter(p -> p.getFileName().toString().equals(fileName)).findFirst().orElseThrow();
        }
    }

    private List<String> leftovers() {
        try (Stream<Path> files = Files.list(dir.resolve("cache"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".tmp")).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
