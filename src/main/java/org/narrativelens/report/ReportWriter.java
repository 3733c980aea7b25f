package org.narrativelens.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one run's files into its {@link RunFolder}: a CSV per table, the actor network (GEXF, GraphML,
 * SVG), the network of attributed statements (GEXF), the HTML pages ({@code index.html}, a page per section, {@code docs/} a page per document) and
 * {@code run.json}.
 */
public final class ReportWriter {

    private final CsvTableWriter csv = new CsvTableWriter();
    private final HtmlReportWriter html = new HtmlReportWriter();
    private final ManifestWriter manifest = new ManifestWriter();

    /** Writes everything and publishes the folder; returns the run folder. {@code documents} get a page each. */
    public Path write(RunFolder folder, RunSummary summary, List<Table> tables, Network network, List<DocumentText> documents)
            throws IOException {
        for (Table table : tables) {
            if (table.csvWritten()) {
                continue;   // written whole by its analysis, streamed
            }
            try (Writer out = Files.newBufferedWriter(folder.file(table.name() + ".csv"), StandardCharsets.UTF_8)) {
                csv.write(table, out);
            }
        }
        String figure = network == null || network.isEmpty() ? null : new NetworkFigure().svg(network);
        if (figure != null) {
            NetworkFiles files = new NetworkFiles(network);
            try (Writer out = Files.newBufferedWriter(folder.file("network.gexf"), StandardCharsets.UTF_8)) {
                files.writeGexf(out);
            }
            try (Writer out = Files.newBufferedWriter(folder.file("network.graphml"), StandardCharsets.UTF_8)) {
                files.writeGraphMl(out);
            }
            Files.writeString(folder.file("network.svg"), figure, StandardCharsets.UTF_8);
        }
        for (Table table : tables) {
            if (table.name().equals(StatementNetworkFiles.TABLE) && !table.rows().isEmpty()) {
                try (Writer out = Files.newBufferedWriter(folder.file(StatementNetworkFiles.TABLE + ".gexf"), StandardCharsets.UTF_8)) {
                    new StatementNetworkFiles(table).writeGexf(out);
                }
            }
        }
        html.write(summary, tables, network, figure, documents, path -> {
            Path file = folder.file(path);
            Files.createDirectories(file.getParent());
            return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        });
        // The manifest is written last: a run folder with run.json is complete.
        try (Writer out = Files.newBufferedWriter(folder.file("run.json"), StandardCharsets.UTF_8)) {
            manifest.write(summary, out);
        }
        return folder.publish();
    }

    /** The table entries of a manifest for {@code tables}. */
    public static List<RunSummary.TableFile> tableFiles(List<Table> tables) {
        return tables.stream()
                .map(t -> new RunSummary.TableFile(t.name(), t.name() + ".csv", t.rows().size(), t.totalRows()))
                .toList();
    }
}
