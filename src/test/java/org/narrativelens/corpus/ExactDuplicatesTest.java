package org.narrativelens.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.narrativelens.SparkTestSession;

class ExactDuplicatesTest {

    private static final StructType SCHEMA = new StructType()
            .add(DocumentSchema.DOC_ID, DataTypes.StringType)
            .add(DocumentSchema.CLEAN_TEXT, DataTypes.StringType)
            .add(DocumentSchema.STATUS, DataTypes.StringType);

    @Test
    void theSameTextInAnotherCaseOrSpacingIsADuplicateOfTheSmallestId() {
        List<Row> rows = new ExactDuplicates().apply(SparkTestSession.get().createDataFrame(List.of(
                        RowFactory.create("tass/2", "Kiev delays peace.\n\nNATO is to blame.", "analysed"),
                        RowFactory.create("rt/1", "Kiev delays  peace. NATO is to blame.", "analysed"),
                        RowFactory.create("ria/3", "KIEV DELAYS PEACE. NATO IS TO BLAME.", "analysed"),
                        RowFactory.create("other", "Another story.", "analysed"),
                        RowFactory.create("empty-1", "", "rejected"),
                        RowFactory.create("empty-2", "", "rejected")), SCHEMA))
                .orderBy(DocumentSchema.DOC_ID).collectAsList();
        assertEquals(List.of("empty-1 rejected null", "empty-2 rejected null", "other analysed null",
                        "ria/3 analysed null", "rt/1 duplicate ria/3", "tass/2 duplicate ria/3"),
                rows.stream().map(r -> r.getAs(DocumentSchema.DOC_ID) + " " + r.getAs(DocumentSchema.STATUS) + " "
                        + r.getAs(DocumentSchema.DUPLICATE_OF)).toList());
    }
}
