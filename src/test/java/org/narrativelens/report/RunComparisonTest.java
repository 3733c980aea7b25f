package org.narrativelens.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunComparisonTest {

    @TempDir
    Path out;

    /** An earlier run folder with a manifest and the three tables a comparison reads. */
    private Path earlierRun() throws Exception {
        Path run = Files.createDirectories(out.resolve("before"));
        Files.writeString(run.resolve("run.json"), "{\"parameters\": {\"topics\": 2, \"seed\": 42, \"run-name\": \"before\", \"window\": \"sentence\"}}");
        Files.writeString(run.resolve("terms.csv"), "term,tf,df,per_10k\nrussia,30,5,1\nkiev,20,5,1\n'-ism,10,2,1\n");
        Files.writeString(run.resolve("cooccurrence.csv"), "actor_a,actor_b,sentences,documents,npmi\n"
                + "Ukraine,Russia,10,3,0.1\nNATO,Russia,4,2,0.2\n");
        Files.writeString(run.resolve("topic_overview.csv"), "topic,label,top_terms,documents\n"
                + "0,peace / talks / kiev,\"peace, talks, kiev, truce\",2\n1,nato / war / west,\"nato, war, west, arms\",3\n");
        return run;
    }

    private static Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("topics", 3);
        p.put("seed", 42L);
        p.put("run-name", "after");
        p.put("window", "sentence");
        p.put("normalise", "lemma");
        return p;
    }

    private static List<Table> current() {
        Table terms = Table.builder("terms", "t", "d").column("term", "").column("tf", "")
                .row("russia", 31L).row("-ism", 12L).row("nato", 9L).build();
        Table pairs = Table.builder("cooccurrence", "c", "d").column("actor_a", "").column("actor_b", "").column("sentences", "")
                .column("documents", "").column("npmi", "")
                .row("Russia", "Ukraine", 14L, 3L, 0.12).row("Russia", "United States", 5L, 2L, 0.3).build();
        Table topics = Table.builder("topic_overview", "o", "d").column("topic", "").column("label", "").column("top_terms", "")
                .column("documents", "")
                .row(0, "nato / arms / west", "nato, arms, west, missiles", 2L)
                .row(1, "talks / peace / istanbul", "talks, peace, istanbul, kiev", 2L)
                .row(2, "grain / ships / sea", "grain, ships, sea, port", 1L).build();
        return List.of(terms, pairs, topics);
    }

    private static Map<String, Table> compare(RunComparison comparison) throws Exception {
        Map<String, Table> tables = new LinkedHashMap<>();
        comparison.compare(current(), parameters()).forEach(t -> tables.put(t.name(), t));
        return tables;
    }

    @Test
    void findsTheEarlierRunByNameInTheOutputFolderOrByPath() throws Exception {
        Path run = earlierRun();
        assertEquals(run.toAbsolutePath(), RunComparison.of(out, "before").folder());
        assertEquals(run.toAbsolutePath(), RunComparison.of(Path.of("elsewhere"), run.toString()).folder());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunComparison.of(out, "never"));
        assertTrue(e.getMessage().startsWith("'never' is no earlier run"), e.getMessage());
    }

    @Test
    void listsOnlyTheParametersThatDiffer() throws Exception {
        Table p = compare(RunComparison.of(out, relative(earlierRun()))).get("compare_parameters");
        assertEquals(List.of(List.of("topics", "2", "3"), List.of("normalise", "", "lemma")), p.rows());
    }

    @Test
    void termsEnteringAndLeavingTheTopListComeFirst() throws Exception {
        Table t = compare(RunComparison.of(out, relative(earlierRun()))).get("compare_terms");
        assertEquals(List.of(
                Arrays.asList("nato", "entered", null, 3L, null, 9L),
                Arrays.asList("kiev", "left", 2L, null, 20L, null),
                Arrays.asList("-ism", "moved", 3L, 2L, 10L, 12L),
                Arrays.asList("russia", "same", 1L, 1L, 30L, 31L)), t.rows());
    }

    @Test
    void pairsAreMatchedInEitherOrderLargestChangeFirst() throws Exception {
        Table t = compare(RunComparison.of(out, relative(earlierRun()))).get("compare_pairs");
        assertEquals(List.of(
                Arrays.asList("Russia", "United States", null, 5L, 5L, null, 0.3),
                Arrays.asList("NATO", "Russia", 4L, null, -4L, 0.2, null),
                Arrays.asList("Russia", "Ukraine", 10L, 14L, 4L, 0.1, 0.12)), t.rows());
    }

    @Test
    void topicsAreAlignedOneToOneByTheirSharedTopTerms() throws Exception {
        Table t = compare(RunComparison.of(out, relative(earlierRun()))).get("compare_topics");
        // nato/arms/west shares 3 of 5 terms with topic 1 before; talks/peace shares 3 of 5 with topic 0.
        assertEquals(List.of(
                Arrays.asList(0L, "nato / arms / west", 1L, "nato / war / west", 0.6, "nato, arms, west"),
                Arrays.asList(1L, "talks / peace / istanbul", 0L, "peace / talks / kiev", 0.6, "talks, peace, kiev"),
                Arrays.asList(2L, "grain / ships / sea", null, null, 0.0, "")), t.rows());
    }

    /** An earlier run made with --analyses actors: it wrote the pairs, and no terms or topics. */
    private Path actorsOnlyRun() throws Exception {
        Path run = earlierRun();
        Files.writeString(run.resolve("run.json"), "{\"parameters\": {\"run-name\": \"before\", \"analyses\": \"actors\"}}");
        Files.delete(run.resolve("terms.csv"));
        Files.delete(run.resolve("topic_overview.csv"));
        return run;
    }

    @Test
    void tablesTheEarlierRunDidNotComputeAreNotComparedButSaidToBeMissing() throws Exception {
        Map<String, Table> tables = compare(RunComparison.of(out, relative(actorsOnlyRun())));
        for (String name : List.of("compare_terms", "compare_topics")) {
            Table t = tables.get(name);
            assertEquals(List.of(), t.rows(), name + " invents rows for a table run before never made");
            assertTrue(t.description().contains("not computed in run before (--analyses actors)"), t.description());
            assertEquals(6, t.columns().size(), "the CSV keeps its columns");
            assertTrue(t.title().endsWith(": not compared"), "the page's contents do not read as nothing changed: " + t.title());
        }
        assertEquals(3, tables.get("compare_pairs").rows().size(), "both runs computed the pairs");
    }

    @Test
    void tablesThisRunDidNotComputeAreNotComparedEither() throws Exception {
        earlierRun();
        Map<String, Object> parameters = parameters();
        parameters.put("analyses", "terms,topics");
        Map<String, Table> tables = new LinkedHashMap<>();
        RunComparison.of(out, "before").compare(current().subList(0, 1), parameters).forEach(t -> tables.put(t.name(), t));
        assertEquals(4, tables.get("compare_terms").rows().size());
        Table pairs = tables.get("compare_pairs");
        assertEquals(List.of(), pairs.rows());
        assertTrue(pairs.description().contains("not computed in this run (--analyses terms,topics)"), pairs.description());
        Table topics = tables.get("compare_topics");
        assertEquals(List.of(), topics.rows(), "topics were asked for but no table came of them");
        assertTrue(topics.description().contains("not computed in this run (no topic_overview.csv)"), topics.description());
    }

    @Test
    void aTableMissingFromARunBeforeAnalysesCouldBeChosenIsNotComputedThere() throws Exception {
        Path run = earlierRun();
        Files.delete(run.resolve("cooccurrence.csv"));
        Table pairs = compare(RunComparison.of(out, relative(run))).get("compare_pairs");
        assertEquals(List.of(), pairs.rows());
        assertTrue(pairs.description().contains("not computed in run before (no cooccurrence.csv)"), pairs.description());
    }

    private String relative(Path run) {
        return run.getFileName().toString();
    }
}
