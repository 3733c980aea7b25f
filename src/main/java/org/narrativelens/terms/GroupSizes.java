package org.narrativelens.terms;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.narrativelens.config.Comparison;
import org.narrativelens.corpus.DocumentSchema;

/**
 * How many documents and terms each source and each period has: the denominators of the per-10k rates by
 * group and of keyness, and the values a {@code --compare} group may name. They come with the top terms of
 * the groups ({@link GroupTermsStage}), so cost no Spark job of their own; the documents counted are those with
 * a term (an analysed document of only numbers and stopwords is in no group, as it adds nothing to one).
 */
public final class GroupSizes {

    /** Documents and content terms of one group. */
    public record Size(long documents, long terms) {
    }

    private final Map<Comparison.Field, SortedMap<String, Size>> sizes = new EnumMap<>(Comparison.Field.class);

    private GroupSizes() {
        for (Comparison.Field field : Comparison.Field.values()) {
            sizes.put(field, new TreeMap<>());
        }
    }

    /** The sizes given by the rows of rank 0 of {@link GroupTermsStage#topTerms}; other rows are passed over. */
    public static GroupSizes of(Iterable<Row> groupTermRows) {
        GroupSizes s = new GroupSizes();
        for (Row r : groupTermRows) {
            if (r.getInt(2) == GroupTermsStage.SIZE_RANK) {
                s.sizes.get(Comparison.Field.valueOf(r.getString(0))).put(r.getString(1), new Size(r.getLong(5), r.getLong(4)));
            }
        }
        return s;
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
