package org.narrativelens.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.narrativelens.SparkTestSession;
import org.narrativelens.corpus.DocumentSchema;

class TermStatisticsStageTest {

    private static final StructType SCHEMA = new StructType()
            .add(DocumentSchema.DOC_ID, DataTypes.StringType)
            .add(DocumentSchema.TERMS, DataTypes.createArrayType(DataTypes.StringType));

    private static Dataset<Row> docs() {
        return SparkTestSession.get().createDataFrame(List.of(
                RowFactory.create("a", Arrays.asList("peace", "talks", "peace", "kiev")),
                RowFactory.create("b", Arrays.asList("peace", "sanctions")),
                RowFactory.create("c", Arrays.asList())), SCHEMA);
    }

    @Test
    void corpusTermsCountOccurrencesAndDocuments() {
        TermStatisticsStage stage = new TermStatisticsStage(docs(), 3);
        List<Row> rows = stage.corpusTerms(6, 2).collectAsList();
        stage.release();
        assertEquals("peace", rows.get(0).getString(0));
        assertEquals(3L, rows.get(0).getLong(1));
        assertEquals(2L, rows.get(0).getLong(2));
        assertEquals(5000.0, rows.get(0).getDouble(3), 1e-9);
        assertEquals("kiev", rows.get(1).getString(0)); // ties at tf 1 broken alphabetically
    }

    @Test
    void tfIdfPrefersTermsRareElsewhere() {
        TermStatisticsStage stage = new TermStatisticsStage(docs(), 3);
        List<Row> rows = stage.topTfIdf(1, 10).collectAsList();
        stage.release();
        assertEquals(2, rows.size());
        // In a: peace (tf 2, df 2) scores 2 * (ln(4/3) + 1) = 2.575; kiev (tf 1, df 1) scores ln(4/2) + 1 = 1.693.
        assertEquals("peace", rows.get(0).getAs(TermStatisticsStage.TERM));
        assertEquals(2 * (Math.log(4.0 / 3) + 1), (double) rows.get(0).getAs(TermStatisticsStage.TFIDF), 1e-9);
        assertEquals("sanctions", rows.get(1).getAs(TermStatisticsStage.TERM));
    }
}
