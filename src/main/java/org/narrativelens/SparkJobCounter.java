package org.narrativelens;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;

/**
 * Counts the Spark jobs a run starts, for {@code run.json}: on small corpora each job's scheduling costs
 * more than its data, so the count is what the seeds' run time follows.
 */
final class SparkJobCounter extends SparkListener implements AutoCloseable {

    private final SparkSession spark;
    private final AtomicInteger jobs = new AtomicInteger();

    private SparkJobCounter(SparkSession spark) {
        this.spark = spark;
    }

    /** Starts counting the jobs of {@code spark} until {@link #close}. */
    static SparkJobCounter attach(SparkSession spark) {
        SparkJobCounter counter = new SparkJobCounter(spark);
        spark.sparkContext().addSparkListener(counter);
        return counter;
    }

    @Override
    public void onJobStart(SparkListenerJobStart jobStart) {
        jobs.incrementAndGet();
    }

    /** The jobs started since {@link #attach}; the listener bus reports them asynchronously, so wait for it first. */
    int jobs() {
        try {
            spark.sparkContext().listenerBus().waitUntilEmpty(10_000);
        } catch (java.util.concurrent.TimeoutException e) {
            // the count so far: a busy listener bus must not hold up the report
        }
        return jobs.get();
    }

    @Override
    public void close() {
        spark.sparkContext().removeSparkListener(this);
    }
}
