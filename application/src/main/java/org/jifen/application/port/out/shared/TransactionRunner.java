package org.jifen.application.port.out.shared;

import java.util.function.Supplier;

/**
 * Runs a unit of work atomically: everything it writes is kept, or nothing when it throws.
 * Nested calls join the outer unit.
 */
public interface TransactionRunner {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
