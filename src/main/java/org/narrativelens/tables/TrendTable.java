package org.narrativelens.tables;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.narrativelens.config.Comparison;
import org.narrativelens.config.TimeBucket;
import org.narrativelens.report.Table;
import org.narrativelens.terms.GroupSizes;

/**
 * The {@code term_trends} table, drawn as a line chart: how often a few words occur in each period with dated
 * documents, per 10,000 terms of the period. A word absent from a period with documents counts 0 there;
 * a period without dated documents has no row, as it has no rate.
 */
final class TrendTable {

    private final TimeBucket bucket;
    private final GroupSizes sizes;
    private final long documents;

    TrendTable(TimeBucket bucket, GroupSizes sizes, long documents) {
        this.bucket = bucket;
        this.sizes = sizes;
        this.documents = documents;
    }

    /** The periods drawn: the first {@link TableLimits#TREND_PERIODS} in time. */
    List<String> periods() {
        return sizes.groups(Comparison.Field.PERIOD).keySet().stream().limit(TableLimits.TREND_PERIODS).toList();
    }

    /**
     * The table of {@code words} with their {@code counts} (period -> word -> count); {@code what} says which words
     * they are, for the description.
     */
    Table build(List<String> words, Map<String, Map<String, Long>> counts, String what) {
        List<String> periods = periods();
        int allPeriods = sizes.groups(Comparison.Field.PERIOD).size();
        String unit = bucket.name().toLowerCase(Locale.ROOT);
        Table.Builder trend = Table.builder("term_trends", "Term trends",
                        "How often " + what + " occur in each " + unit + " (--time-bucket) with dated documents, per 10,000 terms"
                                + " of that " + unit + ". "
                                + Wording.documentsWith(sizes.documents(Comparison.Field.PERIOD), documents, "a date")
                                + (periods.size() < allPeriods ? " The first " + periods.size() + " of " + allPeriods
                                + " periods are shown; a longer --time-bucket shows them all." : ""))
                .column("period", "the period")
                .column("period_start", "its first day")
                .column("term", "the word")
                .column("count", "occurrences in the period")
                .column("per_10k", "occurrences per 10,000 terms of the period")
                .column("documents", "dated documents in the period")
                .lineChart("period_start", "period", "term", "per_10k");
        for (String word : words) {
            for (String period : periods) {
                GroupSizes.Size size = sizes.of(Comparison.Field.PERIOD, period).orElseThrow();
                long count = counts.getOrDefault(period, Map.of()).getOrDefault(word, 0L);
                trend.row(period, bucket.start(period).toString(), word, count, PerTenThousand.of(count, size.terms()),
                        size.documents());
            }
        }
        return trend.build();
    }
}
