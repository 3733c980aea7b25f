package org.narrativelens.corpus;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.try_to_timestamp;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.narrativelens.InputException;
import org.narrativelens.config.ColumnMapping;
import org.narrativelens.config.InputFormat;

/**
 * Reads structured corpora, one document per record, into the {@link DocumentSchema#RAW} schema: JSON
 * Lines, CSV (header row, quoted fields over several lines) and Parquet, gzipped or not, with the
 * document's fields taken from the columns of a {@link ColumnMapping}.
 *
 * <p>A record Spark cannot parse (a broken JSON line, a CSV row with the wrong number of fields) is kept
 * with a {@link DocumentSchema#READ_ERROR}, so it is rejected by name instead of lost, with its file and
 * {@link DocumentSchema#RECORD} number. Without an id column a document is named after its file and
 * record number ({@code news.jsonl#17}).
 */
public final class RecordReader {

    private static final String CORRUPT = "_corrupt_record";
    private static final String RECORD = "_record";

    /** Reads {@code input} as {@code format} (JSONL, CSV or PARQUET). */
    public Dataset<Row> read(SparkSession spark, String input, InputFormat format, ColumnMapping columns) {
        Dataset<Row> records = switch (format) {
            case JSONL -> withCorruptColumn(spark.read(), stringSchema(columns.asMap().values())).json(input);
            case CSV -> withCorruptColumn(spark.read().option("header", true).option("multiLine", true)
                    .option("escape", "\""), csvSchema(spark, input)).csv(input);
            case PARQUET -> spark.read().parquet(input);
            default -> throw new IllegalArgumentException("not a structured format: " + format);
        };
        Set<String> present = new LinkedHashSet<>(Arrays.asList(records.columns()));
        if (!present.contains(columns.text())) {
            throw new InputException("input '" + input + "' has no column '" + columns.text() + "' (its columns: "
                    + String.join(", ", present.stream().filter(c -> !c.equals(CORRUPT)).toList())
                    + "): name the text column with --text-col");
        }
        boolean hasCorrupt = present.contains(CORRUPT);
        Column path = col("_metadata.file_path");
        Dataset<Row> numbered = records
                .withColumn(DocumentSchema.PATH, path)
                .withColumn(RECORD, row_number().over(Window.partitionBy(path)
                        .orderBy(col("_metadata.file_block_start"), monotonically_increasing_id())));
        Column generatedId = concat(regexp_replace(col(DocumentSchema.PATH), "^.*/", ""), lit("#"), col(RECORD).cast("string"));
        Column error = hasCorrupt
                ? when(col(CORRUPT).isNotNull(), lit(format == InputFormat.CSV
                        ? "CSV row that does not parse (wrong number of fields or unbalanced quotes)"
                        : "JSON line that does not parse"))
                : lit(null);
        return numbered.select(
                coalesce(optional(present, columns.id()), generatedId).as(DocumentSchema.DOC_ID),
                optional(present, columns.source()).as(DocumentSchema.SOURCE),
                optional(present, columns.title()).as(DocumentSchema.TITLE),
                date(present, columns.date()),
                optional(present, columns.url()).as(DocumentSchema.URL),
                col(DocumentSchema.PATH),
                col(columns.text()).cast(DataTypes.StringType).as(DocumentSchema.TEXT),
                error.cast(DataTypes.StringType).as(DocumentSchema.READ_ERROR),
                col(RECORD).cast(DataTypes.LongType).as(DocumentSchema.RECORD),
                lit(null).cast(DataTypes.StringType).as(DocumentSchema.WARNING));
    }

    private static Column optional(Set<String> present, String column) {
        return present.contains(column) ? col(column).cast(DataTypes.StringType) : lit(null).cast(DataTypes.StringType);
    }

    /** ISO dates ("2024-05-07", "1987-02-26T15:01:01"); anything else becomes no date rather than an error. */
    private static Column date(Set<String> present, String column) {
        Column text = optional(present, column);
        return try_to_timestamp(text).cast(DataTypes.DateType).as(DocumentSchema.PUBLISHED);
    }

    private static DataFrameReader withCorruptColumn(DataFrameReader reader, StructType schema) {
        return reader.schema(schema.add(CORRUPT, DataTypes.StringType, true))
                .option("mode", "PERMISSIVE")
                .option("columnNameOfCorruptRecord", CORRUPT);
    }

    private static StructType stringSchema(java.util.Collection<String> names) {
        StructType schema = new StructType();
        for (String name : new LinkedHashSet<>(names)) {
            schema = schema.add(name, DataTypes.StringType, true);
        }
        return schema;
    }

    /** Every column of the CSV header, as text: the header of the first file names them. */
    private static StructType csvSchema(SparkSession spark, String input) {
        List<String> header = Arrays.asList(spark.read().option("header", true).option("multiLine", true)
                .option("escape", "\"").option("inferSchema", false).csv(input).columns());
        return stringSchema(header);
    }
}
