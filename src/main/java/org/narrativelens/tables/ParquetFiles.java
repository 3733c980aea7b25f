package org.narrativelens.tables;

import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * The full-detail outputs of a run, written by Spark itself from the datasets (nothing passes through the
 * driver) as Parquet under the run's {@code data/} folder: {@code data/<name>.parquet}, a folder of part
 * files that pandas, R (arrow) and Spark read as one table.
 */
public final class ParquetFiles {

    private final String folder;

    private ParquetFiles(String folder) {
        this.folder = folder;
    }

    /** Writes under {@code dataFolder} (the run's {@code data/}, while the run is being written). */
    public static ParquetFiles under(Path dataFolder) {
        return new ParquetFiles(dataFolder.toAbsolutePath().toUri().toString());
    }

    /** Writes under {@code folder}, a local path or Hadoop URI. */
    public static ParquetFiles at(String folder) {
        return new ParquetFiles(java.util.Objects.requireNonNull(folder, "folder"));
    }

    /** Writes nothing: for callers that want the tables only. */
    public static ParquetFiles none() {
        return new ParquetFiles(null);
    }

    /** Writes {@code rows} as {@code data/<name>.parquet}; an existing one is an error, never overwritten. */
    public void write(String name, Dataset<Row> rows) {
        if (folder != null) {
            rows.write().mode(SaveMode.ErrorIfExists).parquet(folder + (folder.endsWith("/") ? "" : "/") + name + ".parquet");
        }
    }
}
