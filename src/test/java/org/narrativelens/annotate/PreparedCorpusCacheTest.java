package org.narrativelens.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.narrativelens.SparkTestSession;

class PreparedCorpusCacheTest {

    private static final PreparedCounts COUNTS = new PreparedCounts(10, 9, 1, 120, "content", 2, 1, 13);

    @TempDir
    Path dir;

    private final SparkSession spark = SparkTestSession.get();

    private PreparedCorpusCache cache() {
        return PreparedCorpusCache.at(spark, dir.toString());
    }

    private PreparedCorpusCache.Entry publish(String fingerprint, long rows) {
        Dataset<Row> corpus = spark.range(rows).toDF();
        return cache().publish(fingerprint, COUNTS, corpus, spark.range(0).toDF());
    }

    @Test
    void aPublishedCorpusIsFoundWithItsCounts() {
        publish("abc", 10);
        PreparedCorpusCache.Lookup found = cache().find("abc");
        assertNull(found.problem());
        assertEquals(COUNTS, found.entry().manifest().counts());
        assertEquals(10, spark.read().parquet(found.entry().corpus()).count());
        assertEquals(0, spark.read().parquet(found.entry().duplicates()).count());
        assertTrue(found.entry().manifest().bytes() > 0);
        assertEquals(new PreparedCorpusCache.Lookup(null, null), cache().find("other"), "nothing cached, no problem");
        assertEquals(List.of("abc"), folders(), "no temporary folder is left");
    }

    @Test
    void aTruncatedFileIsFoundAndTheFolderRemoved() throws IOException {
        publish("abc", 10);
        Path part;
        try (Stream<Path> files = Files.walk(dir.resolve("abc/corpus"))) {
            part = files.filter(p -> p.getFileName().toString().endsWith(".parquet")).findFirst().orElseThrow();
        }
        Files.write(part, new byte[] {1, 2, 3});
        PreparedCorpusCache.Lookup found = cache().find("abc");
        assertNull(found.entry());
        assertTrue(found.problem().contains("has 3 bytes, not the"), found.problem());
        assertFalse(Files.exists(dir.resolve("abc")));
    }

    @Test
    void aFolderWithoutManifestIsIncomplete() throws IOException {
        Files.createDirectories(dir.resolve("abc/corpus"));
        PreparedCorpusCache.Lookup found = cache().find("abc");
        assertNull(found.entry());
        assertTrue(found.problem().startsWith("incomplete"), found.problem());
        Files.createDirectories(dir.resolve("def"));
        Files.writeString(dir.resolve("def/manifest.json"), "{\"layout\": ");
        assertTrue(cache().find("def").problem().contains("unreadable"));
    }

    @Test
    void aManifestOfAnotherFingerprintIsRefused() throws IOException {
        publish("abc", 3);
        Files.move(dir.resolve("abc"), dir.resolve("xyz"));
        assertTrue(cache().find("xyz").problem().contains("for abc"));
    }

    @Test
    void aRebuildReplacesTheCachedCorpus() {
        publish("abc", 3);
        publish("abc", 5);
        assertEquals(5, spark.read().parquet(cache().find("abc").entry().corpus()).count());
        assertEquals(List.of("abc"), folders());
    }

    @Test
    void twoRunsPublishingAtOnceLeaveOneWholeCorpus() {
        CompletableFuture<?> first = CompletableFuture.runAsync(() -> publish("abc", 4));
        CompletableFuture<?> second = CompletableFuture.runAsync(() -> publish("abc", 4));
        CompletableFuture.allOf(first, second).join();
        PreparedCorpusCache.Lookup found = cache().find("abc");
        assertNull(found.problem());
        assertEquals(4, spark.read().parquet(found.entry().corpus()).count());
        assertEquals(List.of("abc"), folders());
    }

    @Test
    void evictionRemovesTheLeastRecentlyUsedBeyondTheLimit() throws IOException {
        publish("a", 5);
        long one = folderBytes("a");
        publish("b", 5);
        publish("c", 5);
        touch("a", 3_000);
        touch("b", 1_000);
        touch("c", 2_000);
        long kept = folderBytes("a") + folderBytes("c");
        PreparedCorpusCache.Usage usage = cache().evict("a", 2 * one + one / 2);
        assertEquals(new PreparedCorpusCache.Usage(2, kept, 1), usage);
        assertEquals(List.of("a", "c"), folders(), "b, used longest ago, goes");
        assertEquals(new PreparedCorpusCache.Usage(1, folderBytes("c"), 1), cache().evict("c", 0), "the corpus in use always stays");
        assertEquals(List.of("c"), folders());
    }

    @Test
    void evictionTidiesTemporaryFoldersOfKilledRunsOnlyWhenOld() throws IOException {
        Path old = Files.createDirectories(dir.resolve(".tmp-abc-1/corpus"));
        Path fresh = Files.createDirectories(dir.resolve(".tmp-abc-2/corpus"));
        Files.setLastModifiedTime(old.getParent(), FileTime.fromMillis(System.currentTimeMillis() - 2 * 24 * 3600 * 1000L));
        cache().evict("abc", 0);
        assertFalse(Files.exists(old.getParent()));
        assertTrue(Files.exists(fresh), "a run may still be writing it");
    }

    @Test
    void findingACorpusMarksItUsed() throws IOException {
        publish("a", 2);
        long one = folderBytes("a");
        publish("b", 2);
        touch("a", 1_000);
        touch("b", 2_000);
        assertNotNull(cache().find("a").entry());
        cache().evict("none", one + one / 2);
        assertEquals(List.of("a"), folders(), "a was used last");
    }

    /** Bytes of the files in the folder of {@code fingerprint}, checksums aside: what eviction weighs. */
    private long folderBytes(String fingerprint) throws IOException {
        try (Stream<Path> files = Files.walk(dir.resolve(fingerprint))) {
            return files.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".crc"))
                    .mapToLong(p -> p.toFile().length()).sum();
        }
    }

    /** Sets the folder's last use to {@code millis} after the epoch. */
    private void touch(String fingerprint, long millis) throws IOException {
        Files.setLastModifiedTime(dir.resolve(fingerprint).resolve(CacheManifest.FILE), FileTime.fromMillis(millis));
    }

    private List<String> folders() {
        try (Stream<Path> children = Files.list(dir)) {
            return children.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
