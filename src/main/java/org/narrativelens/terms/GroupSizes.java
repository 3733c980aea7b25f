package org.narrativelens.terms;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.narrativelens.config.Comparison;
import org.narrativelens.config.TimeBucket;
import org.narrativelens.corpus.DocumentSchema;

/**
 * How many documents and terms each source and each period has: the denominators of the per-10k rates by
 * group and of keyness, and the list of values a {@code --compare} group may name. One small aggregation;
 * what reaches the driver is one row per source and per period, not per document.
 */
public final class GroupSizes {

    /** Documents and content terms of one group. */
    public record Size(long documents, long terms) {
    }

    private final Map<Comparison.Field, SortedMap<String, Size>> sizes;

    GroupSizes(Map<Comparison.Field, SortedMap<String, Size>> sizes) {
        this.sizes = sizes;
    }

    /** The sizes of the sources and {@code bucket} periods of the analysed documents in {@code usable}. */
    public static GroupSizes of(Dataset<Row> usable, TimeBucket bucket) {
        Column period = PeriodColumn.of(bucket, col(DocumentSchema.PUBLISHED));
        // Each document once under its source and once under its period: one aggregation for both.
        Dataset<Row> rows = usable
                .select(explode(array(group(Comparison.Field.SOURCE, col(DocumentSchema.SOURCE)), group(Comparison.Field.PERIOD, period)))
                        .as("g"), size(col(DocumentSchema.TERMS)).as("n"))
                .where(col("g.group").isNotNull())
                .groupBy(col("g.field"), col("g.group"))
                .agg(count(lit(1)), sum(col("n")));
        Map<Comparison.Field, SortedMap<String, Size>> sizes = new EnumMap<>(Comparison.Field.class);
        for (Comparison.Field field : Comparison.Field.values()) {
            sizes.put(field, new TreeMap<>());
        }
        for (Row r : rows.collectAsList()) {
            sizes.get(Comparison.Field.valueOf(r.getString(0))).put(r.getString(1), new Size(r.getLong(2), r.getLong(3)));
        }
        return new GroupSizes(sizes);
    }

    private static Column group(Comparison.Field field, Column value) {
        return struct(lit(field.name()).as("field"), value.as("group"));
    }

    /** The column of {@link TermStatisticsStage#documentTerms()} holding a document's value of {@code field}. */
    public static String column(Comparison.Field field) {
        return field == Comparison.Field.SOURCE ? DocumentSchema.SOURCE : TermStatisticsStage.PERIOD;
    }

    /** The groups of {@code field} with their sizes, by value (periods in time order). */
    public SortedMap<String, Size> groups(Comparison.Field field) {
        return Collections.unmodifiableSortedMap(sizes.get(field));
    }

    /** The size of one group, if any document has that value. */
    public Optional<Size> of(Comparison.Field field, String group) {
        return Optional.ofNullable(sizes.get(field).get(group));
    }

    /** Documents with a value of {@code field} (a source, a date). */
    public long documents(Comparison.Field field) {
        return sizes.get(field).values().stream().mapToLong(Size::documents).sum();
    }

    /** Terms of the documents with a value of {@code field}. */
    public long terms(Comparison.Field field) {
        return sizes.get(field).values().stream().mapToLong(Size::terms).sum();
    }
}
