package org.narrativelens.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link Table} as the page templates place it: cells already formatted, bars measured, links resolved
 * (document ids to the documents' pages, sentence numbers to the sentence, {@link Table.Link} cells to their
 * target) and anchors on the rows other tables point at. The templates only place strings, escaped.
 */
final class TableView {

    private TableView() {
    }

    /** The view of {@code table} on a page {@code root} below the run folder ("" or "../"). */
    static Map<String, Object> of(Table table, LinkResolver links, String root) {
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
                view.put("href", href(cell, names.get(i), docColumn < 0 ? null : row.get(docColumn), links, root));
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

    private static String href(Object cell, String column, Object docId, LinkResolver links, String root) {
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
        return null;
    }
}
