package org.jifen.adapters.db.appeal;

import org.jifen.adapters.db.TestDatabase;
import org.jifen.application.port.out.appeal.AppealRepository;
import org.jifen.application.port.out.appeal.AppealRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The AppealRepository contract on PostgreSQL. */
class PostgresAppealRepositoryTest extends AppealRepositoryContract {

    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Override
    protected AppealRepository appealRepository() {
        return db.get(JdbiAppealRepository.class, JdbiAppealRepository::new);
    }
}
