package org.narrativelens.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.narrativelens.config.Analysis;
import org.narrativelens.topics.TopicAlignment;

/**
 * This run against an earlier one ({@code --compare-to}), read from the earlier run's folder (its
 * {@code run.json} and CSV files, so any earlier run compares, on any machine): the parameters that differ,
 * the terms entering and leaving the top list, the change in the windows of each actor pair, and the topics
 * of the two runs aligned by the overlap of their top terms. Each is a {@link Table} named
 * {@code compare_*}, written as CSV and shown on the report's comparison page.
 */
public final class RunComparison {

    /** Where a run went and how it used the cache: they change no result, so they are not compared. */
    static final Set<String> NOT_COMPARED = Set.of("run-name", "out", "compare-to", "cache", "no-cache", "rebuild", "cache-limit");
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private final Path earlier;
    private final String earlierName;

    private RunComparison(Path earlier) {
        this.earlier = earlier;
        this.earlierName = earlier.getFileName().toString();
    }

    /**
     * The earlier run {@code run} names: a run folder (with a {@code run.json}) as a path, or the name of a
     * run in {@code outDir}. Fails with a message naming both places when neither holds a run.
     */
    public static RunComparison of(Path outDir, String run) {
        for (Path candidate : List.of(Path.of(run), outDir.resolve(run))) {
            if (Files.isRegularFile(candidate.resolve("run.json"))) {
                return new RunComparison(candidate.toAbsolutePath().normalize());
            }
        }
        throw new IllegalArgumentException("'" + run + "' is no earlier run: neither " + Path.of(run).toAbsolutePath()
                + " nor " + outDir.resolve(run).toAbsolutePath() + " holds a run.json; name a run folder or a run in --out");
    }

    /** The earlier run's folder. */
    public Path folder() {
        return earlier;
    }

    /**
     * The comparison tables of this run's {@code tables} and {@code parameters} against the earlier run. A table
     * that either run did not compute (left out by its --analyses, or not written) is compared with nothing: its
     * comparison has no rows and says which run lacks it.
     */
    public List<Table> compare(List<Table> tables, Map<String, Object> parameters) throws IOException {
        Map<String, Table> now = new HashMap<>();
        tables.forEach(t -> now.put(t.name(), t));
        JsonNode before = new ObjectMapper().readTree(earlier.resolve("run.json").toFile()).path("parameters");
        RunAnalyses thisRun = RunAnalyses.of("this run", parameters.get("analyses"), now::containsKey);
        RunAnalyses earlierRun = RunAnalyses.of("run " + earlierName, before.hasNonNull("analyses") ? before.get("analyses").asText() : null,
                name -> Files.isRegularFile(csv(name)));
        List<Table> comparison = new ArrayList<>();
        comparison.add(parameters(parameters, before));
        for (Compared compared : List.of(
                new Compared("terms", Analysis.TERMS, "top terms", this::terms),
                new Compared("cooccurrence", Analysis.ACTORS, "actor pairs", this::pairs),
                new Compared("topic_overview", Analysis.TOPICS, "topics", this::topics))) {
            comparison.add(compare(compared, now.get(compared.table()), thisRun, earlierRun));
        }
        return comparison;
    }

    /** How the rows of a table in the earlier run and in this one (as the CSVs hold them) become a comparison. */
    @FunctionalInterface
    private interface Comparing {
        Table of(List<Map<String, String>> earlierRows, List<Map<String, String>> nowRows);
    }

    /** One table compared: its name, the analysis making it, what it holds in words, and how it is compared. */
    private record Compared(String table, Analysis analysis, String what, Comparing comparing) {
    }

    /** The comparison of {@code current} with the earlier run's table; without rows when either run lacks the table. */
    private Table compare(Compared compared, Table current, RunAnalyses thisRun, RunAnalyses earlierRun) throws IOException {
        String missing = thisRun.missing(compared.analysis(), compared.table());
        if (missing == null) {
            missing = earlierRun.missing(compared.analysis(), compared.table());
        }
        if (missing == null) {
            return compared.comparing().of(read(compared.table()), rows(current));
        }
        // Comparing a table with one that was never made would list every row as new or gone.
        Table empty = compared.comparing().of(List.of(), List.of());
        String what = compared.what();
        return new Table(empty.name(), Character.toUpperCase(what.charAt(0)) + what.substring(1) + ": not compared",
                "Not compared: " + what + " were " + missing + ".", empty.columns(),
                List.of(), 0, empty.charts(), empty.anchorColumns(), false);
    }

    private Table parameters(Map<String, Object> parameters, JsonNode before) {
        Table.Builder table = Table.builder("compare_parameters", "Parameters that differ",
                        "The parameters of this run whose values differ from those of run " + earlierName
                                + " (run name and output folder aside); a parameter the earlier run did not record shows as empty.")
                .column("parameter", "option name")
                .column("earlier", "its value in run " + earlierName)
                .column("this_run", "its value in this run");
        Set<String> names = new LinkedHashSet<>(parameters.keySet());
        before.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            if (NOT_COMPARED.contains(name)) {
                continue;
            }
            String was = before.has(name) && !before.get(name).isNull() ? before.get(name).asText() : "";
            String is = parameters.get(name) == null ? "" : String.valueOf(parameters.get(name));
            if (!was.equals(is)) {
                table.row(name, was, is);
            }
        }
        return table.build();
    }

    /** Terms entering the top list first (by rank now), then those leaving it, then those that moved most. */
    private Table terms(List<Map<String, String>> earlierRows, List<Map<String, String>> nowRows) {
        Table.Builder table = Table.builder("compare_terms", "Top terms: what changed",
                        "The top terms of this run against those of run " + earlierName
                                + ": terms entering the top list, terms leaving it, then the others by how far their rank moved.")
                .column("term", "the term")
                .column("change", "entered (in this run's top list only), left (in the earlier's only), or moved / same")
                .column("rank_earlier", "rank in run " + earlierName + " (empty: not in its top list)")
                .column("rank_now", "rank in this run")
                .column("tf_earlier", "occurrences in run " + earlierName)
                .column("tf_now", "occurrences in this run");
        Map<String, long[]> before = ranked(earlierRows, "term", "tf");
        Map<String, long[]> now = ranked(nowRows, "term", "tf");
        List<List<Object>> rows = new ArrayList<>();
        for (String term : union(now.keySet(), before.keySet())) {
            long[] b = before.get(term);
            long[] n = now.get(term);
            String change = b == null ? "entered" : n == null ? "left" : b[0] == n[0] ? "same" : "moved";
            rows.add(Arrays.asList(term, change, b == null ? null : b[0], n == null ? null : n[0], b == null ? null : b[1],
                    n == null ? null : n[1]));
        }
        List<String> order = List.of("entered", "left", "moved", "same");
        rows.sort(Comparator.comparingInt((List<Object> r) -> order.indexOf((String) r.get(1)))
                .thenComparingLong(r -> r.get(1).equals("left") ? (Long) r.get(2)
                        : r.get(1).equals("entered") ? (Long) r.get(3) : -Math.abs((Long) r.get(2) - (Long) r.get(3))));
        rows.forEach(table::row);
        return table.build();
    }

    /** Actor pairs in either run's list, the largest change in windows first. */
    private Table pairs(List<Map<String, String>> earlierRows, List<Map<String, String>> nowRows) {
        String unitBefore = windowColumn(earlierRows);
        String unitNow = Objects.requireNonNullElse(windowColumn(nowRows), "windows");
        Table.Builder table = Table.builder("compare_pairs", "Actor pairs: what changed",
                        "Pairs of actors named together in either run's list (this run's " + unitNow + ", run " + earlierName
                                + "'s " + (unitBefore == null ? "windows" : unitBefore)
                                + "), the largest change first; empty: the pair is not in that run's list (fewer windows than its last pair, or none).")
                .column("actor_a", "first actor")
                .column("actor_b", "second actor")
                .column("windows_earlier", "windows naming both in run " + earlierName)
                .column("windows_now", "windows naming both in this run")
                .column("change", "windows now minus windows earlier (a pair missing from a list counts as 0)")
                .column("npmi_earlier", "its NPMI in run " + earlierName)
                .column("npmi_now", "its NPMI in this run");
        Map<String, Map<String, String>> before = byPair(earlierRows, unitBefore);
        Map<String, Map<String, String>> now = byPair(nowRows, unitNow);
        List<List<Object>> rows = new ArrayList<>();
        for (String key : union(now.keySet(), before.keySet())) {
            Map<String, String> b = before.get(key);
            Map<String, String> n = now.get(key);
            Map<String, String> any = n != null ? n : b;
            Long wb = b == null ? null : number(b.get("windows"));
            Long wn = n == null ? null : number(n.get("windows"));
            rows.add(Arrays.asList(any.get("actor_a"), any.get("actor_b"), wb, wn, (wn == null ? 0 : wn) - (wb == null ? 0 : wb),
                    b == null ? null : decimal(b.get("npmi")), n == null ? null : decimal(n.get("npmi"))));
        }
        rows.sort(Comparator.comparingLong((List<Object> r) -> -Math.abs((Long) r.get(4)))
                .thenComparing(r -> (String) r.get(0)).thenComparing(r -> (String) r.get(1)));
        rows.forEach(table::row);
        return table.build();
    }

    /**
     * The topics of this run, each with the earlier run's topic that shares most of its top terms (Jaccard of the
     * two sets of top terms), matched one to one so that the total similarity is the largest (Hungarian algorithm, {@link TopicAlignment}), the
     * closest pairs first; a topic left without a partner
     * (the runs have different numbers of topics, or nothing is shared) is listed alone.
     */
    private Table topics(List<Map<String, String>> before, List<Map<String, String>> now) {
        Table.Builder table = Table.builder("compare_topics", "Topics aligned",
                        "This run's topics matched one to one with run " + earlierName
                                + "'s by the overlap of their top terms (Jaccard of the two lists), so that the total overlap is the largest"
                                + " (Hungarian matching), the closest first.")
                .column("topic_now", "topic number in this run")
                .column("label_now", "its label")
                .column("topic_earlier", "the matched topic in run " + earlierName)
                .column("label_earlier", "its label")
                .column("jaccard", "shared top terms / top terms of either (0 to 1)")
                .column("shared_terms", "the top terms the two topics share");
        List<TopicAlignment.Pair> pairs = new ArrayList<>(TopicAlignment.align(now.stream().map(r -> termList(r.get("top_terms"))).toList(),
                before.stream().map(r -> termList(r.get("top_terms"))).toList()));
        pairs.sort(Comparator.comparingDouble(TopicAlignment.Pair::similarity).reversed().thenComparingInt(TopicAlignment.Pair::a));
        Set<Integer> usedNow = new HashSet<>();
        Set<Integer> usedBefore = new HashSet<>();
        for (TopicAlignment.Pair c : pairs) {
            usedNow.add(c.a());
            usedBefore.add(c.b());
            table.row(number(now.get(c.a()).get("topic")), now.get(c.a()).get("label"), number(before.get(c.b()).get("topic")),
                    before.get(c.b()).get("label"), Math.round(c.similarity() * 1000) / 1000.0, String.join(", ", c.shared()));
        }
        for (int i = 0; i < now.size(); i++) {
            if (!usedNow.contains(i)) {
                table.row(number(now.get(i).get("topic")), now.get(i).get("label"), null, null, 0.0, "");
            }
        }
        for (int j = 0; j < before.size(); j++) {
            if (!usedBefore.contains(j)) {
                table.row(null, null, number(before.get(j).get("topic")), before.get(j).get("label"), 0.0, "");
            }
        }
        return table.build();
    }

    private static List<String> termList(String topTerms) {
        return List.copyOf(termSet(topTerms));
    }

    private static Set<String> termSet(String topTerms) {
        Set<String> terms = new LinkedHashSet<>();
        for (String t : (topTerms == null ? "" : topTerms).split(",")) {
            if (!t.isBlank()) {
                terms.add(t.strip());
            }
        }
        return terms;
    }

    /** The name of the windows column of a co-occurrence table (sentences or documents): the third. */
    private String windowColumn(List<Map<String, String>> rows) {
        return rows.isEmpty() ? null : new ArrayList<>(rows.get(0).keySet()).get(2);
    }

    private static Map<String, Map<String, String>> byPair(List<Map<String, String>> rows, String windows) {
        Map<String, Map<String, String>> pairs = new LinkedHashMap<>();
        for (Map<String, String> r : rows) {
            String a = r.get("actor_a");
            String b = r.get("actor_b");
            Map<String, String> pair = new HashMap<>(r);
            // The same pair in either order is one pair.
            if (a.compareTo(b) > 0) {
                pair.put("actor_a", b);
                pair.put("actor_b", a);
            }
            pair.put("windows", windows == null ? null : r.get(windows));
            pairs.putIfAbsent(pair.get("actor_a") + "\t" + pair.get("actor_b"), pair);
        }
        return pairs;
    }

    /** Rank (from 1, in the file's order) and count of each value of {@code key}. */
    private static Map<String, long[]> ranked(List<Map<String, String>> rows, String key, String count) {
        Map<String, long[]> ranked = new LinkedHashMap<>();
        for (Map<String, String> r : rows) {
            ranked.putIfAbsent(r.get(key), new long[] {ranked.size() + 1, Objects.requireNonNullElse(number(r.get(count)), 0L)});
        }
        return ranked;
    }

    private static List<String> union(Set<String> first, Set<String> second) {
        Set<String> all = new LinkedHashSet<>(first);
        all.addAll(second);
        return new ArrayList<>(all);
    }

    /** The rows of this run's table as the CSV would hold them; none for a null table. */
    private static List<Map<String, String>> rows(Table table) {
        List<Map<String, String>> rows = new ArrayList<>();
        if (table == null) {
            return rows;
        }
        for (List<Object> row : table.rows()) {
            Map<String, String> r = new LinkedHashMap<>();
            for (int i = 0; i < row.size(); i++) {
                r.put(table.columns().get(i).name(), CellFormat.format(row.get(i)));
            }
            rows.add(r);
        }
        return rows;
    }

    /** The rows of the earlier run's {@code name}.csv (none when the run did not write it), cells as written. */
    private List<Map<String, String>> read(String name) throws IOException {
        Path file = csv(name);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSV.parse(in)) {
                Map<String, String> r = new LinkedHashMap<>();
                record.toMap().forEach((k, v) -> r.put(k, CsvTableWriter.restore(v)));
                // toMap does not keep the column order; the header does.
                Map<String, String> ordered = new LinkedHashMap<>();
                record.getParser().getHeaderNames().forEach(h -> ordered.put(h, r.get(h)));
                rows.add(ordered);
            }
        }
        return rows;
    }

    /** The earlier run's CSV file of table {@code name}. */
    private Path csv(String name) {
        return earlier.resolve(name + ".csv");
    }

    private static Long number(String cell) {
        try {
            return cell == null || cell.isEmpty() ? null : Long.parseLong(cell);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double decimal(String cell) {
        try {
            return cell == null || cell.isEmpty() ? null : Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
