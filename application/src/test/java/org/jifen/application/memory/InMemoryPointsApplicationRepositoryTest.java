package org.jifen.application.memory;

import java.time.LocalDate;
import org.jifen.application.port.out.application.PointsApplicationRepository;
import org.jifen.application.port.out.application.PointsApplicationRepositoryContract;

/** The in-memory adapter against its port contract, on a fresh {@link InMemoryAdapters} per test. */
class InMemoryPointsApplicationRepositoryTest extends PointsApplicationRepositoryContract {

    private final InMemoryAdapters adapters = new InMemoryAdapters(SettableClock.at(LocalDate.of(2024, 5, 2)));

    @Override
    protected PointsApplicationRepository applicationRepository() {
        return adapters.applications();
    }
}
