package org.narrativelens.tables;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;

/**
 * The full-detail outputs of a run that analyses write themselves, without passing them through the driver
 * whole: Parquet under {@code data/} ({@code data/<name>.parquet}, a folder of part files that pandas, R
 * (arrow) and Spark read as one table) and complete CSV tables ({@code <name>.csv}, streamed). The folder is the
 * run folder while it is written, or a cache slot whose files each run gets.
 */
public final class RunFiles {

    private final String folder;

    private RunFiles(String folder) {
        this.folder = folder == null || folder.endsWith("/") ? folder : folder + "/";
    }

    /** Writes into the local run folder {@code runFolder}. */
    public static RunFiles under(Path runFolder) {
        return new RunFiles(runFolder.toAbsolutePath().toUri().toString());
    }

    /** Writes under {@code folder}, a local path or Hadoop URI. */
    public static RunFiles at(String folder) {
        return new RunFiles(java.util.Objects.requireNonNull(folder, "folder"));
    }

    /** Writes nothing: for callers that want the tables only. */
    public static RunFiles none() {
        return new RunFiles(null);
    }

    /** Whether files are written at all. */
    public boolean writes() {
        return folder != null;
    }

    /** Writes {@code rows} as {@code data/<name>.parquet}; an existing one is an error, never overwritten. */
    public void write(String name, Dataset<Row> rows) {
        if (folder != null) {
            rows.write().mode(SaveMode.ErrorIfExists).parquet(folder + "data/" + name + ".parquet");
        }
    }

    /** A new file {@code <name>.csv} to write a complete table into (UTF-8); only when {@link #writes()}. */
    Writer csv(String name, org.apache.spark.sql.SparkSession spark) {
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(folder + name + ".csv");
        try {
            FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            return new java.io.BufferedWriter(new OutputStreamWriter(fs.create(path, false), StandardCharsets.UTF_8), 1 << 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }
}
