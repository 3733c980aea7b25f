package org.narrativelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineChartViewTest {

    private static Table trend(Object... rows) {
        Table.Builder b = Table.builder("term_trends", "Term trends", "d")
                .column("period", "").column("period_start", "").column("term", "").column("per_10k", "per 10,000 terms")
                .lineChart("period_start", "period", "term", "per_10k");
        for (int i = 0; i < rows.length; i += 4) {
            b.row(rows[i], rows[i + 1], rows[i + 2], rows[i + 3]);
        }
        return b.build();
    }

    @Test
    void pointsArePlacedByDateAndHeightFromZero() {
        LineChartView c = LineChartView.of(trend(
                "2023-01", "2023-01-01", "peace", 10.0,
                "2023-03", "2023-03-01", "peace", 50.0,
                "2023-12", "2023-12-01", "peace", 20.0,
                "2023-01", "2023-01-01", "war", 0.0));
        assertEquals(List.of("peace", "war"), c.series().stream().map(LineChartView.Series::name).toList());
        List<LineChartView.Point> peace = c.series().get(0).points();
        // y axis 0 to 50 over 256 - 14 = 242 units: 10 is a fifth up from the bottom (256).
        assertEquals("207.6", peace.get(0).y());
        assertEquals("14.0", peace.get(1).y());
        // x: the first and last dates at 24 units inside the plot (56 to 710); March 1st is 59 of 334 days along.
        assertEquals("80.0", peace.get(0).x());
        assertEquals("686.0", peace.get(2).x());
        assertEquals(String.format(java.util.Locale.ROOT, "%.1f", 80 + 606.0 * 59 / 334), peace.get(1).x());
        assertEquals("80.0,207.6 " + peace.get(1).x() + ",14.0 686.0,159.2", c.series().get(0).polyline());
        assertEquals("50", c.yTicks().get(4).label());
        assertEquals("per 10,000 terms", c.caption());
        assertEquals(LineChartView.COLOURS.get(1), c.series().get(1).colour());
    }

    @Test
    void axisLabelsDoNotCrowd() {
        Object[] rows = new Object[4 * 60];
        java.time.LocalDate day = java.time.LocalDate.of(2023, 1, 1);
        for (int i = 0; i < 60; i++) {
            rows[4 * i] = day.plusDays(i).toString();
            rows[4 * i + 1] = day.plusDays(i).toString();
            rows[4 * i + 2] = "peace";
            rows[4 * i + 3] = (double) i;
        }
        LineChartView c = LineChartView.of(trend(rows));
        assertEquals(60, c.series().get(0).points().size());
        assertEquals(9, c.xTicks().size(), "one label per 70 units of the 606-unit axis");
    }

    @Test
    void numbersAlongXOneUnnamedLineNegativeValuesAndAMark() {
        Table t = Table.builder("topic_k_selection", "k", "d").column("k", "").column("mean_umass", "mean UMass").column("chosen", "")
                .lineChart(new Table.LineChart("k", "k", null, "mean_umass", "chosen"))
                .row(5, -1.5, "no").row(20, -0.5, "yes").row(10, -1.0, "no").build();
        LineChartView c = LineChartView.of(t, t.chart());
        assertEquals(1, c.series().size());
        assertEquals("mean_umass", c.series().get(0).name());
        assertEquals(420, c.width(), "narrow, without a legend");
        List<LineChartView.Point> points = c.series().get(0).points();
        assertEquals(List.of("5", "10", "20"), points.stream().map(LineChartView.Point::label).toList(), "in x order");
        // x: 5 and 20 at 24 units inside the plot (56 to 400), 10 a third of the way between them
        assertEquals("80.0", points.get(0).x());
        assertEquals("376.0", points.get(2).x());
        assertEquals("178.7", points.get(1).x());
        // y axis from -2 to 0: -0.5 is three quarters up
        assertEquals("-2", c.yTicks().get(0).label());
        assertEquals("0", c.yTicks().get(4).label());
        assertEquals(String.format(java.util.Locale.ROOT, "%.1f", 256 - 242 * 0.75), points.get(2).y());
        assertEquals(List.of(new LineChartView.Mark("376.0", "end", "-4")), c.marks(), "the chosen row, its note to the left");
    }

    @Test
    void niceCeilingRoundsUpToOneTwoOrFive() {
        assertEquals(1, LineChartView.niceCeiling(0));
        assertEquals(500, LineChartView.niceCeiling(297.6));
        assertEquals(250, LineChartView.niceCeiling(238.1));
        assertEquals(0.2, LineChartView.niceCeiling(0.15), 1e-12);
        assertEquals(1000, LineChartView.niceCeiling(1000));
    }
}
