package org.jifen.adapters.db.ledger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jdbi.v3.core.JdbiException;
import org.jifen.adapters.db.Dialect;
import org.jifen.adapters.db.JdbiTransactionRunner;
import org.jifen.adapters.db.JifenDatabase;
import org.jifen.adapters.db.SqlFailures;
import org.jifen.adapters.db.TransactionLocks;
import org.jifen.application.port.out.ledger.LedgerRepository;
import org.jifen.domain.ledger.DuplicateEntryException;
import org.jifen.domain.ledger.IdempotencyKey;
import org.jifen.domain.ledger.Ledger;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.person.PersonId;

/**
 * The score ledger in {@code ledger_entry}: appended in JDBC batches (multi-row INSERTs on PostgreSQL),
 * never updated or deleted. {@link #loadForPosting} takes the person's ledger lock for the rest of the
 * transaction, so a balance read there holds until the posting is appended, whatever other writers do.
 */
public final class JdbiLedgerRepository implements LedgerRepository {

    /** The {@link TransactionLocks} scope of a person's ledger (the key is the person id). */
    public static final String LOCK_SCOPE = "ledger";

    private static final int KEYS_PER_QUERY = 1000;
    private static final String SAVEPOINT = "ledger_append";

    private final JdbiTransactionRunner transactions;
    private final TransactionLocks locks;
    private final Dialect dialect;

    public JdbiLedgerRepository(JifenDatabase database) {
        Objects.requireNonNull(database, "database");
        this.transactions = database.transactions();
        this.locks = database.locks();
        this.dialect = database.dialect();
    }

    @Override
    public Ledger load(PersonId person) {
        List<LedgerRow> rows = transactions.withDao(LedgerDao.class, dao -> dao.entriesOf(person.value()));
        return Ledger.of(person, rows.stream().map(LedgerRow::toEntry).toList());
    }

    @Override
    public Ledger loadForPosting(PersonId person) {
        return transactions.inTransaction(() -> {
            locks.lock(LOCK_SCOPE, person.value());
            return load(person);
        });
    }

    @Override
    public void append(List<LedgerEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Set<IdempotencyKey> inBatch = new HashSet<>();
        for (LedgerEntry entry : entries) {
            if (!inBatch.add(entry.key())) {
                throw new DuplicateEntryException(entry.key());
            }
        }
        List<String> keys = entries.stream().map(e -> e.key().value()).toList();
        List<LedgerRow> rows = entries.stream().map(LedgerRow::of).toList();
        transactions.useHandle(handle -> {
            LedgerDao dao = handle.attach(LedgerDao.class);
            refuseKeysIn(entries, existingKeys(dao, keys));
            // H2 keeps the rows of a batch before a failing one: a savepoint takes them back. On
            // PostgreSQL the failure aborts the whole transaction anyway (and savepoints cost there).
            boolean savepoint = dialect == Dialect.H2;
            if (savepoint) {
                handle.savepoint(SAVEPOINT);
            }
            try {
                dao.insert(rows);
                if (savepoint) {
                    handle.releaseSavepoint(SAVEPOINT);
                }
            } catch (JdbiException failure) {
                if (!SqlFailures.isUniqueViolation(failure)) {
                    throw failure;
                }
                // another transaction appended one of these keys since the check above
                List<String> now;
                if (savepoint) {
                    handle.rollbackToSavepoint(SAVEPOINT);
                    now = existingKeys(dao, keys);
                } else {
                    now = transactions.withSeparateHandle(h -> existingKeys(h.attach(LedgerDao.class), keys));
                }
                refuseKeysIn(entries, now);
                throw new DuplicateEntryException(entries.get(0).key());
            }
        });
    }

    private static List<String> existingKeys(LedgerDao dao, List<String> keys) {
        List<String> existing = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += KEYS_PER_QUERY) {
            existing.addAll(dao.existingKeys(keys.subList(from, Math.min(keys.size(), from + KEYS_PER_QUERY))));
        }
        return existing;
    }

    /** Refuses the batch naming its first entry whose key is among {@code existing}. */
    private static void refuseKeysIn(List<LedgerEntry> entries, List<String> existing) {
        if (existing.isEmpty()) {
            return;
        }
        Set<String> taken = Set.copyOf(existing);
        for (LedgerEntry entry : entries) {
            if (taken.contains(entry.key().value())) {
                throw new DuplicateEntryException(entry.key());
            }
        }
    }

    @Override
    public String toString() {
        return "JdbiLedgerRepository[" + dialect + "]";
    }
}
