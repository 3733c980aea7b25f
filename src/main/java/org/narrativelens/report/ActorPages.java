package org.narrativelens.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which actors get a profile page, and where it is written: {@code actors/<safe name>.html}, one for each
 * actor of the {@code actors} table (the most named first), at most {@link #MAX_PAGES}.
 */
public final class ActorPages {

    /** The folder of the actor pages, below the run folder. */
    public static final String FOLDER = "actors";
    /** Actors given a page at most: the profile tables are computed for as many. */
    public static final int MAX_PAGES = 100;
    /** The prefix of a {@link Table.Link} target naming an actor's page. */
    static final String TARGET_PREFIX = "actor:";

    private ActorPages() {
    }

    /**
     * The page's path below the run folder. A dictionary id ("dmitry_peskov") is kept; any other id is made
     * a safe file name as a document id is ({@link DocumentPages#safeName}), so no id leaves the folder.
     */
    public static String file(String actorId) {
        return FOLDER + "/" + DocumentPages.safeName(actorId) + ".html";
    }

    /** The ids of the actors given a page: the first {@link #MAX_PAGES} of the {@code actors} table, in its order. */
    static Set<String> ids(List<Table> tables) {
        Set<String> ids = new LinkedHashSet<>();
        for (Table table : tables) {
            int id = table.columnNames().indexOf("actor_id");
            if (table.name().equals("actors") && id >= 0) {
                table.rows().stream().limit(MAX_PAGES).forEach(r -> ids.add(String.valueOf(Table.Link.unwrap(r.get(id)))));
            }
        }
        return ids;
    }
}
