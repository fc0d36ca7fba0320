package org.jifen.adapters.db.audit;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.JdbiException;
import org.jifen.adapters.db.JdbiTransactionRunner;
import org.jifen.adapters.db.JifenDatabase;
import org.jifen.adapters.db.SqlFailures;
import org.jifen.adapters.db.TransactionLocks;
import org.jifen.application.port.in.shared.RuleRefusedException;
import org.jifen.application.port.out.audit.AuditLog;
import org.jifen.application.port.out.audit.AuditQuery;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.audit.AuditEvent;

/**
 * The audit log in {@code audit_event}: inserted, never updated or deleted (on PostgreSQL triggers
 * refuse both). The chain is written under one transaction lock ({@link #LOCK_SCOPE}/{@link #LOCK_KEY}):
 * {@link #last()} inside a transaction takes it, so the writer that reads the last event to chain the
 * next one (the AuditTrail) holds the chain until it commits, and {@link #append} takes it again before
 * checking that the sequence follows the last one ({@code AUDIT_SEQUENCE_CONFLICT} otherwise). The
 * sequence is the primary key as well: two appends of one sequence can never both be stored.
 */
public final class JdbiAuditLog implements AuditLog {

    /** The {@link TransactionLocks} scope and key of the audit chain. */
    public static final String LOCK_SCOPE = "audit";
    public static final String LOCK_KEY = "chain";

    private final JdbiTransactionRunner transactions;
    private final TransactionLocks locks;

    public JdbiAuditLog(JifenDatabase database) {
        Objects.requireNonNull(database, "database");
        this.transactions = database.transactions();
        this.locks = database.locks();
    }

    @Override
    public void append(AuditEvent event) {
        AuditEventRow row = row(event);
        transactions.inTransaction(() -> {
            locks.lock(LOCK_SCOPE, LOCK_KEY);
            transactions.useDao(AuditDao.class, dao -> {
                long last = dao.lastSequence();
                if (event.sequence() != last + 1) {
                    throw outOfSequence(event, last);
                }
                try {
                    dao.insert(row);
                } catch (JdbiException failure) {
                    if (SqlFailures.isUniqueViolation(failure)) {
                        throw outOfSequence(event, event.sequence());
                    }
                    throw failure;
                }
            });
            return null;
        });
    }

    @Override
    public Optional<AuditEvent> last() {
        if (transactions.inTransaction()) {
            // whoever reads the last event inside a unit of work is about to chain the next one
            locks.lock(LOCK_SCOPE, LOCK_KEY);
        }
        return transactions.withDao(AuditDao.class, AuditDao::last).map(JdbiAuditLog::event);
    }

    @Override
    public List<AuditEvent> all() {
        return transactions.withDao(AuditDao.class, AuditDao::all).stream().map(JdbiAuditLog::event).toList();
    }

    @Override
    public List<AuditEvent> query(AuditQuery query) {
        StringBuilder filters = new StringBuilder();
        query.subject().ifPresent(s -> filters.append(" AND subject = :subject"));
        query.actor().ifPresent(a -> filters.append(" AND actor = :actor"));
        query.from().ifPresent(f -> filters.append(" AND occurred_at >= :from"));
        query.to().ifPresent(t -> filters.append(" AND occurred_at < :to"));
        return transactions.withDao(AuditDao.class, dao -> dao.query(filters.toString(),
                        query.subject().orElse(null), query.actor().orElse(null),
                        query.from().map(JdbiAuditLog::utc).orElse(null), query.to().map(JdbiAuditLog::utc).orElse(null)))
                .stream().map(JdbiAuditLog::event).toList();
    }

    private static RuleRefusedException outOfSequence(AuditEvent event, long last) {
        return new RuleRefusedException("AUDIT_SEQUENCE_CONFLICT", "audit event " + event.sequence()
                + " does not follow " + last + ": another event was appended first");
    }

    private static AuditEventRow row(AuditEvent event) {
        return new AuditEventRow(event.sequence(), utc(event.at()), event.actor(), event.role(), event.action().name(),
                event.subject(), event.details(), event.previousHash(), event.hash());
    }

    private static AuditEvent event(AuditEventRow row) {
        return new AuditEvent(row.sequenceNo(), row.occurredAt().toInstant(), row.actor(), row.actorRole(),
                AuditAction.valueOf(row.auditAction()), row.subject(), row.details(), row.previousHash(),
                row.eventHash());
    }

    private static OffsetDateTime utc(java.time.Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
