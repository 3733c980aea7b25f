package org.narrativelens.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The page of one document: its metadata, its cleaned text with the actors' mentions marked, the actors it
 * names, its dominant topic and its distinctive terms. Everything but the text comes from the run's tables
 * ({@code mentions}, {@code document_topics}, {@code document_terms}, {@code duplicates}), looked up by the
 * document's id; the text is split into segments so that the template escapes every character of it.
 */
final class DocumentPageView {

    private final Map<String, List<List<Object>>> mentions = new HashMap<>();
    private final Table mentionsTable;
    private final String lastMentionsDoc;
    private final Map<String, Table> tables = new HashMap<>();
    private final Map<String, String> actorIds = new HashMap<>();
    private final LinkResolver links;

    DocumentPageView(List<Table> tables, LinkResolver links) {
        this.links = links;
        tables.forEach(t -> this.tables.put(t.name(), t));
        this.mentionsTable = this.tables.get("mentions");
        String last = null;
        if (mentionsTable != null && column(mentionsTable, "doc_id") >= 0) {
            int doc = column(mentionsTable, "doc_id");
            for (List<Object> row : mentionsTable.rows()) {
                String id = CellFormat.format(row.get(doc));
                mentions.computeIfAbsent(id, k -> new ArrayList<>()).add(row);
                last = id;
            }
        }
        this.lastMentionsDoc = last;
        // The mentions name actors by label; their pages go by id, which the actors table gives.
        Table actorTable = this.tables.get("actors");
        if (actorTable != null && column(actorTable, "actor_id") >= 0 && column(actorTable, "actor") >= 0) {
            int id = column(actorTable, "actor_id");
            int label = column(actorTable, "actor");
            actorTable.rows().forEach(r -> actorIds.putIfAbsent(CellFormat.format(r.get(label)), CellFormat.format(r.get(id))));
        }
    }

    /** A run of text, marked as the mention of {@code actor} when that is not null. */
    record Segment(String text, String actor) {
    }

    /** One sentence: its number (from 1) and its segments. */
    record Sentence(int number, List<Segment> segments) {
    }

    /** The page context of {@code doc}, with its neighbours in the list for the previous and next links. */
    Map<String, Object> context(DocumentText doc, DocumentText previous, DocumentText next) {
        Map<String, Object> context = new HashMap<>();
        context.put("doc", doc);
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("id", doc.docId());
        meta.put("source", doc.source());
        meta.put("published", doc.published());
        meta.put("date as written", doc.dateText());
        meta.put("address", doc.url());
        meta.put("read from", doc.path());
        meta.put("status", doc.status());
        meta.values().removeIf(v -> v == null || v.isEmpty());
        context.put("meta", meta);
        context.put("paragraphs", paragraphs(doc));
        context.put("mentionsCovered", covered(doc.docId()));
        context.put("actors", actorsNamed(doc.docId()));
        context.put("topic", rowsOf("document_topics", doc.docId(), "dominant_topic", "topic_label", "weight"));
        context.put("terms", rowsOf("document_terms", doc.docId(), "rank", "term", "tf", "tfidf"));
        context.put("duplicateOf", duplicateOf(doc.docId()));
        context.put("previous", previous == null ? null : navigation(previous));
        context.put("next", next == null ? null : navigation(next));
        return context;
    }

    private Map<String, String> navigation(DocumentText doc) {
        String title = doc.title() == null || doc.title().isEmpty() ? doc.docId() : doc.title();
        return Map.of("href", "../" + DocumentPages.file(doc.docId()), "title", title);
    }

    /** The sentences, paragraph by paragraph, with each mention listed in the mentions table marked. */
    private List<List<Sentence>> paragraphs(DocumentText doc) {
        Map<Integer, List<List<Object>>> bySentence = new TreeMap<>();
        int sentence = mentionsTable == null ? -1 : column(mentionsTable, "sentence");
        for (List<Object> row : mentions.getOrDefault(doc.docId(), List.of())) {
            if (Table.Link.unwrap(row.get(sentence)) instanceof Number n) {
                bySentence.computeIfAbsent(n.intValue(), k -> new ArrayList<>()).add(row);
            }
        }
        List<List<Sentence>> paragraphs = new ArrayList<>();
        int number = 0;
        for (List<String> paragraph : doc.paragraphs()) {
            List<Sentence> sentences = new ArrayList<>();
            for (String text : paragraph) {
                number++;
                sentences.add(new Sentence(number, segments(text, bySentence.getOrDefault(number, List.of()))));
            }
            paragraphs.add(sentences);
        }
        return paragraphs;
    }

    /**
     * Splits {@code text} at the mentions whose alias is found at their offset (a mention that does not
     * match the text, or overlaps one before it, is left unmarked).
     */
    List<Segment> segments(String text, List<List<Object>> sentenceMentions) {
        int actor = column(mentionsTable, "actor");
        int matched = column(mentionsTable, "matched");
        int offset = column(mentionsTable, "offset");
        List<List<Object>> sorted = new ArrayList<>(sentenceMentions);
        sorted.sort(Comparator.comparingInt(r -> Table.Link.unwrap(r.get(offset)) instanceof Number n ? n.intValue() : -1));
        List<Segment> segments = new ArrayList<>();
        int cursor = 0;
        for (List<Object> m : sorted) {
            String alias = CellFormat.format(m.get(matched));
            if (!(Table.Link.unwrap(m.get(offset)) instanceof Number n)) {
                continue;
            }
            int at = n.intValue();
            if (alias.isEmpty() || at < cursor || at + alias.length() > text.length()
                    || !text.regionMatches(at, alias, 0, alias.length())) {
                continue;
            }
            if (at > cursor) {
                segments.add(new Segment(text.substring(cursor, at), null));
            }
            segments.add(new Segment(alias, CellFormat.format(m.get(actor))));
            cursor = at + alias.length();
        }
        if (cursor < text.length()) {
            segments.add(new Segment(text.substring(cursor), null));
        }
        return segments;
    }

    /** False when the mentions table was cut before or inside this document's mentions. */
    private boolean covered(String docId) {
        if (mentionsTable == null) {
            return false;
        }
        return !mentionsTable.truncated() || (lastMentionsDoc != null && docId.compareTo(lastMentionsDoc) < 0);
    }

    /** The actors this document names, most named first. */
    private List<Map<String, Object>> actorsNamed(String docId) {
        Map<String, Long> counts = new TreeMap<>();
        int actor = mentionsTable == null ? -1 : column(mentionsTable, "actor");
        for (List<Object> row : mentions.getOrDefault(docId, List.of())) {
            counts.merge(CellFormat.format(row.get(actor)), 1L, Long::sum);
        }
        List<Map<String, Object>> actors = new ArrayList<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> {
                    Map<String, Object> view = new HashMap<>();
                    view.put("actor", e.getKey());
                    view.put("mentions", e.getValue());
                    String id = actorIds.get(e.getKey());
                    view.put("href", id == null ? null : links.href(Table.Link.toActor(id, id).target(), "../"));
                    actors.add(view);
                });
        return actors;
    }

    /** The rows of table {@code name} about document {@code docId}, as a small table of {@code columns}. */
    private Map<String, Object> rowsOf(String name, String docId, String... columns) {
        Table table = tables.get(name);
        if (table == null || column(table, "doc_id") < 0) {
            return null;
        }
        int doc = column(table, "doc_id");
        Table.Builder subset = Table.builder(table.name(), table.title(), table.description());
        List<Integer> indexes = new ArrayList<>();
        for (String c : columns) {
            int i = column(table, c);
            if (i >= 0) {
                indexes.add(i);
                subset.column(TableView.forReaders(table.columns().get(i)));
            }
        }
        table.rows().stream().filter(r -> docId.equals(CellFormat.format(r.get(doc))))
                .forEach(r -> subset.row(indexes.stream().map(r::get).toList()));
        Table rows = subset.build();
        return rows.rows().isEmpty() ? null : TableView.of(rows, links, "../");
    }

    /** The document this one repeats, when it was found to be a duplicate. */
    private Map<String, Object> duplicateOf(String docId) {
        Table duplicates = tables.get("duplicates");
        if (duplicates == null || column(duplicates, "duplicate_id") < 0 || column(duplicates, "kept_id") < 0) {
            return null;
        }
        int duplicate = column(duplicates, "duplicate_id");
        int kept = column(duplicates, "kept_id");
        for (List<Object> row : duplicates.rows()) {
            if (docId.equals(CellFormat.format(row.get(duplicate)))) {
                String keptId = CellFormat.format(row.get(kept));
                Map<String, Object> view = new HashMap<>();
                view.put("id", keptId);
                view.put("href", links.document(keptId, "../"));
                return view;
            }
        }
        return null;
    }

    private static int column(Table table, String name) {
        return table == null ? -1 : table.columnNames().indexOf(name);
    }
}
