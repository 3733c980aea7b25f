package org.narrativelens.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The run at a glance, from the tables the run already has: the corpus (documents, dates, sources), what
 * cleaning and duplicate detection took out, and the headline findings (top terms and phrases, topics,
 * the most central actors, the strongest pairs), each a few rows linking to the table and evidence behind
 * it. A table the run lacks (no phrases, no topic model) leaves its panel out.
 */
final class OverviewView {

    static final int TERMS = 10;
    static final int PHRASES = 8;
    static final int ACTORS = 8;
    static final int PAIRS = 6;
    static final int SOURCES = 6;
    static final int STATEMENTS = 5;

    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final Network network;
    private final LinkResolver links;

    OverviewView(List<Table> tables, Network network, LinkResolver links) {
        tables.forEach(t -> this.tables.put(t.name(), t));
        this.network = network;
        this.links = links;
    }

    /** The overview's part of the page context. */
    Map<String, Object> context() {
        Map<String, Object> context = new HashMap<>();
        context.put("corpus", corpus());
        context.put("cleaning", cleaning());
        List<Map<String, Object>> panels = new ArrayList<>();
        termsPanel().ifPresent(panels::add);
        phrasesPanel().ifPresent(panels::add);
        topicsPanel().ifPresent(panels::add);
        actorsPanel().ifPresent(panels::add);
        pairsPanel().ifPresent(panels::add);
        statementsPanel().ifPresent(panels::add);
        context.put("panels", panels);
        Table trend = tables.get("term_trends");
        context.put("trend", trend == null || trend.chart() == null || trend.rows().isEmpty() ? null
                : Map.of("title", trend.title(), "href", links.href("term_trends", ""), "chart", LineChartView.of(trend, trend.chart())));
        return context;
    }

    /** Dates and sources of the documents listed in the documents table (the first ones, on a large corpus). */
    private Map<String, Object> corpus() {
        Map<String, Object> corpus = new HashMap<>();
        Table documents = tables.get("documents");
        List<Map<String, Object>> sources = new ArrayList<>();
        corpus.put("sources", sources);
        corpus.put("sourceCount", 0);
        corpus.put("dates", null);
        corpus.put("partial", documents != null && documents.truncated());
        corpus.put("listed", documents == null ? 0 : documents.rows().size());
        if (documents == null) {
            return corpus;
        }
        int source = column(documents, "source");
        int published = column(documents, "published");
        int status = column(documents, "status");
        Map<String, Long> bySource = new TreeMap<>();
        String first = null;
        String last = null;
        long dated = 0;
        for (List<Object> row : documents.rows()) {
            if (status >= 0 && !"analysed".equals(CellFormat.format(row.get(status)))) {
                continue;
            }
            if (source >= 0) {
                String s = CellFormat.format(row.get(source));
                bySource.merge(s.isEmpty() ? "(no source)" : s, 1L, Long::sum);
            }
            String date = published < 0 ? "" : CellFormat.format(row.get(published));
            if (!date.isEmpty()) {
                dated++;
                first = first == null || date.compareTo(first) < 0 ? date : first;
                last = last == null || date.compareTo(last) > 0 ? date : last;
            }
        }
        bySource.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(SOURCES)
                .forEach(e -> sources.add(Map.of("name", e.getKey(), "documents", e.getValue())));
        corpus.put("sourceCount", bySource.size());
        corpus.put("dates", first == null ? null : first.equals(last) ? first : first + " to " + last);
        corpus.put("dated", dated);
        return corpus;
    }

    /** Lines and characters removed, and the rules that removed most. */
    private Map<String, Object> cleaning() {
        Table rules = tables.get("cleaning_rules");
        Map<String, Object> cleaning = new HashMap<>();
        List<Map<String, Object>> top = new ArrayList<>();
        long lines = 0;
        long characters = 0;
        if (rules != null && column(rules, "rule") >= 0 && column(rules, "lines") >= 0) {
            int rule = column(rules, "rule");
            int lineColumn = column(rules, "lines");
            int charColumn = column(rules, "characters");
            List<List<Object>> sorted = new ArrayList<>(rules.rows());
            sorted.sort(Comparator.comparingLong((List<Object> r) -> number(r.get(lineColumn))).reversed());
            for (List<Object> r : sorted) {
                lines += number(r.get(lineColumn));
                characters += charColumn < 0 ? 0 : number(r.get(charColumn));
                if (top.size() < 4 && number(r.get(lineColumn)) > 0) {
                    top.add(Map.of("rule", CellFormat.format(r.get(rule)), "lines", number(r.get(lineColumn))));
                }
            }
        }
        cleaning.put("lines", lines);
        cleaning.put("characters", characters);
        cleaning.put("rules", top);
        cleaning.put("href", links.href("cleaning_rules", ""));
        Table duplicates = tables.get("duplicates");
        Map<String, Long> kinds = new TreeMap<>();
        if (duplicates != null && column(duplicates, "kind") >= 0) {
            int kind = column(duplicates, "kind");
            duplicates.rows().forEach(r -> kinds.merge(CellFormat.format(r.get(kind)), 1L, Long::sum));
        }
        cleaning.put("duplicateKinds", kinds);
        cleaning.put("duplicatesHref", links.href("duplicates", ""));
        return cleaning;
    }

    private Optional<Map<String, Object>> termsPanel() {
        return firstRows("terms", "Top terms", TERMS, "term", "tf", "df");
    }

    private Optional<Map<String, Object>> phrasesPanel() {
        return firstRows("phrases", "Top phrases", PHRASES, "phrase", "count", "documents");
    }

    private Optional<Map<String, Object>> topicsPanel() {
        return firstRows("topic_overview", "Topics", Integer.MAX_VALUE, "topic", "top_terms", "documents");
    }

    /** Who says most about whom, with the claim that shows it; the statements themselves are a click away. */
    private Optional<Map<String, Object>> statementsPanel() {
        Table edges = tables.get("statement_edges");
        if (edges != null && !edges.rows().isEmpty()) {
            return Optional.of(panel("Who speaks of whom", edges.name(), subset(edges, STATEMENTS,
                    "speaker", "target", "statements", "accuse")));
        }
        Table statements = tables.get("statements");
        if (statements == null || statements.rows().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(panel(statements.title(), statements.name(), subset(statements, STATEMENTS,
                "speaker", "cue", "targets", "claim")));
    }

    /**
     * The actors joined to most others in the network of the strongest pairs: weighted degree, the windows
     * an actor shares with all its partners (Freeman's degree centrality on the weighted graph).
     */
    private Optional<Map<String, Object>> actorsPanel() {
        if (network == null || network.isEmpty()) {
            return Optional.empty();
        }
        Map<String, long[]> degree = new HashMap<>();
        for (Network.Edge e : network.edges()) {
            for (String id : List.of(e.source(), e.target())) {
                long[] d = degree.computeIfAbsent(id, k -> new long[2]);
                d[0]++;
                d[1] += e.windows();
            }
        }
        Table.Builder table = Table.builder("central_actors", "Most central actors", "")
                .column("actor", "the actor")
                .column("partners", "actors it is named with, among the strongest pairs")
                .barColumn("shared", "windows it shares with them")
                .column("mentions", "times named");
        network.nodes().stream()
                .sorted(Comparator.comparingLong((Network.Node n) -> degree.getOrDefault(n.id(), new long[2])[1]).reversed()
                        .thenComparing(Network.Node::label))
                .limit(ACTORS)
                .forEach(n -> table.row(Table.Link.toRow(n.label(), "actors", n.id()), degree.get(n.id())[0],
                        degree.get(n.id())[1], n.mentions()));
        return Optional.of(panel("Most central actors", "actors", table.build()));
    }

    /** The first pairs of the co-occurrence table, each linked to its evidence sentences. */
    private Optional<Map<String, Object>> pairsPanel() {
        Table pairs = tables.get("cooccurrence");
        if (pairs == null || pairs.rows().isEmpty() || column(pairs, "actor_a") < 0 || column(pairs, "actor_b") < 0) {
            return Optional.empty();
        }
        int a = column(pairs, "actor_a");
        int b = column(pairs, "actor_b");
        int windows = 2;
        int npmi = column(pairs, "npmi");
        Table.Builder table = Table.builder("strongest_pairs", "Strongest pairs", "")
                .column("pair", "the two actors; the link shows the sentences naming both")
                .barColumn(pairs.columns().get(windows).name(), pairs.columns().get(windows).description());
        if (npmi >= 0) {
            table.column("npmi", pairs.columns().get(npmi).description());
        }
        for (List<Object> row : pairs.rows().subList(0, Math.min(PAIRS, pairs.rows().size()))) {
            Object actorA = Table.Link.unwrap(row.get(a));
            Object actorB = Table.Link.unwrap(row.get(b));
            List<Object> cells = new ArrayList<>();
            cells.add(Table.Link.toRow(actorA + " \u2013 " + actorB, "actor_evidence", actorA, actorB));
            cells.add(Table.Link.unwrap(row.get(windows)));
            if (npmi >= 0) {
                cells.add(Table.Link.unwrap(row.get(npmi)));
            }
            table.row(cells);
        }
        return Optional.of(panel("Strongest pairs", "cooccurrence", table.build()));
    }

    /** The first {@code limit} rows of a table, in the columns named (those it has). */
    private Optional<Map<String, Object>> firstRows(String name, String title, int limit, String... columns) {
        Table table = tables.get(name);
        if (table == null || table.rows().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(panel(title, name, subset(table, limit, columns)));
    }

    private static Table subset(Table table, int limit, String... columns) {
        List<Integer> indexes = new ArrayList<>();
        Table.Builder subset = Table.builder(table.name(), table.title(), table.description());
        for (String c : columns) {
            int i = column(table, c);
            if (i >= 0) {
                indexes.add(i);
                subset.column(table.columns().get(i));
            }
        }
        for (List<Object> row : table.rows().subList(0, Math.min(limit, table.rows().size()))) {
            subset.row(indexes.stream().map(row::get).toList());
        }
        return subset.build();
    }

    private Map<String, Object> panel(String title, String tableName, Table rows) {
        Map<String, Object> panel = new HashMap<>();
        panel.put("title", title);
        panel.put("href", links.href(tableName, ""));
        panel.put("table", TableView.of(rows, links, ""));
        return panel;
    }

    private static int column(Table table, String name) {
        return table.columnNames().indexOf(name);
    }

    private static long number(Object cell) {
        return Table.Link.unwrap(cell) instanceof Number n ? n.longValue() : 0;
    }
}
