package org.narrativelens.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The heatmap of actor pairs as a static SVG, from the {@code actor_matrix} table: the most named actors on both
 * axes (in the table's order), each cell shaded by the windows (sentences, by default) naming both and holding that
 * count, its tooltip the count, documents and NPMI, and a link to the pair's evidence sentences. Axis labels link
 * to the actors' pages. Every label, tooltip and address is XML-escaped; the SVG has no script.
 *
 * <pre>{@code
 * String svg = HeatmapFigure.svg(matrix, 10, target -> links.href(target, ""), id -> links.href("actor:" + id, ""));
 * }</pre>
 */
final class HeatmapFigure {

    /** The table the figure is drawn from. */
    static final String TABLE = "actor_matrix";
    private static final int CELL = 34;
    private static final int LABEL_CHARS = 24;
    /** A generous width of a 12-pixel sans-serif character, to keep labels inside the figure. */
    private static final double CHAR_WIDTH = 7.0;
    private static final int LEGEND = 78;
    /** The shade of the fewest and of the most windows: light to dark blue. */
    private static final int[] LIGHT = {0xe3, 0xec, 0xf8};
    private static final int[] DARK = {0x1f, 0x4e, 0x96};
    private static final String[] COLUMNS = {"actor_a_id", "actor_a", "actor_b_id", "actor_b"};

    private HeatmapFigure() {
    }

    /** One pair's cell: its count (0: never together), documents, NPMI (null when never together) and evidence target. */
    private record Cell(long windows, Object documents, Object npmi, String target) {
    }

    /**
     * The SVG of the first {@code maxActors} actors of {@code matrix} (an {@code actor_matrix} table), or null when it
     * has fewer than two actors or no pair named together. {@code href} turns a cell's evidence target into an address,
     * {@code actorHref} an actor id into the address of its page; either may return null for no link.
     */
    static String svg(Table matrix, int maxActors, Function<String, String> href, Function<String, String> actorHref) {
        List<String> names = matrix.columnNames();
        int[] at = new int[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            at[i] = names.indexOf(COLUMNS[i]);
            if (at[i] < 0) {
                throw new IllegalArgumentException("table " + matrix.name() + " has no column " + COLUMNS[i]);
            }
        }
        int count = 4;
        String unit = names.get(count);
        int documents = names.indexOf("documents");
        int npmi = names.indexOf("npmi");
        // The axes: the actors in the order the table first names them (it lists pairs in the order of mentions).
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, Cell> cells = new HashMap<>();
        long max = 0;
        for (List<Object> row : matrix.rows()) {
            String a = CellFormat.format(row.get(at[0]));
            String b = CellFormat.format(row.get(at[2]));
            labels.putIfAbsent(a, CellFormat.format(row.get(at[1])));
            labels.putIfAbsent(b, CellFormat.format(row.get(at[3])));
            long windows = Table.Link.unwrap(row.get(count)) instanceof Number n ? n.longValue() : 0;
            String target = row.get(count) instanceof Table.Link link ? link.target() : null;
            Cell cell = new Cell(windows, documents < 0 ? null : Table.Link.unwrap(row.get(documents)),
                    npmi < 0 ? null : Table.Link.unwrap(row.get(npmi)), target);
            cells.put(a + "\t" + b, cell);
            cells.put(b + "\t" + a, cell);
            max = Math.max(max, windows);
        }
        List<String> ids = new ArrayList<>(labels.keySet()).subList(0, Math.min(maxActors, labels.size()));
        long shownMax = 0;
        for (String a : ids) {
            for (String b : ids) {
                Cell c = cells.get(a + "\t" + b);
                shownMax = Math.max(shownMax, c == null ? 0 : c.windows());
            }
        }
        if (ids.size() < 2 || shownMax == 0) {
            return null;
        }
        int left = (int) Math.ceil(ids.stream().mapToInt(id -> shortLabel(labels.get(id)).length()).max().orElse(4) * CHAR_WIDTH) + 12;
        // Column labels slant up at 45 degrees: their height is their length / sqrt 2.
        int top = (int) Math.ceil(ids.stream().mapToInt(id -> shortLabel(labels.get(id)).length()).max().orElse(4) * CHAR_WIDTH * 0.71) + 16;
        int grid = ids.size() * CELL;
        int width = Math.max(left + grid + top, 460);
        int height = top + grid + LEGEND;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">%n", width, height, width, height));
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            String label = labels.get(id);
            double y = top + i * CELL + CELL / 2.0 + 4;
            link(svg, actorHref.apply(id), String.format(Locale.ROOT, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#1f2430\">"
                    + "<title>%s</title>%s</text>", left - 6, y, NetworkFigure.escape(label), NetworkFigure.escape(shortLabel(label))));
            double x = left + i * CELL + CELL / 2.0;
            link(svg, actorHref.apply(id), String.format(Locale.ROOT, "<text transform=\"translate(%.1f,%d) rotate(-45)\" fill=\"#1f2430\">"
                    + "<title>%s</title>%s</text>", x + 4, top - 6, NetworkFigure.escape(label), NetworkFigure.escape(shortLabel(label))));
        }
        for (int i = 0; i < ids.size(); i++) {
            for (int j = 0; j < ids.size(); j++) {
                int x = left + j * CELL;
                int y = top + i * CELL;
                String a = labels.get(ids.get(i));
                String b = labels.get(ids.get(j));
                if (i == j) {
                    svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#e4e7ed\" "
                            + "stroke=\"#ffffff\"/>%n", x, y, CELL, CELL));
                    continue;
                }
                Cell c = cells.get(ids.get(i) + "\t" + ids.get(j));
                long windows = c == null ? 0 : c.windows();
                if (windows == 0) {
                    svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#ffffff\" "
                                    + "stroke=\"#e6e9ef\"><title>%s</title></rect>%n", x, y, CELL, CELL,
                            NetworkFigure.escape(a + " \u2013 " + b + ": never named together in one " + singular(unit))));
                    continue;
                }
                double shade = shade(windows, shownMax);
                String title = a + " \u2013 " + b + ": " + windows + " " + (windows == 1 ? singular(unit) : unit)
                        + (c.documents() == null ? "" : " in " + CellFormat.format(c.documents()) + " document"
                        + ("1".equals(CellFormat.format(c.documents())) ? "" : "s"))
                        + (c.npmi() == null ? "" : ", NPMI " + CellFormat.format(c.npmi())) + ". Click for the sentences.";
                String cell = String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\" stroke=\"#ffffff\">"
                                + "<title>%s</title></rect><text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"11\" fill=\"%s\" "
                                + "pointer-events=\"none\">%s</text>", x, y, CELL, CELL, colour(shade), NetworkFigure.escape(title),
                        x + CELL / 2.0, y + CELL / 2.0 + 4, shade > 0.5 ? "#ffffff" : "#1f2430", compact(windows));
                link(svg, c.target() == null ? null : href.apply(c.target()), cell);
            }
        }
        legend(svg, top + grid + 22, shownMax, unit);
        return svg.append("</svg>\n").toString();
    }

    /** The scale: what the shade means, a swatch for the fewest, some middle and the most windows, and what a cell does. */
    private static void legend(StringBuilder svg, int y, long max, String unit) {
        int x = 12;
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#5b6475\">%s</text>%n", x, y,
                NetworkFigure.escape("Shade and number: " + unit + " naming both actors (darker: more).")));
        List<Long> steps = max <= 2 ? List.of(1L, max) : List.of(1L, Math.max(2, Math.round(max / 4.0)), Math.max(3, Math.round(max / 2.0)), max);
        int sx = x;
        for (long step : new java.util.LinkedHashSet<>(steps)) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"18\" height=\"14\" fill=\"%s\"/>"
                    + "<text x=\"%d\" y=\"%d\" fill=\"#5b6475\">%s</text>%n", sx, y + 8, colour(shade(step, max)), sx + 22, y + 20,
                    compact(step)));
            sx += 64;
        }
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"18\" height=\"14\" fill=\"#ffffff\" stroke=\"#c9ced8\"/>"
                + "<text x=\"%d\" y=\"%d\" fill=\"#5b6475\">never</text>%n", sx, y + 8, sx + 22, y + 20));
        svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#5b6475\">%s</text>%n", x, y + 42,
                NetworkFigure.escape("Hover a cell for the documents and NPMI; click it for the sentences.")));
    }

    /** How dark a cell of {@code windows} is, 0 to 1: square root, so that a few large counts do not wash out the rest. */
    static double shade(long windows, long max) {
        return max <= 1 ? 1 : Math.sqrt((double) (windows - 1) / (max - 1));
    }

    private static String colour(double shade) {
        StringBuilder colour = new StringBuilder("#");
        for (int i = 0; i < 3; i++) {
            colour.append(String.format(Locale.ROOT, "%02x", Math.round(LIGHT[i] + (DARK[i] - LIGHT[i]) * shade)));
        }
        return colour.toString();
    }

    /** A count short enough for a cell: 987, 12k, 3.4M. */
    static String compact(long n) {
        if (n < 1000) {
            return Long.toString(n);
        }
        if (n < 1_000_000) {
            return n < 10_000 ? String.format(Locale.ROOT, "%.1fk", n / 1000.0) : (n / 1000) + "k";
        }
        return String.format(Locale.ROOT, "%.1fM", n / 1_000_000.0);
    }

    /** A label cut to {@link #LABEL_CHARS} characters, the full one in its tooltip. */
    static String shortLabel(String label) {
        return label.length() <= LABEL_CHARS ? label : label.substring(0, LABEL_CHARS - 1) + "\u2026";
    }

    private static String singular(String unit) {
        return unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
    }

    private static void link(StringBuilder svg, String href, String element) {
        svg.append(href == null ? element : "<a href=\"" + NetworkFigure.escape(href) + "\">" + element + "</a>").append('\n');
    }
}
