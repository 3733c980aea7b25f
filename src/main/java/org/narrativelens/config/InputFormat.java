package org.narrativelens.config;

/**
 * How the input is read. {@code AUTO} chooses by file extension: {@code .jsonl}, {@code .ndjson} and
 * {@code .json} are JSON Lines, {@code .csv} is CSV, {@code .parquet} is Parquet (each also gzipped,
 * {@code .csv.gz}), anything else is a folder of text files.
 */
public enum InputFormat {
    AUTO, TEXT, JSONL, CSV, PARQUET
}
