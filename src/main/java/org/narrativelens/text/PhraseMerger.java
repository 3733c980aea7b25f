package org.narrativelens.text;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udf;

import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.narrativelens.corpus.DocumentSchema;

/**
 * Spark stage: rewrites the {@link DocumentSchema#TERMS} column so that each phrase occurrence is one
 * term ("peace talks"), with the phrase set broadcast once. The rewrite is a lazy projection: nothing is
 * computed until a later stage reads the terms, and no other column changes.
 */
public final class PhraseMerger {

    private final PhraseSet phrases;

    public PhraseMerger(PhraseSet phrases) {
        this.phrases = java.util.Objects.requireNonNull(phrases, "phrases");
    }

    /** {@code analysed} with phrases merged in its terms; as it is when there is no phrase. */
    public Dataset<Row> apply(Dataset<Row> analysed) {
        if (phrases.isEmpty()) {
            return analysed;
        }
        Broadcast<PhraseSet> shared = JavaSparkContext.fromSparkContext(analysed.sparkSession().sparkContext()).broadcast(phrases);
        UserDefinedFunction merge = udf((UDF2<scala.collection.Seq<String>, scala.collection.Seq<Integer>, List<String>>)
                (terms, positions) -> shared.value().merge(scala.jdk.javaapi.CollectionConverters.asJava(terms),
                        scala.jdk.javaapi.CollectionConverters.asJava(positions)),
                DataTypes.createArrayType(DataTypes.StringType, false));
        return analysed.withColumn(DocumentSchema.TERMS, merge.apply(col(DocumentSchema.TERMS), col(DocumentSchema.TERM_POSITIONS)));
    }
}
