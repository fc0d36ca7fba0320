package org.jifen.adapters.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two units of work that lock the same two rows in opposite orders deadlock; PostgreSQL aborts one of
 * them (40P01). The runner runs the aborted unit again, so both complete, each change once. A unit the
 * database keeps aborting gives up after {@link JdbiTransactionRunner#ATTEMPTS} runs with
 * {@code STORAGE_CONFLICT}.
 */
class PostgresDeadlockRetryTest {

    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @BeforeEach
    void twoRows() {
        db.transactions().useHandle(handle -> {
            handle.execute("CREATE TABLE retry_probe (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)");
            handle.execute("INSERT INTO retry_probe VALUES (1, 0), (2, 0)");
        });
    }

    @Test
    void twoUnitsThatDeadlock_bothComplete_theAbortedOneRunAgain() throws Exception {
        JdbiTransactionRunner transactions = db.transactions();
        CyclicBarrier bothHoldTheirFirstRow = new CyclicBarrier(2);
        AtomicInteger runs = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> done = threads.invokeAll(List.of(
                    () -> transactions.inTransaction(() -> bump(transactions, 1, 2, bothHoldTheirFirstRow, runs)),
                    () -> transactions.inTransaction(() -> bump(transactions, 2, 1, bothHoldTheirFirstRow, runs))),
                    60, TimeUnit.SECONDS);
            for (Future<Integer> unit : done) {
                assertThat(unit.get()).isEqualTo(2);
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(runs.get()).as("one unit was aborted by the deadlock and ran again").isEqualTo(3);
        List<Integer> counts = db.transactions().withHandle(handle -> handle
                .createQuery("SELECT n FROM retry_probe ORDER BY id").mapTo(Integer.class).list());
        assertThat(counts).as("each unit's change once").containsExactly(2, 2);
    }

    @Test
    void aUnitTheDatabaseKeepsAborting_givesUpWithStorageConflict_afterTheLastAttempt() {
        AtomicInteger runs = new AtomicInteger();

        assertThatThrownBy(() -> db.transactions().inTransaction(() -> {
            runs.incrementAndGet();
            return db.transactions().withHandle(handle -> handle.execute(
                    "DO $$ BEGIN RAISE EXCEPTION 'always' USING ERRCODE = '40001'; END $$"));
        })).isInstanceOfSatisfying(StorageException.class, e -> assertThat(e.code()).isEqualTo("STORAGE_CONFLICT"));

        assertThat(runs.get()).isEqualTo(JdbiTransactionRunner.ATTEMPTS);
    }

    @Test
    void anyOtherFailure_isNotRunAgain() {
        AtomicInteger runs = new AtomicInteger();

        assertThatThrownBy(() -> db.transactions().inTransaction(() -> {
            runs.incrementAndGet();
            return db.transactions().withHandle(handle -> handle.execute("INSERT INTO retry_probe VALUES (1, 9)"));
        })).isInstanceOf(RuntimeException.class);

        assertThat(runs.get()).isEqualTo(1);
    }

    /** Locks one row, waits until the other unit holds its first row, then locks the other row. */
    private static int bump(JdbiTransactionRunner transactions, int first, int second, CyclicBarrier barrier,
            AtomicInteger runs) {
        int run = runs.incrementAndGet();
        transactions.useHandle(handle -> handle.execute("UPDATE retry_probe SET n = n + 1 WHERE id = ?", first));
        if (run <= 2) {
            try {
                barrier.await(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        transactions.useHandle(handle -> handle.execute("UPDATE retry_probe SET n = n + 1 WHERE id = ?", second));
        return 2;
    }
}
