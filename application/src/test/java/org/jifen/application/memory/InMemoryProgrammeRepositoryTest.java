package org.jifen.application.memory;

import java.time.LocalDate;
import org.jifen.application.port.out.programme.ProgrammeRepository;
import org.jifen.application.port.out.programme.ProgrammeRepositoryContract;

/** The in-memory adapter against its port contract, on a fresh {@link InMemoryAdapters} per test. */
class InMemoryProgrammeRepositoryTest extends ProgrammeRepositoryContract {

    private final InMemoryAdapters adapters = new InMemoryAdapters(SettableClock.at(LocalDate.of(2024, 5, 2)));

    @Override
    protected ProgrammeRepository programmeRepository() {
        return adapters.programmes();
    }
}
