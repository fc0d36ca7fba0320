package org.jifen.adapters.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link TransactionLocks}: a lock waits for the transaction holding the same (scope, key) to end,
 * never for another key, and is released by commit and by rollback alike. Run on H2 and PostgreSQL.
 */
abstract class TransactionLocksCases {

    protected abstract TestDatabase db();

    /** Holds the lock in a transaction of its own on another thread until {@code release} opens. */
    private Future<?> holdInAnotherThread(ExecutorService pool, String scope, String key, CountDownLatch held,
            CountDownLatch release, boolean rollback) {
        return pool.submit(() -> {
            try {
                db().transactions().run(() -> {
                    db().database().locks().lock(scope, key);
                    held.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    if (rollback) {
                        throw new IllegalStateException("rolled back on purpose");
                    }
                });
            } catch (IllegalStateException expected) {
                // the rollback case
            }
        });
    }

    private CompletableFuture<Long> lockLater(ExecutorService pool, String scope, String key) {
        return CompletableFuture.supplyAsync(() -> db().transactions().inTransaction(() -> {
            db().database().locks().lock(scope, key);
            return System.nanoTime();
        }), pool);
    }

    @Test
    @Timeout(60)
    void theSameKey_waitsForTheHolderToCommit_anotherKeyOrScopeDoesNot() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch held = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Future<?> holder = holdInAnotherThread(pool, "ledger", "person-0001", held, release, false);
            assertThat(held.await(20, TimeUnit.SECONDS)).isTrue();

            assertThat(lockLater(pool, "ledger", "person-0002").get(10, TimeUnit.SECONDS)).isPositive();
            assertThat(lockLater(pool, "audit", "person-0001").get(10, TimeUnit.SECONDS)).isPositive();
            CompletableFuture<Long> sameKey = lockLater(pool, "ledger", "person-0001");
            assertThat(waitsAtLeast(sameKey, 500)).as("waits while the holder's transaction is open").isTrue();

            long released = System.nanoTime();
            release.countDown();
            holder.get(20, TimeUnit.SECONDS);
            assertThat(sameKey.get(20, TimeUnit.SECONDS)).isGreaterThan(released);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Timeout(60)
    void aRollback_releasesTheLockToo() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch held = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Future<?> holder = holdInAnotherThread(pool, "ledger", "person-0001", held, release, true);
            assertThat(held.await(20, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Long> sameKey = lockLater(pool, "ledger", "person-0001");
            assertThat(waitsAtLeast(sameKey, 300)).isTrue();

            release.countDown();
            holder.get(20, TimeUnit.SECONDS);

            assertThat(sameKey.get(20, TimeUnit.SECONDS)).isPositive();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLockTakenTwiceInOneTransaction_doesNotWaitForItself() {
        long taken = db().transactions().inTransaction(() -> {
            db().database().locks().lock("ledger", "person-0001");
            db().database().locks().lock("ledger", "person-0001");
            return 2L;
        });

        assertThat(taken).isEqualTo(2L);
    }

    private static boolean waitsAtLeast(CompletableFuture<Long> future, long millis) throws Exception {
        try {
            future.get(millis, TimeUnit.MILLISECONDS);
            return false;
        } catch (TimeoutException stillWaiting) {
            return true;
        }
    }
}
