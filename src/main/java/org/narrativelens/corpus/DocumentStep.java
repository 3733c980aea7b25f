package org.narrativelens.corpus;

import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * A per-document step of the pipeline: one row in, one row out with more columns. Consecutive steps
 * run fused in one Spark map (see {@link #run}), so the corpus is converted to and from Spark's internal
 * rows once, not once per step.
 */
public interface DocumentStep extends java.io.Serializable {

    /** The schema of the rows {@link #apply} returns. */
    StructType outputSchema();

    /** Transforms one document; the input row has the previous step's schema (fields read by index). */
    Row apply(Row row);

    /** Runs {@code steps} in order over every document, in one pass. */
    static Dataset<Row> run(Dataset<Row> documents, List<DocumentStep> steps) {
        List<DocumentStep> chain = List.copyOf(steps);
        StructType output = chain.get(chain.size() - 1).outputSchema();
        return documents.map((MapFunction<Row, Row>) row -> {
            Row current = row;
            for (DocumentStep step : chain) {
                current = step.apply(current);
            }
            return current;
        }, Encoders.row(output));
    }
}
