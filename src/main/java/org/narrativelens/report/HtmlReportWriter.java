package org.narrativelens.report;

import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the run's self-contained HTML report (Pebble template, auto-escaped; no script, style sheet,
 * font or image is loaded from anywhere, and a Content-Security-Policy forbids it).
 */
public final class HtmlReportWriter {

    private static final String TEMPLATE = "templates/report.peb";
    private final PebbleTemplate template;

    public HtmlReportWriter() {
        this.template = HtmlTemplates.load(TEMPLATE);
    }

    /**
     * Writes the report; {@code networkSvg} (may be null), from {@link NetworkFigure}, is shown with the actor pairs,
     * inline so that its edges can link to the evidence. It is trusted markup: NetworkFigure escapes every label,
     * and the page's CSP runs no script.
     */
    public void write(RunSummary summary, List<Table> tables, String networkSvg, Writer out) throws IOException {
        Map<String, Object> context = new HashMap<>();
        context.put("run", summary);
        context.put("networkSvg", networkSvg);
        context.put("tables", tables.stream().map(HtmlReportWriter::view).toList());
        template.evaluate(out, context);
        out.flush();
    }

    /** A table with its cells already formatted, so the template only places strings. */
    private static Map<String, Object> view(Table table) {
        double[] max = new double[table.columns().size()];
        for (List<Object> row : table.rows()) {
            for (int i = 0; i < max.length; i++) {
                if (Table.value(row.get(i)) instanceof Number n) {
                    max[i] = Math.max(max[i], n.doubleValue());
                }
            }
        }
        List<List<Map<String, Object>>> rows = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            List<Map<String, Object>> cells = new ArrayList<>();
            for (int i = 0; i < max.length; i++) {
                Object cell = row.get(i);
                long bar = table.columns().get(i).bar() && Table.value(cell) instanceof Number n && max[i] > 0
                        ? Math.round(100 * n.doubleValue() / max[i]) : -1;
                cells.add(Map.of("text", CellFormat.format(cell), "numeric", CellFormat.isNumeric(cell), "bar", bar,
                        "href", cell instanceof Table.Link link ? "#" + link.target() : "",
                        "id", cell instanceof Table.Anchor anchor ? anchor.id() : ""));
            }
            rows.add(cells);
        }
        List<Boolean> numericColumns = new ArrayList<>();
        for (int i = 0; i < max.length; i++) {
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
        view.put("chart", table.chart() == null || table.rows().isEmpty() ? null : LineChartView.of(table));
        return view;
    }
}
