package org.jifen.adapters.db.shared;

import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.JdbiException;
import org.jifen.adapters.db.JdbiTransactionRunner;
import org.jifen.adapters.db.JifenDatabase;
import org.jifen.adapters.db.SqlFailures;
import org.jifen.application.port.in.shared.RuleRefusedException;
import org.jifen.application.port.out.shared.IdempotencyRecord;
import org.jifen.application.port.out.shared.IdempotencyRecords;

/**
 * Idempotency records in {@code idempotency_record}, on the transaction of the write they answer. A key
 * already stored (a concurrent request with the same key committed first) violates the primary key and is
 * refused with {@code DUPLICATE_IDEMPOTENCY_KEY}; the transaction is then aborted and rolls back.
 */
public final class JdbiIdempotencyRecords implements IdempotencyRecords {

    private final JdbiTransactionRunner transactions;

    public JdbiIdempotencyRecords(JifenDatabase database) {
        Objects.requireNonNull(database, "database");
        this.transactions = database.transactions();
    }

    @Override
    public Optional<IdempotencyRecord> find(String subject, String scope, String key) {
        return transactions.withDao(IdempotencyRecordDao.class, dao -> dao.find(subject, scope, key))
                .map(row -> new IdempotencyRecord(row.subject(), row.scope(), row.idempotencyKey(), row.fingerprint(),
                        row.status(), row.location(), row.body(), row.recordedAt().toInstant()));
    }

    @Override
    public void record(IdempotencyRecord record) {
        IdempotencyRecordRow row = new IdempotencyRecordRow(record.subject(), record.scope(), record.key(),
                record.fingerprint(), record.status(), record.location(), record.body(),
                record.recordedAt().atOffset(ZoneOffset.UTC));
        transactions.withHandle(handle -> {
            try {
                handle.attach(IdempotencyRecordDao.class).insert(row);
            } catch (JdbiException failure) {
                if (SqlFailures.isUniqueViolation(failure)) {
                    throw new RuleRefusedException("DUPLICATE_IDEMPOTENCY_KEY", "idempotency key " + record.key()
                            + " of " + record.subject() + " on " + record.scope() + " is already recorded");
                }
                throw failure;
            }
            return null;
        });
    }
}
