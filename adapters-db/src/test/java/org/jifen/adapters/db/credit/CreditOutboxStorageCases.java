package org.jifen.adapters.db.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jifen.adapters.db.TestDatabase;
import org.jifen.application.port.out.credit.BadCreditRecord;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.person.TestIdNumbers;
import org.junit.jupiter.api.Test;

/**
 * The outbox beyond the port contract: what the integration job sees (pending records, marked forwarded
 * once), records kept with the transaction that wrote them, and one record per case and person when
 * writers race. Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class CreditOutboxStorageCases {

    private static final IdNumber ANNA = TestIdNumbers.idNumber("330203", LocalDate.of(1990, 3, 7), 123);
    private static final IdNumber BORIS = TestIdNumbers.idNumber("510102", LocalDate.of(1985, 11, 12), 456);
    private static final String CASE = "海公(刑)字2024第001号";
    private static final Instant AT = Instant.parse("2024-10-15T02:00:00.000001Z");

    protected abstract TestDatabase db();

    private JdbiCreditOutbox outbox() {
        return db().get(JdbiCreditOutbox.class, JdbiCreditOutbox::new);
    }

    private static BadCreditRecord record(IdNumber idNumber, String name, String reason) {
        return new BadCreditRecord(idNumber, name, CASE, reason, "admin-zj", AT);
    }

    @Test
    void pendingRecords_areListedInOrderUntilMarkedForwarded_once() {
        BadCreditRecord anna = record(ANNA, "张伟", "伪造社保缴费证明");
        BadCreditRecord boris = record(BORIS, "李雷", "协助伪造社保缴费证明");
        outbox().recordBadCredit(anna);
        outbox().recordBadCredit(boris);

        List<PendingCreditRecord> pending = outbox().pending();
        assertThat(pending).extracting(PendingCreditRecord::record).containsExactly(anna, boris);
        long annaSequence = pending.get(0).sequence();

        assertThat(outbox().markForwarded(annaSequence, AT.plusSeconds(60))).isTrue();
        assertThat(outbox().markForwarded(annaSequence, AT.plusSeconds(120))).as("already forwarded").isFalse();
        assertThat(outbox().markForwarded(annaSequence + 1_000, AT)).as("unknown").isFalse();

        assertThat(outbox().pending()).extracting(PendingCreditRecord::record).containsExactly(boris);
        assertThat(outbox().records()).containsExactly(anna, boris);
        outbox().recordBadCredit(anna);
        assertThat(outbox().pending()).as("a forwarded record is not sent again").extracting(
                PendingCreditRecord::record).containsExactly(boris);
    }

    @Test
    void aRecordWrittenInAUnitOfWorkThatFails_isNotInTheOutbox() {
        assertThatThrownBy(() -> db().transactions().run(() -> {
            outbox().recordBadCredit(record(ANNA, "张伟", "伪造社保缴费证明"));
            throw new IllegalStateException("the clearing failed after the record was written");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(outbox().records()).isEmpty();
        assertThat(outbox().pending()).isEmpty();
    }

    @Test
    void theSameCaseAndPersonRecordedByConcurrentWriters_isKeptOnce() throws Exception {
        int writers = 6;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            for (int writer = 0; writer < writers; writer++) {
                String reason = "伪造社保缴费证明 #" + writer;
                futures.add(pool.submit(() -> {
                    start.await();
                    db().transactions().run(() -> outbox().recordBadCredit(record(ANNA, "张伟", reason)));
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(outbox().records()).hasSize(1)
                .allSatisfy(kept -> assertThat(kept.idNumber().value()).isEqualTo(ANNA.value()));
    }
}
