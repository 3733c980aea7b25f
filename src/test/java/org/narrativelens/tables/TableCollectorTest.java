package org.narrativelens.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Date;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.narrativelens.SparkTestSession;
import org.narrativelens.report.Table;

class TableCollectorTest {

    @Test
    void datesBecomeIsoTextAndArraysAList() {
        StructType schema = new StructType()
                .add("d", DataTypes.DateType)
                .add("a", DataTypes.createArrayType(DataTypes.StringType))
                .add("n", DataTypes.LongType);
        Table t = TableCollector.collect(
                SparkTestSession.get().createDataFrame(List.of(RowFactory.create(Date.valueOf("2022-07-04"),
                        Arrays.asList("peace", "talks"), 3L)), schema),
                Table.builder("x", "X", "d").column("d", "").column("a", "").column("n", ""));
        assertEquals(List.of(List.of("2022-07-04", "peace; talks", 3L)), t.rows());
    }
}
