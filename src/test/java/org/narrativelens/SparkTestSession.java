package org.narrativelens;

import org.apache.spark.sql.SparkSession;

/**
 * One local SparkSession shared by every test in the JVM: two threads, no UI, few shuffle partitions.
 * Starting Spark costs seconds, so no test stops it.
 */
public final class SparkTestSession {

    private static SparkSession session;

    private SparkTestSession() {
    }

    public static synchronized SparkSession get() {
        if (session == null) {
            session = SparkSession.builder()
                    .appName("narrative-lens-tests")
                    .master("local[2]")
                    .config("spark.ui.enabled", "false")
                    .config("spark.ui.showConsoleProgress", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.default.parallelism", "2")
                    .getOrCreate();
        }
        return session;
    }

    /** A provider that hands the shared session to the job and leaves it running afterwards. */
    public static SparkSessionProvider provider() {
        return new SparkSessionProvider() {
            @Override
            public SparkSession open() {
                return get();
            }

            @Override
            public void close(SparkSession s) {
                // shared by all tests: stopped when the JVM exits
            }
        };
    }
}
