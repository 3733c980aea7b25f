package org.narrativelens.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link Table} as the page templates place it: cells already formatted, bars measured, links resolved
 * (document ids to the documents' pages, sentence numbers to the sentence, terms to their concordance lines,
 * {@link Table.Link} cells to their target) and anchors on the rows other tables point at. The templates only place strings, escaped.
 */
final class TableView {

    /** Plainer names of columns for the small tables a reader meets first (overview panels, document pages); the CSVs keep theirs. */
    private static final Map<String, String> READER_NAMES = Map.of("tf", "times", "df", "documents", "tfidf", "tf-idf",
            "top_terms", "top terms", "dominant_topic", "topic", "topic_label", "label", "weight", "share");

    private TableView() {
    }

    /** {@code column} under its plainer name, when it has one ("tf" reads "times"); its description stays the tooltip. */
    static Table.Column forReaders(Table.Column column) {
        String name = READER_NAMES.get(column.name());
        return name == null ? column : new Table.Column(name, column.description(), column.bar());
    }

    /** The view of {@code table} on a page {@code root} below the run folder ("" or "../"). */
    static Map<String, Object> of(Table full, LinkResolver links, String root) {
        Table table = withoutEmptyColumns(full);
        int width = table.columns().size();
        double[] max = new double[width];
        for (List<Object> row : table.rows()) {
            for (int i = 0; i < width; i++) {
                if (Table.Link.unwrap(row.get(i)) instanceof Number n) {
                    max[i] = Math.max(max[i], n.doubleValue());
                }
            }
        }
        List<String> names = table.columnNames();
        int docColumn = names.indexOf("doc_id");
        List<Map<String, Object>> rows = new ArrayList<>();
        Set<String> anchored = new HashSet<>();
        for (List<Object> row : table.rows()) {
            List<Map<String, Object>> cells = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                Object cell = row.get(i);
                Object value = Table.Link.unwrap(cell);
                long bar = table.columns().get(i).bar() && value instanceof Number n && max[i] > 0
                        ? Math.round(100 * n.doubleValue() / max[i]) : -1;
                Map<String, Object> view = new HashMap<>();
                view.put("text", CellFormat.format(cell));
                view.put("numeric", CellFormat.isNumeric(cell));
                view.put("bar", bar);
                view.put("href", href(cell, table.name(), names.get(i), docColumn < 0 ? null : row.get(docColumn), links, root));
                cells.add(view);
            }
            Map<String, Object> r = new HashMap<>();
            r.put("cells", cells);
            r.put("id", LinkResolver.rowIdOf(table, row, anchored));
            rows.add(r);
        }
        List<Boolean> numericColumns = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            int column = i;
            numericColumns.add(!table.rows().isEmpty() && table.rows().stream().allMatch(r -> r.get(column) == null
                    || CellFormat.isNumeric(r.get(column))));
        }
        Map<String, Object> view = new HashMap<>();
        view.put("name", table.name());
        view.put("title", table.title());
        view.put("description", table.description());
        view.put("columns", table.columns());
        view.put("numericColumns", numericColumns);
        view.put("rows", rows);
        view.put("shown", table.rows().size());
        view.put("total", table.totalRows());
        view.put("truncated", table.truncated());
        view.put("charts", table.rows().isEmpty() ? List.of() : table.charts().stream().map(c -> LineChartView.of(table, c)).toList());
        return view;
    }

    /**
     * {@code table} without the columns empty in every row (stability when it was not measured): an empty column
     * only takes room. The CSV keeps them; a table without rows keeps its header.
     */
    static Table withoutEmptyColumns(Table table) {
        java.util.Set<String> needed = new java.util.HashSet<>(table.anchorColumns());
        table.charts().forEach(c -> needed.addAll(java.util.Arrays.asList(c.xColumn(), c.labelColumn(), c.seriesColumn(), c.valueColumn(),
                c.markColumn())));
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < table.columns().size(); i++) {
            int column = i;
            if (table.rows().isEmpty() || needed.contains(table.columns().get(i).name())
                    || table.rows().stream().anyMatch(r -> !CellFormat.format(r.get(column)).isEmpty())) {
                kept.add(i);
            }
        }
        if (kept.size() == table.columns().size()) {
            return table;
        }
        Table.Builder shown = Table.builder(table.name(), table.title(), table.description()).totalRows(table.totalRows())
                .anchorBy(table.anchorColumns().toArray(String[]::new));
        kept.forEach(i -> shown.column(table.columns().get(i)));
        table.rows().forEach(r -> shown.row(kept.stream().map(r::get).toList()));
        table.charts().forEach(shown::lineChart);
        return shown.build();
    }

    private static String href(Object cell, String table, String column, Object docId, LinkResolver links, String root) {
        if (cell == null) {
            return null;
        }
        if (cell instanceof Table.Link link) {
            return links.href(link.target(), root);
        }
        if (LinkResolver.DOCUMENT_COLUMNS.contains(column)) {
            return links.document(cell.toString(), root);
        }
        if (column.equals(LinkResolver.SENTENCE_COLUMN) && cell instanceof Integer n && docId != null) {
            return links.href("doc:" + Table.Link.unwrap(docId) + "#s" + n, root);
        }
        if (LinkResolver.TERM_COLUMNS.contains(column) && !table.equals(LinkResolver.CONCORDANCE)) {
            return links.concordance(CellFormat.format(cell), root);
        }
        return null;
    }
}
