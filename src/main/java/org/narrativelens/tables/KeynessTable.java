package org.narrativelens.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.narrativelens.InputException;
import org.narrativelens.config.Comparison;
import org.narrativelens.report.Table;
import org.narrativelens.terms.GroupSizes;
import org.narrativelens.terms.KeynessStage;

/**
 * The keyness table of {@code --compare}: the terms distinctive of group A and of group B (log-likelihood G2,
 * log ratio), top N of each. The groups are checked against the corpus when the table is set up, so a value
 * no document has fails the run at once, naming the values that exist.
 */
final class KeynessTable {

    /** Values named in the error for a group that does not exist. */
    private static final int VALUES_NAMED = 25;

    private final Comparison comparison;
    private final int topN;
    private final GroupSizes.Size a;
    private final GroupSizes.Size b;

    /** Throws {@link InputException} when no analysed document has value A or B. */
    KeynessTable(Comparison comparison, GroupSizes sizes, int topN) {
        this.comparison = comparison;
        this.topN = topN;
        this.a = size(comparison.a(), sizes);
        if (comparison.b() != null) {
            this.b = size(comparison.b(), sizes);
        } else {
            Comparison.Field f = comparison.field();
            this.b = new GroupSizes.Size(sizes.documents(f) - a.documents(), sizes.terms(f) - a.terms());
            if (b.documents() == 0) {
                throw new InputException("--compare " + comparison + ": every document with a " + f.label() + " has "
                        + f.label() + " '" + comparison.a() + "'; there is no rest to compare with");
            }
        }
    }

    private GroupSizes.Size size(String value, GroupSizes sizes) {
        Comparison.Field f = comparison.field();
        return sizes.of(f, value).orElseThrow(() -> {
            Map<String, GroupSizes.Size> groups = sizes.groups(f);
            String existing = groups.isEmpty() ? "no analysed document has a " + f.label()
                    + (f == Comparison.Field.PERIOD ? " (a date)" : "")
                    : f.label() + " values: " + groups.entrySet().stream().limit(VALUES_NAMED)
                    .map(e -> e.getKey() + " (" + Wording.count(e.getValue().documents(), "document") + ")").collect(Collectors.joining(", "))
                    + (groups.size() > VALUES_NAMED ? " and " + (groups.size() - VALUES_NAMED) + " more" : "");
            return new InputException("--compare " + comparison + ": no analysed document has " + f.label() + " '" + value
                    + "'; " + existing);
        });
    }

    Table build(Dataset<Row> documentTerms) {
        List<Row> rows = new ArrayList<>(new KeynessStage(documentTerms).compare(comparison, a.terms(), b.terms(), topN)
                .collectAsList());
        // A's terms first, each direction by rank.
        rows.sort(Comparator.comparing((Row r) -> !comparison.a().equals(r.getString(1))).thenComparingInt(r -> r.getInt(7)));
        long significantA = rows.stream().filter(r -> comparison.a().equals(r.getString(1))).mapToLong(r -> r.getLong(6)).findFirst().orElse(0);
        long significantB = rows.stream().filter(r -> !comparison.a().equals(r.getString(1))).mapToLong(r -> r.getLong(6)).findFirst().orElse(0);
        String field = comparison.field().label();
        String groupB = comparison.b() == null ? "the rest (every other document with a " + field + ")" : field + " " + comparison.b();
        Table.Builder table = Table.builder("keyness", "Keyness: " + comparison.a() + " against " + comparison.bLabel(),
                        "Terms distinctive of " + field + " " + comparison.a() + " (A: " + Wording.count(a.documents(), "document") + ", "
                                + a.terms() + " terms) against " + groupB + " (B: " + Wording.count(b.documents(), "document") + ", " + b.terms()
                                + " terms), by log-likelihood G2 (Dunning) at G2 >= " + KeynessStage.CRITICAL_G2
                                + " (p < 0.01): " + Wording.count(significantA, "term") + " for A and " + significantB + " for B, the top " + topN
                                + " of each listed. Log ratio: log2 of the ratio of the two rates, zero counts taken as "
                                + KeynessStage.ZERO_COUNT + "; 1 = twice as frequent in A, -1 = twice as frequent in B.")
                .column("term", "the term")
                .column("distinctive_of", "the group it is distinctive of: " + comparison.a() + " (A) or " + comparison.bLabel() + " (B)")
                .column("count_a", "occurrences in A")
                .column("count_b", "occurrences in B")
                .column("per_10k_a", "occurrences per 10,000 terms of A")
                .column("per_10k_b", "occurrences per 10,000 terms of B")
                .column("g2", "log-likelihood G2: how unlikely the difference is by chance (6.63: p = 0.01)")
                .column("log_ratio", "log2((count_a / terms of A) / (count_b / terms of B)): the size of the difference")
                .totalRows(significantA + significantB);
        for (Row r : rows) {
            long countA = r.getLong(2);
            long countB = r.getLong(3);
            table.row(r.getString(0), r.getString(1), countA, countB, PerTenThousand.of(countA, a.terms()), PerTenThousand.of(countB, b.terms()),
                    round(r.getDouble(4)), round(r.getDouble(5)));
        }
        return table.build();
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
