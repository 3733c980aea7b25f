package org.narrativelens.corpus;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;
import org.narrativelens.config.DateOrder;

/**
 * Per-document step: runs {@link TextCleaner} on a {@link DocumentSchema#RAW} row, giving a
 * {@link DocumentSchema#CLEANED} row, with the date and outlet the text states ({@link MetadataExtractor}).
 * A title, date or source the reader already had is kept; the text's own are used only where the reader
 * had none. A document with no words left is marked rejected, with why. A document longer than the
 * limit is cut first ({@link TextTruncator}); that warning joins the reader's.
 */
public final class CleaningStage implements DocumentStep {

    private static final long serialVersionUID = 1L;
    private static final StructType IN = DocumentSchema.RAW;

    private final TextCleaner cleaner;
    private final BoilerplateLines boilerplate;
    private final MetadataExtractor metadata;
    private final TextTruncator truncator;

    /** Cleans with every rule and no corpus-level boilerplate; see the full constructor. */
    public CleaningStage(DateOrder dateOrder, int maxDocChars) {
        this(dateOrder, maxDocChars, EnumSet.allOf(CleaningRule.class), BoilerplateLines.none());
    }

    /**
     * Cleans with numeric dates read in {@code dateOrder}, documents cut to {@code maxDocChars} characters
     * first, applying {@code rules} and removing the {@code boilerplate} lines of each document's source.
     */
    public CleaningStage(DateOrder dateOrder, int maxDocChars, Set<CleaningRule> rules, BoilerplateLines boilerplate) {
        this.cleaner = new TextCleaner(rules);
        this.boilerplate = boilerplate;
        this.metadata = new MetadataExtractor(dateOrder);
        this.truncator = new TextTruncator(maxDocChars);
    }

    @Override
    public StructType outputSchema() {
        return DocumentSchema.CLEANED;
    }

    @Override
    public Row apply(Row row) {
        String text = row.getString(IN.fieldIndex(DocumentSchema.TEXT));
        String source = row.getString(IN.fieldIndex(DocumentSchema.SOURCE));
        TextTruncator.Truncated truncated = truncator.truncate(text);
        CleanedText cleaned = cleaner.clean(truncated.text(), line -> boilerplate.contains(source, line));
        TextMetadata stated = metadata.extract(cleaned.removed());
        String title = row.getString(IN.fieldIndex(DocumentSchema.TITLE));
        title = title != null ? title : cleaned.title();
        String outlet = source != null ? source : stated.outlet();
        // "Headline – Reuters": the title's end names the outlet when nothing else does.
        TitleSource.Split split = outlet == null ? TitleSource.split(title) : null;
        if (split != null) {
            title = split.title();
            outlet = split.source();
        }
        java.sql.Date published = (java.sql.Date) row.get(IN.fieldIndex(DocumentSchema.PUBLISHED));
        if (published == null && stated.published() != null) {
            published = java.sql.Date.valueOf(stated.published());
        }
        String reason = row.getString(IN.fieldIndex(DocumentSchema.READ_ERROR));
        if (reason == null && (text == null || text.isBlank())) {
            reason = "empty document";
        } else if (reason == null && TextCleaner.wordCount(cleaned.text()) == 0) {
            reason = "no text left after cleaning";
        }
        List<Row> removed = new ArrayList<>();
        for (CleanedText.RemovedText r : cleaned.removed()) {
            removed.add(RowFactory.create(r.rule().label(), r.text()));
        }
        return RowFactory.create(
                row.get(IN.fieldIndex(DocumentSchema.DOC_ID)),
                outlet,
                title,
                published,
                row.get(IN.fieldIndex(DocumentSchema.URL)),
                row.get(IN.fieldIndex(DocumentSchema.PATH)),
                text,
                row.get(IN.fieldIndex(DocumentSchema.READ_ERROR)),
                row.get(IN.fieldIndex(DocumentSchema.RECORD)),
                joined(row.getString(IN.fieldIndex(DocumentSchema.WARNING)), truncated.warning()),
                cleaned.text(),
                stated.dateText(),
                SparkValues.seq(removed),
                (reason == null ? DocumentStatus.ANALYSED : DocumentStatus.REJECTED).value(),
                reason);
    }

    private static String joined(String first, String second) {
        return first == null ? second : second == null ? first : first + "; " + second;
    }
}
