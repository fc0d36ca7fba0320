package org.jifen.adapters.db.systemdata;

import org.jifen.adapters.db.TestDatabase;
import org.jifen.application.port.out.systemdata.SystemDataRepository;
import org.jifen.application.port.out.systemdata.SystemDataRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SystemDataRepository contract on PostgreSQL. */
class PostgresSystemDataRepositoryTest extends SystemDataRepositoryContract {

    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Override
    protected SystemDataRepository systemDataRepository() {
        return db.get(JdbiSystemDataRepository.class, JdbiSystemDataRepository::new);
    }
}
