package org.narrativelens.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.narrativelens.config.TimeBucket;
import org.narrativelens.report.Table;
import org.narrativelens.terms.Concordance;
import org.narrativelens.terms.ConcordanceStage;

/**
 * The {@code kwic} table of {@code --kwic}: every occurrence of the words in their sentence, up to
 * {@link TableLimits#KWIC_LINES_PER_TERM} per word, with the number of all occurrences of each word. The CSV
 * holds the same lines as the report: the driver writes every file, so the lines it lists stay bounded.
 * The occurrences are also counted by period, for the trend chart of the words.
 */
final class ConcordanceTable {

    /** The table, and the occurrences of each word by period: period -> word -> count. */
    record Result(Table table, Map<String, Map<String, Long>> byPeriod) {
    }

    private final List<String> words;
    private final TimeBucket bucket;

    ConcordanceTable(List<String> words, TimeBucket bucket) {
        this.words = List.copyOf(words);
        this.bucket = bucket;
    }

    /** The concordance of the analysed documents in {@code usable}. */
    Result build(Dataset<Row> usable) {
        ConcordanceStage stage = new ConcordanceStage(words);
        Dataset<Row> occurrences = stage.occurrences(usable, bucket).persist(StorageLevel.MEMORY_AND_DISK());
        List<Row> rows;
        Map<String, Map<String, Long>> byPeriod = new HashMap<>();
        try {
            rows = new ArrayList<>(stage.firstLines(occurrences, TableLimits.KWIC_LINES_PER_TERM).collectAsList());
            // The words in the order given, each word's lines in text order.
            rows.sort(Comparator.comparingInt((Row r) -> words.indexOf(r.getString(0))).thenComparingInt(r -> r.getInt(7)));
            for (Row r : ConcordanceStage.countsByPeriod(occurrences).collectAsList()) {
                byPeriod.computeIfAbsent(r.getString(1), k -> new HashMap<>()).put(r.getString(0), r.getLong(2));
            }
        } finally {
            occurrences.unpersist();
        }
        Map<String, Long> perWord = new LinkedHashMap<>();
        words.forEach(w -> perWord.put(w, 0L));
        for (Row r : rows) {
            perWord.put(r.getString(0), r.getLong(6));
        }
        long total = perWord.values().stream().mapToLong(Long::longValue).sum();
        Table.Builder table = Table.builder("kwic", "Keywords in context",
                        "Every occurrence of the --kwic words in the analysed documents, as whole words in any case, with up to "
                                + Concordance.CONTEXT_CHARS + " characters of its sentence on each side: "
                                + perWord.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                                .collect(Collectors.joining(", "))
                                + ". At most the first " + TableLimits.KWIC_LINES_PER_TERM
                                + " of each word are listed, here and in the CSV, by document and sentence.")
                .column("term", "the word looked for")
                .column("doc_id", "document id")
                .column("sentence", "the sentence's number in the document, from 1 (the headline is the first)")
                .column("left", "context before the keyword (… where cut)")
                .column("keyword", "the keyword as written")
                .column("right", "context after the keyword (… where cut)")
                .anchorBy("term")
                .totalRows(total);
        for (Row r : rows) {
            table.row(r.getString(0), r.getString(1), r.getInt(2), r.getString(3), r.getString(4), r.getString(5));
        }
        return new Result(table.build(), byPeriod);
    }
}
