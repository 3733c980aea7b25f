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
 * The tables about the corpus itself: every document read, what cleaning removed, what was rejected.
 */
public final class CorpusTables {

    /** The documents, cleaning and rejects tables of the analysed corpus. */
    public List<Table> build(Dataset<Row> analysed, RunSummary.DocumentCounts counts) {
        return List.of(documentsTable(analysed, counts.read()), cleaningTable(analysed), rejectsTable(analysed, counts.rejected()));
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
        Dataset<Row> rows = analysed.where(col(DocumentSchema.STATUS).equalTo(DocumentStatus.REJECTED.value()))
                .orderBy(DocumentSchema.DOC_ID)
                .limit(TableLimits.REJECTS)
                .select(col(DocumentSchema.DOC_ID), col(DocumentSchema.PATH), col(DocumentSchema.REJECT_REASON));
        Table.Builder builder = Table.builder("rejects", "Rejected documents", "Documents read but not analysed, and why.")
                .column("doc_id", "document id")
                .column("path", "where it was read from")
                .column("reason", "why it was not analysed")
                .totalRows(rejected);
        return rejected == 0 ? builder.build() : TableCollector.collect(rows, builder);
    }
}
