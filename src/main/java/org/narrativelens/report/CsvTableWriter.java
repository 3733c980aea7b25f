package org.narrativelens.report;

import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a {@link Table} as RFC 4180 CSV with a header row (Commons CSV). Text cells that a spreadsheet
 * would run as a formula (starting with {@code = + - @}, tab or carriage return) get a leading
 * apostrophe; numbers are written as they are.
 */
public final class CsvTableWriter {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    public void write(Table table, Writer out) throws IOException {
        Rows rows = open(table.columnNames(), out);
        for (var row : table.rows()) {
            rows.print(row);
        }
        rows.flush();
    }

    /** Starts a CSV of {@code columns} on {@code out}, its rows to be printed one by one (for tables too large to hold). */
    public Rows open(java.util.List<String> columns, Writer out) throws IOException {
        return new Rows(new CSVPrinter(out, FORMAT.builder().setHeader(columns.toArray(String[]::new)).get()));
    }

    /** A CSV being written row by row, each cell written as {@link #write} writes it. */
    public static final class Rows {
        private final CSVPrinter printer;

        private Rows(CSVPrinter printer) {
            this.printer = printer;
        }

        public void print(java.util.List<?> row) throws IOException {
            for (Object cell : row) {
                printer.print(Table.Link.unwrap(cell) instanceof Number ? CellFormat.format(cell) : neutralise(CellFormat.format(cell)));
            }
            printer.println();
        }

        public void flush() throws IOException {
            printer.flush();
        }
    }

    /** The text of a cell as it was before {@link #neutralise}: what a program reading our CSV back sees. */
    static String restore(String cell) {
        if (cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }

    /** Keeps spreadsheet programs from evaluating text as a formula. */
    static String neutralise(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
