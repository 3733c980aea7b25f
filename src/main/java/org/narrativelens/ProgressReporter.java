package org.narrativelens;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.narrativelens.report.RunSummary;

/**
 * Prints one concise line per stage with the elapsed time, and keeps the stage timings for the run
 * manifest. The only place in the job that prints to the console; the lines also go to the run's log. Safe to use from concurrent stages.
 */
public final class ProgressReporter {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(RunLog.FILE_ONLY);

    private final PrintStream out;
    private final long start = System.nanoTime();
    private final List<RunSummary.StageTiming> timings = java.util.Collections.synchronizedList(new ArrayList<>());

    public ProgressReporter(PrintStream out) {
        this.out = out;
    }

    /** Runs {@code stage}, then prints its name, its time and {@code outcome} applied to its result. */
    public <T> T stage(String name, Supplier<T> stage, java.util.function.Function<T, String> outcome) {
        return stage(name, false, stage, outcome);
    }

    /**
     * Runs {@code stage} like {@link #stage(String, Supplier, java.util.function.Function)}; when {@code reused}, the
     * stage's result comes from an earlier run's cache, and the line and the manifest say so.
     */
    public <T> T stage(String name, boolean reused, Supplier<T> stage, java.util.function.Function<T, String> outcome) {
        long t0 = System.nanoTime();
        T result = stage.get();
        long millis = (System.nanoTime() - t0) / 1_000_000;
        timings.add(new RunSummary.StageTiming(name, millis, reused));
        line(String.format(Locale.ROOT, "%-22s %6.1f s  %s%s", name, millis / 1000.0, reused ? "reused: " : "", outcome.apply(result)));
        return result;
    }

    /** Runs {@code stage} and keeps its timing for the manifest, printing nothing: for stages too small to name on the console. */
    public <T> T record(String name, boolean reused, Supplier<T> stage) {
        long t0 = System.nanoTime();
        T result = stage.get();
        timings.add(new RunSummary.StageTiming(name, (System.nanoTime() - t0) / 1_000_000, reused));
        return result;
    }

    /** Prints a line with the time since the start. */
    public synchronized void line(String text) {
        String line = String.format(Locale.ROOT, "[%6.1f s] %s", elapsedMillis() / 1000.0, text);
        out.println(line);
        out.flush();
        LOG.info(line);
    }

    public long elapsedMillis() {
        return (System.nanoTime() - start) / 1_000_000;
    }

    public List<RunSummary.StageTiming> timings() {
        synchronized (timings) {
            return List.copyOf(timings);
        }
    }
}
