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
 * records, read back through a filter that admits nothing else) and the files the analysis wrote for the run
 * folder ({@code files/}: complete CSV tables, {@code data/*.parquet}), which each run gets a copy of (the Parquet
 * files as hard links on a local disk). Like the corpus, a slot is
 * written aside and renamed into place whole; one that cannot be read is removed and computed again.
 */
public final class ResultCache {

    private static final Logger LOG = LoggerFactory.getLogger(ResultCache.class);
    private static final String RESULTS = "results";
    private static final String RESULT = "result.bin";
    private static final String FILES = "files";
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

        /** Where the analysis writes its files for the run folder: into the slot, or into {@code runFolder} itself without a cache. */
        public String filesFolder(java.nio.file.Path runFolder) {
            return folder == null ? runFolder.toAbsolutePath().toUri().toString() : new Path(staging, FILES).toString();
        }

        /**
         * Keeps {@code result} and the files written to {@link #filesFolder} in the slot, and gives the run
         * folder {@code runFolder} those files. A slot that cannot be written costs a later run its reuse, not this
         * run its result.
         */
        public void keep(Serializable result, java.nio.file.Path runFolder) {
            if (folder == null) {
                return;
            }
            Path files = new Path(staging, FILES);
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
                        files = new Path(folder, FILES);
                    } else {
                        LOG.warn("could not keep the result in {}", folder);
                    }
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("could not keep the result in {}: {}", folder, e.toString());
            }
            try {
                copyFiles(files, runFolder);
            } finally {
                delete(staging);
            }
        }

        /** Gives the run folder {@code runFolder} the files of the slot's cached result. */
        public void copyFilesTo(java.nio.file.Path runFolder) {
            if (folder != null) {
                copyFiles(new Path(folder, FILES), runFolder);
            }
        }

        /** Hard-links (or, from another file system, copies) every file below {@code files} to the same place below {@code target}. */
        private void copyFiles(Path files, java.nio.file.Path target) {
            try {
                if (!fs.exists(files)) {
                    return;
                }
                Files.createDirectories(target);
                for (FileStatus written : fs.listStatus(files)) {
                    String name = written.getPath().getName();
                    java.nio.file.Path to = target.resolve(name);
                    if (written.isDirectory()) {
                        copyFiles(written.getPath(), to);
                    } else if (!name.endsWith(".crc") && !link(written.getPath(), to)) {
                        FileUtil.copy(fs, written.getPath(), to.toFile(), false, fs.getConf());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy the files of " + files + " to " + target, e);
            }
        }

        /**
         * Hard-links a local Parquet part file to {@code target}; false when the cache is not on this disk, links are
         * refused, or the file is a CSV: a spreadsheet or editor may write a CSV in place, which through a link would
         * change the cached copy and every later run's, so CSVs are copied.
         */
        private boolean link(Path source, java.nio.file.Path target) throws IOException {
            if (!"file".equals(source.toUri().getScheme()) || source.getName().endsWith(".csv")) {
                return false;
            }
            try {
                Files.createLink(target, java.nio.file.Path.of(source.toUri()));
                return true;
            } catch (UnsupportedOperationException | java.nio.file.FileSystemException e) {
                return false;   // another disk, or links not allowed: copy instead
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
}
