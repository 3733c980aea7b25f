package org.narrativelens.corpus;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Builds {@link DocumentSchema#ANALYSED} rows for tests by column name, so a column added to the schema
 * does not break every hand-written row. Unset columns are null; arrays are empty; status is analysed.
 */
public final class AnalysedRow {

    private final Object[] values = new Object[DocumentSchema.ANALYSED.size()];

    private AnalysedRow(String docId) {
        set(DocumentSchema.DOC_ID, docId);
        set(DocumentSchema.PATH, "file:/corpus/" + docId + ".txt");
        set(DocumentSchema.REMOVED, SparkValues.seq(List.of()));
        set(DocumentSchema.STATUS, DocumentStatus.ANALYSED.value());
        set(DocumentSchema.SENTENCES, SparkValues.seq(List.of()));
        set(DocumentSchema.TERMS, SparkValues.seq(List.of()));
        set(DocumentSchema.TERM_FORMS, SparkValues.seq(List.of()));
        set(DocumentSchema.TERM_POSITIONS, SparkValues.seq(List.of()));
        set(DocumentSchema.LINKS, SparkValues.seq(List.of()));
        set(DocumentSchema.HASHTAGS, SparkValues.seq(List.of()));
    }

    public static AnalysedRow of(String docId) {
        return new AnalysedRow(docId);
    }

    /** Sets a column; lists become array values. */
    public AnalysedRow set(String column, Object value) {
        values[DocumentSchema.ANALYSED.fieldIndex(column)] = value instanceof List<?> list ? SparkValues.seq(list) : value;
        return this;
    }

    public Row row() {
        return RowFactory.create(values.clone());
    }
}
