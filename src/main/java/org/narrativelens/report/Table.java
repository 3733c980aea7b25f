package org.narrativelens.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A small immutable table of results: what the analytic stages hand to the report writers. It knows
 * nothing of Spark; cells are strings, numbers, dates, or null.
 *
 * <pre>{@code
 * Table t = Table.builder("terms", "Top terms", "Most frequent terms of the corpus.")
 *         .column("term", "the term as it reads").column("tf", "occurrences")
 *         .row("peace", 12L).build();
 * }</pre>
 *
 * @param name        file-safe name, also the CSV file name ("terms" gives terms.csv)
 * @param title       heading in the HTML report
 * @param description one sentence on what the table shows
 * @param columns     the columns, in order
 * @param rows        the rows, each with one cell per column
 * @param totalRows   rows the full result has; more than {@code rows.size()} when the table was cut
 * @param chart       a line chart the HTML report draws above the table, or null
 */
public record Table(String name, String title, String description, List<Column> columns,
                    List<List<Object>> rows, long totalRows, LineChart chart) {

    private static final Pattern SAFE_NAME = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern ANCHOR = Pattern.compile("[a-z][a-z0-9_-]*");

    public Table {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        if (name == null || !SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("table name must match " + SAFE_NAME + ": " + name);
        }
        columns = List.copyOf(columns);
        List<List<Object>> copy = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("table " + name + ": row has " + row.size()
                        + " cells for " + columns.size() + " columns: " + row);
            }
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copy);
        if (totalRows < rows.size()) {
            throw new IllegalArgumentException("table " + name + ": totalRows " + totalRows + " < rows " + rows.size());
        }
        if (chart != null) {
            List<String> names = columns.stream().map(Column::name).toList();
            for (String column : List.of(chart.dateColumn(), chart.labelColumn(), chart.seriesColumn(), chart.valueColumn())) {
                if (!names.contains(column)) {
                    throw new IllegalArgumentException("table " + name + ": its chart names no column of the table: " + column);
                }
            }
        }
    }

    /**
     * A line chart of a long-form table: one line per value of {@code seriesColumn}, its points placed in time by
     * {@code dateColumn} (ISO dates), named on the axis by {@code labelColumn}, at the height of {@code valueColumn}
     * (a number; an empty cell draws no point).
     */
    public record LineChart(String dateColumn, String labelColumn, String seriesColumn, String valueColumn) {
        public LineChart {
            Objects.requireNonNull(dateColumn, "dateColumn");
            Objects.requireNonNull(labelColumn, "labelColumn");
            Objects.requireNonNull(seriesColumn, "seriesColumn");
            Objects.requireNonNull(valueColumn, "valueColumn");
        }
    }

    /**
     * A column: its name (CSV header), what it holds, and whether the HTML report draws its numbers as
     * bars (for counts worth comparing at a glance).
     */
    public record Column(String name, String description, boolean bar) {
        public Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
        }
    }

    /**
     * A cell that the HTML report shows as a link to the {@link Anchor} {@code target} of another row (a pair of
     * actors to its evidence sentences); CSV writes its value alone.
     */
    public record Link(Object value, String target) {
        public Link {
            requireAnchorName(target);
        }
    }

    /** A cell that {@link Link}s lead to: the HTML report gives it the id {@code id}; CSV writes its value alone. */
    public record Anchor(Object value, String id) {
        public Anchor {
            requireAnchorName(id);
        }
    }

    /** The value of a cell, without its {@link Link} or {@link Anchor}. */
    public static Object value(Object cell) {
        if (cell instanceof Link link) {
            return link.value();
        }
        return cell instanceof Anchor anchor ? anchor.value() : cell;
    }

    /** The ids of the {@link Anchor}s in {@code tables}. */
    public static java.util.Set<String> anchors(List<Table> tables) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Table table : tables) {
            for (List<Object> row : table.rows()) {
                for (Object cell : row) {
                    if (cell instanceof Anchor anchor) {
                        ids.add(anchor.id());
                    }
                }
            }
        }
        return ids;
    }

    private static void requireAnchorName(String name) {
        if (name == null || !ANCHOR.matcher(name).matches()) {
            throw new IllegalArgumentException("an anchor must match " + ANCHOR + ": " + name);
        }
    }

    /** True when only the first rows of a larger result are shown. */
    public boolean truncated() {
        return totalRows > rows.size();
    }

    /** The column names, in order. */
    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    public static Builder builder(String name, String title, String description) {
        return new Builder(name, title, description);
    }

    /** Builds a {@link Table} column by column, then row by row. */
    public static final class Builder {
        private final String name;
        private final String title;
        private final String description;
        private final List<Column> columns = new ArrayList<>();
        private final List<List<Object>> rows = new ArrayList<>();
        private long totalRows = -1;
        private LineChart chart;

        private Builder(String name, String title, String description) {
            this.name = name;
            this.title = title;
            this.description = description;
        }

        public Builder column(String columnName, String columnDescription) {
            columns.add(new Column(columnName, columnDescription, false));
            return this;
        }

        /** A numeric column the HTML report draws as bars. */
        public Builder barColumn(String columnName, String columnDescription) {
            columns.add(new Column(columnName, columnDescription, true));
            return this;
        }

        /** A column as another table has it. */
        public Builder column(Column column) {
            columns.add(column);
            return this;
        }

        public Builder row(Object... cells) {
            rows.add(java.util.Arrays.asList(cells));
            return this;
        }

        public Builder row(List<Object> cells) {
            rows.add(cells);
            return this;
        }

        /** The size of the full result when only its first rows were added. */
        public Builder totalRows(long total) {
            this.totalRows = total;
            return this;
        }

        /** Draws the table as a line chart too (see {@link LineChart}). */
        public Builder lineChart(String dateColumn, String labelColumn, String seriesColumn, String valueColumn) {
            this.chart = new LineChart(dateColumn, labelColumn, seriesColumn, valueColumn);
            return this;
        }

        public Table build() {
            return new Table(name, title, description, columns, rows, totalRows < 0 ? rows.size() : totalRows, chart);
        }
    }
}
