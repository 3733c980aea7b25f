package org.narrativelens.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Formats table cells the same way in CSV and HTML: fractions to four significant decimals, whole
 * numbers as they are, dates as ISO, null as empty.
 */
public final class CellFormat {

    private CellFormat() {
    }

    public static String format(Object cell) {
        if (cell instanceof Table.Link || cell instanceof Table.Anchor) {
            return format(Table.value(cell));
        }
        if (cell == null) {
            return "";
        }
        if (cell instanceof Double || cell instanceof Float) {
            double d = ((Number) cell).doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return String.valueOf(d);
            }
            return BigDecimal.valueOf(d).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }
        return cell.toString();
    }

    /** True for cells shown right-aligned. */
    public static boolean isNumeric(Object cell) {
        return Table.value(cell) instanceof Number;
    }
}
