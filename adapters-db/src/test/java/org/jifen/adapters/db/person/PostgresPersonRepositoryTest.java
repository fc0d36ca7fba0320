package org.jifen.adapters.db.person;

import org.jifen.adapters.db.TestDatabase;
import org.jifen.application.port.out.person.PersonRepository;
import org.jifen.application.port.out.person.PersonRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PersonRepository contract on PostgreSQL. */
class PostgresPersonRepositoryTest extends PersonRepositoryContract {

    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Override
    protected PersonRepository personRepository() {
        return db.get(JdbiPersonRepository.class, JdbiPersonRepository::new);
    }
}
