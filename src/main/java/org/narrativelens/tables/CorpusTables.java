package org.narrativelens.tables;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.size;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.narrativelens.corpus.DocumentSchema;
import org.narrativelens.corpus.DocumentStatus;
import org.narrativelens.report.RunSummary;
import org.narrativelens.report.Table;

/**
 * The tables about the corpus itself: every document read, what cleaning removed, what was rejected,
 * and what was read with a warning.
 */
public final class CorpusTables {

    /** Where a listed document comes from: its record number for JSON Lines, CSV and Parquet. */
    private static final String RECORD_DESCRIPTION = "record number within the file, from 1, for JSON Lines, CSV and "
            + "Parquet (JSON Lines: the line number when the file has no blank lines; CSV: the data row, header not "
            + "counted); empty for text files";

    /** The documents, cleaning, rejects and warnings tables of the analysed corpus. */
    public List<Table> build(Dataset<Row> analysed, RunSummary.DocumentCounts counts) {
        return List.of(documentsTable(analysed, counts.read()), cleaningTable(analysed), rejectsTable(analysed, counts.rejected()),
                warningsTable(analysed, counts.warnings()));
    }

    private Table documentsTable(Dataset<Row> analysed, long read) {
        Dataset<Row> rows = analysed.orderBy(DocumentSchema.DOC_ID).limit(TableLimits.REPORT_DOCUMENTS).select(
                col(DocumentSchema.DOC_ID), col(DocumentSchema.TITLE), col(DocumentSchema.SOURCE), col(DocumentSchema.PUBLISHED),
                col(DocumentSchema.DATE_TEXT),
                col(DocumentSchema.STATUS), size(col(DocumentSchema.SENTENCES)), size(col(DocumentSchema.TERMS)),
                size(col(DocumentSchema.REMOVED)), col(DocumentSchema.PATH));
        return TableCollector.collect(rows, Table.builder("documents", "Documents",
                        "Every document read, its headline, date and status, with its size after cleaning.")
                .column("doc_id", "document id: a text file's path below the input folder without extension; for records, the id column or <file>#<record number>")
                .column("title", "headline: the first real line of the text")
                .column("source", "outlet: from the source column or --source-from-path, else as the text states it (/TASS/, © Sputnik)")
                .column("published", "publication date (empty when none is given with its year)")
                .column("date_text", "the date as the text writes it, kept even without a year")
                .column("status", "analysed or rejected (see rejects.csv)")
                .column("sentences", "sentences after cleaning")
                .column("terms", "content terms counted (stopwords and numbers left out)")
                .column("removed", "lines or fragments removed as noise (see cleaning.csv)")
                .column("path", "where the document was read from")
                .totalRows(read));
    }

    private Table cleaningTable(Dataset<Row> analysed) {
        Dataset<Row> removed = analysed
                .select(col(DocumentSchema.DOC_ID), explode(col(DocumentSchema.REMOVED)).as("r"))
                .select(col(DocumentSchema.DOC_ID), col("r." + DocumentSchema.REMOVED_RULE), col("r." + DocumentSchema.REMOVED_TEXT))
                .orderBy(DocumentSchema.DOC_ID)
                .limit(TableLimits.CLEANING_ROWS);
        return TableCollector.collect(removed, Table.builder("cleaning", "Removed as noise",
                        "Lines and fragments the cleaner removed from each document, with the rule that removed them.")
                .column("doc_id", "document id")
                .column("rule", "icon-soup, footer, read-more, label, category-list, dateline, image-credit or repeated-title")
                .column("text", "the removed text"));
    }

    private Table rejectsTable(Dataset<Row> analysed, long rejected) {
        return listed(analysed.where(col(DocumentSchema.STATUS).equalTo(DocumentStatus.REJECTED.value())),
                Table.builder("rejects", "Rejected documents", "Documents read but not analysed, and why."),
                DocumentSchema.REJECT_REASON, new Table.Column("reason", "why it was not analysed", false), TableLimits.REJECTS, rejected);
    }

    private Table warningsTable(Dataset<Row> analysed, long warned) {
        return listed(analysed.where(col(DocumentSchema.WARNING).isNotNull()),
                Table.builder("warnings", "Warnings", "Documents read with a warning, analysed or not: a character set "
                        + "guessed (letters may be wrong), a text cut to --max-doc-chars."),
                DocumentSchema.WARNING, new Table.Column("warning", "what to know about how it was read", false), TableLimits.WARNINGS, warned);
    }

    /** The first {@code limit} of {@code documents} by id: where each was read from, and its column {@code what}. */
    private static Table listed(Dataset<Row> documents, Table.Builder table, String what, Table.Column whatColumn, int limit, long total) {
        Dataset<Row> rows = documents.orderBy(DocumentSchema.DOC_ID)
                .limit(limit)
                .select(col(DocumentSchema.DOC_ID), col(DocumentSchema.PATH), col(DocumentSchema.RECORD), col(what));
        Table.Builder builder = table
                .column("doc_id", "document id")
                .column("path", "where it was read from")
                .column("record", RECORD_DESCRIPTION)
                .column(whatColumn)
                .totalRows(total);
        return total == 0 ? builder.build() : TableCollector.collect(rows, builder);
    }
}
