package org.narrativelens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.narrativelens.InputException;
import org.narrativelens.SparkTestSession;
import org.narrativelens.config.ColumnMapping;
import org.narrativelens.config.InputFormat;

class RecordReaderTest {

    private static final String JSONL = String.join("\n",
            "{\"id\": \"tass-1\", \"title\": \"Kiev delays peace\", \"date\": \"2023-06-19\", \"source\": \"TASS\", \"text\": \"Kiev's cooperation with NATO.\"}",
            "{\"title\": \"No id here\", \"date\": \"1987-02-26T15:01:01\", \"text\": \"Second article.\"}",
            "{\"title\": \"broken\", \"text\": \"unterminated",
            "{\"id\": 7, \"text\": \"Numeric id.\", \"date\": \"not a date\"}");

    private final RecordReader reader = new RecordReader();

    private List<Row> read(Path input, InputFormat format, ColumnMapping columns) {
        return reader.read(SparkTestSession.get(), input.toString(), format, columns)
                .orderBy(DocumentSchema.DOC_ID).collectAsList();
    }

    private static Object field(Row row, String column) {
        return row.get(DocumentSchema.RAW.fieldIndex(column));
    }

    @Test
    void jsonLinesWithMetadataAndABrokenLineKeptAsReadError(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("news.jsonl"), JSONL);
        List<Row> rows = read(file, InputFormat.JSONL, ColumnMapping.DEFAULT);
        assertEquals(List.of("7", "news.jsonl#2", "news.jsonl#3", "tass-1"),
                rows.stream().map(r -> (String) field(r, DocumentSchema.DOC_ID)).toList());
        Row tass = rows.get(3);
        assertEquals("Kiev delays peace", field(tass, DocumentSchema.TITLE));
        assertEquals("TASS", field(tass, DocumentSchema.SOURCE));
        assertEquals(Date.valueOf("2023-06-19"), field(tass, DocumentSchema.PUBLISHED));
        assertNull(field(tass, DocumentSchema.READ_ERROR));
        assertEquals(Date.valueOf("1987-02-26"), field(rows.get(1), DocumentSchema.PUBLISHED));
        assertEquals("JSON line that does not parse", field(rows.get(2), DocumentSchema.READ_ERROR));
        assertEquals(List.of(4L, 2L, 3L, 1L), rows.stream().map(r -> field(r, DocumentSchema.RECORD)).toList(), "record = line here");
        assertNull(field(tass, DocumentSchema.WARNING));
        assertNull(field(rows.get(0), DocumentSchema.PUBLISHED), "an unreadable date is no date, not an error");
        assertEquals(DocumentSchema.RAW.simpleString(), reader.read(SparkTestSession.get(), file.toString(), InputFormat.JSONL,
                ColumnMapping.DEFAULT).schema().simpleString());
    }

    @Test
    void aLargeFileIsReadInSeveralPartitionsAndItsRecordsNumberedInFileOrder(@TempDir Path dir) throws Exception {
        // Small splits stand in for a large file: Spark reads each split in its own task.
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 300; i++) {
            lines.append("{\"text\": \"article number ").append(i).append("\"}\n");
        }
        lines.append("{\"text\": \"never closed\n").append("{\"text\": \"article number 302\"}\n");
        Path file = Files.writeString(dir.resolve("big.jsonl"), lines.toString());
        org.apache.spark.sql.SparkSession spark = SparkTestSession.get();
        String before = spark.conf().get("spark.sql.files.maxPartitionBytes");
        spark.conf().set("spark.sql.files.maxPartitionBytes", "1024");
        try {
            org.apache.spark.sql.Dataset<Row> read = reader.read(spark, file.toString(), InputFormat.JSONL, ColumnMapping.DEFAULT);
            // With their numbers computed (a column left out could be pruned, and the numbering with it).
            long partitions = read.select(org.apache.spark.sql.functions.col(DocumentSchema.RECORD),
                            org.apache.spark.sql.functions.spark_partition_id())
                    .collectAsList().stream().map(r -> r.getInt(1)).distinct().count();
            assertTrue(partitions > 1, "the records stay in the partitions they were read in, not one: " + partitions);
            List<Row> rows = read.orderBy(DocumentSchema.RECORD).collectAsList();
            assertEquals(302, rows.size());
            for (int i = 1; i <= 302; i++) {
                Row row = rows.get(i - 1);
                assertEquals((long) i, field(row, DocumentSchema.RECORD));
                assertEquals("big.jsonl#" + i, field(row, DocumentSchema.DOC_ID));
                if (i != 301) {
                    assertEquals("article number " + i, field(row, DocumentSchema.TEXT), "record " + i + " is line " + i);
                }
            }
            assertEquals("JSON line that does not parse", field(rows.get(300), DocumentSchema.READ_ERROR));
        } finally {
            spark.conf().set("spark.sql.files.maxPartitionBytes", before);
        }
    }

    @Test
    void gzippedJsonLinesReadTheSame(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("news.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(JSONL.getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(4, read(file, InputFormat.JSONL, ColumnMapping.DEFAULT).size());
    }

    @Test
    void csvWithQuotedMultiLineFieldsMappedColumnsAndABadRow(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("dump.csv"), String.join("\n",
                "headline,body,outlet",
                "\"Talks stall\",\"First line,\nsecond line with \"\"quotes\"\".\",RT",
                "Plain,One line.,TASS",
                "Too,many,fields,here",
                ""));
        ColumnMapping columns = new ColumnMapping("body", "headline", "date", "outlet", "id", "url");
        List<Row> rows = read(file, InputFormat.CSV, columns);
        assertEquals(3, rows.size());
        Row first = rows.get(0);
        assertEquals("dump.csv#1", field(first, DocumentSchema.DOC_ID));
        assertEquals("First line,\nsecond line with \"quotes\".", field(first, DocumentSchema.TEXT));
        assertEquals("RT", field(first, DocumentSchema.SOURCE));
        assertTrue(((String) field(rows.get(2), DocumentSchema.READ_ERROR)).startsWith("CSV row that does not parse"));
        assertEquals(3L, field(rows.get(2), DocumentSchema.RECORD), "the third data row, though on the fifth line");
    }

    @Test
    void parquetWithoutTheTextColumnNamesTheColumnsItHas(@TempDir Path dir) {
        StructType schema = new StructType().add("body", DataTypes.StringType).add("id", DataTypes.LongType);
        String path = dir.resolve("corpus.parquet").toString();
        SparkTestSession.get().createDataFrame(List.of(RowFactory.create("Text.", 1L)), schema).write().parquet(path);
        InputException e = assertThrows(InputException.class,
                () -> reader.read(SparkTestSession.get(), path, InputFormat.PARQUET, ColumnMapping.DEFAULT));
        assertEquals("input '" + path + "' has no column 'text' (its columns: body, id): name the text column with --text-col",
                e.getMessage());
        List<Row> rows = read(Path.of(path), InputFormat.PARQUET, new ColumnMapping("body", "title", "date", "source", "id", "url"));
        assertEquals("1", field(rows.get(0), DocumentSchema.DOC_ID));
        assertEquals("Text.", field(rows.get(0), DocumentSchema.TEXT));
    }

    @Test
    void nestedFieldsByTheirPathAndListsJoined(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("wire.jsonl"), String.join("\n",
                "{\"id\": \"r1\", \"labels\": {\"topics\": [\"earn\"], \"places\": [\"usa\", \"uk\"]}, \"text\": \"Profit up.\"}",
                "{\"id\": \"r2\", \"labels\": {\"topics\": []}, \"title\": \"[Update] Talks\", \"text\": \"No topic.\"}",
                "{\"id\": \"r3\", \"text\": \"No labels at all.\"}"));
        List<Row> rows = read(file, InputFormat.JSONL, new ColumnMapping("text", "title", "date", "labels.topics", "id", "labels.places"));
        assertEquals("earn", field(rows.get(0), DocumentSchema.SOURCE));
        assertEquals("usa|uk", field(rows.get(0), DocumentSchema.URL), "a list of several becomes its items joined");
        assertNull(field(rows.get(1), DocumentSchema.SOURCE), "an empty list is no value");
        assertEquals("[Update] Talks", field(rows.get(1), DocumentSchema.TITLE), "text in brackets is not a list");
        assertNull(field(rows.get(2), DocumentSchema.SOURCE));

        StructType labels = new StructType().add("topics", DataTypes.createArrayType(DataTypes.StringType));
        StructType schema = new StructType().add("text", DataTypes.StringType).add("labels", labels);
        String parquet = dir.resolve("wire.parquet").toString();
        SparkTestSession.get().createDataFrame(List.of(RowFactory.create("Profit up.", RowFactory.create(List.of("earn", "acq")))), schema)
                .write().parquet(parquet);
        List<Row> fromParquet = read(Path.of(parquet), InputFormat.PARQUET,
                new ColumnMapping("text", "title", "date", "labels.topics", "id", "labels.missing"));
        assertEquals("earn|acq", field(fromParquet.get(0), DocumentSchema.SOURCE));
        assertNull(field(fromParquet.get(0), DocumentSchema.URL), "a path that is not there is no value");
    }

    @Test
    void formatIsChosenByExtension(@TempDir Path dir) throws Exception {
        assertEquals(InputFormat.JSONL, CorpusReader.byExtension("a.jsonl.gz"));
        assertEquals(InputFormat.JSONL, CorpusReader.byExtension("a.ndjson"));
        assertEquals(InputFormat.CSV, CorpusReader.byExtension("A.CSV"));
        assertEquals(InputFormat.PARQUET, CorpusReader.byExtension("part-0001.snappy.parquet"));
        assertEquals(InputFormat.TEXT, CorpusReader.byExtension("article.txt"));
        Files.writeString(dir.resolve("_SUCCESS"), "");
        Files.writeString(dir.resolve("news.jsonl"), JSONL);
        assertEquals(InputFormat.JSONL, CorpusReader.detect(SparkTestSession.get(), dir.toString()));
    }
}
