package org.narrativelens;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Where the job gets its SparkSession. The default takes the master and settings spark-submit passed
 * (falling back to {@code local[*]} when started without one) and stops the session at the end; tests
 * hand in a shared session that outlives the run.
 */
public interface SparkSessionProvider {

    SparkSession open();

    void close(SparkSession session);

    /** The session spark-submit configured, stopped when the run ends. */
    static SparkSessionProvider submitted() {
        return new SparkSessionProvider() {
            @Override
            public SparkSession open() {
                SparkConf conf = new SparkConf();
                SparkSession.Builder builder = SparkSession.builder().appName("narrative-lens");
                if (!conf.contains("spark.master")) {
                    builder.master("local[*]");
                }
                boolean local = conf.get("spark.master", "local[*]").startsWith("local");
                if (local && !conf.contains("spark.sql.shuffle.partitions")) {
                    // One machine: a handful of shuffle partitions beats Spark's 200 tiny tasks.
                    builder.config("spark.sql.shuffle.partitions", Math.max(2, 2 * Runtime.getRuntime().availableProcessors()));
                }
                if (local && !conf.contains("spark.sql.files.openCostInBytes")) {
                    // Opening a local file is cheap: Spark's 4 MB estimate would split a folder of 2,000
                    // small articles into 70 partitions, and every later stage into 70 tasks.
                    builder.config("spark.sql.files.openCostInBytes", 256 * 1024);
                }
                return builder.getOrCreate();
            }

            @Override
            public void close(SparkSession session) {
                session.stop();
            }
        };
    }
}
