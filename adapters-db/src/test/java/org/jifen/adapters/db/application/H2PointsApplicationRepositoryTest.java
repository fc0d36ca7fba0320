package org.jifen.adapters.db.application;

import org.jifen.adapters.db.TestDatabase;
import org.jifen.application.port.out.application.PointsApplicationRepository;
import org.jifen.application.port.out.application.PointsApplicationRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PointsApplicationRepository contract on H2 in memory. */
class H2PointsApplicationRepositoryTest extends PointsApplicationRepositoryContract {

    @RegisterExtension
    final TestDatabase db = TestDatabase.h2();

    @Override
    protected PointsApplicationRepository applicationRepository() {
        return db.get(JdbiPointsApplicationRepository.class, JdbiPointsApplicationRepository::new);
    }
}
