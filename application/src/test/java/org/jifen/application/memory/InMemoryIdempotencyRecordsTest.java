package org.jifen.application.memory;

import java.time.LocalDate;
import org.jifen.application.port.out.shared.IdempotencyRecords;
import org.jifen.application.port.out.shared.IdempotencyRecordsContract;
import org.jifen.application.port.out.shared.TransactionRunner;

/** The in-memory adapter against its port contract, on a fresh {@link InMemoryAdapters} per test. */
class InMemoryIdempotencyRecordsTest extends IdempotencyRecordsContract {

    private final InMemoryAdapters adapters = new InMemoryAdapters(SettableClock.at(LocalDate.of(2024, 5, 2)));

    @Override
    protected IdempotencyRecords idempotencyRecords() {
        return adapters.idempotencyRecords();
    }

    @Override
    protected TransactionRunner transactions() {
        return adapters.transactions();
    }
}
