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

    private static final org.slf4j.Logger RUN_LOG = org.slf4j.LoggerFactory.getLogger(RunLog.FILE_ONLY);

    private final SparkSession spark;
    private final AtomicInteger jobs = new AtomicInteger();
    /** Jobs by the line of our code (or Spark's) that started them: where to look when a run starts too many. */
    private final java.util.concurrent.ConcurrentMap<String, Integer> byCallSite = new java.util.concurrent.ConcurrentHashMap<>();

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
        // The job's last stage is named after the action that started it ("collectAsList at TableCollector.java:20").
        String site = scala.jdk.javaapi.CollectionConverters.asJava(jobStart.stageInfos()).stream()
                .max(java.util.Comparator.comparingInt(org.apache.spark.scheduler.StageInfo::stageId))
                .map(org.apache.spark.scheduler.StageInfo::name).orElse("(unknown)");
        byCallSite.merge(site, 1, Integer::sum);
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
        StringBuilder sites = new StringBuilder();
        byCallSite.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(java.util.Map.Entry.comparingByKey()))
                .forEach(e -> sites.append("\n  ").append(e.getValue()).append("  ").append(e.getKey()));
        RUN_LOG.info("{} Spark jobs, by call site:{}", jobs.get(), sites);
    }
}
