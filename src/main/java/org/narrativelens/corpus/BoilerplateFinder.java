package org.narrativelens.corpus;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * <p>Computed distributively, in one aggregation: each document contributes the fingerprints of its
 * distinct lines and one marker row (so the same aggregation counts each source's documents), Spark counts
 * documents per (source, line), and only the recurring lines come back to the driver. A document counts
 * as its longest line, so reposts of one article (with different footers) count once and their body is
 * not taken for boilerplate. Lines are compared by their {@link LineKey#template}: lines that differ only in
 * numbers, links or dates ("Points: 12", "Posted 12 March 2024 at 10:41") are one template line.
 */
public final class BoilerplateFinder {

    /** Most boilerplate lines kept; more would mean the thresholds are far too low for the corpus. */
    static final int MAX_LINES = 200_000;

    private static final String DOCUMENT = "document";
    private static final String LINE = "line";
    /** The line fingerprint of the row that stands for a document itself. */
    private static final long DOCUMENT_MARKER = Long.MIN_VALUE;
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
        Dataset<Row> recurring = documents.select(col(DocumentSchema.SOURCE), col(DocumentSchema.TEXT))
                .flatMap((FlatMapFunction<Row, Row>) BoilerplateFinder::distinctLines, Encoders.row(LINES))
                .groupBy(DocumentSchema.SOURCE, LINE).agg(countDistinct(col(DOCUMENT)).as(RECURRENCE))
                .where(col(RECURRENCE).geq(minDocuments).or(col(LINE).equalTo(DOCUMENT_MARKER)))
                .limit(MAX_LINES);
        Map<String, Long> documentsPerSource = new HashMap<>();
        List<Row> lines = new ArrayList<>();
        for (Row row : recurring.collectAsList()) {
            if (row.getLong(1) == DOCUMENT_MARKER) {
                documentsPerSource.put(row.getString(0), row.getLong(2));
            } else {
                lines.add(row);
            }
        }
        BoilerplateLines.Builder found = BoilerplateLines.builder();
        for (Row line : lines) {
            Long sourceDocuments = documentsPerSource.get(line.getString(0));
            if (sourceDocuments != null && line.getLong(2) >= minShare * sourceDocuments) {
                found.addFingerprint(line.getString(0), line.getLong(1));
            }
        }
        return found.build();
    }

    /**
     * One row per distinct line of a document (its source, the document's signature, the line's
     * template fingerprint) and one {@link #DOCUMENT_MARKER} row standing for the document itself.
     */
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
        Set<Long> fingerprints = new HashSet<>();
        for (String line : lines) {
            if (TextCleaner.wordCount(line) > 0) {
                fingerprints.add(LineKey.templateFingerprint(line));
            }
        }
        fingerprints.remove(DOCUMENT_MARKER);
        List<Row> rows = new ArrayList<>(fingerprints.size() + 1);
        rows.add(RowFactory.create(source, signature, DOCUMENT_MARKER));
        for (long line : fingerprints) {
            rows.add(RowFactory.create(source, signature, line));
        }
        return rows.iterator();
    }
}
