package org.jifen.adapters.db;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.jifen.application.port.out.shared.TransactionRunner;

/**
 * Database transactions behind the {@link TransactionRunner} port. A unit of work runs in
 * {@code jdbi.inTransaction} (READ COMMITTED) with its handle bound to the thread, so every repository
 * called inside it joins the same transaction; nested units join the outer one; anything thrown rolls
 * the whole unit back and is rethrown as it was (a database failure as a domain error, see
 * {@link SqlFailures}).
 *
 * <p>Repositories reach the database only through {@link #withHandle} / {@link #withDao}: inside a
 * unit they use its handle, outside one each call is a short transaction of its own.
 *
 * <p>A unit the database aborted because of concurrent work — a deadlock, a serialization failure, a lock
 * it could not get in time ({@code STORAGE_CONFLICT}) — has written nothing, so the outermost unit runs
 * again, up to {@link #ATTEMPTS} times in all, after a short random pause; only then does the conflict
 * reach the caller (409, try again). A unit's work must therefore touch nothing but the database.
 */
public final class JdbiTransactionRunner implements TransactionRunner {

    /** How many times the outermost unit runs when the database keeps aborting it for concurrent work. */
    public static final int ATTEMPTS = 4;

    private static final String CONFLICT = "STORAGE_CONFLICT";

    private final Jdbi jdbi;
    private final ThreadLocal<Handle> current = new ThreadLocal<>();

    public JdbiTransactionRunner(Jdbi jdbi) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return once(work);
            } catch (StorageException failure) {
                if (!CONFLICT.equals(failure.code()) || attempt == ATTEMPTS) {
                    throw failure;
                }
                pauseBefore(attempt + 1);
            }
        }
    }

    /** A few milliseconds, more for each attempt and at random, so two units that collided do not collide again. */
    private static void pauseBefore(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(5, 20L * attempt));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new StorageException(CONFLICT, "interrupted while waiting to try the transaction again");
        }
    }

    private <T> T once(Supplier<T> work) {
        try {
            return jdbi.inTransaction(TransactionIsolationLevel.READ_COMMITTED, handle -> {
                current.set(handle);
                try {
                    return work.get();
                } finally {
                    current.remove();
                }
            });
        } catch (JdbiException failure) {
            throw SqlFailures.translate(failure);
        }
    }

    /** Whether this thread is inside a unit of work of this runner. */
    public boolean inTransaction() {
        return current.get() != null;
    }

    /**
     * Database work on this thread's transaction, or in a transaction of its own when there is none.
     * A JDBI failure escaping {@code work} becomes a domain error: catch the violations you expect
     * inside {@code work}.
     */
    public <T> T withHandle(Function<Handle, T> work) {
        Handle handle = current.get();
        if (handle == null) {
            return inTransaction(() -> withHandle(work));
        }
        try {
            return work.apply(handle);
        } catch (JdbiException failure) {
            throw SqlFailures.translate(failure);
        }
    }

    /** {@link #withHandle} without a result. */
    public void useHandle(Consumer<Handle> work) {
        withHandle(handle -> {
            work.accept(handle);
            return null;
        });
    }

    /** Work with a SqlObject DAO attached to this thread's transaction (or a transaction of its own). */
    public <D, T> T withDao(Class<D> dao, Function<D, T> work) {
        return withHandle(handle -> work.apply(handle.attach(dao)));
    }

    /** {@link #withDao} without a result. */
    public <D> void useDao(Class<D> dao, Consumer<D> work) {
        withHandle(handle -> {
            work.accept(handle.attach(dao));
            return null;
        });
    }

    /**
     * Work on a connection of its own, outside this thread's transaction: it sees only committed data.
     * For finding out, after a unique violation has aborted the transaction, whose row was in the way.
     */
    public <T> T withSeparateHandle(Function<Handle, T> work) {
        try {
            return jdbi.withHandle(work::apply);
        } catch (JdbiException failure) {
            throw SqlFailures.translate(failure);
        }
    }

    Optional<Handle> currentHandle() {
        return Optional.ofNullable(current.get());
    }
}
