package org.jifen.adapters.db.ledger;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jifen.adapters.db.Dialect;
import org.jifen.adapters.db.JdbiTransactionRunner;
import org.jifen.adapters.db.JifenDatabase;
import org.jifen.adapters.db.PostgresCopy;
import org.jifen.adapters.db.SqlFailures;
import org.jifen.adapters.db.TransactionLocks;
import org.jifen.application.port.out.ledger.LedgerRepository;
import org.jifen.domain.ledger.DuplicateEntryException;
import org.jifen.domain.ledger.IdempotencyKey;
import org.jifen.domain.ledger.Ledger;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.person.PersonId;

/**
 * The score ledger in {@code ledger_entry}: appended in JDBC batches (multi-row INSERTs on PostgreSQL;
 * {@code COPY} for a batch of {@value #COPY_FROM} entries or more), never updated or deleted.
 * {@link #loadForPosting} takes the person's ledger lock for the rest of the transaction, so a balance
 * read there holds until the posting is appended, whatever other writers do.
 *
 * <p>Ledger locks are striped: a person's lock is one of {@value #STRIPES} locks, chosen by a hash of the
 * person id. {@link #lockForPosting} of a whole district so takes at most that many locks (in one
 * statement, in a stable order), which PostgreSQL's lock table holds whatever the district's size; two
 * persons sharing a stripe only wait for each other, rarely and briefly.
 */
public final class JdbiLedgerRepository implements LedgerRepository {

    /** The {@link TransactionLocks} scope of a person's ledger (the key is the person id). */
    public static final String LOCK_SCOPE = "ledger";

    /** The number of ledger locks persons are spread over. */
    static final int STRIPES = 1024;
    /** From this many entries, an append on PostgreSQL is a COPY rather than batched INSERTs. */
    static final int COPY_FROM = 5_000;
    private static final int KEYS_PER_QUERY = 50_000;
    private static final int PERSONS_PER_QUERY = 50_000;
    private static final List<String> COLUMNS = List.of("idempotency_key", "person_id", "catalogue_version",
            "jurisdiction", "tier", "indicator_code", "points", "reason", "source_kind", "source_reference", "actor",
            "recorded_at", "effective_on", "freeze_from", "freeze_until");
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

    /** One query per {@value #PERSONS_PER_QUERY} persons, the ids bound as one array. */
    @Override
    public Map<PersonId, Ledger> loadAll(Collection<PersonId> persons) {
        List<PersonId> wanted = persons.stream().distinct().toList();
        Map<String, List<LedgerEntry>> byPerson = new HashMap<>();
        transactions.useDao(LedgerDao.class, dao -> {
            for (int from = 0; from < wanted.size(); from += PERSONS_PER_QUERY) {
                String[] ids = wanted.subList(from, Math.min(wanted.size(), from + PERSONS_PER_QUERY)).stream()
                        .map(PersonId::value).toArray(String[]::new);
                for (LedgerRow row : dao.entriesOfAll(ids)) {
                    byPerson.computeIfAbsent(row.personId(), p -> new ArrayList<>()).add(row.toEntry());
                }
            }
        });
        Map<PersonId, Ledger> ledgers = new LinkedHashMap<>();
        for (PersonId person : wanted) {
            ledgers.put(person, Ledger.of(person, byPerson.getOrDefault(person.value(), List.of())));
        }
        return ledgers;
    }

    @Override
    public Ledger loadForPosting(PersonId person) {
        return transactions.inTransaction(() -> {
            locks.lock(LOCK_SCOPE, stripe(person));
            return load(person);
        });
    }

    @Override
    public void lockForPosting(Collection<PersonId> persons) {
        transactions.inTransaction(() -> {
            locks.lockAll(LOCK_SCOPE, persons.stream().map(JdbiLedgerRepository::stripe).distinct().toList());
            return null;
        });
    }

    /** The lock key of a person's ledger: one of {@value #STRIPES} stripes (String.hashCode is specified, so stable). */
    static String stripe(PersonId person) {
        return "stripe-" + Math.floorMod(person.value().hashCode(), STRIPES);
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
                if (dialect == Dialect.POSTGRESQL && rows.size() >= COPY_FROM) {
                    copy(handle, rows);
                } else {
                    dao.insert(rows);
                }
                if (savepoint) {
                    handle.releaseSavepoint(SAVEPOINT);
                }
            } catch (JdbiException | CopyFailure failure) {
                if (!SqlFailures.isUniqueViolation(failure)) {
                    throw failure instanceof CopyFailure copyFailure ? SqlFailures.translate(copyFailure.getCause())
                            : (JdbiException) failure;
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

    /** A COPY that the server refused (the transaction is aborted, as after a failed INSERT). */
    private static final class CopyFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CopyFailure(SQLException cause) {
            super(cause);
        }
    }

    private static void copy(Handle handle, List<LedgerRow> rows) {
        try {
            PostgresCopy.copy(handle, "ledger_entry", COLUMNS, rows, r -> new Object[] {r.idempotencyKey(),
                r.personId(), r.catalogueVersion(), r.jurisdiction(), r.tier(), r.indicatorCode(), r.points(),
                r.reason(), r.sourceKind(), r.sourceReference(), r.actor(), r.recordedAt(), r.effectiveOn(),
                r.freezeFrom(), r.freezeUntil()});
        } catch (SQLException failure) {
            throw new CopyFailure(failure);
        }
    }

    private static List<String> existingKeys(LedgerDao dao, List<String> keys) {
        List<String> existing = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += KEYS_PER_QUERY) {
            existing.addAll(dao.existingKeys(keys.subList(from, Math.min(keys.size(), from + KEYS_PER_QUERY))
                    .toArray(String[]::new)));
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
