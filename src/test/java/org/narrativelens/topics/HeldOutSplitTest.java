package org.narrativelens.topics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.narrativelens.SparkTestSession;
import org.narrativelens.corpus.DocumentSchema;

class HeldOutSplitTest {

    private static Dataset<Row> ids(List<String> ids, int partitions) {
        List<Row> rows = ids.stream().map(id -> RowFactory.create(id)).toList();
        return SparkTestSession.get().createDataFrame(rows, new StructType().add(DocumentSchema.DOC_ID, DataTypes.StringType))
                .repartition(partitions);
    }

    private static List<String> heldOut(Dataset<Row> docs, long seed) {
        HeldOutSplit split = HeldOutSplit.of(docs, docs.count(), seed);
        return docs.where(split.isHeldOut()).orderBy(DocumentSchema.DOC_ID).collectAsList().stream().map(r -> r.getString(0)).toList();
    }

    @Test
    void aTenthOfTheDocumentsByHashTheSameWhateverTheirOrder() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            names.add("doc-" + i);
        }
        List<String> once = heldOut(ids(names, 1), 42);
        assertEquals(5, once.size());
        List<String> reversed = new ArrayList<>(names);
        Collections.reverse(reversed);
        assertEquals(once, heldOut(ids(reversed, 4), 42), "order and partitions do not matter");
        assertNotEquals(once, heldOut(ids(names, 1), 43), "another seed, another split");
    }

    @Test
    void aSmallCorpusHoldsOutOneDocument() {
        assertEquals(1, heldOut(ids(List.of("a", "b", "c"), 1), 7).size());
    }
}
