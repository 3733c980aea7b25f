package org.narrativelens.tables;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.narrativelens.report.Table;

/**
 * Brings a bounded Spark result to the driver as a report {@link Table}: the one place where Spark rows
 * become plain values (dates as ISO text, arrays as "a; b; c").
 */
public final class TableCollector {

    private TableCollector() {
    }

    /** Collects the rows of {@code bounded} (already limited by the caller) into {@code builder}. */
    public static Table collect(Dataset<Row> bounded, Table.Builder builder) {
        for (Row row : bounded.collectAsList()) {
            builder.row(cells(row));
        }
        return builder.build();
    }

    static List<Object> cells(Row row) {
        List<Object> cells = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) {
            Object v = row.get(i);
            if (v instanceof java.sql.Date d) {
                v = d.toLocalDate().toString();
            } else if (v instanceof scala.collection.Seq<?> seq) {
                v = String.join("; ", scala.jdk.javaapi.CollectionConverters.asJava(seq).stream().map(String::valueOf).toList());
            }
            cells.add(v);
        }
        return cells;
    }
}
