package org.narrativelens.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.narrativelens.config.Comparison;
import org.narrativelens.config.TimeBucket;
import org.narrativelens.report.Table;
import org.narrativelens.terms.GroupSizes;
import org.narrativelens.terms.GroupTermsStage;

/**
 * The top terms of each source ({@code terms_by_source}) and of each period ({@code terms_by_period}), the size of
 * each group, and the counts of a few terms period by period for {@link TrendTable}, from one Spark query. Rates
 * are per 10,000 terms of the group, so sources and periods of different sizes compare.
 */
final class GroupTermTables {

    private final int topN;
    private final TimeBucket bucket;
    private final long documents;
    /** Groups listed, at most: {@link TableLimits#GROUP_TERM_ROWS} rows of {@code topN} terms each. */
    private final int maxGroups;

    GroupTermTables(int topN, TimeBucket bucket, long documents) {
        this.topN = topN;
        this.bucket = bucket;
        this.documents = documents;
        this.maxGroups = Math.max(1, TableLimits.GROUP_TERM_ROWS / topN);
    }

    /** The two tables, the sizes of the groups, and the counts of the trend terms by period: period -> term -> count. */
    record Result(Table bySource, Table byPeriod, GroupSizes sizes, Map<String, Map<String, Long>> trendCounts) {
    }

    /** The tables by source and by period of the {@code documents} analysed, counting {@code trendTerms} in every period too. */
    Result build(Dataset<Row> documentTerms, List<String> trendTerms) {
        List<Row> rows = new ArrayList<>(new GroupTermsStage(documentTerms).topTerms(topN, trendTerms).collectAsList());
        rows.sort(Comparator.comparing((Row r) -> r.getString(1)).thenComparingInt(r -> r.getInt(2)));
        GroupSizes sizes = GroupSizes.of(rows);
        Map<Comparison.Field, Set<String>> shown = new EnumMap<>(Comparison.Field.class);
        // The largest sources, and the first periods in time.
        shown.put(Comparison.Field.SOURCE, sizes.groups(Comparison.Field.SOURCE).entrySet().stream()
                .sorted((x, y) -> Long.compare(y.getValue().terms(), x.getValue().terms()))
                .limit(maxGroups).map(Map.Entry::getKey).collect(Collectors.toSet()));
        shown.put(Comparison.Field.PERIOD, sizes.groups(Comparison.Field.PERIOD).keySet().stream().limit(maxGroups)
                .collect(Collectors.toSet()));
        Map<Comparison.Field, Table.Builder> tables = new EnumMap<>(Comparison.Field.class);
        tables.put(Comparison.Field.SOURCE, groupTable(Comparison.Field.SOURCE, sizes, shown.get(Comparison.Field.SOURCE).size()));
        tables.put(Comparison.Field.PERIOD, groupTable(Comparison.Field.PERIOD, sizes, shown.get(Comparison.Field.PERIOD).size()));
        Map<String, Map<String, Long>> trendCounts = new HashMap<>();
        Set<String> trendSet = Set.copyOf(trendTerms);
        for (Row r : rows) {
            Comparison.Field field = Comparison.Field.valueOf(r.getString(0));
            String group = r.getString(1);
            int rank = r.getInt(2);
            String term = r.getString(3);
            long count = r.getLong(4);
            if (rank != GroupTermsStage.SIZE_RANK && rank <= topN && shown.get(field).contains(group)) {
                tables.get(field).row(group, rank, term, count, PerTenThousand.of(count, sizes.of(field, group).orElseThrow().terms()),
                        r.getLong(5));
            }
            if (field == Comparison.Field.PERIOD && term != null && trendSet.contains(term)) {
                trendCounts.computeIfAbsent(group, k -> new HashMap<>()).put(term, count);
            }
        }
        return new Result(tables.get(Comparison.Field.SOURCE).build(), tables.get(Comparison.Field.PERIOD).build(), sizes, trendCounts);
    }

    private Table.Builder groupTable(Comparison.Field field, GroupSizes sizes, int shownGroups) {
        int groups = sizes.groups(field).size();
        long with = sizes.documents(field);
        boolean source = field == Comparison.Field.SOURCE;
        String unit = source ? "source" : bucket.name().toLowerCase(Locale.ROOT);
        String description = "The " + topN + " most frequent terms of each " + unit
                + (source ? " (the source column, --source-from-path or the outlet the text names)" : " (--time-bucket)")
                + ", with their rate per 10,000 terms of that " + unit + ". "
                + Wording.documentsWith(with, documents, source ? "a source" : "a date")
                + (shownGroups < groups ? " Listed: the " + shownGroups + (source ? " largest" : " first")
                + " of " + groups + " " + (source ? "sources" : "periods") + "." : "");
        return Table.builder(source ? "terms_by_source" : "terms_by_period", source ? "Top terms by source" : "Top terms by period",
                        description)
                .column(source ? "source" : "period", source ? "the source" : "the period: " + bucket.name().toLowerCase(Locale.ROOT)
                        + " (like " + bucket.example() + ")")
                .column("rank", "1 = most frequent in the " + unit)
                .column("term", "the term")
                .column("count", "occurrences in the " + unit)
                .barColumn("per_10k", "occurrences per 10,000 terms of the " + unit)
                .column("documents", "documents of the " + unit + " containing the term");
    }
}
