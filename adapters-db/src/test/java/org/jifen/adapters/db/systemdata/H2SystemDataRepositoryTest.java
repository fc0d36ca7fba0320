package org.jifen.adapters.db.systemdata;

import org.jifen.adapters.db.TestDatabase;
import org.jifen.application.port.out.systemdata.SystemDataRepository;
import org.jifen.application.port.out.systemdata.SystemDataRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SystemDataRepository contract on H2 in memory. */
class H2SystemDataRepositoryTest extends SystemDataRepositoryContract {

    @RegisterExtension
    final TestDatabase db = TestDatabase.h2();

    @Override
    protected SystemDataRepository systemDataRepository() {
        return db.get(JdbiSystemDataRepository.class, JdbiSystemDataRepository::new);
    }
}
