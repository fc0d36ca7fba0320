package org.jifen.adapters.db;

import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;

/**
 * Locks held until the end of the current transaction, one per (scope, key): a writer that must read
 * and then write without another writer in between (a person's ledger before posting, the audit
 * chain before appending) takes the lock first, and every other writer taking the same lock waits
 * for it to commit or roll back. Different keys never wait for each other (on PostgreSQL two keys may,
 * very rarely, share a hash and so a lock: that only serialises them).
 *
 * <p>PostgreSQL: {@code pg_advisory_xact_lock} on a 64-bit hash of scope and key (no table, no row
 * written). H2: {@code SELECT … FOR UPDATE} on a row of {@code transaction_lock}, inserted the first
 * time the key is locked.
 */
public final class TransactionLocks {

    private final JdbiTransactionRunner transactions;
    private final Dialect dialect;

    public TransactionLocks(JdbiTransactionRunner transactions, Dialect dialect) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
    }

    /**
     * Waits until this transaction holds the lock (a lock it already holds is taken again at once).
     * Outside a transaction the lock lasts only for a transaction of its own, which is useless:
     * call it inside {@link JdbiTransactionRunner#inTransaction}.
     */
    public void lock(String scope, String key) {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(key, "key");
        transactions.useHandle(handle -> {
            if (dialect == Dialect.POSTGRESQL) {
                handle.createQuery("SELECT pg_advisory_xact_lock(:lock)").bind("lock", hash(scope, key))
                        .mapToMap().list();
            } else {
                lockRow(handle, scope, key);
            }
        });
    }

    /**
     * Takes the locks of many keys of one scope, always in the same order (ascending lock hash), so two
     * transactions locking overlapping sets never deadlock each other; on PostgreSQL in one statement.
     * Each lock occupies an entry of PostgreSQL's shared lock table until the transaction ends (sized by
     * {@code max_locks_per_transaction}): lock a bounded set of keys, not one per row of a large batch.
     */
    public void lockAll(String scope, Collection<String> keys) {
        Objects.requireNonNull(scope, "scope");
        if (keys.isEmpty()) {
            return;
        }
        List<String> ordered = keys.stream().distinct()
                .sorted(Comparator.comparingLong((String key) -> hash(scope, key)).thenComparing(key -> key))
                .toList();
        if (dialect == Dialect.POSTGRESQL) {
            // the hashes are numbers computed here: written into the statement, sorted
            String array = ordered.stream().map(key -> Long.toString(hash(scope, key))).collect(Collectors.joining(","));
            transactions.useHandle(handle -> handle.createQuery("SELECT pg_advisory_xact_lock(t.k) FROM unnest(ARRAY["
                    + array + "]::bigint[]) WITH ORDINALITY AS t(k, n) ORDER BY t.n").mapToMap().list());
        } else {
            transactions.useHandle(handle -> ordered.forEach(key -> lockRow(handle, scope, key)));
        }
    }

    private static void lockRow(Handle handle, String scope, String key) {
        try {
            handle.createUpdate("""
                    INSERT INTO transaction_lock (lock_scope, lock_key)
                    SELECT :scope, :key
                    WHERE NOT EXISTS (SELECT 1 FROM transaction_lock WHERE lock_scope = :scope AND lock_key = :key)
                    """).bind("scope", scope).bind("key", key).execute();
        } catch (org.jdbi.v3.core.statement.UnableToExecuteStatementException raced) {
            // Another transaction inserted the row first (H2 keeps this transaction usable after a failed
            // statement): the row exists now, which is all the insert was for.
            if (!SqlFailures.isUniqueViolation(raced)) {
                throw raced;
            }
        }
        handle.createQuery("""
                SELECT lock_key FROM transaction_lock WHERE lock_scope = :scope AND lock_key = :key FOR UPDATE
                """).bind("scope", scope).bind("key", key).mapTo(String.class).list();
    }

    /** The first 8 bytes of SHA-256 over scope and key: stable across processes and versions. */
    static long hash(String scope, String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((scope + '\u0000' + key).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, 8).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JDK", e);
        }
    }
}
