package org.jifen.adapters.db.application;

import org.jifen.adapters.db.TestDatabase;
import org.jifen.application.port.out.application.PointsApplicationRepository;
import org.jifen.application.port.out.application.PointsApplicationRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PointsApplicationRepository contract on PostgreSQL. */
class PostgresPointsApplicationRepositoryTest extends PointsApplicationRepositoryContract {

    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Override
    protected PointsApplicationRepository applicationRepository() {
        return db.get(JdbiPointsApplicationRepository.class, JdbiPointsApplicationRepository::new);
    }
}
