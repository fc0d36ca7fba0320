package org.jifen.application.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jifen.application.port.out.shared.TransactionRunner;

/**
 * Transactions for the in-memory stores: one at a time (a single lock, so every read-then-write is
 * safe under concurrent callers), and on failure every store is put back as it was.
 */
public final class InMemoryTransactionRunner implements TransactionRunner {

    private final ReentrantLock lock = new ReentrantLock();
    private final List<Snapshotting> stores = new ArrayList<>();

    void register(Snapshotting store) {
        stores.add(store);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            if (lock.getHoldCount() > 1) {
                return work.get();
            }
            List<Object> saved = stores.stream().map(Snapshotting::snapshot).toList();
            try {
                return work.get();
            } catch (RuntimeException | Error failure) {
                for (int i = 0; i < stores.size(); i++) {
                    stores.get(i).restore(saved.get(i));
                }
                throw failure;
            }
        } finally {
            lock.unlock();
        }
    }
}
