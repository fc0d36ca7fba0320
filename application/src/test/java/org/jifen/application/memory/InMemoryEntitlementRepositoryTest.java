package org.jifen.application.memory;

import java.time.LocalDate;
import org.jifen.application.port.out.entitlement.EntitlementRepository;
import org.jifen.application.port.out.entitlement.EntitlementRepositoryContract;

/** The in-memory adapter against its port contract, on a fresh {@link InMemoryAdapters} per test. */
class InMemoryEntitlementRepositoryTest extends EntitlementRepositoryContract {

    private final InMemoryAdapters adapters = new InMemoryAdapters(SettableClock.at(LocalDate.of(2024, 5, 2)));

    @Override
    protected EntitlementRepository entitlementRepository() {
        return adapters.entitlements();
    }
}
