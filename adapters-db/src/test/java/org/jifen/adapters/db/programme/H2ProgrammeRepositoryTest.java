package org.jifen.adapters.db.programme;

import org.jifen.adapters.db.TestDatabase;
import org.jifen.application.port.out.programme.ProgrammeRepository;
import org.jifen.application.port.out.programme.ProgrammeRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The ProgrammeRepository contract on H2 in memory. */
class H2ProgrammeRepositoryTest extends ProgrammeRepositoryContract {

    @RegisterExtension
    final TestDatabase db = TestDatabase.h2();

    @Override
    protected ProgrammeRepository programmeRepository() {
        return db.get(JdbiProgrammeRepository.class, JdbiProgrammeRepository::new);
    }
}
