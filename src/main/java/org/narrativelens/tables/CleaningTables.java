package org.narrativelens.tables;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.narrativelens.corpus.CleaningRule;
import org.narrativelens.corpus.DocumentSchema;
import org.narrativelens.report.Table;

/**
 * What cleaning removed: totals per rule for the corpus, lines and characters per document and rule,
 * and a sample of the removed lines themselves, so every removal can be checked.
 */
public final class CleaningTables {

    private static final String RULE = "rule";
    private static final String REMOVED_TEXT = "removed_text";

    /** The cleaning_rules, cleaning_documents and cleaning tables of the analysed corpus. */
    public List<Table> build(Dataset<Row> analysed) {
        Dataset<Row> removed = analysed
                .select(col(DocumentSchema.DOC_ID), explode(col(DocumentSchema.REMOVED)).as("r"))
                .select(col(DocumentSchema.DOC_ID), col("r." + DocumentSchema.REMOVED_RULE).as(RULE),
                        col("r." + DocumentSchema.REMOVED_TEXT).as(REMOVED_TEXT));
        Dataset<Row> perDocument = removed.groupBy(DocumentSchema.DOC_ID, RULE)
                .agg(count(lit(1)).as("lines"), sum(length(col(REMOVED_TEXT))).as("characters"))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            return List.of(rulesTable(perDocument), documentsTable(perDocument), sampleTable(removed));
        } finally {
            perDocument.unpersist();
        }
    }

    private static Table rulesTable(Dataset<Row> perDocument) {
        Dataset<Row> rows = perDocument.groupBy(RULE)
                .agg(countDistinct(col(DocumentSchema.DOC_ID)), sum(col("lines")), sum(col("characters")))
                .orderBy(col("sum(lines)").desc(), col(RULE));
        return TableCollector.collect(rows, Table.builder("cleaning_rules", "Cleaning by rule",
                        "What each cleaning rule removed across the corpus.")
                .column(RULE, "the rule: " + CleaningRule.labels() + " (switch one off with --skip-cleaning)")
                .column("documents", "documents it removed something from")
                .barColumn("lines", "lines or fragments removed")
                .column("characters", "characters removed"));
    }

    private static Table documentsTable(Dataset<Row> perDocument) {
        long total = perDocument.count();
        Dataset<Row> rows = perDocument.orderBy(col(DocumentSchema.DOC_ID), col(RULE)).limit(TableLimits.CLEANING_ROWS);
        return TableCollector.collect(rows, Table.builder("cleaning_documents", "Cleaning by document",
                        "Lines and characters each rule removed from each document.")
                .column("doc_id", "document id")
                .column(RULE, "the rule")
                .column("lines", "lines or fragments removed")
                .column("characters", "characters removed")
                .totalRows(total));
    }

    private static Table sampleTable(Dataset<Row> removed) {
        Dataset<Row> rows = removed.orderBy(DocumentSchema.DOC_ID).limit(TableLimits.CLEANING_ROWS);
        return TableCollector.collect(rows, Table.builder("cleaning", "Removed as noise",
                        "The lines and fragments the cleaner removed from each document, with the rule that removed them.")
                .column("doc_id", "document id")
                .column(RULE, "the rule that removed it")
                .column("text", "the removed text"));
    }
}
