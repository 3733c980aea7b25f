package org.narrativelens.tables;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.narrativelens.SparkTestSession;
import org.narrativelens.report.Table;

class CompleteTableTest {

    @TempDir
    Path run;

    /** {@code n} rows over four partitions, in no order: id, and the id's parity as a word. */
    private static Dataset<Row> numbers(long n) {
        return SparkTestSession.get().range(0, n, 1, 4).toDF("id").selectExpr("id", "if(id % 2 = 0, 'even', 'odd') as parity")
                .orderBy(col("id").desc());
    }

    private static Table.Builder table() {
        return Table.builder("numbers", "Numbers", "Every number.").column("id", "the number").column("parity", "even or odd");
    }

    @Test
    void everyRowIsWrittenInOrderAndTheFirstAreKept() throws IOException {
        long n = 2 * CompleteTable.BATCH + 7;   // more than one batch, the last one short
        Table t = new CompleteTable(RunFiles.under(run), 3).collect(numbers(n), List.of(col("parity"), col("id")), table());
        List<String> lines = Files.readAllLines(run.resolve("numbers.csv"));
        assertEquals(n + 1, lines.size());
        assertEquals(List.of("id,parity", "0,even", "2,even", "4,even"), lines.subList(0, 4));
        int evens = (int) (n + 1) / 2;
        assertEquals(List.of("1,odd", "3,odd"), lines.subList(evens + 1, evens + 3), "the odd numbers after the even ones, each in order");
        assertEquals((n - 2) + ",odd", lines.get(lines.size() - 1), "n is odd: the last number, n - 1, is even");
        assertEquals(List.of(List.of(0L, "even"), List.of(2L, "even"), List.of(4L, "even")), t.rows());
        assertEquals(n, t.totalRows());
        assertTrue(t.csvWritten() && t.truncated());
    }

    @Test
    void cellsAndLabelsApplyToTheFileAndTheShownRowsAlike() throws IOException {
        List<Integer> batches = new ArrayList<>();
        Table t = new CompleteTable(RunFiles.under(run), 2)
                .cells(r -> List.of(r.getLong(0) * 10, r.getString(1)))
                .relabel(batch -> {
                    batches.add(batch.size());
                    return batch.stream().map(r -> List.<Object>of(r.get(0), ((String) r.get(1)).toUpperCase())).toList();
                })
                .collect(numbers(3), List.of(col("id")), table());
        assertEquals(List.of("id,parity", "0,EVEN", "10,ODD", "20,EVEN"), Files.readAllLines(run.resolve("numbers.csv")));
        assertEquals(List.of(List.of(0L, "EVEN"), List.of(10L, "ODD")), t.rows());
        assertEquals(List.of(3), batches, "one lookup for the batch");
    }

    @Test
    void anEmptyTableIsAHeader() throws IOException {
        Table t = new CompleteTable(RunFiles.under(run), 2).collect(numbers(0), List.of(col("id")), table());
        assertEquals(List.of("id,parity"), Files.readAllLines(run.resolve("numbers.csv")));
        assertEquals(0, t.totalRows());
    }

    @Test
    void withoutARunFolderOnlyTheShownRowsAreCollected() {
        Table t = new CompleteTable(RunFiles.none(), 2).collect(numbers(5), List.of(col("id")), table());
        assertEquals(List.of(List.of(0L, "even"), List.of(1L, "odd")), t.rows());
        assertEquals(5, t.totalRows());
        assertFalse(t.csvWritten(), "the report writes the CSV of what it has");
        assertFalse(Files.exists(run.resolve("numbers.csv")));
    }
}
