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
 * labels only, so that every text reaches the page through the template's escaping. Points are placed in
 * time by their date, lines join a series' points in date order, and the y axis starts at 0.
 *
 * @param width   of the drawing, in SVG units
 * @param height  of the drawing
 * @param left    x of the plot area's left edge (the y axis)
 * @param right   x of the plot area's right edge
 * @param top     y of the plot area's top edge
 * @param bottom  y of the plot area's bottom edge (the x axis)
 * @param caption what the y axis measures
 * @param yTicks  labelled heights
 * @param xTicks  labelled dates, thinned so that labels do not overlap
 * @param series  one line per series, in the order the table first names them
 */
public record LineChartView(int width, int height, int left, int right, int top, int bottom, String caption,
                            List<Tick> yTicks, List<Tick> xTicks, List<Series> series) {

    /** Colours of the series, in turn (colour-blind-safe palette of Okabe and Ito, then greys). */
    static final List<String> COLOURS = List.of("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#d55e00", "#56b4e9",
            "#f0e442", "#000000", "#777777", "#bbbbbb");
    private static final int WIDTH = 880;
    private static final int HEIGHT = 300;
    private static final int LEFT = 56;
    private static final int RIGHT = WIDTH - 170;
    private static final int TOP = 14;
    private static final int BOTTOM = HEIGHT - 44;
    /** Room for one x label, in SVG units. */
    private static final int X_LABEL_ROOM = 70;

    /** A labelled position on an axis (coordinates as SVG text, whatever the locale). */
    public record Tick(String at, String label) {
    }

    /** One point, with what its tooltip says. */
    public record Point(String x, String y, String label, String value) {
    }

    /** One line: its name, colour, points, the polyline through them, and the height of its legend entry. */
    public record Series(String name, String colour, List<Point> points, String polyline, String legendY) {
    }

    /** The chart of {@code table}, which must have one. */
    public static LineChartView of(Table table) {
        Table.LineChart chart = table.chart();
        List<String> names = table.columnNames();
        int date = names.indexOf(chart.dateColumn());
        int label = names.indexOf(chart.labelColumn());
        int series = names.indexOf(chart.seriesColumn());
        int value = names.indexOf(chart.valueColumn());
        Map<String, TreeMap<LocalDate, List<Object>>> bySeries = new LinkedHashMap<>();
        TreeMap<LocalDate, String> labels = new TreeMap<>();
        double max = 0;
        for (List<Object> row : table.rows()) {
            if (row.get(date) == null || row.get(series) == null) {
                continue;
            }
            LocalDate day = LocalDate.parse(row.get(date).toString());
            labels.put(day, CellFormat.format(row.get(label)));
            bySeries.computeIfAbsent(row.get(series).toString(), k -> new TreeMap<>()).put(day, row);
            if (Table.Link.unwrap(row.get(value)) instanceof Number n) {
                max = Math.max(max, n.doubleValue());
            }
        }
        double top = niceCeiling(max);
        long first = labels.isEmpty() ? 0 : labels.firstKey().toEpochDay();
        long last = labels.isEmpty() ? 0 : labels.lastKey().toEpochDay();
        List<Series> lines = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, TreeMap<LocalDate, List<Object>>> e : bySeries.entrySet()) {
            List<Point> points = new ArrayList<>();
            StringBuilder polyline = new StringBuilder();
            for (List<Object> row : e.getValue().values()) {
                if (Table.Link.unwrap(row.get(value)) instanceof Number n) {
                    double x = x(LocalDate.parse(row.get(date).toString()).toEpochDay(), first, last);
                    double y = BOTTOM - (top == 0 ? 0 : (BOTTOM - TOP) * n.doubleValue() / top);
                    points.add(new Point(coordinate(x), coordinate(y), CellFormat.format(row.get(label)), CellFormat.format(n)));
                    polyline.append(polyline.isEmpty() ? "" : " ").append(coordinate(x)).append(',').append(coordinate(y));
                }
            }
            lines.add(new Series(e.getKey(), COLOURS.get(i % COLOURS.size()), points, polyline.toString(),
                    coordinate(TOP + 8 + 18.0 * i)));
            i++;
        }
        List<Tick> yTicks = new ArrayList<>();
        for (int t = 0; t <= 4; t++) {
            double v = top * t / 4;
            yTicks.add(new Tick(coordinate(BOTTOM - (BOTTOM - TOP) * t / 4.0), CellFormat.format(v)));
        }
        List<Tick> xTicks = new ArrayList<>();
        double lastTick = Double.NEGATIVE_INFINITY;
        for (Map.Entry<LocalDate, String> e : labels.entrySet()) {
            double x = x(e.getKey().toEpochDay(), first, last);
            if (x - lastTick >= X_LABEL_ROOM) {
                xTicks.add(new Tick(coordinate(x), e.getValue()));
                lastTick = x;
            }
        }
        String caption = table.columns().get(value).description();
        return new LineChartView(WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM, caption, yTicks, xTicks, lines);
    }

    private static double x(long day, long first, long last) {
        int margin = 24;
        if (last == first) {
            return (LEFT + RIGHT) / 2.0;
        }
        return LEFT + margin + (RIGHT - LEFT - 2.0 * margin) * (day - first) / (last - first);
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
