package org.narrativelens.annotate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The folder of prepared corpora, one sub-folder per {@link CorpusFingerprint}:
 * {@code <fingerprint>/corpus/} (the annotated documents, Parquet), {@code <fingerprint>/duplicates/} (the
 * duplicates found, Parquet) and {@code <fingerprint>/manifest.json} ({@link CacheManifest}), written last.
 *
 * <p>Never trusted blindly: a folder without a manifest, with a manifest of another layout or fingerprint, or
 * whose files are missing or of another size than the manifest lists is reported and removed. Written aside
 * ({@code .tmp-*}) and renamed into place whole, so a run killed while writing, or two runs preparing the same
 * corpus at once, never leave a partial folder under a fingerprint. Works on any Hadoop file system; on a
 * local disk the rename is atomic.
 */
public final class PreparedCorpusCache {

    public static final String CORPUS = "corpus";
    public static final String DUPLICATES = "duplicates";
    private static final String TEMPORARY = ".tmp-";
    /** A temporary folder older than this is left over from a killed run. */
    private static final long STALE_MILLIS = 24L * 3600 * 1000;

    private final FileSystem fs;
    private final Path root;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PreparedCorpusCache(FileSystem fs, Path root) {
        this.fs = fs;
        this.root = root;
    }

    /** The cache in folder {@code dir} (created when first written). */
    public static PreparedCorpusCache at(SparkSession spark, String dir) {
        Path root = new Path(dir);
        try {
            FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
            return new PreparedCorpusCache(fs, fs.makeQualified(root));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the cache folder " + dir, e);
        }
    }

    /** A valid cached corpus: its folder and manifest. */
    public record Entry(String path, CacheManifest manifest) {
        public String corpus() {
            return path + "/" + CORPUS;
        }

        public String duplicates() {
            return path + "/" + DUPLICATES;
        }
    }

    /**
     * What the cache holds for a fingerprint: a valid {@code entry}, or none, with the {@code problem} that made
     * a folder found there unusable (it has been removed), or a null problem when there was none.
     */
    public record Lookup(Entry entry, String problem) {
    }

    /** The cached corpus of {@code fingerprint}, checked against its manifest; marks it used now. */
    public Lookup find(String fingerprint) {
        Path dir = new Path(root, fingerprint);
        try {
            if (!fs.exists(dir)) {
                return new Lookup(null, null);
            }
            String problem = problem(dir, fingerprint);
            if (problem != null) {
                fs.delete(dir, true);
                return new Lookup(null, problem);
            }
            fs.setTimes(new Path(dir, CacheManifest.FILE), System.currentTimeMillis(), -1);
            return new Lookup(new Entry(dir.toString(), readManifest(dir)), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the cache folder " + dir, e);
        }
    }

    /** Why the folder cannot be used, or null when its manifest and files agree. */
    private String problem(Path dir, String fingerprint) throws IOException {
        CacheManifest manifest;
        try {
            manifest = readManifest(dir);
        } catch (java.io.FileNotFoundException e) {
            return "incomplete: it has no " + CacheManifest.FILE;
        } catch (IOException | RuntimeException e) {
            return CacheManifest.FILE + " is unreadable (" + e.getMessage() + ")";
        }
        if (manifest.layout() != CodeVersion.LAYOUT || !fingerprint.equals(manifest.fingerprint())) {
            return "its manifest is of layout " + manifest.layout() + " for " + manifest.fingerprint()
                    + ", not of layout " + CodeVersion.LAYOUT + " for " + fingerprint;
        }
        if (manifest.files().isEmpty()) {
            return "its manifest lists no data file";
        }
        for (CacheManifest.DataFile file : manifest.files()) {
            Path path = new Path(dir, file.path());
            if (!fs.exists(path)) {
                return "its file " + file.path() + " is missing";
            }
            long size = fs.getFileStatus(path).getLen();
            if (size != file.size()) {
                return "its file " + file.path() + " has " + size + " bytes, not the " + file.size() + " its manifest lists";
            }
        }
        return null;
    }

    private CacheManifest readManifest(Path dir) throws IOException {
        try (InputStream in = fs.open(new Path(dir, CacheManifest.FILE))) {
            return json.readValue(in, CacheManifest.class);
        }
    }

    /**
     * Writes the prepared corpus under {@code fingerprint}: into a temporary folder, then the manifest, then a
     * rename into place. A folder already there (a rebuild, or another run that finished first) is replaced.
     */
    public Entry publish(String fingerprint, PreparedCounts counts, Dataset<Row> corpus, Dataset<Row> duplicates) {
        Path temporary = new Path(root, TEMPORARY + fingerprint + "-" + UUID.randomUUID());
        Path dir = new Path(root, fingerprint);
        try {
            corpus.write().parquet(new Path(temporary, CORPUS).toString());
            duplicates.write().parquet(new Path(temporary, DUPLICATES).toString());
            CacheManifest manifest = new CacheManifest(CodeVersion.LAYOUT, fingerprint,
                    OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString(), counts, dataFiles(temporary));
            try (OutputStream out = fs.create(new Path(temporary, CacheManifest.FILE), false)) {
                json.writeValue(out, manifest);
            }
            replace(temporary, dir);
            return new Entry(dir.toString(), manifest);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the prepared corpus to " + dir, e);
        } finally {
            try {
                fs.delete(temporary, true);
            } catch (IOException e) {
                // a leftover temporary folder is removed by a later eviction
            }
        }
    }

    /** Every data file below {@code dir}, by path relative to it (checksum files aside). */
    private List<CacheManifest.DataFile> dataFiles(Path dir) throws IOException {
        List<CacheManifest.DataFile> files = new ArrayList<>();
        String prefix = dir.toUri().getPath() + "/";
        for (RemoteIterator<LocatedFileStatus> it = fs.listFiles(dir, true); it.hasNext(); ) {
            LocatedFileStatus file = it.next();
            if (!file.getPath().getName().endsWith(".crc")) {
                files.add(new CacheManifest.DataFile(file.getPath().toUri().getPath().substring(prefix.length()), file.getLen()));
            }
        }
        files.sort(Comparator.comparing(CacheManifest.DataFile::path));
        return files;
    }

    /** Renames {@code temporary} to {@code dir}, replacing a folder there; atomic on a local disk. */
    private void replace(Path temporary, Path dir) throws IOException {
        if (fs.exists(dir)) {
            Path old = new Path(root, TEMPORARY + "old-" + UUID.randomUUID());
            if (fs.rename(dir, old)) {
                fs.delete(old, true);
            }
        }
        if ("file".equals(dir.toUri().getScheme())) {
            try {
                Files.move(java.nio.file.Path.of(temporary.toUri()), java.nio.file.Path.of(dir.toUri()), StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException raced) {
                // another run published the same corpus a moment earlier: theirs stays
            }
        } else if (!fs.rename(temporary, dir) && !fs.exists(dir)) {
            throw new IOException("cannot rename " + temporary + " to " + dir);
        }
    }

    /** The cache's contents after an eviction: prepared corpora kept, their bytes, and how many were removed. */
    public record Usage(int corpora, long bytes, int removed) {
    }

    /**
     * Removes the prepared corpora unused for longest until the rest fit in {@code limitBytes} ({@code keep},
     * the one in use, always stays), and temporary folders left over from killed runs.
     */
    public Usage evict(String keep, long limitBytes) {
        try {
            if (!fs.exists(root)) {
                return new Usage(0, 0, 0);
            }
            record Cached(Path dir, long bytes, long lastUsed) {
            }
            List<Cached> cached = new ArrayList<>();
            long now = System.currentTimeMillis();
            for (FileStatus child : fs.listStatus(root)) {
                String name = child.getPath().getName();
                if (name.startsWith(TEMPORARY)) {
                    if (now - child.getModificationTime() > STALE_MILLIS) {
                        fs.delete(child.getPath(), true);
                    }
                } else if (child.isDirectory() && !name.startsWith(".")) {
                    Path manifest = new Path(child.getPath(), CacheManifest.FILE);
                    if (fs.exists(manifest)) {
                        // the folder's whole size: the corpus and the analyses' results kept beside it
                        cached.add(new Cached(child.getPath(), fs.getContentSummary(child.getPath()).getLength(),
                                fs.getFileStatus(manifest).getModificationTime()));
                    }
                }
            }
            cached.sort(Comparator.comparingLong(Cached::lastUsed));
            long total = cached.stream().mapToLong(Cached::bytes).sum();
            int removed = 0;
            for (Cached c : cached) {
                if (total <= limitBytes) {
                    break;
                }
                if (!c.dir().getName().equals(keep) && fs.delete(c.dir(), true)) {
                    total -= c.bytes();
                    removed++;
                }
            }
            return new Usage(cached.size() - removed, total, removed);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot tidy the cache folder " + root + ": " + e.getMessage(), e);
        }
    }
}
