package org.narrativelens.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The run at a glance, from the tables the run already has and its {@link CorpusProfile}: the corpus (documents,
 * dates, sources, counted over the whole corpus however few documents the tables list), what
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
    static final int TOPIC_TERMS = 6;

    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final CorpusProfile profile;
    private final long analysed;
    private final Network network;
    private final LinkResolver links;

    /** The overview of a run with {@code tables}, whose corpus has {@code profile} and {@code analysed} documents. */
    OverviewView(List<Table> tables, CorpusProfile profile, long analysed, Network network, LinkResolver links) {
        tables.forEach(t -> this.tables.put(t.name(), t));
        this.profile = java.util.Objects.requireNonNull(profile, "profile");
        this.analysed = analysed;
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
        context.put("headline", headline());
        Table trend = tables.get("term_trends");
        context.put("trend", trend == null || trend.chart() == null || trend.rows().isEmpty() ? null
                : Map.of("title", trend.title(), "href", links.href("term_trends", ""), "chart", LineChartView.of(trend, trend.chart())));
        return context;
    }

    /** What each analysis of --analyses brings to the overview, in the option's order. */
    private static final Map<String, String> ANALYSES = analyses();

    private static Map<String, String> analyses() {
        Map<String, String> analyses = new LinkedHashMap<>();
        analyses.put("terms", "top terms and their trends");
        analyses.put("topics", "topics");
        analyses.put("actors", "actors, their pairs and network");
        analyses.put("unknown-actors", "names the actor dictionary misses");
        analyses.put("attribution", "who speaks of whom");
        return analyses;
    }

    /**
     * What the overview lacks because {@code analyses} (the run's --analyses: "all", or names joined by commas; null
     * for a run before the option) left it out, e.g. ["actors, their pairs and network"]; empty when all were made.
     */
    static List<String> notMade(Object analyses) {
        if (analyses == null || "all".equals(String.valueOf(analyses).strip())) {
            return List.of();
        }
        List<String> made = java.util.Arrays.stream(String.valueOf(analyses).split(",")).map(String::strip).toList();
        return ANALYSES.entrySet().stream().filter(e -> !made.contains(e.getKey())).map(Map.Entry::getValue).toList();
    }

    /**
     * The story in a few sentences, from the first rows of the tables the run has: who is named most, which pair is
     * named together most, the leading phrases, and the most frequent accusations. Empty when the run has none of them.
     */
    private List<String> headline() {
        List<String> lines = new ArrayList<>();
        Table actors = tables.get("actors");
        if (actors != null && !actors.rows().isEmpty() && column(actors, "actor") >= 0 && column(actors, "mentions") >= 0) {
            int label = column(actors, "actor");
            int mentions = column(actors, "mentions");
            List<String> named = new ArrayList<>();
            for (List<Object> r : actors.rows().subList(0, Math.min(3, actors.rows().size()))) {
                named.add(CellFormat.format(r.get(label)) + " (" + CellFormat.format(r.get(mentions)) + (named.isEmpty() ? " mentions)" : ")"));
            }
            lines.add("Named most: " + String.join(", ", named) + ".");
        }
        Table pairs = tables.get("cooccurrence");
        if (pairs != null && !pairs.rows().isEmpty() && column(pairs, "actor_a") >= 0 && column(pairs, "actor_b") >= 0) {
            List<Object> r = pairs.rows().get(0);
            lines.add("Named together most: " + CellFormat.format(r.get(column(pairs, "actor_a"))) + " and "
                    + CellFormat.format(r.get(column(pairs, "actor_b"))) + " (" + CellFormat.format(r.get(2)) + " "
                    + pairs.columns().get(2).name() + ").");
        }
        Table phrases = tables.get("phrases");
        if (phrases != null && !phrases.rows().isEmpty() && column(phrases, "phrase") >= 0) {
            int phrase = column(phrases, "phrase");
            lines.add("Leading phrases: " + String.join(", ", phrases.rows().subList(0, Math.min(4, phrases.rows().size())).stream()
                    .map(r -> "\u201c" + CellFormat.format(r.get(phrase)) + "\u201d").toList()) + ".");
        }
        Table edges = tables.get("statement_edges");
        if (edges != null && column(edges, "accuse") >= 0 && column(edges, "speaker") >= 0 && column(edges, "target") >= 0) {
            int accuse = column(edges, "accuse");
            List<String> accusations = edges.rows().stream().filter(r -> number(r.get(accuse)) > 0)
                    .sorted(Comparator.comparingLong((List<Object> r) -> number(r.get(accuse))).reversed())
                    .limit(3)
                    .map(r -> CellFormat.format(r.get(column(edges, "speaker"))) + " accuses " + CellFormat.format(r.get(column(edges, "target")))
                            + " (" + number(r.get(accuse)) + (number(r.get(accuse)) == 1 ? " statement)" : " statements)"))
                    .toList();
            if (!accusations.isEmpty()) {
                lines.add("Most frequent accusations: " + String.join("; ", accusations) + ".");
            }
        }
        return lines;
    }

    /** Dates and sources of the whole corpus, in words. */
    private Map<String, Object> corpus() {
        Map<String, Object> corpus = new HashMap<>();
        corpus.put("sourceCount", profile.sources());
        corpus.put("dates", CorpusWording.dates(profile, analysed));
        corpus.put("sources", CorpusWording.sources(profile, SOURCES));
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
        cleaning.put("duplicateKinds", profile.duplicatesByKind());
        cleaning.put("duplicatesHref", links.href("duplicates", ""));
        return cleaning;
    }

    private Optional<Map<String, Object>> termsPanel() {
        return firstRows("terms", "Top terms", TERMS, "term", "tf", "df");
    }

    private Optional<Map<String, Object>> phrasesPanel() {
        return firstRows("phrases", "Top phrases", PHRASES, "phrase", "count", "documents");
    }

    /** Each topic with its first terms (the whole list is a click away) and the documents it dominates. */
    private Optional<Map<String, Object>> topicsPanel() {
        Table topics = tables.get("topic_overview");
        if (topics == null || topics.rows().isEmpty() || column(topics, "topic") < 0 || column(topics, "top_terms") < 0) {
            return Optional.empty();
        }
        int topic = column(topics, "topic");
        int terms = column(topics, "top_terms");
        int documents = column(topics, "documents");
        Table.Builder table = Table.builder("topic_overview", topics.title(), topics.description())
                .column(topics.columns().get(topic))
                .column("top terms", "its " + TOPIC_TERMS + " most probable terms; click for the topic");
        if (documents >= 0) {
            table.column(topics.columns().get(documents));
        }
        for (List<Object> row : topics.rows()) {
            List<String> first = java.util.Arrays.stream(CellFormat.format(row.get(terms)).split(", ")).limit(TOPIC_TERMS).toList();
            List<Object> cells = new ArrayList<>(List.of(row.get(topic), Table.Link.toRow(String.join(", ", first), "topic_overview", row.get(topic))));
            if (documents >= 0) {
                cells.add(row.get(documents));
            }
            table.row(cells);
        }
        return Optional.of(panel("Topics", "topic_overview", table.build(), "documents: those whose largest share is the topic."));
    }

    /** Who says most about whom, with the claim that shows it; the statements themselves are a click away. */
    private Optional<Map<String, Object>> statementsPanel() {
        Table edges = tables.get("statement_edges");
        if (edges != null && !edges.rows().isEmpty()) {
            return Optional.of(panel("Who speaks of whom", edges.name(), subset(edges, STATEMENTS,
                    "speaker", "target", "statements", "accuse"), "statements: the speaker's statements naming the target; accuse: those"
                    + " that accuse it. Click a count for the quotes."));
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
                .barColumn("shared", unit() + " it shares with them")
                .column("mentions", "times named");
        network.nodes().stream()
                .sorted(Comparator.comparingLong((Network.Node n) -> degree.getOrDefault(n.id(), new long[2])[1]).reversed()
                        .thenComparing(Network.Node::label))
                .limit(ACTORS)
                .forEach(n -> table.row(links.actor(n.label(), n.id()), degree.get(n.id())[0],
                        degree.get(n.id())[1], n.mentions()));
        return Optional.of(panel("Most central actors", "actors", table.build(), "partners: the actors it is named with among the"
                + " strongest pairs; shared: the " + unit() + " it shares with them; mentions: times named. Click a name for its page."));
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
        return Optional.of(panel("Strongest pairs", "cooccurrence", table.build(), npmi < 0 ? null : "npmi: how much more often"
                + " than chance the two are named together, -1 to 1 (above 0: more). Click a pair for its sentences."));
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
                subset.column(TableView.forReaders(table.columns().get(i)));
            }
        }
        for (List<Object> row : table.rows().subList(0, Math.min(limit, table.rows().size()))) {
            subset.row(indexes.stream().map(row::get).toList());
        }
        return subset.build();
    }

    private Map<String, Object> panel(String title, String tableName, Table rows) {
        return panel(title, tableName, rows, null);
    }

    /** A panel with {@code note} (may be null) under its rows, saying what its columns mean. */
    private Map<String, Object> panel(String title, String tableName, Table rows, String note) {
        Map<String, Object> panel = new HashMap<>();
        panel.put("note", note);
        panel.put("title", title);
        panel.put("href", links.href(tableName, ""));
        panel.put("table", TableView.of(rows, links, ""));
        return panel;
    }

    /** The co-occurrence window's plural as the pairs table names its count column ("sentences"), or "windows". */
    private String unit() {
        Table pairs = tables.get("cooccurrence");
        return pairs == null || pairs.columns().size() < 3 ? "windows" : pairs.columns().get(2).name();
    }

    private static int column(Table table, String name) {
        return table.columnNames().indexOf(name);
    }

    private static long number(Object cell) {
        return Table.Link.unwrap(cell) instanceof Number n ? n.longValue() : 0;
    }
}
