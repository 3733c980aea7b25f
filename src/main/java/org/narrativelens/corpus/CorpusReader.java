package org.narrativelens.corpus;

import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.narrativelens.config.ColumnMapping;
import org.narrativelens.config.InputFormat;

/**
 * Reads a corpus in any supported format into the {@link DocumentSchema#RAW} schema, choosing the
 * format by file extension when asked for {@link InputFormat#AUTO}.
 */
public final class CorpusReader {

    private final TextFolderReader text = new TextFolderReader();
    private final RecordReader records = new RecordReader();

    public Dataset<Row> read(SparkSession spark, String input, InputFormat format, ColumnMapping columns, String sourceFromPath,
                             int maxDocChars) {
        InputFormat resolved = format == InputFormat.AUTO ? detect(spark, input) : format;
        return resolved == InputFormat.TEXT
                ? text.read(spark, input, sourceFromPath, maxDocChars)
                : records.read(spark, input, resolved, columns);
    }

    /**
     * One line per file below {@code input}, sorted: its path, size and modification time. What the prepared
     * corpus's fingerprint knows of the input without reading it: a changed, added or removed file changes it.
     */
    public static java.util.List<String> fileSignatures(SparkSession spark, String input) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        InputFiles.of(spark, input).visitFiles(file -> {
            lines.add(file.getPath() + "\t" + file.getLen() + "\t" + file.getModificationTime());
            return true;
        });
        java.util.Collections.sort(lines);
        return lines;
    }

    /** The format of the first data file of {@code input} (hidden and underscore files skipped); TEXT when none is structured. */
    static InputFormat detect(SparkSession spark, String input) {
        InputFormat[] found = {InputFormat.TEXT};
        InputFiles.of(spark, input).visitFiles(file -> {
            String name = file.getPath().getName();
            if (name.startsWith(".") || name.startsWith("_")) {
                return true;
            }
            found[0] = byExtension(name);
            return false;
        });
        return found[0];
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
