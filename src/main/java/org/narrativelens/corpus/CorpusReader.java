package org.narrativelens.corpus;

import java.io.IOException;
import java.util.Locale;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.narrativelens.InputException;
import org.narrativelens.config.ColumnMapping;
import org.narrativelens.config.InputFormat;

/**
 * Reads a corpus in any supported format into the {@link DocumentSchema#RAW} schema, choosing the
 * format by file extension when asked for {@link InputFormat#AUTO}.
 */
public final class CorpusReader {

    private final TextFolderReader text = new TextFolderReader();
    private final RecordReader records = new RecordReader();

    public Dataset<Row> read(SparkSession spark, String input, InputFormat format, ColumnMapping columns, String sourceFromPath) {
        InputFormat resolved = format == InputFormat.AUTO ? detect(spark, input) : format;
        return resolved == InputFormat.TEXT ? text.read(spark, input, sourceFromPath) : records.read(spark, input, resolved, columns);
    }

    /** The format of the first data file of {@code input} (hidden and underscore files skipped); TEXT when none is structured. */
    static InputFormat detect(SparkSession spark, String input) {
        Path path = new Path(input);
        try {
            FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
            FileStatus[] matches = fs.globStatus(path);
            if (matches == null || matches.length == 0) {
                throw new InputException("input '" + input + "' does not exist: check --input (a file, folder or glob)");
            }
            for (FileStatus match : matches) {
                RemoteIterator<LocatedFileStatus> files = fs.listFiles(match.getPath(), true);
                while (files.hasNext()) {
                    String name = files.next().getPath().getName();
                    if (!name.startsWith(".") && !name.startsWith("_")) {
                        return byExtension(name);
                    }
                }
            }
            return InputFormat.TEXT;
        } catch (IOException e) {
            throw new InputException("input '" + input + "' cannot be listed: " + e.getMessage(), e);
        }
    }

    /** The format a file name's extension stands for ({@code .gz} looked through). */
    static InputFormat byExtension(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT).replaceFirst("\\.gz$", "");
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
            return InputFormat.JSONL;
        }
        if (name.endsWith(".csv")) {
            return InputFormat.CSV;
        }
        if (name.endsWith(".parquet")) {
            return InputFormat.PARQUET;
        }
        return InputFormat.TEXT;
    }
}
