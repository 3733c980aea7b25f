package org.narrativelens.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class JobCommandTest {

    private static JobParameters parse(String... args) {
        JobCommand command = new JobCommand();
        JobCommand.commandLine(command, args).parseArgs(args);
        return command.toParameters();
    }

    private static String error(String... args) {
        return assertThrows(CommandLine.ParameterException.class, () -> parse(args)).getMessage();
    }

    @Test
    void defaultsAnalyseSeedsIntoReports() {
        JobParameters p = parse();
        assertEquals("seeds", p.input());
        assertEquals("reports", p.out());
        assertEquals(InputFormat.AUTO, p.format());
        assertEquals(CooccurrenceWindow.SENTENCE, p.window());
        assertNull(p.actors());
        assertTrue(p.runName().matches("run-\\d{8}-\\d{6}(-\\d+)?"), p.runName());
    }

    @Test
    void optionsAreTyped() {
        JobParameters p = parse("--input", "corpus/", "--topics", "12", "--window", "DOCUMENT", "--min-df", "0.01",
                "--max-df", "0.5", "--run-name", "weekly_2024-05", "--actors", "mine.csv");
        assertEquals(TopicCounts.of(12), p.topics());
        assertEquals(CooccurrenceWindow.DOCUMENT, p.window());
        assertEquals(CooccurrenceWindow.PARAGRAPH, parse("--window", "paragraph").window());
        assertEquals("weekly_2024-05", p.runName());
        assertEquals("mine.csv", p.actors());
    }

    @Test
    void columnsOfStructuredInputAreMapped() {
        JobParameters p = parse("--format", "csv", "--text-col", "body", "--date-col", "published_at");
        assertEquals(InputFormat.CSV, p.format());
        assertEquals(new ColumnMapping("body", "title", "published_at", "source", "id", "url"), p.columns());
        assertEquals("body", p.asMap().get("text-col"));
    }

    @Test
    void severalNumbersOfTopicsAndStabilityRunsAreParsed() {
        JobParameters p = parse("--topics", "5..15:5", "--stability-runs", "3");
        assertEquals(java.util.List.of(5, 10, 15), p.topics().values());
        assertEquals("5,10,15", p.asMap().get("topics"));
        assertEquals(3, p.topicModel().stabilityRuns());
        assertEquals(5, parse().asMap().get("topics"), "one k stays a number in the manifest");
        assertEquals(0, parse().topicModel().stabilityRuns());
    }

    @Test
    void invalidValuesNameTheOptionAndWhatIsAllowed() {
        assertEquals("--topics must be between 2 and 1000, was 0", error("--topics", "0"));
        assertEquals("--topics must be between 2 and 1000, was 100000", error("--topics", "100000"));
        assertTrue(error("--window", "page").contains("--window"));
        assertTrue(error("--topics", "many").contains("'many' is not a number of topics: write one number (20), a list (5,10,20)"
                + " or a range FROM..TO[:STEP] (5..30:5)"), error("--topics", "many"));
        assertEquals("--topics must be between 2 and 1000, was 1", error("--topics", "1,5"));
        assertTrue(error("--topics", "30..5").contains("'30..5' is an empty range"), error("--topics", "30..5"));
        assertTrue(error("--stability-runs", "-1").startsWith("--stability-runs must be between 0 (off) and 20"));
        assertTrue(error("--min-df", "5", "--max-df", "2").startsWith("--min-df (5) must not exceed --max-df (2)"));
        assertTrue(error("--max-df", "1.5").contains("a fraction of documents must be between 0.0 and 1.0, was 1.5"));
        assertTrue(error("--run-name", "../../etc").startsWith("--run-name '../../etc' is not allowed"));
        assertTrue(error("--run-name", "a/b").startsWith("--run-name 'a/b' is not allowed"));
        assertTrue(error("--run-name", ".hidden").startsWith("--run-name '.hidden' is not allowed"));
        assertTrue(error("--no-such-option").contains("--no-such-option"));
        assertTrue(error("--source-from-path", "bbc-[a-z]+").contains("needs a group in parentheses"));
        assertTrue(error("--source-from-path", "bbc-([a-z]+").contains("is not a regular expression"));
        assertTrue(error("--date-order", "ymd").contains("--date-order"));
        assertEquals("--max-doc-chars must be a positive number of characters (default 1000000), was 0", error("--max-doc-chars", "0"));
        assertTrue(error("--max-doc-chars", "-3").startsWith("--max-doc-chars must be a positive number"));
    }

    @Test
    void languageOptionsHaveDefaultsAndAreTyped() {
        assertEquals(LanguageOptions.DEFAULT, parse().language());
        LanguageOptions l = parse("--normalise", "lemma", "--stopwords", "mine.txt", "--extra-stopwords", "Kremlin, moscow",
                "--topic-filler", "include", "--phrases", "off", "--phrase-min-count", "5", "--phrase-min-npmi", "0.3").language();
        assertEquals(new LanguageOptions(Normalisation.LEMMA, "mine.txt", java.util.List.of("kremlin", "moscow"), TopicFiller.INCLUDE,
                false, 5, 0.3), l);
        assertEquals("off", parse("--phrases", "OFF").asMap().get("phrases"));
        assertEquals("kremlin,moscow", parse("--extra-stopwords", "kremlin,moscow").asMap().get("extra-stopwords"));
    }

    @Test
    void analysesAreAllUnlessListed() {
        assertTrue(parse().attribution());
        assertFalse(parse("--analyses", "terms,topics").attribution());
        assertEquals(java.util.Set.of(Analysis.TOPICS, Analysis.UNKNOWN_ACTORS), parse("--analyses", "Topics, unknown-actors").analyses());
        assertEquals(Analysis.ALL, parse().analyses());
        assertEquals("topics,actors", parse("--analyses", "actors,topics").asMap().get("analyses"));
        assertEquals("all", parse("--analyses", "topics,all").asMap().get("analyses"));
        assertTrue(error("--analyses", "maybe").contains("--analyses does not know 'maybe': choose from all, terms, topics, actors, unknown-actors, attribution"), error("--analyses", "maybe"));
    }

    @Test
    void badLanguageOptionsNameTheOption() {
        assertEquals("--phrase-min-count must be at least 2 occurrences, was 1", error("--phrase-min-count", "1"));
        assertTrue(error("--phrase-min-npmi", "1.5").startsWith("--phrase-min-npmi must be from -1 to 1"));
        assertTrue(error("--normalise", "lemmas").contains("--normalise"));
        assertTrue(error("--phrases", "maybe").contains("--phrases"));
        assertTrue(error("--topic-filler", "some").contains("--topic-filler"));
        assertTrue(error("--extra-stopwords", "peace talks").startsWith("--extra-stopwords takes single words"));
    }

    @Test
    void extraStopwordsFromTheConfigFile(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("job.properties"), "extra-stopwords=kremlin,moscow\nnormalise=stem\n");
        JobParameters p = parse("--config", config.toString());
        assertEquals(java.util.List.of("kremlin", "moscow"), p.language().extraStopwords());
        assertEquals(Normalisation.STEM, p.language().normalise());
    }

    @Test
    void maxDocCharsFromTheCommandLineOrTheConfigFile(@TempDir Path dir) throws Exception {
        assertEquals(JobParameters.DEFAULT_MAX_DOC_CHARS, parse().maxDocChars());
        assertEquals(5000, parse("--max-doc-chars", "5000").maxDocChars());
        Path config = Files.writeString(dir.resolve("job.properties"), "max-doc-chars=20000\n");
        assertEquals(20000, parse("--config", config.toString()).maxDocChars());
    }

    @Test
    void configFileGivesDefaultsAndTheCommandLineWins(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("job.properties");
        Files.writeString(config, "topics=8\nwindow=document\niterations=7\n");
        JobParameters p = parse("--config", config.toString(), "--topics", "3");
        assertEquals(TopicCounts.of(3), p.topics());
        assertEquals(7, p.iterations());
        assertEquals(CooccurrenceWindow.DOCUMENT, p.window());
    }

    @Test
    void unknownConfigKeyIsRejected(@TempDir Path dir) throws Exception {
        Path config = dir.resolve("job.properties");
        Files.writeString(config, "topicz=8\n");
        String message = error("--config", config.toString());
        assertTrue(message.contains("unknown setting 'topicz'"), message);
    }

    @Test
    void defaultRunNameAvoidsExistingRuns(@TempDir Path dir) throws Exception {
        String first = JobCommand.freeRunName(dir);
        Files.createDirectory(dir.resolve(first));
        String second = JobCommand.freeRunName(dir);
        assertTrue(second.startsWith(first.substring(0, 17)) && !second.equals(first), second);
    }

    @Test
    void cleaningRulesCanBeSkippedByNameAndUnknownNamesAreRefused() {
        JobParameters p = parse("--skip-cleaning", "footer, boilerplate");
        assertEquals(java.util.Set.of(org.narrativelens.corpus.CleaningRule.FOOTER, org.narrativelens.corpus.CleaningRule.BOILERPLATE),
                p.cleaning().skippedRules());
        assertEquals("footer,boilerplate", p.asMap().get("skip-cleaning"));
        assertTrue(parse().cleaning().skippedRules().isEmpty());
        String message = error("--skip-cleaning", "footers");
        assertTrue(message.contains("'footers' is not a cleaning rule; the rules are icon-soup, footer"), message);
    }

    @Test
    void duplicateAndBoilerplateSettingsAreValidated() {
        assertEquals(0.8, parse().cleaning().nearDupThreshold());
        assertTrue(error("--near-dup-threshold", "0").contains("--near-dup-threshold"));
        assertTrue(error("--near-dup-threshold", "1.5").contains("--near-dup-threshold"));
        assertTrue(error("--boilerplate-min-docs", "1").contains("--boilerplate-min-docs must be at least 2"));
        assertTrue(error("--boilerplate-min-share", "2").contains("--boilerplate-min-share"));
        assertTrue(parse("--keep-duplicates").cleaning().keepDuplicates());
    }

    @Test
    void termTableOptionsAreParsedAndValidated() {
        JobParameters p = parse("--time-bucket", "WEEK", "--compare", "period=2023-W23", "--kwic", "Russia,peace talks");
        assertEquals(TimeBucket.WEEK, p.terms().timeBucket());
        assertEquals(new Comparison(Comparison.Field.PERIOD, "2023-W23", null), p.terms().compare());
        assertEquals(java.util.List.of("russia", "peace talks"), p.terms().kwic());
        assertEquals("period=2023-W23", p.asMap().get("compare"));
        assertEquals(TermOptions.DEFAULT, parse().terms());
        assertTrue(error("--time-bucket", "quarter").contains("--time-bucket"));
        String message = error("--compare", "outlet=RT");
        assertTrue(message.contains("--compare") && message.contains("use source or period"), message);
        assertEquals("--compare period '2023-06' is not a period of --time-bucket year: write it like 2023",
                error("--time-bucket", "year", "--compare", "period=2023-06"));
    }
}
