package org.narrativelens.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.narrativelens.SparkTestSession;

class ConcurrentQueriesTest {

    @Test
    void queriesRunSideBySide() throws InterruptedException {
        // Two queries that each wait for the other to start: one after another they would never end.
        CountDownLatch started = new CountDownLatch(2);
        try (ConcurrentQueries queries = new ConcurrentQueries(SparkTestSession.get(), "test-queries", 2)) {
            Future<Boolean> first = queries.submit(() -> {
                started.countDown();
                return started.await(10, TimeUnit.SECONDS);
            });
            Future<Boolean> second = queries.submit(() -> {
                started.countDown();
                return started.await(10, TimeUnit.SECONDS);
            });
            assertTrue(ConcurrentQueries.result(first));
            assertTrue(ConcurrentQueries.result(second));
        }
    }

    @Test
    void aFailedQueryIsRethrownAsItWas() {
        IllegalArgumentException failure = new IllegalArgumentException("no such column");
        try (ConcurrentQueries queries = new ConcurrentQueries(SparkTestSession.get(), "test-queries", 1)) {
            Future<Object> query = queries.submit(() -> {
                throw failure;
            });
            assertSame(failure, assertThrows(IllegalArgumentException.class, () -> ConcurrentQueries.result(query)));
        }
    }

    @Test
    void closeWaitsForTheQueriesStillRunning() {
        AtomicBoolean finished = new AtomicBoolean();
        ConcurrentQueries queries = new ConcurrentQueries(SparkTestSession.get(), "test-queries", 1);
        queries.submit(() -> {
            Thread.sleep(300);
            finished.set(true);
            return null;
        });
        queries.close();
        assertTrue(finished.get(), "close returned before the query ended");
    }

    @Test
    void failedCancelsTheSessionsJobs() throws InterruptedException {
        var spark = SparkTestSession.get();
        try (ConcurrentQueries queries = new ConcurrentQueries(spark, "test-queries", 1)) {
            // A Spark job whose tasks run for a minute unless killed.
            Future<Long> slow = queries.submit(() -> spark.range(0, 2, 1, 2).map(
                    (org.apache.spark.api.java.function.MapFunction<Long, Long>) n -> {
                        for (int i = 0; i < 600 && !org.apache.spark.TaskContext.get().isInterrupted(); i++) {
                            Thread.sleep(100);
                        }
                        return n;
                    }, org.apache.spark.sql.Encoders.LONG()).count());
            Thread.sleep(1_000);
            RuntimeException failure = new IllegalStateException("another query failed");
            long start = System.nanoTime();
            assertSame(failure, queries.failed(failure));
            assertThrows(RuntimeException.class, () -> ConcurrentQueries.result(slow));
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(30), "the slow job was not cancelled");
        }
        assertEquals(3L, spark.range(3).count(), "the session still runs jobs after the cancel");
    }
}
