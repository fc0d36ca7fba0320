package org.jifen.application.memory;

import java.time.LocalDate;
import org.jifen.application.port.out.systemdata.SystemDataRepository;
import org.jifen.application.port.out.systemdata.SystemDataRepositoryContract;

/** The in-memory adapter against its port contract, on a fresh {@link InMemoryAdapters} per test. */
class InMemorySystemDataRepositoryTest extends SystemDataRepositoryContract {

    private final InMemoryAdapters adapters = new InMemoryAdapters(SettableClock.at(LocalDate.of(2024, 5, 2)));

    @Override
    protected SystemDataRepository systemDataRepository() {
        return adapters.systemData();
    }
}
