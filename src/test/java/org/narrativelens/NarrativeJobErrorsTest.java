package org.narrativelens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's answers to bad options and unusable input: one line, a documented exit code, nothing written. */
class NarrativeJobErrorsTest {

    private String err;
    private String out;

    private int run(String... args) {
        JobRuns.Run run = JobRuns.run(args);
        out = run.out();
        err = run.err();
        return run.code();
    }

    @Test
    void invalidOptionIsOneLineAndExitCode2() {
        assertEquals(ExitCode.USAGE, run("--topics", "0"));
        assertEquals("narrative-lens: error: --topics must be between 2 and 1000, was 0 (see --help)\n", err);
    }

    @Test
    void helpListsTheOptions() {
        assertEquals(ExitCode.OK, run("--help"));
        for (String option : new String[] {"--input", "--format", "--out", "--run-name", "--config", "--topics",
                "--iterations", "--seed", "--vocab-size", "--min-df", "--max-df", "--top-n", "--actors", "--extra-actors",
                "--window", "--text-col", "--date-order", "--source-from-path", "--max-doc-chars", "--time-bucket", "--compare", "--kwic",
                "--normalise", "--stopwords", "--extra-stopwords", "--topic-filler", "--phrases", "--phrase-min-count", "--phrase-min-npmi"}) {
            assertTrue(out.contains(option), option);
        }
    }

    @Test
    void missingInputIsExitCode3NamingThePath(@TempDir Path dir) {
        String missing = dir.resolve("no-such-corpus").toString();
        assertEquals(ExitCode.BAD_INPUT, run("--input", missing, "--out", dir.resolve("reports").toString()));
        assertEquals("narrative-lens: error: input '" + missing + "' does not exist: check --input (a file, folder or glob)\n", err);
    }

    @Test
    void missingStopwordListIsExitCode3NamingTheFile(@TempDir Path dir) throws Exception {
        String missing = dir.resolve("stopwords.txt").toString();
        assertEquals(ExitCode.BAD_INPUT, run("--stopwords", missing, "--out", dir.resolve("reports").toString()));
        assertEquals("narrative-lens: error: stopword list " + missing + " does not exist: check --stopwords\n", err);
        assertTrue(!Files.exists(dir.resolve("reports")) || Files.list(dir.resolve("reports")).findAny().isEmpty(),
                "no run folder is left");
    }

    @Test
    void corpusWithoutUsableTextIsExitCode3(@TempDir Path dir) throws Exception {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("empty.txt"), "");
        Files.writeString(corpus.resolve("noise.txt"), "Comments are closed.\n");
        assertEquals(ExitCode.BAD_INPUT, run("--input", corpus.toString(), "--out", dir.resolve("reports").toString()));
        assertTrue(err.contains("none of its 2 documents has text left after cleaning"), err);
        assertTrue(!Files.exists(dir.resolve("reports")) || Files.list(dir.resolve("reports")).findAny().isEmpty(),
                "a failed run leaves no folder");
    }

    @Test
    void unexpectedFailureIsOneLineWithTheStackTraceInTheKeptLog(@TempDir Path dir) throws Exception {
        SparkSessionProvider failing = new SparkSessionProvider() {
            @Override
            public org.apache.spark.sql.SparkSession open() {
                throw new IllegalStateException("no cluster answers");
            }

            @Override
            public void close(org.apache.spark.sql.SparkSession session) {
            }
        };
        for (int attempt = 1; attempt <= 2; attempt++) {
            ByteArrayOutputStream e = new ByteArrayOutputStream();
            int code = new NarrativeJob(failing, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(e, true, StandardCharsets.UTF_8)).run("--out", dir.toString(), "--run-name", "r");
            String line = e.toString(StandardCharsets.UTF_8);
            Path log = dir.resolve(attempt == 1 ? "r.failed.log" : "r.failed-2.log");
            assertEquals(ExitCode.FAILURE, code);
            assertEquals("narrative-lens: unexpected failure: java.lang.IllegalStateException: no cluster answers (details in "
                    + log.toAbsolutePath() + ")\n", line, "one line, and a second failure does not overwrite the first's log");
            String details = Files.readString(log);
            assertTrue(details.contains("run failed") && details.contains("\tat org.narrativelens.NarrativeJob"), details);
        }
        assertTrue(!Files.exists(dir.resolve("r")), "no run folder");
    }

    @Test
    void extraActorsAreFoundBesideTheBuiltInOnes() throws Exception {
        // A run of its own options would cost a whole job: the one that also checks stems and stopwords serves.
        String actors = Files.readString(SeedsRuns.stemsAndExtraActors().folder().resolve("actors.csv"));
        assertTrue(actors.contains("security_council_bare,Security Council,organisation,Russia,1,1"), actors);
        assertTrue(actors.contains("dmitry_peskov,"), "the built-in dictionary is still in use");
    }

    @Test
    void badDictionaryIsExitCode3NamingFileLineAndField(@TempDir Path dir) throws Exception {
        Path actors = dir.resolve("actors.csv");
        Files.writeString(actors, "id,label,type\nrussia,Russia,country\n");
        assertEquals(ExitCode.BAD_INPUT, run("--actors", actors.toString(), "--out", dir.resolve("r").toString()));
        assertEquals("narrative-lens: error: " + actors + ":2: field 'type': 'country' is not one of "
                + "state|person|organisation|bloc|media|place\n", err);
    }

    @Test
    void anExistingRunIsNotOverwritten(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("reports/mine"));
        assertEquals(ExitCode.USAGE, run("--out", dir.resolve("reports").toString(), "--run-name", "mine"));
        assertTrue(err.contains("already exists: choose another --run-name"), err);
    }

    @Test
    void outPointingAtAFileIsRefused(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("report.txt"), "mine");
        assertEquals(ExitCode.USAGE, run("--out", file.toString()));
        assertTrue(err.contains("is a file, not a folder: point --out at a folder"), err);
        assertEquals("mine", Files.readString(file));
    }

    @Test
    void aComparedSourceNoDocumentHasIsExitCode3NamingTheSources(@TempDir Path dir) {
        assertEquals(ExitCode.BAD_INPUT, run("--compare", "source=RT,TASS", "--out", dir.toString(), "--run-name", "r", "--topics", "2"));
        assertEquals("narrative-lens: error: --compare source=RT,TASS: no analysed document has source 'RT'; source values: "
                + "TASS (1 document)\n", err);
        assertTrue(!Files.exists(dir.resolve("r")), "a failed run leaves no folder");
    }
}
