package org.narrativelens.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The geometry of a {@link Table.LineChart} as the report template draws it in inline SVG: coordinates and
 * labels only, so that every text reaches the page through the template's escaping. Points are placed along x by
 * their date (in time) or number, lines join a series' points in x order, and the y axis starts at 0 (or below,
 * for negative values). A chart of one unnamed series is narrower and has no legend, so that two fit side by side.
 *
 * @param width   of the drawing, in SVG units
 * @param height  of the drawing
 * @param left    x of the plot area's left edge (the y axis)
 * @param right   x of the plot area's right edge
 * @param top     y of the plot area's top edge
 * @param bottom  y of the plot area's bottom edge (the x axis)
 * @param caption what the y axis measures
 * @param yTicks  labelled heights
 * @param xTicks  labelled x positions, thinned so that labels do not overlap
 * @param series  one line per series, in the order the table first names them
 * @param marks   vertical lines at the marked rows
 */
public record LineChartView(int width, int height, int left, int right, int top, int bottom, String caption,
                            List<Tick> yTicks, List<Tick> xTicks, List<Series> series, List<Mark> marks) {

    /** Colours of the series, in turn (colour-blind-safe palette of Okabe and Ito, then greys). */
    static final List<String> COLOURS = List.of("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#d55e00", "#56b4e9",
            "#f0e442", "#000000", "#777777", "#bbbbbb");
    private static final int WIDTH = 880;
    private static final int SINGLE_WIDTH = 420;
    private static final int LEGEND = 170;
    private static final int SINGLE_MARGIN = 20;
    private static final int HEIGHT = 300;
    private static final int LEFT = 56;
    private static final int TOP = 14;
    private static final int BOTTOM = HEIGHT - 44;
    /** Room for one x label, in SVG units. */
    private static final int X_LABEL_ROOM = 70;
    private static final int NUMBER_LABEL_ROOM = 28;

    /** A labelled position on an axis (coordinates as SVG text, whatever the locale). */
    public record Tick(String at, String label) {
    }

    /** A marked x position; its note is anchored at its end ({@code end}: to the left of the line) in the right half. */
    public record Mark(String at, String anchor, String dx) {
    }

    /** One point, with what its tooltip says. */
    public record Point(String x, String y, String label, String value) {
    }

    /** One line: its name, colour, points, the polyline through them, and the height of its legend entry. */
    public record Series(String name, String colour, List<Point> points, String polyline, String legendY) {
    }

    /** The first chart of {@code table}, which must have one. */
    public static LineChartView of(Table table) {
        return of(table, table.chart());
    }

    /** The drawing of {@code chart}, one of the charts of {@code table}. */
    public static LineChartView of(Table table, Table.LineChart chart) {
        List<String> names = table.columnNames();
        int xColumn = names.indexOf(chart.xColumn());
        int label = names.indexOf(chart.labelColumn());
        int series = chart.seriesColumn() == null ? -1 : names.indexOf(chart.seriesColumn());
        int value = names.indexOf(chart.valueColumn());
        int mark = chart.markColumn() == null ? -1 : names.indexOf(chart.markColumn());
        boolean legend = series >= 0;
        int width = legend ? WIDTH : SINGLE_WIDTH;
        int right = width - (legend ? LEGEND : SINGLE_MARGIN);
        Map<String, TreeMap<Double, List<Object>>> bySeries = new LinkedHashMap<>();
        TreeMap<Double, String> labels = new TreeMap<>();
        List<Double> marked = new ArrayList<>();
        boolean numeric = false;
        double max = 0;
        double min = 0;
        for (List<Object> row : table.rows()) {
            Object x = Table.Link.unwrap(row.get(xColumn));
            if (x == null || (legend && row.get(series) == null)) {
                continue;
            }
            numeric = x instanceof Number;
            double at = x instanceof Number n ? n.doubleValue() : LocalDate.parse(x.toString()).toEpochDay();
            labels.put(at, CellFormat.format(row.get(label)));
            bySeries.computeIfAbsent(legend ? row.get(series).toString() : chart.valueColumn(), k -> new TreeMap<>()).put(at, row);
            if (Table.Link.unwrap(row.get(value)) instanceof Number n && !Double.isNaN(n.doubleValue())) {
                max = Math.max(max, n.doubleValue());
                min = Math.min(min, n.doubleValue());
            }
            if (mark >= 0 && "yes".equals(Table.Link.unwrap(row.get(mark)))) {
                marked.add(at);
            }
        }
        double high = max > 0 || min == 0 ? niceCeiling(max) : 0;
        double low = min < 0 ? -niceCeiling(-min) : 0;
        double first = labels.isEmpty() ? 0 : labels.firstKey();
        double last = labels.isEmpty() ? 0 : labels.lastKey();
        List<Series> lines = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, TreeMap<Double, List<Object>>> e : bySeries.entrySet()) {
            List<Point> points = new ArrayList<>();
            StringBuilder polyline = new StringBuilder();
            for (Map.Entry<Double, List<Object>> p : e.getValue().entrySet()) {
                if (Table.Link.unwrap(p.getValue().get(value)) instanceof Number n && !Double.isNaN(n.doubleValue())) {
                    double x = x(p.getKey(), first, last, right);
                    double y = BOTTOM - (BOTTOM - TOP) * (n.doubleValue() - low) / (high - low);
                    points.add(new Point(coordinate(x), coordinate(y), CellFormat.format(p.getValue().get(label)), CellFormat.format(n)));
                    polyline.append(polyline.isEmpty() ? "" : " ").append(coordinate(x)).append(',').append(coordinate(y));
                }
            }
            lines.add(new Series(e.getKey(), COLOURS.get(i % COLOURS.size()), points, polyline.toString(),
                    coordinate(TOP + 8 + 18.0 * i)));
            i++;
        }
        List<Tick> yTicks = new ArrayList<>();
        for (int t = 0; t <= 4; t++) {
            double v = low + (high - low) * t / 4;
            yTicks.add(new Tick(coordinate(BOTTOM - (BOTTOM - TOP) * t / 4.0), CellFormat.format(v)));
        }
        List<Tick> xTicks = new ArrayList<>();
        double lastTick = Double.NEGATIVE_INFINITY;
        int room = numeric ? NUMBER_LABEL_ROOM : X_LABEL_ROOM;
        for (Map.Entry<Double, String> e : labels.entrySet()) {
            double x = x(e.getKey(), first, last, right);
            if (x - lastTick >= room) {
                xTicks.add(new Tick(coordinate(x), e.getValue()));
                lastTick = x;
            }
        }
        List<Mark> marks = marked.stream().map(at -> x(at, first, last, right)).map(x -> x > (LEFT + right) / 2.0
                ? new Mark(coordinate(x), "end", "-4") : new Mark(coordinate(x), "start", "4")).toList();
        String caption = table.columns().get(value).description();
        return new LineChartView(width, HEIGHT, LEFT, right, TOP, BOTTOM, caption, yTicks, xTicks, lines, marks);
    }

    private static double x(double at, double first, double last, int right) {
        int margin = 24;
        if (last == first) {
            return (LEFT + right) / 2.0;
        }
        return LEFT + margin + (right - LEFT - 2.0 * margin) * (at - first) / (last - first);
    }

    private static String coordinate(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** The smallest of 1, 2, 2.5 or 5 times a power of ten that is at least {@code max} (1 for nothing to draw). */
    static double niceCeiling(double max) {
        if (max <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= max) {
                return step * power;
            }
        }
        return 10 * power;
    }
}
