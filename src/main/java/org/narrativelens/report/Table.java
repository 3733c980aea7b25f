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
 * @param charts      line charts the HTML report draws above the table, side by side (none: empty)
 * @param anchorColumns columns whose values name a row, so that a {@link Link} can point at it (the first row
 *                    of each key gets the anchor); empty when no row is pointed at
 * @param csvWritten  true when the analysis wrote the table's complete CSV itself (all {@code totalRows} rows,
 *                    streamed), so the report writer leaves that file as it is; {@code rows} are then the first ones,
 *                    for the HTML view
 */
public record Table(String name, String title, String description, List<Column> columns,
                    List<List<Object>> rows, long totalRows, List<LineChart> charts, List<String> anchorColumns,
                    boolean csvWritten) implements java.io.Serializable {

    private static final Pattern SAFE_NAME = Pattern.compile("[a-z][a-z0-9_]*");

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
        anchorColumns = List.copyOf(anchorColumns);
        for (String column : anchorColumns) {
            if (columns.stream().noneMatch(c -> c.name().equals(column))) {
                throw new IllegalArgumentException("table " + name + ": anchor column " + column + " is no column of the table");
            }
        }
        charts = List.copyOf(charts);
        List<String> names = columns.stream().map(Column::name).toList();
        for (LineChart chart : charts) {
            for (String column : java.util.Arrays.asList(chart.xColumn(), chart.labelColumn(), chart.seriesColumn(), chart.valueColumn(),
                    chart.markColumn())) {
                if (column != null && !names.contains(column)) {
                    throw new IllegalArgumentException("table " + name + ": its chart names no column of the table: " + column);
                }
            }
        }
    }

    /** The first chart, or null when the table has none. */
    public LineChart chart() {
        return charts.isEmpty() ? null : charts.get(0);
    }

    /**
     * A line chart of a table: one line per value of {@code seriesColumn} (or, when it is null, one line, named by
     * the value column), its points placed along x by {@code xColumn} (ISO dates, placed in time, or numbers), named on
     * the axis by {@code labelColumn}, at the height of {@code valueColumn} (a number; an empty cell draws no point).
     * A row whose {@code markColumn} (may be null) holds {@code yes} is marked with a vertical line.
     */
    public record LineChart(String xColumn, String labelColumn, String seriesColumn, String valueColumn, String markColumn)
            implements java.io.Serializable {
        public LineChart {
            Objects.requireNonNull(xColumn, "xColumn");
            Objects.requireNonNull(labelColumn, "labelColumn");
            Objects.requireNonNull(valueColumn, "valueColumn");
        }

        /** A chart with a line per series and no mark. */
        public LineChart(String xColumn, String labelColumn, String seriesColumn, String valueColumn) {
            this(xColumn, labelColumn, seriesColumn, valueColumn, null);
        }
    }

    /**
     * A column: its name (CSV header), what it holds, and whether the HTML report draws its numbers as
     * bars (for counts worth comparing at a glance).
     */
    public record Column(String name, String description, boolean bar) implements java.io.Serializable {
        public Column {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
        }
    }

    /**
     * A cell that links to the evidence behind it: its {@code value} is what the CSV holds and the page shows,
     * {@code target} where the HTML report points it. Targets are logical, resolved by the report to a page:
     * {@code doc:<doc id>} is a document's page, {@code actor:<actor id>} an actor's page, {@code <table>#<key>} the first row of {@code table} whose
     * {@link Table#anchorColumns() anchor columns} hold that key (see {@link #toRow}), or the table when no row has it.
     *
     * <pre>{@code
     * row(Link.toRow(12L, "actor_evidence", "Russia", "Ukraine"), Link.toDocument("000_abc", "000_abc"))
     * }</pre>
     */
    public record Link(Object value, String target) implements java.io.Serializable {
        public Link {
            Objects.requireNonNull(target, "target");
            if (value instanceof Link) {
                throw new IllegalArgumentException("a link's value is not a link: " + value);
            }
        }

        /** A link to the page of document {@code docId}. */
        public static Link toDocument(Object value, String docId) {
            return new Link(value, "doc:" + docId);
        }

        /** A link to the profile page of actor {@code actorId} (only actors with a page are linked, see {@link ActorPages}). */
        public static Link toActor(Object value, String actorId) {
            return new Link(value, ActorPages.TARGET_PREFIX + actorId);
        }

        /** A link to the row of {@code table} whose anchor columns hold {@code key}, in order. */
        public static Link toRow(Object value, String table, Object... key) {
            return new Link(value, table + "#" + rowKey(java.util.Arrays.asList(key)));
        }

        /** The value of {@code cell}, a link's value for a link. */
        public static Object unwrap(Object cell) {
            return cell instanceof Link link ? link.value() : cell;
        }
    }

    /** The key of a row from the values of its anchor columns (formatted as in the report), joined by a tab. */
    public static String rowKey(List<?> values) {
        return String.join("\t", values.stream().map(v -> CellFormat.format(Link.unwrap(v))).toList());
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

    /** A builder holding this table's name, title, description, columns, charts, anchors and size, and none of its rows. */
    public Builder withoutRows() {
        Builder builder = builder(name, title, description).totalRows(totalRows).anchorBy(anchorColumns.toArray(String[]::new));
        columns.forEach(builder::column);
        charts.forEach(builder::lineChart);
        if (csvWritten) {
            builder.csvWritten();
        }
        return builder;
    }

    /** Builds a {@link Table} column by column, then row by row. */
    public static final class Builder {
        private final String name;
        private final String title;
        private final String description;
        private final List<Column> columns = new ArrayList<>();
        private final List<List<Object>> rows = new ArrayList<>();
        private long totalRows = -1;
        private final List<LineChart> charts = new ArrayList<>();
        private List<String> anchorColumns = List.of();
        private boolean csvWritten;

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
        public Builder lineChart(String xColumn, String labelColumn, String seriesColumn, String valueColumn) {
            return lineChart(new LineChart(xColumn, labelColumn, seriesColumn, valueColumn));
        }

        /** Draws the table as this line chart too, beside any other. */
        public Builder lineChart(LineChart chart) {
            charts.add(chart);
            return this;
        }

        /** Lets {@link Link#toRow} point at rows by the values of {@code columnNames}. */
        public Builder anchorBy(String... columnNames) {
            this.anchorColumns = List.of(columnNames);
            return this;
        }

        /** The complete CSV of the table has been written by its analysis (see {@link Table#csvWritten()}). */
        public Builder csvWritten() {
            this.csvWritten = true;
            return this;
        }

        public Table build() {
            return new Table(name, title, description, columns, rows, totalRows < 0 ? rows.size() : totalRows, charts,
                    anchorColumns, csvWritten);
        }
    }
}
