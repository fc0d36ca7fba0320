package org.jifen.application.memory;

import java.time.LocalDate;
import java.util.List;
import org.jifen.application.port.out.credit.BadCreditRecord;
import org.jifen.application.port.out.credit.CreditSystemPort;
import org.jifen.application.port.out.credit.CreditSystemPortContract;

/** The recording stand-in for the credit system against the port contract, on a fresh {@link InMemoryAdapters} per test. */
class RecordingCreditSystemTest extends CreditSystemPortContract {

    private final InMemoryAdapters adapters = new InMemoryAdapters(SettableClock.at(LocalDate.of(2024, 5, 2)));

    @Override
    protected CreditSystemPort creditSystem() {
        return adapters.creditSystem();
    }

    @Override
    protected List<BadCreditRecord> records() {
        return adapters.creditSystem().records();
    }
}
