package org.narrativelens.report;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the logical targets of {@link Table.Link} cells, and the document ids of the tables, into links
 * between the report's pages: {@code doc:<id>[#s<n>]} to a document's page (only when the run wrote one),
 * {@code <table>#<key>} to the row of that table with the key, or to the table when no row has it. A target
 * that names nothing the report holds gives no link, never a broken one.
 */
final class LinkResolver {

    /** Columns holding document ids, linked to the documents' pages wherever a table has them. */
    static final Set<String> DOCUMENT_COLUMNS = Set.of("doc_id", "evidence_doc", "kept_id", "duplicate_id");
    /** A column of sentence numbers, linked to the sentence on the page of the row's {@code doc_id}. */
    static final String SENTENCE_COLUMN = "sentence";
    /** Columns of terms, linked to their lines in the concordance (the kwic table) where it has them. */
    static final Set<String> TERM_COLUMNS = Set.of("term", "phrase");
    /** The concordance table: the lines of the --kwic words, anchored by word. */
    static final String CONCORDANCE = "kwic";

    private final Map<String, String> tablePages = new HashMap<>();
    private final Set<String> rowAnchors = new HashSet<>();
    private final Map<String, String> concordanceLines = new HashMap<>();
    private final Set<String> documentsWithPages;
    private final Set<String> actorsWithPages;

    LinkResolver(List<Table> tables, Set<String> documentsWithPages) {
        this(tables, documentsWithPages, Set.of());
    }

    /** Also links {@code actor:<id>} targets to the pages of {@code actorsWithPages}. */
    LinkResolver(List<Table> tables, Set<String> documentsWithPages, Set<String> actorsWithPages) {
        this.documentsWithPages = Set.copyOf(documentsWithPages);
        this.actorsWithPages = Set.copyOf(actorsWithPages);
        for (Table table : tables) {
            tablePages.put(table.name(), ReportSections.of(table.name()).file());
            if (!table.anchorColumns().isEmpty()) {
                for (List<Object> row : table.rows()) {
                    rowAnchors.add(table.name() + "#" + key(table, row));
                    if (table.name().equals(CONCORDANCE)) {
                        // A word's lines go by the word as the table writes it ("US"); a term finds them in any case.
                        concordanceLines.putIfAbsent(key(table, row).toLowerCase(java.util.Locale.ROOT), table.name() + "#" + key(table, row));
                    }
                }
            }
        }
    }

    /** The href of {@code target} from a page {@code root} levels below the run folder ("" or "../"); null when none. */
    String href(String target, String root) {
        if (target.startsWith("doc:")) {
            String rest = target.substring(4);
            int hash = rest.lastIndexOf("#s");
            String docId = hash >= 0 && rest.substring(hash + 2).matches("[0-9]+") ? rest.substring(0, hash) : rest;
            if (!documentsWithPages.contains(docId)) {
                return null;
            }
            return root + DocumentPages.file(docId) + (docId.equals(rest) ? "" : rest.substring(hash));
        }
        if (target.startsWith(ActorPages.TARGET_PREFIX)) {
            String actorId = target.substring(ActorPages.TARGET_PREFIX.length());
            return actorsWithPages.contains(actorId) ? root + ActorPages.file(actorId) : null;
        }
        int hash = target.indexOf('#');
        String table = hash < 0 ? target : target.substring(0, hash);
        String page = tablePages.get(table);
        if (page == null) {
            return null;
        }
        if (hash >= 0 && rowAnchors.contains(target)) {
            return root + page + "#" + rowId(table, target.substring(hash + 1));
        }
        return root + page + "#" + table;
    }

    /** True when {@code target} ({@code <table>#<key>}) names a row the report holds, not only its table. */
    boolean hasRow(String target) {
        return rowAnchors.contains(target);
    }

    /**
     * A cell of {@code value} linking to the page of actor {@code actorId} when the report has one, else to its row of
     * the actors table (which the resolver drops when the table lacks it).
     */
    Table.Link actor(Object value, String actorId) {
        return actorsWithPages.contains(actorId) ? Table.Link.toActor(value, actorId) : Table.Link.toRow(value, "actors", actorId);
    }

    /** The href of the first concordance line of {@code term} (any case) in the kwic table, or null when it has none. */
    String concordance(String term, String root) {
        String target = concordanceLines.get(term.toLowerCase(java.util.Locale.ROOT));
        return target == null ? null : href(target, root);
    }

    /** The href of the page of document {@code docId}, or null when it has none. */
    String document(String docId, String root) {
        return href("doc:" + docId, root);
    }

    /** The anchor id of {@code row} when it is the first of its key in a table with anchor columns, else null. */
    static String rowIdOf(Table table, List<Object> row, Set<String> seen) {
        if (table.anchorColumns().isEmpty()) {
            return null;
        }
        String key = key(table, row);
        return seen.add(key) ? rowId(table.name(), key) : null;
    }

    private static String key(Table table, List<Object> row) {
        List<String> names = table.columnNames();
        return Table.rowKey(table.anchorColumns().stream().map(c -> row.get(names.indexOf(c))).toList());
    }

    /** An id safe in a fragment whatever the key holds: the table's name and a short hash of the key. */
    static String rowId(String table, String key) {
        return table + "-" + DocumentPages.hash(key);
    }
}
