package org.narrativelens.tables;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.grouping;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.narrativelens.corpus.DocumentSchema;
import org.narrativelens.corpus.DocumentStatus;
import org.narrativelens.corpus.DuplicateFinder;
import org.narrativelens.report.CorpusProfile;

/**
 * The {@link CorpusProfile} of a whole corpus, in one Spark aggregation: a rollup by source gives a row per
 * source and one for the whole corpus, of which only that row and the largest sources come to the driver.
 */
public final class CorpusProfileQuery {

    private static final String SOURCE = "profile_source";
    private static final String STATUS = "profile_status";
    private static final String WHOLE_CORPUS = "whole_corpus";
    private static final String ANALYSED = "analysed";

    /**
     * The profile of {@code analysed} (every document read, with its status) and the {@code dropped}
     * duplicates found ({@link DuplicateFinder}), which count as duplicates when {@code leftOut} of the statistics.
     */
    public CorpusProfile profile(Dataset<Row> analysed, Dataset<Row> dropped, boolean leftOut) {
        Dataset<Row> documents = ReportedStatus.withDuplicates(
                        analysed.select(DocumentSchema.DOC_ID, DocumentSchema.SOURCE, DocumentSchema.PUBLISHED, DocumentSchema.STATUS), dropped)
                // A blank source is no source: documents table and overview both show it empty.
                .select(when(trim(col(DocumentSchema.SOURCE)).notEqual(""), col(DocumentSchema.SOURCE)).as(SOURCE),
                        ReportedStatus.status(leftOut).as(STATUS), col(DocumentSchema.PUBLISHED), col(DuplicateFinder.KIND));
        Column isAnalysed = col(STATUS).equalTo(DocumentStatus.ANALYSED.value());
        Column isDuplicate = col(STATUS).equalTo(ReportedStatus.DUPLICATE);
        Column analysedDate = when(isAnalysed, col(DocumentSchema.PUBLISHED));
        List<Row> rows = documents.rollup(col(SOURCE))
                .agg(grouping(SOURCE).as(WHOLE_CORPUS),
                        count(when(isAnalysed, lit(1))).as(ANALYSED),
                        count(when(isDuplicate, lit(1))),
                        count(when(col(STATUS).equalTo(DocumentStatus.REJECTED.value()), lit(1))),
                        count(analysedDate),
                        min(analysedDate),
                        max(analysedDate),
                        count_distinct(when(isAnalysed, col(SOURCE))),
                        count(when(isAnalysed.and(col(SOURCE).isNull()), lit(1))),
                        count(when(isDuplicate.and(col(DuplicateFinder.KIND).equalTo(DuplicateFinder.EXACT)), lit(1))),
                        count(when(isDuplicate.and(col(DuplicateFinder.KIND).equalTo(DuplicateFinder.NEAR)), lit(1))))
                // The whole corpus first, then the sources with analysed documents, largest first.
                .where(col(WHOLE_CORPUS).equalTo(1).or(col(SOURCE).isNotNull().and(col(ANALYSED).gt(0))))
                .orderBy(col(WHOLE_CORPUS).desc(), col(ANALYSED).desc(), col(SOURCE))
                .limit(CorpusProfile.LARGEST_SOURCES + 1)
                .collectAsList();
        if (rows.isEmpty()) {
            // A rollup of no rows has no row for the whole either.
            return new CorpusProfile(0, null, null, 0, 0, List.of(), Map.of());
        }
        Row whole = rows.get(0);
        List<CorpusProfile.SourceCount> largest = new ArrayList<>();
        for (Row source : rows.subList(1, rows.size())) {
            largest.add(new CorpusProfile.SourceCount(source.getString(0), source.getLong(2), source.getLong(3), source.getLong(4)));
        }
        Map<String, Long> duplicatesByKind = new LinkedHashMap<>();
        duplicatesByKind.put(DuplicateFinder.EXACT, whole.getLong(10));
        duplicatesByKind.put(DuplicateFinder.NEAR, whole.getLong(11));
        duplicatesByKind.values().removeIf(n -> n == 0);
        return new CorpusProfile(whole.getLong(5), isoDate(whole.get(6)), isoDate(whole.get(7)), whole.getLong(8), whole.getLong(9),
                largest, duplicatesByKind);
    }

    /** A date cell as ISO text ({@code java.sql.Date} or {@code LocalDate}, as Spark is configured), or null. */
    private static String isoDate(Object date) {
        return date == null ? null : date.toString();
    }
}
