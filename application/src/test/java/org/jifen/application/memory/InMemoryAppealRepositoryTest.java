package org.jifen.application.memory;

import java.time.LocalDate;
import org.jifen.application.port.out.appeal.AppealRepository;
import org.jifen.application.port.out.appeal.AppealRepositoryContract;

/** The in-memory adapter against its port contract, on a fresh {@link InMemoryAdapters} per test. */
class InMemoryAppealRepositoryTest extends AppealRepositoryContract {

    private final InMemoryAdapters adapters = new InMemoryAdapters(SettableClock.at(LocalDate.of(2024, 5, 2)));

    @Override
    protected AppealRepository appealRepository() {
        return adapters.appeals();
    }
}
