package org.narrativelens.corpus;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.get_json_object;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.try_to_timestamp;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
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
 *
 * <p>A metadata column may name a nested field by its path ({@code labels.topics}), and a list becomes its
 * items joined with {@code |} ({@code ["earn"]} is {@code earn}), so that labels can serve as sources.
 */
public final class RecordReader {

    private static final String CORRUPT = "_corrupt_record";
    private static final String RECORD = "_record";
    private static final String BLOCK = "_block";
    private static final String ROW_ID = "_row_id";
    private static final String FIRST_ROW = "_first_row";
    private static final String SPLIT_RECORDS = "_split_records";
    private static final String EARLIER_RECORDS = "_earlier_records";
    private static final String UNBALANCED = "_unbalanced";
    static final String UNBALANCED_REASON = "CSV record spanning lines in a file whose quotes do not balance (an odd number of \" "
            + "characters): a quote left open here or before it swallowed the rows after it; fix the quoting in the file";

    /** Reads {@code input} as {@code format} (JSONL, CSV or PARQUET). */
    public Dataset<Row> read(SparkSession spark, String input, InputFormat format, ColumnMapping columns) {
        Dataset<Row> records = switch (format) {
            case JSONL -> withCorruptColumn(spark.read(), stringSchema(topLevel(columns.asMap().values()))).json(input);
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
        Dataset<Row> numbered = numbered(records.withColumn(DocumentSchema.PATH, col("_metadata.file_path")));
        Column generatedId = concat(regexp_replace(col(DocumentSchema.PATH), "^.*/", ""), lit("#"), col(RECORD).cast("string"));
        Column error = hasCorrupt
                ? when(col(CORRUPT).isNotNull(), lit(format == InputFormat.CSV
                        ? "CSV row that does not parse (wrong number of fields or unbalanced quotes)"
                        : "JSON line that does not parse"))
                : lit(null);
        if (format == InputFormat.CSV) {
            numbered = withUnbalancedQuotes(spark, input, numbered, records.columns());
            error = coalesce(error, when(col(UNBALANCED), lit(UNBALANCED_REASON)));
        }
        return numbered.select(
                coalesce(optional(records, columns.id()), generatedId).as(DocumentSchema.DOC_ID),
                optional(records, columns.source()).as(DocumentSchema.SOURCE),
                optional(records, columns.title()).as(DocumentSchema.TITLE),
                try_to_timestamp(optional(records, columns.date())).cast(DataTypes.DateType).as(DocumentSchema.PUBLISHED),
                optional(records, columns.url()).as(DocumentSchema.URL),
                col(DocumentSchema.PATH),
                col(columns.text()).cast(DataTypes.StringType).as(DocumentSchema.TEXT),
                error.cast(DataTypes.StringType).as(DocumentSchema.READ_ERROR),
                col(RECORD).cast(DataTypes.LongType).as(DocumentSchema.RECORD),
                lit(null).cast(DataTypes.StringType).as(DocumentSchema.WARNING));
    }

    /**
     * {@code records} with their {@link #RECORD} number in their file, counted from 1 in file order, left in
     * the partitions Spark read them in. A window over each file would move every record of a file into one
     * partition, and a corpus in one large file would then be cleaned and analysed on one core. Instead each
     * split of a file (the part one task reads) is counted, in a small table: a record's number is the
     * records in the file's earlier splits plus its place in its own, where a task's records have
     * consecutive row ids.
     */
    private static Dataset<Row> numbered(Dataset<Row> records) {
        Dataset<Row> positioned = records
                .withColumn(BLOCK, col("_metadata.file_block_start"))
                .withColumn(ROW_ID, monotonically_increasing_id());
        Dataset<Row> splits = positioned.groupBy(DocumentSchema.PATH, BLOCK)
                .agg(min(col(ROW_ID)).as(FIRST_ROW), count(lit(1)).as(SPLIT_RECORDS))
                .withColumn(EARLIER_RECORDS, coalesce(sum(col(SPLIT_RECORDS)).over(Window.partitionBy(DocumentSchema.PATH).orderBy(BLOCK)
                        .rowsBetween(Window.unboundedPreceding(), -1)), lit(0L)))
                .select(DocumentSchema.PATH, BLOCK, FIRST_ROW, EARLIER_RECORDS);
        return positioned.join(broadcast(splits), new String[] {DocumentSchema.PATH, BLOCK})
                .withColumn(RECORD, col(EARLIER_RECORDS).plus(col(ROW_ID)).minus(col(FIRST_ROW)).plus(1))
                .drop(BLOCK, ROW_ID, FIRST_ROW, EARLIER_RECORDS);
    }

    /**
     * A metadata column as text, or null where the records lack it: a top-level column, or a nested field
     * by its dotted path, in a struct (Parquet) or in an object JSON Lines gave as text; lists joined.
     */
    private static Column optional(Dataset<Row> records, String column) {
        StructType schema = records.schema();
        if (Arrays.asList(schema.fieldNames()).contains(column)) {
            return asText(col("`" + column + "`"), schema.apply(column).dataType());
        }
        int dot = column.indexOf('.');
        String top = dot < 0 ? column : column.substring(0, dot);
        if (dot < 0 || !Arrays.asList(schema.fieldNames()).contains(top)) {
            return lit(null).cast(DataTypes.StringType);
        }
        DataType topType = schema.apply(top).dataType();
        if (topType instanceof StructType struct) {
            DataType nested = nestedType(struct, column.substring(dot + 1));
            return nested == null ? lit(null).cast(DataTypes.StringType) : asText(col(column), nested);
        }
        return asText(get_json_object(col(top), "$." + column.substring(dot + 1)), DataTypes.StringType);
    }

    /** The type of the field at {@code path} inside {@code struct}, or null where there is none. */
    private static DataType nestedType(StructType struct, String path) {
        DataType type = struct;
        for (String name : path.split("\\.")) {
            if (!(type instanceof StructType s) || !Arrays.asList(s.fieldNames()).contains(name)) {
                return null;
            }
            type = s.apply(name).dataType();
        }
        return type;
    }

    /**
     * Text of a column: a list (typed, or a JSON array read as text) becomes its items joined with "|";
     * an empty value is no value.
     */
    private static Column asText(Column column, DataType type) {
        Column string = column.cast(DataTypes.StringType);
        Column text = type instanceof ArrayType
                ? array_join(column.cast(DataTypes.createArrayType(DataTypes.StringType)), "|")
                : when(string.startsWith("["), coalesce(array_join(from_json(string, DataTypes.createArrayType(DataTypes.StringType),
                        Map.<String, String>of()), "|"), string)).otherwise(string);
        return when(length(text).gt(0), text);
    }

    private static DataFrameReader withCorruptColumn(DataFrameReader reader, StructType schema) {
        return reader.schema(schema.add(CORRUPT, DataTypes.StringType, true))
                .option("mode", "PERMISSIVE")
                .option("columnNameOfCorruptRecord", CORRUPT);
    }

    /**
     * Marks the records that may hold rows swallowed by a quote left open: Spark's parser reads a field on
     * to the next quote, so the rows after an unclosed one become part of a record, with line breaks. In a
     * well-quoted file every quote is paired ({@code ""} inside a field included), so a file whose number of
     * quote characters is odd has one open; its records with a line break in a field are the suspects.
     */
    private static Dataset<Row> withUnbalancedQuotes(SparkSession spark, String input, Dataset<Row> records, String[] columns) {
        Column quotes = length(col("value")).minus(length(regexp_replace(col("value"), "\"", "")));
        Dataset<Row> unbalancedFiles = spark.read().text(input)
                .groupBy(col("_metadata.file_path").as("_file"))
                .agg(sum(quotes).as("_quotes"))
                .where(col("_quotes").mod(2).equalTo(1))
                .select(col("_file"), lit(true).as("_odd"));
        Column spansLines = lit(false);
        for (String c : columns) {
            if (!c.equals(CORRUPT)) {
                spansLines = spansLines.or(coalesce(col("`" + c + "`").contains("\n"), lit(false)));
            }
        }
        return records.join(broadcast(unbalancedFiles), col(DocumentSchema.PATH).equalTo(col("_file")), "left")
                .withColumn(UNBALANCED, coalesce(col("_odd"), lit(false)).and(spansLines));
    }

    /** The top-level fields of the mapped columns: for a nested path, its first name. */
    private static List<String> topLevel(java.util.Collection<String> columns) {
        return columns.stream().map(c -> c.contains(".") ? c.substring(0, c.indexOf('.')) : c).distinct().toList();
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
