package org.jifen.adapters.db.entitlement;

import org.jifen.adapters.db.TestDatabase;
import org.jifen.application.port.out.entitlement.EntitlementRepository;
import org.jifen.application.port.out.entitlement.EntitlementRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The EntitlementRepository contract on PostgreSQL. */
class PostgresEntitlementRepositoryTest extends EntitlementRepositoryContract {

    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Override
    protected EntitlementRepository entitlementRepository() {
        return db.get(JdbiEntitlementRepository.class, JdbiEntitlementRepository::new);
    }
}
