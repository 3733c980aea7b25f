package org.narrativelens.corpus;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Spark stage: runs {@link TextCleaner} over every document, adding the columns of
 * {@link DocumentSchema#CLEANED}. A title or date the reader already had is kept; the text's own are used
 * only where the reader had none. A document with no words left is marked rejected, with its reason.
 */
public final class CleaningStage {

    private final TextCleaner cleaner = new TextCleaner();

    public Dataset<Row> apply(Dataset<Row> raw) {
        TextCleaner textCleaner = cleaner;
        return raw.map((MapFunction<Row, Row>) row -> cleanRow(row, textCleaner), Encoders.row(DocumentSchema.CLEANED));
    }

    static Row cleanRow(Row row, TextCleaner cleaner) {
        String text = row.getAs(DocumentSchema.RAW.fieldIndex(DocumentSchema.TEXT));
        CleanedText cleaned = cleaner.clean(text);
        String title = row.getAs(DocumentSchema.RAW.fieldIndex(DocumentSchema.TITLE));
        java.sql.Date published = row.getAs(DocumentSchema.RAW.fieldIndex(DocumentSchema.PUBLISHED));
        if (published == null && cleaned.published() != null) {
            published = java.sql.Date.valueOf(cleaned.published());
        }
        String reason = null;
        if (text == null || text.isBlank()) {
            reason = "empty document";
        } else if (TextCleaner.wordCount(cleaned.text()) == 0) {
            reason = "no text left after cleaning";
        }
        List<Row> removed = new ArrayList<>();
        for (CleanedText.RemovedText r : cleaned.removed()) {
            removed.add(RowFactory.create(r.rule().label(), r.text()));
        }
        return RowFactory.create(
                row.getAs(DocumentSchema.RAW.fieldIndex(DocumentSchema.DOC_ID)),
                row.getAs(DocumentSchema.RAW.fieldIndex(DocumentSchema.SOURCE)),
                title != null ? title : cleaned.title(),
                published,
                row.getAs(DocumentSchema.RAW.fieldIndex(DocumentSchema.URL)),
                row.getAs(DocumentSchema.RAW.fieldIndex(DocumentSchema.PATH)),
                text,
                cleaned.text(),
                SparkValues.seq(removed),
                (reason == null ? DocumentStatus.ANALYSED : DocumentStatus.REJECTED).value(),
                reason);
    }
}
