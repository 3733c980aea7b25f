package org.narrativelens.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The profile page of one actor, from the run's tables: what the actors table says of it, whom it speaks of
 * (statement_edges as speaker, its statements with their claims), who speaks of it (as target, with the
 * statements behind), the terms near its mentions (actor_terms), its topics (actor_topics), the actors named
 * with it (actor_partners) and the documents naming it most (actor_documents). A table the run lacks leaves its
 * part out; every row keeps its links (documents, sentences, other actors' pages, evidence).
 */
final class ActorPageView {

    /** Statements by the actor listed on its page; all are in statements.csv. */
    static final int STATEMENTS = 100;
    private static final String ROOT = "../";

    private final Map<String, Table> tables = new LinkedHashMap<>();
    private final LinkResolver links;

    ActorPageView(List<Table> tables, LinkResolver links) {
        tables.forEach(t -> this.tables.put(t.name(), t));
        this.links = links;
    }

    /** The page context of actor {@code actorId}. */
    Map<String, Object> context(String actorId) {
        Map<String, Object> context = new HashMap<>();
        Map<String, Object> facts = facts(actorId);
        context.put("actor", facts);
        List<Map<String, Object>> parts = new ArrayList<>();
        String label = (String) facts.get("label");
        Table edges = tables.get("statement_edges");
        Table said = rowsOf(tables.get("statements"), "speaker", Table.Link.toActor("", actorId).target(), STATEMENTS, "speaker");
        Table spokenOf = rowsOf(edges, "speaker_id", actorId, Integer.MAX_VALUE, "speaker_id", "speaker", "target_id", "evidence_doc", "evidence");
        Table spokenBy = rowsOf(edges, "target_id", actorId, Integer.MAX_VALUE, "speaker_id", "target_id", "target", "evidence_doc", "evidence");
        if (edges != null || tables.containsKey("statements")) {
            part(parts, "speaks-of", "Whom " + label + " speaks of", spokenOf,
                    "Actors named in the statements " + label + " makes, by cue; the count links to the statements.");
            part(parts, "statements", "What " + label + " says", said, said != null && said.truncated()
                    ? "The first " + said.rows().size() + " of " + said.totalRows() + " statements listed; all are in statements.csv."
                    : "Every statement attributed to " + label + ", with the actors its claim names.");
            part(parts, "spoken-of-by", "Who speaks of " + label, spokenBy,
                    "Speakers whose statements name " + label + ", by cue; the count links to the statements.");
            part(parts, "said-of", "What is said of " + label,
                    rowsOf(tables.get("statement_evidence"), "target_id", actorId, Integer.MAX_VALUE, "speaker_id", "target_id", "target"),
                    "The first statements of each speaker naming " + label + " (of the speakers with most statements).");
        }
        part(parts, "terms", "Terms near " + label, rowsOf(tables.get("actor_terms"), "actor_id", actorId, Integer.MAX_VALUE, "actor_id", "actor"),
                describe("actor_terms"));
        part(parts, "topics", "Topics of " + label, rowsOf(tables.get("actor_topics"), "actor_id", actorId, Integer.MAX_VALUE, "actor_id", "actor"),
                describe("actor_topics"));
        part(parts, "partners", "Named with " + label, rowsOf(tables.get("actor_partners"), "actor_id", actorId, Integer.MAX_VALUE, "actor_id", "actor"),
                describe("actor_partners"));
        part(parts, "documents", "Documents naming " + label,
                rowsOf(tables.get("actor_documents"), "actor_id", actorId, Integer.MAX_VALUE, "actor_id", "actor"), describe("actor_documents"));
        context.put("parts", parts);
        context.put("actorsHref", links.href("actors#" + Table.rowKey(List.of(actorId)), ROOT));
        context.put("summary", summary(label, spokenOf, spokenBy));
        return context;
    }

    /** The actor's row of the actors table: label, type, affiliation, mentions, documents. */
    private Map<String, Object> facts(String actorId) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("label", actorId);
        List<Map<String, Object>> rows = new ArrayList<>();
        Table actors = tables.get("actors");
        if (actors != null) {
            List<String> names = actors.columnNames();
            for (List<Object> row : actors.rows()) {
                if (actorId.equals(CellFormat.format(row.get(names.indexOf("actor_id"))))) {
                    facts.put("label", CellFormat.format(row.get(names.indexOf("actor"))));
                    for (String column : List.of("type", "affiliation", "mentions", "documents")) {
                        int i = names.indexOf(column);
                        if (i >= 0 && row.get(i) != null) {
                            rows.add(Map.of("key", column, "value", CellFormat.format(row.get(i))));
                        }
                    }
                }
            }
        }
        facts.put("rows", rows);
        return facts;
    }

    /** "Speaks of 6 actors in 20 statements; spoken of by 4 actors in 12." */
    private static String summary(String label, Table spokenOf, Table spokenBy) {
        if (spokenOf == null || spokenBy == null) {
            return null;
        }
        String speaks = spokenOf.rows().isEmpty() ? label + " is not found speaking of another actor"
                : label + " speaks of " + count(spokenOf.rows().size(), "actor") + " in " + count(statements(spokenOf), "statement");
        String spoken = spokenBy.rows().isEmpty() ? "no speaker found names it"
                : "it is spoken of by " + count(spokenBy.rows().size(), "speaker") + " in " + count(statements(spokenBy), "statement");
        return speaks + "; " + spoken + " (a statement naming several actors counts for each).";
    }

    private static long statements(Table edges) {
        int i = edges.columnNames().indexOf("statements");
        return i < 0 ? 0 : edges.rows().stream().mapToLong(r -> ((Number) Table.Link.unwrap(r.get(i))).longValue()).sum();
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private String describe(String tableName) {
        Table table = tables.get(tableName);
        return table == null ? "" : table.description();
    }

    /** A part of the page: its anchor, heading, note, rows and the CSV holding all of them; nothing when the table is missing. */
    private void part(List<Map<String, Object>> parts, String id, String title, Table rows, String note) {
        if (rows == null) {
            return;
        }
        Map<String, Object> part = new HashMap<>();
        part.put("id", id);
        part.put("title", title);
        part.put("note", note);
        part.put("csv", ROOT + rows.name() + ".csv");
        part.put("csvName", rows.name() + ".csv");
        part.put("table", rows.rows().isEmpty() ? null : TableView.of(rows, links, ROOT));
        parts.add(part);
    }

    /**
     * The first {@code limit} rows of {@code table} whose {@code column} holds {@code value} (or, for a link cell, whose
     * link target is {@code value}), without the columns {@code drop}; null when the run has no such table.
     */
    static Table rowsOf(Table table, String column, String value, int limit, String... drop) {
        if (table == null || !table.columnNames().contains(column)) {
            return null;
        }
        List<String> names = table.columnNames();
        int key = names.indexOf(column);
        Set<String> dropped = Set.of(drop);
        List<Integer> kept = new ArrayList<>();
        Table.Builder rows = Table.builder(table.name(), table.title(), table.description());
        for (int i = 0; i < names.size(); i++) {
            if (!dropped.contains(names.get(i))) {
                kept.add(i);
                rows.column(table.columns().get(i));
            }
        }
        long matching = 0;
        for (List<Object> row : table.rows()) {
            Object cell = row.get(key);
            boolean match = cell instanceof Table.Link link ? link.target().equals(value) || value.equals(CellFormat.format(cell))
                    : value.equals(CellFormat.format(cell));
            if (match && matching++ < limit) {
                rows.row(kept.stream().map(row::get).toList());
            }
        }
        return rows.totalRows(matching).build();
    }
}
