package org.jifen.adapters.db.entitlement;

import org.jifen.adapters.db.TestDatabase;
import org.jifen.application.port.out.entitlement.EntitlementRepository;
import org.jifen.application.port.out.entitlement.EntitlementRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The EntitlementRepository contract on H2 in memory. */
class H2EntitlementRepositoryTest extends EntitlementRepositoryContract {

    @RegisterExtension
    final TestDatabase db = TestDatabase.h2();

    @Override
    protected EntitlementRepository entitlementRepository() {
        return db.get(JdbiEntitlementRepository.class, JdbiEntitlementRepository::new);
    }
}
