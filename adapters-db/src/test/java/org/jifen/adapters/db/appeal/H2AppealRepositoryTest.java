package org.jifen.adapters.db.appeal;

import org.jifen.adapters.db.TestDatabase;
import org.jifen.application.port.out.appeal.AppealRepository;
import org.jifen.application.port.out.appeal.AppealRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The AppealRepository contract on H2 in memory. */
class H2AppealRepositoryTest extends AppealRepositoryContract {

    @RegisterExtension
    final TestDatabase db = TestDatabase.h2();

    @Override
    protected AppealRepository appealRepository() {
        return db.get(JdbiAppealRepository.class, JdbiAppealRepository::new);
    }
}
