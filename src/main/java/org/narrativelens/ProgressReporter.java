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
        long t0 = System.nanoTime();
        T result = stage.get();
        long millis = (System.nanoTime() - t0) / 1_000_000;
        timings.add(new RunSummary.StageTiming(name, millis));
        line(String.format(Locale.ROOT, "%-22s %6.1f s  %s", name, millis / 1000.0, outcome.apply(result)));
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
