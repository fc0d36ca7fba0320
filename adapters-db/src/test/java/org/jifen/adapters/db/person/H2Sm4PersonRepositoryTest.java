package org.jifen.adapters.db.person;

import org.jifen.adapters.db.CipherAlgorithm;
import org.jifen.adapters.db.TestDatabase;
import org.jifen.application.port.out.person.PersonRepository;
import org.jifen.application.port.out.person.PersonRepositoryContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The person contract on H2 with personal data encrypted by SM4-GCM instead of AES-GCM. */
class H2Sm4PersonRepositoryTest extends PersonRepositoryContract {

    @RegisterExtension
    final TestDatabase db = TestDatabase.h2().configured(config -> config.withCipher(CipherAlgorithm.SM4_GCM));

    @Override
    protected PersonRepository personRepository() {
        return db.get(JdbiPersonRepository.class, JdbiPersonRepository::new);
    }
}
