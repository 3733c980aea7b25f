package org.narrativelens.tables;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.narrativelens.report.Table;
import org.narrativelens.text.NgramCounts;

/**
 * Shows terms as they are written: replaces each term key in a table's {@value #TERM} column by its most
 * frequent written form, so that a lemma ({@code talk}), a stem ({@code negoti}) or an acronym's key
 * ({@code us}) reads "talks", "negotiations" or "US". One bounded lookup for all the tables given.
 */
public final class TermLabels {

    /** The column holding term keys in term tables. */
    public static final String TERM = "term";

    /** Most keys written otherwise than as themselves that are worth holding on the driver. */
    public static final int HELD_FORMS = 50_000;

    private final NgramCounts counts;
    private final Map<String, String> unlike;

    /**
     * Labels from {@code counts}; {@code unlike}, when not null, holds every key whose form is not the key
     * itself ({@link NgramCounts#lookup}), so that no lookup is needed.
     */
    public TermLabels(NgramCounts counts, Map<String, String> unlike) {
        this.counts = counts;
        this.unlike = unlike;
    }

    /**
     * {@code tables} with the cells of their {@value #TERM} columns written as read; other tables, and tables whose
     * complete CSV was written already (relabelled as written, {@link #rows}), as they are.
     */
    public List<Table> relabel(List<Table> tables) {
        Set<String> keys = new LinkedHashSet<>();
        for (Table t : tables) {
            int column = t.csvWritten() ? -1 : t.columnNames().indexOf(TERM);
            if (column >= 0) {
                t.rows().forEach(r -> {
                    if (r.get(column) instanceof String key) {
                        keys.add(key);
                    }
                });
            }
        }
        if (keys.isEmpty()) {
            return tables;
        }
        Map<String, String> forms = forms(keys);
        List<Table> relabelled = new ArrayList<>();
        for (Table t : tables) {
            relabelled.add(relabel(t, forms));
        }
        return relabelled;
    }

    /** The written form of each of {@code keys}, by key. */
    public Map<String, String> forms(java.util.Collection<String> keys) {
        if (unlike == null) {
            return counts.forms(keys);
        }
        Map<String, String> forms = new java.util.HashMap<>();
        keys.forEach(k -> forms.put(k, unlike.getOrDefault(k, k)));
        return forms;
    }

    /** Rewrites the term keys in cell {@code column} of a batch of rows as their written forms: one lookup per batch. */
    public java.util.function.UnaryOperator<List<List<Object>>> rows(int column) {
        return batch -> {
            Set<String> keys = new LinkedHashSet<>();
            batch.forEach(r -> {
                if (r.get(column) instanceof String key) {
                    keys.add(key);
                }
            });
            Map<String, String> forms = forms(keys);
            List<List<Object>> relabelled = new ArrayList<>(batch.size());
            for (List<Object> row : batch) {
                List<Object> cells = new ArrayList<>(row);
                if (cells.get(column) instanceof String key) {
                    cells.set(column, forms.getOrDefault(key, key));
                }
                relabelled.add(cells);
            }
            return relabelled;
        };
    }

    private static Table relabel(Table table, Map<String, String> forms) {
        int column = table.csvWritten() ? -1 : table.columnNames().indexOf(TERM);
        if (column < 0) {
            return table;
        }
        Table.Builder builder = table.withoutRows();
        for (List<Object> row : table.rows()) {
            List<Object> cells = new ArrayList<>(row);
            if (cells.get(column) instanceof String key) {
                cells.set(column, forms.getOrDefault(key, key));
            }
            builder.row(cells);
        }
        return builder.build();
    }
}
