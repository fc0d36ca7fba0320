package org.jifen.application.memory;

import java.time.LocalDate;
import org.jifen.application.port.out.person.PersonRepository;
import org.jifen.application.port.out.person.PersonRepositoryContract;

/** The in-memory adapter against its port contract, on a fresh {@link InMemoryAdapters} per test. */
class InMemoryPersonRepositoryTest extends PersonRepositoryContract {

    private final InMemoryAdapters adapters = new InMemoryAdapters(SettableClock.at(LocalDate.of(2024, 5, 2)));

    @Override
    protected PersonRepository personRepository() {
        return adapters.persons();
    }
}
