package org.narrativelens.tables;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.narrativelens.corpus.DocumentSchema;
import org.narrativelens.corpus.DuplicateFinder;

/**
 * Each document's status as the run reports it: the cached corpus knows analysed and rejected only, and a
 * duplicate left out of the statistics is reported as {@code duplicate}. The documents table and the corpus
 * profile read it from here, so that they count the same documents as duplicates.
 */
final class ReportedStatus {

    /** The status of a duplicate left out of the statistics. */
    static final String DUPLICATE = "duplicate";
    private static final String DUPLICATE_ID = "duplicate_id";

    private ReportedStatus() {
    }

    /**
     * {@code documents} with the {@link DuplicateFinder#KEPT_ID} and {@link DuplicateFinder#KIND} of those among
     * the {@code dropped} duplicates (null for the others), for {@link #status}.
     */
    static Dataset<Row> withDuplicates(Dataset<Row> documents, Dataset<Row> dropped) {
        Dataset<Row> duplicateOf = dropped.select(col(DocumentSchema.DOC_ID).as(DUPLICATE_ID), col(DuplicateFinder.KEPT_ID),
                col(DuplicateFinder.KIND));
        return documents.join(duplicateOf, col(DocumentSchema.DOC_ID).equalTo(col(DUPLICATE_ID)), "left");
    }

    /** The reported status of a row of {@link #withDuplicates}; duplicates count as analysed when kept ({@code leftOut} false). */
    static Column status(boolean leftOut) {
        return leftOut
                ? when(col(DuplicateFinder.KEPT_ID).isNotNull(), lit(DUPLICATE)).otherwise(col(DocumentSchema.STATUS))
                : col(DocumentSchema.STATUS);
    }
}
