package org.narrativelens.report;

import java.util.List;
import java.util.Map;

/**
 * Which page of the report shows a table: the tables are grouped into a few section pages (terms, topics,
 * actors, corpus), decided by the table's name, so that a new table finds its page without a template change;
 * a name no rule knows goes to "More tables".
 */
final class ReportSections {

    /** A section page: its file, its title in the navigation, and one line on what it holds. */
    record Section(String file, String title, String intro) {
    }

    static final Section TERMS = new Section("terms.html", "Terms",
            "The words and phrases that dominate, by source and period, and each document's distinctive terms.");
    static final Section TOPICS = new Section("topics.html", "Topics",
            "The topics of the corpus (LDA) and each document's dominant topic.");
    static final Section ACTORS = new Section("actors.html", "Actors",
            "The actors named, the pairs named together with the sentences behind them, and where each is mentioned.");
    static final Section CORPUS = new Section("corpus.html", "Corpus",
            "Every document read, the duplicates left out, and what cleaning removed.");
    static final Section COMPARISON = new Section("compare.html", "Comparison",
            "This run against an earlier one (--compare-to): terms, actor pairs and topics.");
    static final Section MORE = new Section("more.html", "More tables", "Further tables of this run.");

    /** Section pages in navigation order. */
    static final List<Section> ALL = List.of(TERMS, TOPICS, ACTORS, CORPUS, COMPARISON, MORE);

    private static final Map<String, Section> BY_NAME = Map.ofEntries(
            Map.entry("document_terms", TERMS), Map.entry("keyness", TERMS), Map.entry("kwic", TERMS),
            Map.entry("links", TERMS), Map.entry("hashtags", TERMS),
            Map.entry("document_topics", TOPICS),
            Map.entry("cooccurrence", ACTORS), Map.entry("mentions", ACTORS), Map.entry("nodes", ACTORS),
            Map.entry("edges", ACTORS), Map.entry("statements", ACTORS), Map.entry("unknown_actors", ACTORS));

    /** Name prefixes and their sections, tried in order after the names above. */
    private static final List<Map.Entry<String, Section>> BY_PREFIX = List.of(
            Map.entry("compare_", COMPARISON), Map.entry("term", TERMS), Map.entry("phrase", TERMS),
            Map.entry("topic", TOPICS), Map.entry("actor", ACTORS), Map.entry("statement", ACTORS),
            Map.entry("network", ACTORS), Map.entry("document", CORPUS), Map.entry("duplicate", CORPUS),
            Map.entry("cleaning", CORPUS), Map.entry("reject", CORPUS), Map.entry("warning", CORPUS));

    private ReportSections() {
    }

    /** The section page of the table named {@code tableName}. */
    static Section of(String tableName) {
        Section named = BY_NAME.get(tableName);
        if (named != null) {
            return named;
        }
        return BY_PREFIX.stream().filter(e -> tableName.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(MORE);
    }
}
