package org.narrativelens.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes {@code <out>/index.html}: every run in the folder side by side (name, start, input, documents,
 * duration) with the parameters that differ between runs, so reruns with other parameters can be
 * compared. Rebuilt from the runs' {@code run.json} after each run. A file of that name that this job
 * did not write is left alone.
 */
public final class RunsIndexWriter {

    /** Marks an index this job wrote, and so may replace. */
    static final String MARKER = "<meta name=\"generator\" content=\"narrative-lens runs index\">";
    /** Shown for a parameter a run's version of the job did not have. */
    static final String NOT_RECORDED = "(not recorded)";
    private static final String TEMPLATE = "templates/runs.peb";

    private final ObjectMapper json = new ObjectMapper();
    private final PebbleTemplate template = HtmlTemplates.load(TEMPLATE);

    /** Rewrites the index of {@code outDir}; returns false when a foreign index.html is in the way. */
    public boolean update(Path outDir) throws IOException {
        Path index = outDir.resolve("index.html");
        if (Files.exists(index) && !Files.readString(index, StandardCharsets.UTF_8).contains(MARKER)) {
            return false;
        }
        List<Map<String, Object>> runs = readRuns(outDir);
        Path staging = Files.createTempFile(outDir, ".index-", ".html");
        try (Writer out = Files.newBufferedWriter(staging, StandardCharsets.UTF_8)) {
            write(runs, out);
        }
        Files.move(staging, index, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return true;
    }

    /** Renders the index of {@code runs} (as read by {@link #readRuns}). */
    void write(List<Map<String, Object>> runs, Writer out) throws IOException {
        Map<String, Object> context = new HashMap<>();
        context.put("marker", MARKER);
        context.put("runs", runs);
        context.put("differing", differingParameters(runs));
        template.evaluate(out, context);
        out.flush();
    }

    /** Every complete run below {@code outDir} (a folder with a run.json), newest first. */
    List<Map<String, Object>> readRuns(Path outDir) throws IOException {
        List<Map<String, Object>> runs = new ArrayList<>();
        try (Stream<Path> folders = Files.list(outDir)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                Path manifest = folder.resolve("run.json");
                if (folder.getFileName().toString().startsWith(".") || !Files.isRegularFile(manifest)) {
                    continue;
                }
                JsonNode run = json.readTree(manifest.toFile());
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("name", folder.getFileName().toString());
                row.put("started", run.path("started").asText(""));
                row.put("input", run.path("input").asText(""));
                row.put("read", run.path("documents").path("read").asLong());
                row.put("analysed", run.path("documents").path("analysed").asLong());
                row.put("duplicates", run.path("documents").path("duplicates").asLong());
                row.put("rejected", run.path("documents").path("rejected").asLong());
                row.put("seconds", run.path("durationMillis").asLong() / 1000.0);
                Map<String, String> parameters = new LinkedHashMap<>();
                run.path("parameters").fields().forEachRemaining(e -> parameters.put(e.getKey(), e.getValue().asText("")));
                row.put("parameters", parameters);
                String compared = parameters.getOrDefault("compare-to", "");
                row.put("comparedWith", !compared.isEmpty() && Files.isRegularFile(folder.resolve("compare.html")) ? compared : null);
                runs.add(row);
            }
        }
        runs.sort(Comparator.comparing((Map<String, Object> r) -> (String) r.get("started")).reversed());
        fillUnrecorded(runs);
        return runs;
    }

    /** A run made by an older version lacks the newer parameters: they show as not recorded. */
    @SuppressWarnings("unchecked")
    private static void fillUnrecorded(List<Map<String, Object>> runs) {
        Set<String> names = new LinkedHashSet<>();
        runs.forEach(r -> names.addAll(((Map<String, String>) r.get("parameters")).keySet()));
        for (Map<String, Object> run : runs) {
            Map<String, String> parameters = (Map<String, String>) run.get("parameters");
            names.forEach(name -> parameters.putIfAbsent(name, NOT_RECORDED));
        }
    }

    /** The parameters whose values are not the same in every run (run-name, out and compare-to excepted). */
    @SuppressWarnings("unchecked")
    static List<String> differingParameters(List<Map<String, Object>> runs) {
        Set<String> names = new LinkedHashSet<>();
        runs.forEach(r -> names.addAll(((Map<String, String>) r.get("parameters")).keySet()));
        names.removeAll(RunComparison.NOT_COMPARED);
        List<String> differing = new ArrayList<>();
        for (String name : names) {
            if (runs.stream().map(r -> ((Map<String, String>) r.get("parameters")).get(name)).distinct().count() > 1) {
                differing.add(name);
            }
        }
        return differing;
    }
}
