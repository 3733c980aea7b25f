package org.narrativelens.tables;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.narrativelens.report.CsvTableWriter;
import org.narrativelens.report.Table;

/**
 * A table that grows with the corpus (a row or more per document), written complete: every row, in a total
 * order, streamed from Spark into {@code <name>.csv} ({@code toLocalIterator} over one sorted partition, so the
 * driver holds one batch at a time, never the table), while the first rows are kept for the report's HTML view,
 * which says how many it shows.
 *
 * <pre>{@code
 * Table documents = new CompleteTable(files, 1000).collect(rows, List.of(col("doc_id")), builder);
 * }</pre>
 */
public final class CompleteTable {

    /** Rows turned into cells (and relabelled) together: one lookup of written forms per batch, not per row. */
    static final int BATCH = 10_000;

    private final RunFiles files;
    private final int shown;
    private Function<Row, List<Object>> cells = TableCollector::cells;
    private UnaryOperator<List<List<Object>>> relabel = UnaryOperator.identity();

    /** Writes into {@code files} (nothing without a run folder: then only the shown rows are collected); {@code shown} rows are kept. */
    public CompleteTable(RunFiles files, int shown) {
        this.files = files;
        this.shown = shown;
    }

    /** Turns each Spark row into the table's cells (links, labels) instead of taking its values as they are. */
    public CompleteTable cells(Function<Row, List<Object>> rowCells) {
        this.cells = rowCells;
        return this;
    }

    /** Rewrites each batch of rows (term keys as their written forms) before it is written and kept. */
    public CompleteTable relabel(UnaryOperator<List<List<Object>>> batch) {
        this.relabel = batch;
        return this;
    }

    /**
     * The table {@code builder} describes, with the rows of {@code rows} (its columns in the table's order) sorted
     * by {@code order}, which must be total: the same input gives the same file, row for row.
     */
    public Table collect(Dataset<Row> rows, List<Column> order, Table.Builder builder) {
        Column[] sort = order.toArray(Column[]::new);
        if (!files.writes()) {
            List<List<Object>> first = new ArrayList<>();
            rows.orderBy(sort).limit(shown).collectAsList().forEach(r -> first.add(cells.apply(r)));
            relabel.apply(first).forEach(builder::row);
            return builder.totalRows(rows.count()).build();
        }
        Table header = builder.build();
        long total = 0;
        try (Writer out = files.csv(header.name(), rows.sparkSession())) {
            CsvTableWriter.Rows csv = new CsvTableWriter().open(header.columnNames(), out);
            Iterator<Row> sorted = rows.repartition(1).sortWithinPartitions(sort).toLocalIterator();
            List<List<Object>> batch = new ArrayList<>(BATCH);
            while (sorted.hasNext()) {
                batch.add(cells.apply(sorted.next()));
                if (batch.size() == BATCH || !sorted.hasNext()) {
                    for (List<Object> row : relabel.apply(batch)) {
                        csv.print(row);
                        if (total++ < shown) {
                            builder.row(row);
                        }
                    }
                    batch.clear();
                }
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + header.name() + ".csv", e);
        }
        return builder.totalRows(total).csvWritten().build();
    }
}
