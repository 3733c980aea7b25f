package org.narrativelens;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.narrativelens.actors.ActorDictionary;
import org.narrativelens.actors.ActorDictionaryReader;
import org.narrativelens.config.InvalidParameterException;
import org.narrativelens.config.JobCommand;
import org.narrativelens.config.JobParameters;
import org.narrativelens.report.ReportWriter;
import org.narrativelens.report.RunComparison;
import org.narrativelens.report.RunFolder;
import org.narrativelens.report.RunSummary;
import org.narrativelens.report.RunsIndexWriter;
import org.narrativelens.report.Table;
import org.narrativelens.text.TermRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Entry point of the batch job, started by {@code spark-submit --class org.narrativelens.NarrativeJob}:
 * parses the parameters, runs the analysis on Spark, writes the run folder, and maps every failure to
 * a one-line message and a documented {@link ExitCode}.
 */
public final class NarrativeJob {

    private static final Logger LOG = LoggerFactory.getLogger(NarrativeJob.class);
    private static final Logger RUN_LOG = LoggerFactory.getLogger(RunLog.FILE_ONLY);

    private final SparkSessionProvider sessions;
    private final PrintStream out;
    private final PrintStream err;

    public NarrativeJob(SparkSessionProvider sessions, PrintStream out, PrintStream err) {
        this.sessions = sessions;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new NarrativeJob(SparkSessionProvider.submitted(), System.out, System.err).run(args));
    }

    /** Runs the job with {@code args}; returns the exit code. */
    public int run(String... args) {
        JobCommand command = new JobCommand();
        CommandLine cl;
        try {
            cl = JobCommand.commandLine(command, args);
            cl.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            return usageError(e.getMessage());
        }
        if (cl.isUsageHelpRequested()) {
            cl.usage(out);
            return ExitCode.OK;
        }
        if (cl.isVersionHelpRequested()) {
            cl.printVersionHelp(out);
            return ExitCode.OK;
        }
        try {
            return analyse(command.toParameters());
        } catch (CommandLine.ParameterException e) {
            return usageError(e.getMessage());
        }
    }

    private int analyse(JobParameters params) {
        ProgressReporter progress = new ProgressReporter(out);
        OffsetDateTime started = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        RunFolder folder;
        try {
            folder = RunFolder.open(Path.of(params.out()), params.runName());
        } catch (FileAlreadyExistsException e) {
            return usageError(e.getMessage());
        } catch (IOException e) {
            return failure(e, null);
        }
        try (folder; RunLog log = RunLog.attach(folder.file(RunLog.FILE))) {
            try {
                return analyse(params, folder, progress, started);
            } catch (Exception | OutOfMemoryError e) {
                RUN_LOG.error("run failed", e);
                log.close();
                return failure(e, folder);
            }
        } catch (IOException e) {
            return failure(e, null);
        }
    }

    private int analyse(JobParameters params, RunFolder folder, ProgressReporter progress, OffsetDateTime started) throws IOException {
        ActorDictionaryReader dictionaries = new ActorDictionaryReader();
        ActorDictionary actors = params.actors() == null
                ? dictionaries.readDefault()
                : dictionaries.read(Path.of(params.actors()));
        if (params.extraActors() != null) {
            actors = dictionaries.extend(actors, Path.of(params.extraActors()));
        }
        TermRules terms = TermRules.load(params.language());
        // The earlier run is looked for before Spark starts: a wrong name costs no analysis.
        RunComparison comparison = params.compareTo() == null ? null : earlierRun(params);
        SparkSession spark = progress.stage("start Spark", sessions::open, s -> "Spark " + s.version() + ", " + s.sparkContext().master());
        try (SparkJobCounter jobs = SparkJobCounter.attach(spark)) {
            AnalysisPipeline.Result result = new AnalysisPipeline(spark, params, actors, terms, progress,
                    folder.file("")).run();
            List<Table> tables = result.tables();
            if (comparison != null) {
                tables = new ArrayList<>(tables);
                tables.addAll(comparison.compare(result.tables(), params.asMap()));
                progress.line("compared with " + comparison.folder());
            }
            RunSummary summary = new RunSummary(toolName(), params.runName(), started.toString(),
                    OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString(), progress.elapsedMillis(),
                    params.input(), result.fingerprint(), params.asMap(), result.counts(), result.profile(), progress.timings(),
                    versions(spark), ReportWriter.tableFiles(tables), result.prepared(), jobs.jobs());
            Path written = new ReportWriter().write(folder, summary, tables, result.network(), result.documents());
            progress.line("report written: " + written.resolve("index.html").toAbsolutePath());
            updateRunsIndex(Path.of(params.out()), progress);
            return ExitCode.OK;
        } finally {
            sessions.close(spark);
        }
    }

    private static RunComparison earlierRun(JobParameters params) {
        try {
            return RunComparison.of(Path.of(params.out()), params.compareTo());
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("--compare-to", e.getMessage());
        }
    }

    /** The runs index is a convenience: failing to write it does not fail the run. */
    private static void updateRunsIndex(Path outDir, ProgressReporter progress) {
        try {
            if (new RunsIndexWriter().update(outDir)) {
                progress.line("all runs: " + outDir.resolve("index.html").toAbsolutePath());
            } else {
                LOG.warn("{} was not written by this job; left as it is, no runs index written", outDir.resolve("index.html"));
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("could not update the runs index in {}: {}", outDir, e.toString());
        }
    }

    /**
     * Maps a failure, possibly wrapped by Spark, to one line on the console and its exit code. Bad input
     * and options need no more than the line; an unexpected failure's stack trace is in the run's log,
     * kept beside where the run would have been ({@code folder} null: there is none).
     */
    private int failure(Throwable e, RunFolder folder) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                err.println("narrative-lens: error: out of memory (" + t.getMessage() + "): give the run more with --driver-memory "
                        + "(scripts/run.sh, default 2g; e.g. --driver-memory 8g), or on a cluster more --executor-memory");
                return ExitCode.OUT_OF_MEMORY;
            }
            if (t instanceof InputException) {
                err.println("narrative-lens: error: " + t.getMessage());
                return ExitCode.BAD_INPUT;
            }
            if (t instanceof InvalidParameterException) {
                return usageError(t.getMessage());
            }
        }
        Path failedLog = null;
        try {
            failedLog = folder == null ? null : folder.keepFailed(RunLog.FILE);
        } catch (IOException | RuntimeException keeping) {
            LOG.warn("could not keep the run's log: {}", keeping.toString());
        }
        err.println("narrative-lens: unexpected failure: " + e
                + (failedLog == null ? "" : " (details in " + failedLog.toAbsolutePath() + ")"));
        return ExitCode.FAILURE;
    }

    private int usageError(String message) {
        err.println("narrative-lens: error: " + message + " (see --help)");
        return ExitCode.USAGE;
    }

    private static String toolName() {
        String v = NarrativeJob.class.getPackage().getImplementationVersion();
        return "narrative-lens " + (v == null ? "dev" : v);
    }

    private static Map<String, String> versions(SparkSession spark) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("spark", spark.version());
        v.put("scala", scala.util.Properties.versionNumberString());
        v.put("java", System.getProperty("java.version"));
        v.put("application", toolName());
        return v;
    }
}
