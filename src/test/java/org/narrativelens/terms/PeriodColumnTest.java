package org.narrativelens.terms;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.narrativelens.SparkTestSession;
import org.narrativelens.config.TimeBucket;

class PeriodColumnTest {

    @Test
    void sparkLabelsAreTheLabelsOfTimeBucket() {
        // Every day around two new years whose first days fall in the previous ISO week-year (2021, 2027)
        // and one whose last days fall in the next (2024 -> 2025-W01), plus a null date.
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate start : List.of(LocalDate.of(2020, 12, 24), LocalDate.of(2024, 12, 24), LocalDate.of(2026, 12, 24))) {
            for (int i = 0; i < 14; i++) {
                days.add(start.plusDays(i));
            }
        }
        List<Row> rows = new ArrayList<>();
        days.forEach(d -> rows.add(RowFactory.create(java.sql.Date.valueOf(d))));
        rows.add(RowFactory.create((Object) null));
        Dataset<Row> dates = SparkTestSession.get().createDataFrame(rows, new StructType().add("d", DataTypes.DateType));
        for (TimeBucket bucket : TimeBucket.values()) {
            List<Row> labels = dates.select(PeriodColumn.of(bucket, col("d"))).collectAsList();
            for (int i = 0; i < days.size(); i++) {
                assertEquals(bucket.label(days.get(i)), labels.get(i).getString(0), bucket + " " + days.get(i));
            }
            assertNull(labels.get(days.size()).get(0), bucket + ": no date, no period");
        }
    }
}
