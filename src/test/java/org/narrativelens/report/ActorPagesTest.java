package org.narrativelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorPagesTest {

    @Test
    void aDictionaryIdIsItsOwnFileName() {
        assertEquals("actors/dmitry_peskov.html", ActorPages.file("dmitry_peskov"));
    }

    @Test
    void noIdLeavesTheActorsFolder() {
        for (String id : List.of("../../etc/passwd", "..", ".", "/abs", "a/../../b", "..\\..\\win", "", "~root", "CON", "a\u0000b",
                "\u00e9lys\u00e9e", "x".repeat(500), ".hidden")) {
            String file = ActorPages.file(id);
            assertTrue(file.matches("actors/[a-z0-9][a-z0-9._-]*\\.html"), id + " -> " + file);
            Path resolved = Path.of("/run").resolve(file).normalize();
            assertTrue(resolved.startsWith(Path.of("/run/actors")), id + " -> " + resolved);
            assertFalse(file.contains(".."), id + " -> " + file);
            assertTrue(file.length() < 120, "bounded length: " + file);
        }
    }

    @Test
    void differentIdsNeverShareAPage() {
        assertNotEquals(ActorPages.file("Russia"), ActorPages.file("russia"), "case-insensitive file systems");
        assertNotEquals(ActorPages.file("a b"), ActorPages.file("a_b"));
        assertNotEquals(ActorPages.file("x".repeat(100) + "1"), ActorPages.file("x".repeat(100) + "2"));
    }

    @Test
    void theActorsOfTheActorsTableGetPagesUpToTheBound() {
        Table.Builder actors = Table.builder("actors", "Actors", "d").column("actor_id", "").column("actor", "");
        for (int i = 0; i < ActorPages.MAX_PAGES + 5; i++) {
            actors.row("a" + i, Table.Link.toActor("A" + i, "a" + i));
        }
        List<String> ids = List.copyOf(ActorPages.ids(List.of(actors.build())));
        assertEquals(ActorPages.MAX_PAGES, ids.size());
        assertEquals("a0", ids.get(0), "the most named first");
    }
}
