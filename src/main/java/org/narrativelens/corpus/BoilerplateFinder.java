package org.narrativelens.corpus;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Finds corpus-level boilerplate: a line that recurs in at least {@code minDocuments} documents of one
 * source and in at least {@code minShare} of that source's documents, whether or not a cleaning rule
 * names it ("Subscribe to our Telegram channel", a site's slogan, a standard disclaimer).
 *
 * <p>Computed distributively: each document contributes the fingerprints of its distinct lines, Spark
 * counts them per source, and only the recurring ones come back to the driver. A document counts as its
 * longest line, so reposts of one article (with different footers) count once and their body is not
 * taken for boilerplate.
 */
public final class BoilerplateFinder {

    /** Most boilerplate lines kept; more would mean the thresholds are far too low for the corpus. */
    static final int MAX_LINES = 200_000;

    private static final String DOCUMENT = "document";
    private static final String LINE = "line";
    private static final String DOCUMENTS = "documents";
    private static final String RECURRENCE = "recurrence";
    private static final StructType LINES = new StructType()
            .add(DocumentSchema.SOURCE, DataTypes.StringType, false)
            .add(DOCUMENT, DataTypes.LongType, false)
            .add(LINE, DataTypes.LongType, false);

    private final int minDocuments;
    private final double minShare;

    /**
     * @param minDocuments least number of documents a boilerplate line recurs in (at least 2)
     * @param minShare     least share of its source's documents a boilerplate line recurs in (0 to 1)
     */
    public BoilerplateFinder(int minDocuments, double minShare) {
        if (minDocuments < 2 || minShare < 0 || minShare > 1) {
            throw new IllegalArgumentException("minDocuments must be at least 2 and minShare in [0, 1]");
        }
        this.minDocuments = minDocuments;
        this.minShare = minShare;
    }

    /** The boilerplate lines of {@code documents} ({@link DocumentSchema#RAW} rows). */
    public BoilerplateLines find(Dataset<Row> documents) {
        Dataset<Row> lines = documents.select(col(DocumentSchema.SOURCE), col(DocumentSchema.TEXT))
                .flatMap((FlatMapFunction<Row, Row>) BoilerplateFinder::distinctLines, Encoders.row(LINES))
                .distinct();
        Dataset<Row> perSource = lines.select(col(DocumentSchema.SOURCE), col(DOCUMENT)).distinct()
                .groupBy(DocumentSchema.SOURCE).agg(count(lit(1)).as(DOCUMENTS));
        Dataset<Row> recurring = lines.groupBy(DocumentSchema.SOURCE, LINE).agg(count(lit(1)).as(RECURRENCE))
                .where(col(RECURRENCE).geq(minDocuments))
                .join(perSource, DocumentSchema.SOURCE)
                .where(col(RECURRENCE).geq(col(DOCUMENTS).multiply(minShare)))
                .select(col(DocumentSchema.SOURCE), col(LINE))
                .limit(MAX_LINES);
        BoilerplateLines.Builder found = BoilerplateLines.builder();
        for (Row row : recurring.collectAsList()) {
            found.addFingerprint(row.getString(0), row.getLong(1));
        }
        return found.build();
    }

    /** One row per distinct line of a document: its source, the document's signature and the line's fingerprint. */
    private static Iterator<Row> distinctLines(Row document) {
        String text = document.getString(1);
        if (text == null || text.isBlank()) {
            return java.util.Collections.emptyIterator();
        }
        String source = BoilerplateLines.sourceKey(document.getString(0));
        List<String> lines = TextCleaner.lines(text);
        String longest = "";
        for (String line : lines) {
            if (line.length() > longest.length()) {
                longest = line;
            }
        }
        long signature = LineKey.fingerprint(longest);
        List<Row> rows = new ArrayList<>(lines.size());
        for (String line : lines) {
            if (TextCleaner.wordCount(line) > 0) {
                rows.add(RowFactory.create(source, signature, LineKey.fingerprint(line)));
            }
        }
        return rows.iterator();
    }
}
