package org.narrativelens.tables;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;

/**
 * Runs the independent queries of one stage on threads of their own, so that their Spark jobs overlap.
 * On a small corpus a query is mostly the driver planning and scheduling its job: one after another, the
 * actor tables' queries were the tail of a run. Spark still runs one task per core, so overlapping jobs
 * need no more memory.
 */
public final class ConcurrentQueries implements AutoCloseable {

    private final SparkSession spark;
    private final ExecutorService pool;

    /** Up to {@code threads} queries of {@code spark} at a time, on daemon threads named {@code name}. */
    public ConcurrentQueries(SparkSession spark, String name, int threads) {
        this.spark = spark;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    public <T> Future<T> submit(Callable<T> query) {
        return pool.submit(query);
    }

    /** The query's result, waited for; its failure is rethrown as it was. */
    public static <T> T result(Future<T> query) {
        try {
            return query.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a query", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * {@code failure}, after cancelling the session's Spark jobs: the run ends with it, so the other
     * queries need not run on to their end ({@code throw queries.failed(e)}).
     */
    public RuntimeException failed(RuntimeException failure) {
        spark.sparkContext().cancelAllJobs();
        return failure;
    }

    /**
     * Waits for the queries still running, so that nothing they read is released under them.
     */
    @Override
    public void close() {
        pool.shutdown();
        try {
            pool.awaitTermination(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
