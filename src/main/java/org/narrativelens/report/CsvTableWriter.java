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
        CSVPrinter printer = new CSVPrinter(out, FORMAT.builder().setHeader(table.columnNames().toArray(String[]::new)).get());
        for (var row : table.rows()) {
            for (Object cell : row) {
                printer.print(Table.value(cell) instanceof Number ? CellFormat.format(cell) : neutralise(CellFormat.format(cell)));
            }
            printer.println();
        }
        printer.flush();
    }

    /** Keeps spreadsheet programs from evaluating text as a formula. */
    static String neutralise(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
