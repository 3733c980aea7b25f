package org.narrativelens;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Runs of the whole job for the end-to-end tests. A run costs seconds of Spark work even on five short
 * articles, so {@link #named} runs each distinct command line once per test JVM, and every test that only
 * reads that run's outputs asserts on the same run. Named runs share one output folder, as a user's runs
 * do, so a later run can be compared with an earlier one. {@link #run} runs the job afresh, for tests about
 * a run's failure or about what a run leaves in a folder of the test's own.
 *
 * <pre>{@code
 * JobRuns.Run run = JobRuns.named("dedup", "--input", corpus.toString(), "--topics", "2").ok();
 * List<CSVRecord> kept = run.csv("duplicates");
 * }</pre>
 */
final class JobRuns {

    /** The shared --out folder, under target/ so that a failed test's run can be read afterwards. */
    private static final Path OUT = Path.of("target", "job-runs");
    private static final Map<String, List<String>> OPTIONS_BY_NAME = new HashMap<>();
    private static final Map<String, Run> RUNS = new HashMap<>();
    private static boolean emptied;

    private JobRuns() {
    }

    /** A finished run: its exit code, what it printed on each stream, and its folder (which a failed run does not make). */
    record Run(int code, String out, String err, Path folder) {

        /** This run, asserted to have ended with exit code 0. */
        Run ok() {
            assertEquals(ExitCode.OK, code, out + err);
            return this;
        }

        /** The rows of one of the run's CSV tables, by header. */
        List<CSVRecord> csv(String table) throws IOException {
            return JobRuns.csv(folder, table);
        }
    }

    /** The rows of the CSV table {@code table} in a run's folder, by header. */
    static List<CSVRecord> csv(Path runFolder, String table) throws IOException {
        try (Reader in = Files.newBufferedReader(runFolder.resolve(table + ".csv"), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    /** The folder every named run is written to. */
    static synchronized Path out() {
        if (!emptied && Files.exists(OUT)) {
            deleteRecursively(OUT);   // runs of an earlier test JVM
        }
        emptied = true;
        try {
            return Files.createDirectories(OUT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The run {@code name} of the job with {@code options} (no --out, no --run-name), made on the first call
     * and handed out as it is afterwards. A name asked for again with other options is a mistake in the tests.
     */
    static synchronized Run named(String name, String... options) {
        List<String> asked = List.of(options);
        List<String> earlier = OPTIONS_BY_NAME.get(name);
        if (earlier != null && !earlier.equals(asked)) {
            throw new IllegalStateException("run '" + name + "' was made with " + earlier + ", now asked for with " + asked);
        }
        if (earlier == null) {
            Path out = out();
            OPTIONS_BY_NAME.put(name, asked);
            List<String> args = new ArrayList<>(List.of("--out", out.toString(), "--run-name", name));
            args.addAll(asked);
            Run run = run(args.toArray(String[]::new));
            RUNS.put(name, new Run(run.code(), run.out(), run.err(), out.resolve(name)));
        }
        return RUNS.get(name);
    }

    /** A new run of the job with exactly {@code args}, its console captured; its folder is not known here (null). */
    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new NarrativeJob(SparkTestSession.provider(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), null);
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
