package org.jifen.application.memory;

import java.time.LocalDate;
import org.jifen.application.port.out.programme.RoundRepository;
import org.jifen.application.port.out.programme.RoundRepositoryContract;

/** The in-memory adapter against its port contract, on a fresh {@link InMemoryAdapters} per test. */
class InMemoryRoundRepositoryTest extends RoundRepositoryContract {

    private final InMemoryAdapters adapters = new InMemoryAdapters(SettableClock.at(LocalDate.of(2024, 5, 2)));

    @Override
    protected RoundRepository roundRepository() {
        return adapters.rounds();
    }
}
