package org.narrativelens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole job on {@code seeds/}, once, then checks of what a reader finds in its tables. */
class NarrativeJobTest {

    static Path out;
    static Path run;
    static String console;

    @BeforeAll
    static void runTheJobOnTheSeeds() {
        JobRuns.Run main = SeedsRuns.main();
        console = main.out();
        run = main.folder();
        out = run.getParent();
    }

    static List<CSVRecord> csv(String table) throws IOException {
        return csvOf(run, table);
    }

    static List<CSVRecord> csvOf(Path runFolder, String table) throws IOException {
        return JobRuns.csv(runFolder, table);
    }

    @Test
    void writesTheReportTablesAndManifest() throws IOException {
        for (String file : List.of("index.html", "run.json", "documents.csv", "terms.csv", "document_terms.csv",
                "topics.csv", "topic_overview.csv", "document_topics.csv", "topic_documents.csv", "actors.csv", "cooccurrence.csv", "cleaning.csv", "rejects.csv", "warnings.csv",
                "terms_by_source.csv", "terms_by_period.csv", "term_trends.csv", "keyness.csv", "kwic.csv", "phrases.csv")) {
            assertTrue(Files.size(run.resolve(file)) > 0, file);
        }
        try (Stream<Path> siblings = Files.list(out)) {
            assertTrue(siblings.map(p -> p.getFileName().toString()).noneMatch(name -> name.startsWith(".") && !name.equals(".cache")),
                    "no staging folder is left behind");
        }
        assertTrue(console.contains("report written: "), console);
    }

    @Test
    void manifestAccountsForEveryDocumentAndHoldsTheParameters() throws IOException {
        JsonNode manifest = new ObjectMapper().readTree(run.resolve("run.json").toFile());
        assertEquals(5, manifest.at("/documents/read").asInt());
        assertEquals(5, manifest.at("/documents/analysed").asInt());
        assertEquals(0, manifest.at("/documents/rejected").asInt());
        assertEquals(3, manifest.at("/parameters/topics").asInt());
        assertEquals("seeds", manifest.at("/input").asText());
        assertEquals(64, manifest.at("/fingerprint").asText().length());
        assertEquals("4.1.0", manifest.at("/versions/spark").asText());
        assertTrue(manifest.at("/stages").size() >= 4);
        // One source: TASS; 003's "© Sputnik" is a photo credit, not its outlet.
        assertEquals("2022-07-04 2023-06-08 1", manifest.at("/corpus/firstPublished").asText() + " "
                + manifest.at("/corpus/lastPublished").asText() + " " + manifest.at("/corpus/sources").asInt());
    }

    @Test
    void unitedStatesAndUnitedKingdomShareASentenceOfPatrushevsArticle() throws IOException {
        CSVRecord pair = csv("cooccurrence").stream()
                .filter(r -> Set2.of(r.get("actor_a"), r.get("actor_b")).equals(Set2.of("United Kingdom", "United States")))
                .findFirst().orElseThrow(() -> new AssertionError("no United Kingdom - United States pair"));
        assertTrue(Long.parseLong(pair.get("sentences")) >= 1);
        assertEquals("000_8368004f4fb66792", pair.get("evidence_doc"));
        assertTrue(pair.get("evidence").contains("the US and the UK"), pair.get("evidence"));
        assertTrue(Double.parseDouble(pair.get("npmi")) > 0, "named together more often than chance: " + pair);
        List<CSVRecord> evidence = csv("actor_evidence").stream()
                .filter(r -> Set2.of(r.get("actor_a"), r.get("actor_b")).equals(Set2.of("United Kingdom", "United States")))
                .toList();
        assertFalse(evidence.isEmpty());
        assertTrue(evidence.stream().allMatch(r -> r.get("text").contains("US")
                && (r.get("text").contains("UK") || r.get("text").contains("England"))), evidence.toString());
        assertTrue(evidence.stream().anyMatch(r -> r.get("title").startsWith("Washington banned Kiev")), evidence.toString());
    }

    @Test
    void theActorNetworkIsWrittenForGephiAndDrawnInTheReport() throws IOException {
        List<String> nodes = csv("nodes").stream().map(r -> r.get("label")).toList();
        assertTrue(nodes.containsAll(List.of("Russia", "United States", "Ukraine", "NATO")), nodes.toString());
        assertTrue(csv("edges").stream().anyMatch(r -> Set2.of(r.get("source"), r.get("target")).equals(Set2.of("russia", "united_states"))));
        assertTrue(Files.readString(run.resolve("network.gexf")).contains("label=\"Nikolai Patrushev\""));
        assertTrue(Files.readString(run.resolve("network.graphml")).contains("<graphml"));
        assertTrue(Files.readString(run.resolve("network.svg")).contains("United States"));
        // The figure is on the overview and the actors page, every drawn edge a link to its evidence sentences.
        assertTrue(Files.readString(run.resolve("index.html")).contains("<figure class=\"network\""));
        String actors = Files.readString(run.resolve("actors.html"));
        String figure = actors.substring(actors.indexOf("<figure class=\"network\""), actors.indexOf("</figure>", actors.indexOf("<figure class=\"network\"")));
        int drawnAndLinked = linksToAnchorsOf(figure, "<a href=\"actors\\.html#(actor_evidence-[^\"]+)\">", actors);
        assertEquals(figure.split("stroke=\"#8a94a6\"", -1).length - 1, drawnAndLinked, "every drawn edge opens onto its sentences");
        // Every pair's count in the co-occurrence table opens onto its evidence sentences, on the same page.
        String actorsPage = Files.readString(run.resolve("actors.html"));
        int linked = linksToAnchorsOf(actorsPage, "href=\"(?:actors\\.html)?#(actor_evidence-[^\"]+)\"", actorsPage);
        assertTrue(linked >= 10, "the pairs link to their evidence: " + linked);
    }

    /** The links of {@code part} matching {@code link} (group 1: the anchor), each asserted to name an anchor {@code page} has. */
    private static int linksToAnchorsOf(String part, String link, String page) {
        java.util.regex.Matcher links = java.util.regex.Pattern.compile(link).matcher(part);
        int linked = 0;
        while (links.find()) {
            linked++;
            assertTrue(page.contains("id=\"" + links.group(1) + "\""), "a link to a missing anchor: " + links.group(1));
        }
        return linked;
    }

    @Test
    void everyMentionIsListedAndTheLowerCasePronounUsIsNeverOne() throws IOException {
        List<CSVRecord> mentions = csv("mentions");
        assertTrue(mentions.stream().anyMatch(r -> r.get("matched").equals("Kiev") && r.get("actor").equals("Ukraine")));
        assertTrue(mentions.stream().anyMatch(r -> r.get("matched").equals("US") && r.get("actor").equals("United States")));
        assertFalse(mentions.stream().anyMatch(r -> r.get("matched").equals("us")), "the pronoun 'us' is not the United States");
        long ukraine = csv("actors").stream().filter(r -> r.get("actor").equals("Ukraine")).mapToLong(r -> Long.parseLong(r.get("mentions")))
                .sum();
        assertEquals(ukraine, mentions.stream().filter(r -> r.get("actor").equals("Ukraine")).count(), "mentions add up to the actors table");
    }

    @Test
    void kievCountsAsUkraineAndPeskovIsRussian() throws IOException {
        Map<String, CSVRecord> actors = csv("actors").stream()
                .collect(java.util.stream.Collectors.toMap(r -> r.get("actor"), r -> r));
        assertTrue(actors.containsKey("Ukraine"));
        assertFalse(actors.keySet().stream().anyMatch(a -> a.equalsIgnoreCase("Kiev") || a.equalsIgnoreCase("Kyiv")));
        // "Ukraine" is written 32 times in the seeds; Kiev, Kiev's and Ukrainian add to it.
        assertTrue(Long.parseLong(actors.get("Ukraine").get("mentions")) > 40, actors.get("Ukraine").toString());
        assertEquals("Russia", actors.get("Dmitry Peskov").get("affiliation"));
    }

    @Test
    void noIconNoiseAndNoStopwordInAnyTable() throws IOException {
        for (String table : List.of("terms", "document_terms", "topics")) {
            for (CSVRecord r : csv(table)) {
                String term = r.get("term");
                assertFalse(term.contains("icon") || term.equals("chevron") || term.equals("bicon"), table + ": " + term);
                assertFalse(List.of("the", "and", "of", "us", "it's").contains(term), table + ": stopword " + term);
            }
        }
    }

    @Test
    void peaceTalksIsFoundAsAPhraseAndCountedAsOneTerm() throws IOException {
        CSVRecord peaceTalks = csv("phrases").stream().filter(r -> r.get("phrase").equals("peace talks")).findFirst()
                .orElseThrow(() -> new AssertionError("no phrase 'peace talks' in phrases.csv"));
        assertEquals(6, Long.parseLong(peaceTalks.get("count")));
        assertEquals(3, Long.parseLong(peaceTalks.get("documents")));
        assertTrue(Double.parseDouble(peaceTalks.get("score")) >= 0.5);
        CSVRecord term = csv("terms").stream().filter(r -> r.get("term").equals("peace talks")).findFirst()
                .orElseThrow(() -> new AssertionError("'peace talks' is not a top term"));
        assertEquals(6, Long.parseLong(term.get("tf")));
        assertTrue(csv("document_terms").stream().anyMatch(r -> r.get("term").equals("peace talks")));
    }

    @Test
    void acronymsAreTermsWrittenInCapitals() throws IOException {
        List<String> terms = csv("terms").stream().map(r -> r.get("term")).toList();
        assertTrue(terms.contains("US") && terms.contains("NATO"), terms.toString());
        assertFalse(terms.contains("us") || terms.contains("nato") || terms.contains("u.s."), terms.toString());
    }

    @Test
    void stemsAreShownAsWrittenAndTheOptionsReachTheTables() throws IOException {
        Path stems = SeedsRuns.stemsAndExtraActors().folder();
        StringBuilder text = new StringBuilder();
        try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.toList()) {
                text.append(Files.readString(seed).replace('’', '\'').toLowerCase(java.util.Locale.ROOT)).append('\n');
            }
        }
        java.util.Set<String> written = new java.util.HashSet<>(List.of(text.toString().split("[^\\p{L}\\p{N}'.-]+")));
        for (String table : List.of("terms", "document_terms", "topics")) {
            for (CSVRecord r : csvOf(stems, table)) {
                String term = r.get("term");
                assertTrue(written.contains(term.toLowerCase(java.util.Locale.ROOT)) || written.contains(term.toLowerCase(java.util.Locale.ROOT) + "."),
                        table + ": '" + term + "' is not a word of the seeds (a bare stem?)");
                assertFalse(term.equals("kremlin") || term.equals("moscow"), table + ": extra stopword " + term);
            }
        }
        // "said" is in every seed, so --max-df 0.9 leaves it out; "told" and "adding" are in two and three.
        assertTrue(csvOf(stems, "topics").stream().anyMatch(r -> r.get("term").equals("told") || r.get("term").equals("adding")),
                "filler is in the topics");
        assertFalse(Files.exists(stems.resolve("phrases.csv")), "no phrases table with --phrases off");
        JsonNode parameters = new ObjectMapper().readTree(stems.resolve("run.json").toFile()).at("/parameters");
        assertEquals("stem", parameters.at("/normalise").asText());
        assertEquals("off", parameters.at("/phrases").asText());
        assertEquals("kremlin,moscow", parameters.at("/extra-stopwords").asText());
    }

    @Test
    void newsFillerIsLeftOutOfTopicsByDefault() throws IOException {
        assertTrue(csv("topics").stream().noneMatch(r -> r.get("term").equals("told") || r.get("term").equals("adding")));
        assertTrue(csv("terms").stream().anyMatch(r -> r.get("term").equals("said")), "but kept in the term tables");
    }

    @Test
    void everySeedIsADocumentWithItsHeadline() throws IOException {
        List<CSVRecord> docs = csv("documents");
        assertEquals(5, docs.size());
        assertEquals("Lavrov debunks US claim on Ukraine talks", docs.get(3).get("title"));
        assertEquals("2023-06-08", docs.get(0).get("published"));
        assertEquals("TASS", docs.get(2).get("source"));
        assertEquals("June 19", docs.get(2).get("date_text"));
        assertEquals("", docs.get(2).get("published"));
        assertEquals("2022-07-04", docs.get(4).get("published"));
        assertTrue(docs.stream().allMatch(d -> d.get("status").equals("analysed")));
    }

    @Test
    void topicsHaveTheirTermsAndEveryDocumentADominantTopic() throws IOException {
        assertEquals(3, csv("topics").stream().map(r -> r.get("topic")).distinct().count());
        assertEquals(5, csv("document_topics").size());
        List<CSVRecord> overview = csv("topic_overview");
        assertEquals(3, overview.size());
        assertEquals(5, overview.stream().mapToLong(r -> Long.parseLong(r.get("documents"))).sum(),
                "every document has one dominant topic");
        assertTrue(overview.stream().allMatch(r -> Math.abs(Double.parseDouble(r.get("npmi"))) <= 1), "NPMI is from -1 to 1");
        List<CSVRecord> representative = csv("topic_documents");
        assertEquals(9, representative.size(), "3 documents for each of 3 topics");
        assertTrue(representative.stream().allMatch(r -> !r.get("title").isEmpty()));
    }

    @Test
    void htmlReportShowsTheTables() throws IOException {
        String overview = Files.readString(run.resolve("index.html"));
        for (String id : List.of("overview", "findings", "contents")) {
            assertTrue(overview.contains("<section id=\"" + id + "\">"), id);
        }
        for (String[] page : new String[][] {{"terms.html", "terms"}, {"topics.html", "topics"}, {"actors.html", "actors"},
                {"actors.html", "cooccurrence"}, {"corpus.html", "documents"}}) {
            assertTrue(Files.readString(run.resolve(page[0])).contains("<section id=\"" + page[1] + "\">"), page[1]);
        }
        String html = Files.readString(run.resolve("actors.html"));
        assertTrue(html.contains("Nikolay Patrushev, one of Russia&#39;s senior security officials")
                || html.contains("Nikolay Patrushev, one of Russia&#x27;s senior security officials"), "evidence sentence escaped");
        assertTrue(html.contains("<a href=\"docs/000_8368004f4fb66792.html#s"), "evidence links to its sentence");
        String doc = Files.readString(run.resolve("docs/000_8368004f4fb66792.html"));
        assertTrue(doc.contains("<mark title=\"Nikolai Patrushev\">Patrushev</mark>")
                || doc.contains("<mark title=\"Nikolai Patrushev\">Nikolai Patrushev</mark>"), "mentions marked on the document's page");
    }

    @Test
    void sameInputParametersAndSeedGiveByteIdenticalTables() throws IOException {
        Path again = JobRuns.named("seeds-again", SeedsRuns.MAIN).ok().folder();
        try (Stream<Path> files = Files.list(run)) {
            for (Path csv : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                assertEquals(Files.readString(csv), Files.readString(again.resolve(csv.getFileName())), csv.getFileName().toString());
            }
        }
        assertTrue(Files.isDirectory(run) && Files.isDirectory(again), "the first run is left as it was, beside the second");
        String runs = Files.readString(out.resolve("index.html"));
        assertTrue(runs.contains("seeds-test/index.html") && runs.contains("seeds-again/index.html"), runs);
    }

    @Test
    void fullDetailIsWrittenAsParquetBySpark() throws IOException {
        var spark = SparkTestSession.get();
        var mentions = spark.read().parquet(run.resolve("data/mentions.parquet").toString());
        assertEquals(List.of("doc_id", "sentence", "actor_id", "matched", "offset", "text"), List.of(mentions.columns()));
        assertEquals(csv("mentions").size(), mentions.count(), "every mention (the seeds have fewer than the CSV's limit)");
        assertTrue(mentions.where("matched = 'Kiev' and actor_id = 'ukraine' and text like '%Kiev%'").count() > 0);
        var topics = spark.read().parquet(run.resolve("data/document_topics.parquet").toString());
        assertEquals(5, topics.count());
        for (var row : topics.collectAsList()) {
            List<Double> weights = row.getList(row.fieldIndex("topic_distribution"));
            assertEquals(3, weights.size());
            assertEquals(1.0, weights.stream().mapToDouble(Double::doubleValue).sum(), 1e-6);
        }
        var terms = spark.read().parquet(run.resolve("data/document_terms.parquet").toString());
        assertEquals(List.of("doc_id", "term", "tf", "df", "tfidf"), List.of(terms.columns()));
        assertTrue(terms.count() > csv("document_terms").size(), "every term of every document, not the top 10");
    }

    @Test
    void severalNumbersOfTopicsAreComparedChartedAndTheChosenOneIsReported() throws IOException {
        Path chosen = SeedsRuns.topicsOnly().folder();
        List<CSVRecord> selection = csvOf(chosen, "topic_k_selection");
        assertEquals(List.of("2", "3"), selection.stream().map(r -> r.get("k")).toList());
        List<CSVRecord> yes = selection.stream().filter(r -> r.get("chosen").equals("yes")).toList();
        assertEquals(1, yes.size(), selection.toString());
        assertEquals(Integer.parseInt(yes.get(0).get("k")), csvOf(chosen, "topic_overview").size(), "the run's topics are the chosen k's");
        for (CSVRecord r : selection) {
            assertTrue(Double.parseDouble(r.get("perplexity")) > 1, r.toString());
        }
        for (CSVRecord r : csvOf(chosen, "topic_overview")) {
            double stability = Double.parseDouble(r.get("stability"));
            assertTrue(stability >= 0 && stability <= 1, r.toString());
        }
        String page = Files.readString(chosen.resolve("topics.html"));
        assertTrue(page.contains("<section id=\"topic_k_selection\">"), "the selection is on the topics page");
        String section = page.substring(page.indexOf("<section id=\"topic_k_selection\">"));
        assertTrue(section.substring(0, section.indexOf("</section>")).contains("<polyline"), "with its curve");
        assertEquals("", csv("topic_overview").get(0).get("stability"), "not measured without --stability-runs");
        assertFalse(Files.exists(run.resolve("topic_k_selection.csv")), "one k: no selection");
    }

    @Test
    void aRunWithOtherTopicsIsComparedWithTheFirstOnOnePage() throws IOException {
        Path compared = JobRuns.named("seeds-k4", "--input", "seeds", "--topics", "4", "--compare-to", "seeds-test").ok().folder();
        List<CSVRecord> parameters = csvOf(compared, "compare_parameters");
        assertTrue(parameters.stream().anyMatch(r -> r.get("parameter").equals("topics") && r.get("earlier").equals("3")
                && r.get("this_run").equals("4")), parameters.toString());
        assertTrue(parameters.stream().noneMatch(r -> r.get("parameter").equals("run-name")), parameters.toString());
        List<CSVRecord> topics = csvOf(compared, "compare_topics");
        assertEquals(4, topics.stream().filter(r -> !r.get("topic_now").isEmpty()).count(), topics.toString());
        assertEquals(3, topics.stream().filter(r -> !r.get("topic_earlier").isEmpty()).count(), topics.toString());
        assertTrue(topics.stream().anyMatch(r -> Double.parseDouble(r.get("jaccard")) > 0), "some topic is found again: " + topics);
        assertTrue(csvOf(compared, "compare_terms").stream().allMatch(r -> r.get("change").equals("same")),
                "the topics do not change the term counts");
        assertFalse(csvOf(compared, "compare_pairs").isEmpty());
        String page = Files.readString(compared.resolve("compare.html"));
        for (String id : List.of("compare_parameters", "compare_terms", "compare_pairs", "compare_topics")) {
            assertTrue(page.contains("<section id=\"" + id + "\">"), id);
        }
        assertTrue(Files.readString(out.resolve("index.html")).contains("<a href=\"seeds-k4/compare.html\">with seeds-test</a>"));

        JobRuns.Run wrong = JobRuns.run("--input", "seeds", "--out", out.toString(), "--run-name", "seeds-nope", "--compare-to", "no-such-run");
        assertEquals(ExitCode.USAGE, wrong.code());
        assertTrue(wrong.err().contains("--compare-to 'no-such-run' is no earlier run"), wrong.err());
        assertFalse(Files.exists(out.resolve("seeds-nope")));
    }

    /** An unordered pair. */
    private record Set2(java.util.Set<String> items) {
        static Set2 of(String a, String b) {
            return new Set2(java.util.Set.of(a, b));
        }
    }

    @Test
    void kwicListsEveryRussiaAsWrittenWithItsContext() throws IOException {
        List<CSVRecord> lines = csv("kwic");
        // "Russia" stands 33 times in the analysed seeds as a word of its own (Russia's included, Russian not).
        assertEquals(33, lines.stream().filter(r -> r.get("term").equals("russia")).count());
        assertTrue(lines.stream().filter(r -> r.get("term").equals("russia")).allMatch(r -> r.get("keyword").equals("Russia")));
        CSVRecord patrushev = lines.get(0);
        assertEquals("000_8368004f4fb66792", patrushev.get("doc_id"));
        assertEquals("Nikolay Patrushev, one of", patrushev.get("left"));
        assertTrue(patrushev.get("right").startsWith("'s senior security officials"), patrushev.get("right"));
        assertEquals(6, lines.stream().filter(r -> r.get("term").equals("peace talks")).count());
    }

    @Test
    void termsBySourceAndPeriodAndTheTrendOfTheKwicWords() throws IOException {
        // TASS from its wire dateline; the Sputnik photo credit of 003 names no outlet.
        assertEquals(List.of("TASS"), csv("terms_by_source").stream().map(r -> r.get("source")).distinct().toList());
        assertEquals(List.of("2022-07", "2023-06"), csv("terms_by_period").stream().map(r -> r.get("period")).distinct().toList());
        List<CSVRecord> trend = csv("term_trends");
        assertEquals(List.of("russia 2022-07 5", "russia 2023-06 4", "peace talks 2022-07 4", "peace talks 2023-06 1"),
                trend.stream().map(r -> r.get("term") + " " + r.get("period") + " " + r.get("count")).toList());
        String html = Files.readString(run.resolve("terms.html"));
        assertTrue(html.contains("<section id=\"term_trends\">") && html.contains("<polyline"), "trend chart drawn");
        assertTrue(html.contains("<section id=\"keyness\">") && html.contains("<section id=\"kwic\">"));
    }

    @Test
    void keynessOfOneMonthAgainstTheOtherDatedOne() throws IOException {
        // Only one seed names its outlet (TASS) since a photo credit is no outlet, so the comparison is by period:
        // 000 (Patrushev's interview, June 2023) against 004 (July 2022).
        List<CSVRecord> keyness = csv("keyness");
        CSVRecord patrushev = keyness.stream().filter(r -> r.get("term").equals("patrushev")).findFirst().orElseThrow();
        assertEquals("2023-06", patrushev.get("distinctive_of"));
        assertEquals("5", patrushev.get("count_a"));
        assertEquals("0", patrushev.get("count_b"));
        assertTrue(keyness.stream().allMatch(r -> Double.parseDouble(r.get("g2")) >= 6.63));
    }

    @Test
    void theHeatmapOfPairsOpensOntoTheirSentencesAndEveryLinkOfTheReportHolds() throws IOException {
        List<CSVRecord> matrix = csv("actor_matrix");
        assertEquals(15 * 14 / 2, matrix.size(), "every pair of the 15 most named actors");
        CSVRecord russiaUkraine = matrix.stream().filter(r -> Set2.of(r.get("actor_a"), r.get("actor_b")).equals(Set2.of("Russia", "Ukraine")))
                .findFirst().orElseThrow();
        CSVRecord pair = csv("cooccurrence").stream().filter(r -> Set2.of(r.get("actor_a"), r.get("actor_b")).equals(Set2.of("Russia", "Ukraine")))
                .findFirst().orElseThrow();
        assertEquals(pair.get("sentences"), russiaUkraine.get("sentences"));
        long together = matrix.stream().filter(r -> !r.get("sentences").equals("0")).count();
        String actors = Files.readString(run.resolve("actors.html"));
        String heatmap = actors.substring(actors.indexOf("<section id=\"heatmap\">"), actors.indexOf("</section>", actors.indexOf("<section id=\"heatmap\">")));
        int linked = linksToAnchorsOf(heatmap, "<a href=\"actors\\.html#(actor_evidence-[^\"]+)\"><rect", actors);
        assertEquals(2 * together, linked, "every pair named together opens onto its sentences, on both sides of the diagonal");
        assertTrue(heatmap.contains("<a href=\"actors/russia.html\"><text"), "names open onto the actors' pages");
        // The --kwic words open onto their lines from the terms table; other terms have none.
        String terms = Files.readString(run.resolve("terms.html"));
        java.util.regex.Matcher russia = java.util.regex.Pattern.compile("<td data-col=\"term\"><a href=\"terms\\.html#(kwic-[^\"]+)\">russia</a>")
                .matcher(terms);
        assertTrue(russia.find(), "russia opens onto its lines");
        int line = terms.indexOf("<tr id=\"" + russia.group(1) + "\">");
        assertTrue(line >= 0 && terms.substring(line, terms.indexOf("</tr>", line)).contains("<td data-col=\"term\">russia</td>"),
                "onto the first line of russia");
        assertTrue(terms.contains("<td data-col=\"term\">kiev</td>"), "no lines for kiev, no link");
        assertTrue(Files.readString(run.resolve("index.html")).contains("<a href=\"actors/russia.html\">Russia</a>"), "central actors to their pages");
        assertEquals(List.of(), NarrativeJobAnalysesTest.brokenLinks(run));
    }
}
