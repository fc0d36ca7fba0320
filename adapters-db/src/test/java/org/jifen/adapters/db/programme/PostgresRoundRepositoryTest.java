package org.jifen.adapters.db.programme;

import org.jifen.adapters.db.TestDatabase;
import org.jifen.application.port.out.programme.RoundRepository;
import org.jifen.application.port.out.programme.RoundRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The RoundRepository contract on PostgreSQL. */
class PostgresRoundRepositoryTest extends RoundRepositoryContract {

    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Override
    protected RoundRepository roundRepository() {
        return db.get(JdbiRoundRepository.class, JdbiRoundRepository::new);
    }
}
