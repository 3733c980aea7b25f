package org.narrativelens.report;

import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes the run's HTML report, one page per part (Pebble templates, auto-escaped): {@code index.html}, the
 * run at a glance; a page per section (terms, topics, actors, corpus, and any other tables), every table
 * sortable and filterable; a page per document under {@code docs/}; and a profile page per most named actor
 * under {@code actors/} ({@link ActorPages}). Tables are placed by their name
 * ({@link ReportSections}), so a new table appears without a template change. Nothing is loaded from
 * anywhere: a Content-Security-Policy allows the pages' one script by its hash and nothing remote.
 */
public final class HtmlReportWriter {

    /** Actors on the axes of the heatmap of pairs on the actors page, and on the overview (smaller, beside the rest). */
    static final int HEATMAP_ACTORS = 15;
    static final int OVERVIEW_HEATMAP_ACTORS = 10;

    private final PebbleTemplate overview = HtmlTemplates.load("templates/overview.peb");
    private final PebbleTemplate section = HtmlTemplates.load("templates/section.peb");
    private final PebbleTemplate document = HtmlTemplates.load("templates/document.peb");
    private final PebbleTemplate actor = HtmlTemplates.load("templates/actor.peb");

    /**
     * Writes every page into {@code sink}. {@code network} (may be null) and its figure {@code networkSvg}
     * are shown on the overview and beside the actor pairs; {@code documents} get a page each.
     */
    public void write(RunSummary summary, List<Table> tables, Network network, String networkSvg,
                      List<DocumentText> documents, PageSink sink) throws IOException {
        java.util.Set<String> actorIds = ActorPages.ids(tables);
        LinkResolver links = new LinkResolver(tables, documents.stream().map(DocumentText::docId).collect(Collectors.toSet()), actorIds);
        Map<ReportSections.Section, List<Table>> bySection = new LinkedHashMap<>();
        ReportSections.ALL.forEach(s -> bySection.put(s, new ArrayList<>()));
        tables.forEach(t -> bySection.get(ReportSections.of(t.name())).add(t));
        bySection.values().removeIf(List::isEmpty);
        List<Map<String, Object>> pages = new ArrayList<>();
        pages.add(Map.of("file", "index.html", "title", "Overview"));
        bySection.keySet().forEach(s -> pages.add(Map.of("file", s.file(), "title", s.title())));
        // Inline SVG, each edge a link to the pair's evidence sentences: every label and address in it is
        // escaped by NetworkFigure, and SVG without script elements runs nothing.
        String networkFigure = network == null || networkSvg == null ? null : new NetworkFigure().svg(network, e -> links.href(
                Table.Link.toRow(e.windows(), "actor_evidence", label(network, e.source()), label(network, e.target())).target(), ""),
                id -> links.href(Table.Link.toActor(id, id).target(), ""));
        String statementFigure = statementFigure(tables, links);
        Table matrix = tables.stream().filter(t -> t.name().equals(HeatmapFigure.TABLE)).findFirst().orElse(null);
        String heatmap = heatmap(matrix, HEATMAP_ACTORS, links);

        Map<String, Object> context = common(summary, pages, "index.html", "");
        context.put("networkFigure", networkFigure);
        context.put("heatmap", heatmap(matrix, OVERVIEW_HEATMAP_ACTORS, links));
        context.put("heatmapActors", OVERVIEW_HEATMAP_ACTORS);
        context.put("heatmapUnit", matrix == null ? "" : matrix.columns().get(4).name());
        context.putAll(new OverviewView(tables, summary.corpus(), summary.documents().analysed(), network, links).context());
        context.put("notMade", OverviewView.notMade(summary.parameters().get("analyses")));
        context.put("analyses", String.valueOf(summary.parameters().get("analyses")));
        context.put("contents", contents(bySection, links));
        evaluate(overview, context, sink, "index.html");

        for (Map.Entry<ReportSections.Section, List<Table>> e : bySection.entrySet()) {
            Map<String, Object> page = common(summary, pages, e.getKey().file(), "");
            page.put("section", e.getKey());
            page.put("networkFigure", e.getKey() == ReportSections.ACTORS ? networkFigure : null);
            page.put("statementFigure", e.getKey() == ReportSections.ACTORS ? statementFigure : null);
            page.put("heatmap", e.getKey() == ReportSections.ACTORS ? heatmap : null);
            page.put("heatmapUnit", matrix == null ? "" : matrix.columns().get(4).name());
            page.put("tables", e.getValue().stream().map(t -> TableView.of(t, links, "")).toList());
            evaluate(section, page, sink, e.getKey().file());
        }

        DocumentPageView pagesOfDocuments = new DocumentPageView(tables, links);
        for (int i = 0; i < documents.size(); i++) {
            DocumentText doc = documents.get(i);
            Map<String, Object> page = common(summary, pages, "", "../");
            page.putAll(pagesOfDocuments.context(doc, i > 0 ? documents.get(i - 1) : null,
                    i + 1 < documents.size() ? documents.get(i + 1) : null));
            page.put("documentsHref", links.href("documents", "../"));
            evaluate(document, page, sink, DocumentPages.file(doc.docId()));
        }

        ActorPageView profiles = new ActorPageView(tables, links);
        for (String actorId : actorIds) {
            Map<String, Object> page = common(summary, pages, "", "../");
            page.putAll(profiles.context(actorId));
            evaluate(actor, page, sink, ActorPages.file(actorId));
        }
    }

    /**
     * The figure of who speaks of whom ({@link StatementFigure}) from the statement_edges table, each arrow a link
     * to its statements and each actor to its page; null without statements.
     */
    private static String statementFigure(List<Table> tables, LinkResolver links) {
        Map<String, String> types = new HashMap<>();
        Table edges = null;
        for (Table t : tables) {
            List<String> names = t.columnNames();
            // Types from the actors table (the most named) and the network's nodes (those in the strongest pairs).
            String id = t.name().equals("actors") ? "actor_id" : t.name().equals("nodes") ? "id" : null;
            if (id != null && names.contains(id) && names.contains("type")) {
                t.rows().forEach(r -> types.putIfAbsent(CellFormat.format(r.get(names.indexOf(id))), CellFormat.format(r.get(names.indexOf("type")))));
            } else if (t.name().equals(StatementNetworkFiles.TABLE)) {
                edges = t;
            }
        }
        if (edges == null || edges.rows().isEmpty()) {
            return null;
        }
        return StatementFigure.svg(edges, types,
                (speaker, target) -> links.href(Table.Link.toRow(speaker, "statement_evidence", speaker, target).target(), ""),
                id -> links.href(Table.Link.toActor(id, id).target(), ""));
    }

    /**
     * The heatmap of pairs ({@link HeatmapFigure}) of the first {@code actors} actors of the actor_matrix table, each
     * cell a link to its pair's sentences and each name to the actor's page; null without the table or a pair.
     */
    private static String heatmap(Table matrix, int actors, LinkResolver links) {
        return matrix == null ? null : HeatmapFigure.svg(matrix, actors, target -> links.href(target, ""),
                id -> links.href(Table.Link.toActor(id, id).target(), ""));
    }

    private static String label(Network network, String id) {
        return network.nodes().stream().filter(n -> n.id().equals(id)).map(Network.Node::label).findFirst().orElse(id);
    }

    private static Map<String, Object> common(RunSummary summary, List<Map<String, Object>> pages, String current, String root) {
        Map<String, Object> context = new HashMap<>();
        context.put("run", summary);
        context.put("pages", pages);
        context.put("current", current);
        context.put("root", root);
        context.put("policy", ReportScript.policy());
        context.put("script", ReportScript.text());
        return context;
    }

    /** Every table of the run by section, with its size and link: the overview's table of contents. */
    private static List<Map<String, Object>> contents(Map<ReportSections.Section, List<Table>> bySection, LinkResolver links) {
        List<Map<String, Object>> contents = new ArrayList<>();
        bySection.forEach((s, list) -> contents.add(Map.of("section", s, "tables", list.stream()
                .map(t -> Map.<String, Object>of("title", t.title(), "href", links.href(t.name(), ""), "rows", t.totalRows()))
                .toList())));
        return contents;
    }

    private static void evaluate(PebbleTemplate template, Map<String, Object> context, PageSink sink, String path) throws IOException {
        try (Writer out = sink.open(path)) {
            template.evaluate(out, context);
        }
    }
}
