package org.narrativelens;

import java.nio.file.Path;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.FileAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * The run's log file: the job's stage lines and every warning and error of Spark and the job, with their
 * stack traces, while the console shows one line per message. Needs Log4j 2 as the logging backend, as
 * Spark ships it; under another backend no file is written and the cluster's logging decides.
 */
final class RunLog implements AutoCloseable {

    static final String FILE = "job.log";
    /** A logger whose messages go into this file only, not to the console: stage lines, failures' stack traces. */
    static final String FILE_ONLY = "org.narrativelens.runlog";
    private static final String APPENDER = "narrative-lens-run-log";

    private final LoggerContext context;
    private final FileAppender appender;

    private RunLog(LoggerContext context, FileAppender appender) {
        this.context = context;
        this.appender = appender;
    }

    /** Starts writing the log to {@code file}. */
    static RunLog attach(Path file) {
        if (!(LogManager.getContext(false) instanceof LoggerContext context)) {
            return new RunLog(null, null);
        }
        FileAppender appender = FileAppender.newBuilder()
                .setName(APPENDER)
                .withFileName(file.toString())
                .setLayout(PatternLayout.newBuilder().withPattern("%d{yyyy-MM-dd HH:mm:ss} %-5p %c{1} [%t]: %m%n%ex").build())
                .build();
        appender.start();
        Configuration config = context.getConfiguration();
        config.addAppender(appender);
        config.getRootLogger().addAppender(appender, null, null);
        LoggerConfig fileOnly = LoggerConfig.newBuilder().withLoggerName(FILE_ONLY).withLevel(Level.INFO)
                .withAdditivity(false).withConfig(config).build();
        fileOnly.addAppender(appender, null, null);
        config.addLogger(FILE_ONLY, fileOnly);
        context.updateLoggers();
        return new RunLog(context, appender);
    }

    /** Stops writing and closes the file; safe to call twice. */
    @Override
    public void close() {
        if (context == null || !appender.isStarted()) {
            return;
        }
        Configuration config = context.getConfiguration();
        config.removeLogger(FILE_ONLY);
        config.getRootLogger().removeAppender(APPENDER);
        context.updateLoggers();
        appender.stop();
    }
}
