package org.jifen.adapters.db.programme;

import org.jifen.adapters.db.TestDatabase;
import org.jifen.application.port.out.programme.ProgrammeRepository;
import org.jifen.application.port.out.programme.ProgrammeRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The ProgrammeRepository contract on PostgreSQL. */
class PostgresProgrammeRepositoryTest extends ProgrammeRepositoryContract {

    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Override
    protected ProgrammeRepository programmeRepository() {
        return db.get(JdbiProgrammeRepository.class, JdbiProgrammeRepository::new);
    }
}
