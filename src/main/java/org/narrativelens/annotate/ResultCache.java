package org.narrativelens.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The results of analyses, kept beside the prepared corpus they were computed from
 * ({@code <prepared corpus>/results/<analysis>-<key>/}), so that a rerun that changes none of an analysis's
 * parameters reads its result back instead of computing it again. The key covers the analysis's parameters
 * and the version of all the application's code; the folder it lives in covers the corpus.
 *
 * <p>A slot holds the analysis's result ({@code result.bin}, Java serialisation of the application's own
 * records, read back through a filter that admits nothing else) and the full-detail Parquet files the analysis
 * wrote ({@code data/}), which each run gets a copy of (hard links on a local disk). Like the corpus, a slot is
 * written aside and renamed into place whole; one that cannot be read is removed and computed again.
 */
public final class ResultCache {

    private static final Logger LOG = LoggerFactory.getLogger(ResultCache.class);
    private static final String RESULTS = "results";
    private static final String RESULT = "result.bin";
    private static final String DATA = "data";
    /** What a result may be made of: the application's records and the JDK's values and collections. */
    private static final ObjectInputFilter ADMITTED = ObjectInputFilter.Config.createFilter(
            "maxdepth=64;org.narrativelens.**;java.lang.*;java.util.*;java.math.*;java.time.*;!*");

    private final FileSystem fs;
    private final Path root;
    private final Path dir;
    private final BooleanSupplier corpusKept;

    private ResultCache(FileSystem fs, Path root, Path dir, BooleanSupplier corpusKept) {
        this.fs = fs;
        this.root = root;
        this.dir = dir;
        this.corpusKept = corpusKept;
    }

    /** No cache: every analysis is computed, nothing is kept ({@code --no-cache}). */
    public static ResultCache none() {
        return new ResultCache(null, null, null, () -> false);
    }

    /**
     * The results kept beside the prepared corpus {@code fingerprint} in the cache folder {@code cacheDir}.
     * {@code corpusKept} waits until the corpus is in the cache and says whether it is: results are only put
     * beside a corpus in place, so that they never stand in the way of its atomic rename.
     */
    public static ResultCache beside(SparkSession spark, String cacheDir, String fingerprint, BooleanSupplier corpusKept) {
        Path root = new Path(cacheDir);
        try {
            FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
            return new ResultCache(fs, root, new Path(new Path(root, fingerprint), RESULTS), corpusKept);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + root, e);
        }
    }

    /** The slot of {@code analysis} made with {@code parameters} (option name to value). */
    public Slot slot(String analysis, Map<String, Object> parameters) {
        if (dir == null) {
            return new Slot(null, null);
        }
        List<String> lines = new ArrayList<>();
        lines.add("code " + CodeVersion.current(CodeVersion.ALL));
        new TreeMap<>(parameters).forEach((name, value) -> lines.add(name + "=" + value));
        String name = analysis.replaceAll("[^a-z0-9]+", "-") + "-" + CorpusFingerprint.of(lines);
        return new Slot(new Path(dir, name), new Path(root, ".tmp-result-" + name + "-" + UUID.randomUUID()));
    }

    /** One analysis's place in the cache; with no cache, a slot that holds nothing and keeps nothing. */
    public final class Slot {
        private final Path folder;
        private final Path staging;

        private Slot(Path folder, Path staging) {
            this.folder = folder;
            this.staging = staging;
        }

        /** The cached result, or null when there is none (or it could not be read: then it is removed). */
        public <T extends Serializable> T read(Class<T> type) {
            if (folder == null) {
                return null;
            }
            Path result = new Path(folder, RESULT);
            try {
                if (!fs.exists(result)) {
                    return null;
                }
                try (InputStream in = fs.open(result); ObjectInputStream objects = new ObjectInputStream(in)) {
                    objects.setObjectInputFilter(ADMITTED);
                    return type.cast(objects.readObject());
                }
            } catch (IOException | ClassNotFoundException | ClassCastException e) {
                LOG.warn("cached result {} cannot be read ({}); computing it again", result, e.toString());
                delete(folder);
                return null;
            }
        }

        /** Where the analysis writes its full-detail Parquet files: into the slot, or into {@code runData} without a cache. */
        public String dataFolder(java.nio.file.Path runData) {
            return folder == null ? runData.toAbsolutePath().toUri().toString() : new Path(staging, DATA).toString();
        }

        /**
         * Keeps {@code result} and the Parquet files written to {@link #dataFolder} in the slot, and gives the run
         * folder's {@code runData} those files. A slot that cannot be written costs a later run its reuse, not this
         * run its result.
         */
        public void keep(Serializable result, java.nio.file.Path runData) {
            if (folder == null) {
                return;
            }
            Path data = new Path(staging, DATA);
            try {
                if (corpusKept.getAsBoolean()) {
                    try (OutputStream out = fs.create(new Path(staging, RESULT), false);
                         ObjectOutputStream objects = new ObjectOutputStream(out)) {
                        objects.writeObject(result);
                    }
                    if (fs.exists(folder)) {
                        fs.delete(folder, true);
                    }
                    fs.mkdirs(dir);
                    if (fs.rename(staging, folder)) {
                        data = new Path(folder, DATA);
                    } else {
                        LOG.warn("could not keep the result in {}", folder);
                    }
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("could not keep the result in {}: {}", folder, e.toString());
            }
            try {
                copyData(data, runData);
            } finally {
                delete(staging);
            }
        }

        /** Gives the run folder's {@code runData} the Parquet files of the slot's cached result. */
        public void copyDataTo(java.nio.file.Path runData) {
            if (folder != null) {
                copyData(new Path(folder, DATA), runData);
            }
        }

        private void copyData(Path data, java.nio.file.Path runData) {
            try {
                if (!fs.exists(data)) {
                    return;
                }
                Files.createDirectories(runData);
                for (FileStatus written : fs.listStatus(data)) {
                    java.nio.file.Path target = runData.resolve(written.getPath().getName());
                    if (!link(written.getPath(), target)) {
                        FileUtil.copy(fs, written.getPath(), target.toFile(), false, fs.getConf());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy the files of " + data + " to " + runData, e);
            }
        }

        /** Hard-links the files of a local folder to {@code target}; false when the cache is not on this disk. */
        private boolean link(Path source, java.nio.file.Path target) throws IOException {
            if (!"file".equals(source.toUri().getScheme())) {
                return false;
            }
            java.nio.file.Path from = java.nio.file.Path.of(source.toUri());
            try (Stream<java.nio.file.Path> files = Files.walk(from)) {
                for (java.nio.file.Path file : files.toList()) {
                    java.nio.file.Path to = target.resolve(from.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(to);
                    } else if (!file.getFileName().toString().endsWith(".crc")) {
                        Files.createLink(to, file);
                    }
                }
                return true;
            } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
                // another disk, or links not allowed: copy instead
                deleteLocal(target);
                return false;
            }
        }

        /** Removes what the analysis wrote when it failed. */
        public void discard() {
            if (folder != null) {
                delete(staging);
            }
        }
    }

    private void delete(Path path) {
        try {
            fs.delete(path, true);
        } catch (IOException e) {
            LOG.warn("could not remove {}: {}", path, e.toString());
        }
    }

    private static void deleteLocal(java.nio.file.Path path) throws IOException {
        if (Files.exists(path)) {
            try (Stream<java.nio.file.Path> files = Files.walk(path)) {
                for (java.nio.file.Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
