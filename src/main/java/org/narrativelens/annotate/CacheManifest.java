package org.narrativelens.annotate;

import java.util.List;
import java.util.Objects;

/**
 * What a cached prepared corpus holds, written last into its folder ({@code manifest.json}): a folder
 * without it is incomplete. Lists every data file with its size, so that a truncated or missing file is
 * found before anything is read.
 *
 * @param layout      {@link CodeVersion#LAYOUT} of the code that wrote it
 * @param fingerprint the {@link CorpusFingerprint} it was prepared for
 * @param created     ISO-8601 time it was written
 * @param counts      the corpus's accounting, so a rerun needs no pass over it
 * @param files       every data file below the folder, by relative path, with its size in bytes
 */
public record CacheManifest(int layout, String fingerprint, String created, PreparedCounts counts, List<DataFile> files) {

    public static final String FILE = "manifest.json";

    public CacheManifest {
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(counts, "counts");
        files = List.copyOf(files);
    }

    /** Bytes of data the folder holds. */
    public long bytes() {
        return files.stream().mapToLong(DataFile::size).sum();
    }

    /** One data file of the cached corpus. */
    public record DataFile(String path, long size) {
    }
}
