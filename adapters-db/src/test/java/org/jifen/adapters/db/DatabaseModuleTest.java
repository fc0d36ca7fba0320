package org.jifen.adapters.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jifen.application.LedgerEntryBuilder.anEntry;
import static org.jifen.application.PersonBuilder.aPerson;

import com.google.inject.Guice;
import com.google.inject.Injector;
import java.util.List;
import org.jifen.adapters.db.catalogue.JdbiCatalogueRepository;
import org.jifen.adapters.db.ledger.JdbiLedgerRepository;
import org.jifen.adapters.db.person.JdbiPersonRepository;
import org.jifen.adapters.db.systemdata.JdbiSystemDataRepository;
import org.jifen.application.port.out.catalogue.CatalogueRepository;
import org.jifen.application.port.out.ledger.LedgerRepository;
import org.jifen.application.port.out.person.PersonRepository;
import org.jifen.application.port.out.shared.TransactionRunner;
import org.jifen.application.port.out.systemdata.SystemDataRepository;
import org.jifen.domain.catalogue.TestCatalogues;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.person.Person;
import org.junit.jupiter.api.Test;

class DatabaseModuleTest {

    @Test
    void theModuleBindsEveryPortOnOneDatabaseAndOneTransactionRunner() {
        Injector injector = Guice.createInjector(new DatabaseModule(
                DatabaseConfig.of("jdbc:h2:mem:module-test").withPersonalDataKey(TestDatabase.KEY)));
        try (JifenDatabase database = injector.getInstance(JifenDatabase.class)) {
            TransactionRunner transactions = injector.getInstance(TransactionRunner.class);
            PersonRepository persons = injector.getInstance(PersonRepository.class);
            LedgerRepository ledgers = injector.getInstance(LedgerRepository.class);
            CatalogueRepository catalogues = injector.getInstance(CatalogueRepository.class);
            SystemDataRepository systemData = injector.getInstance(SystemDataRepository.class);

            assertThat(transactions).isSameAs(database.transactions())
                    .isSameAs(injector.getInstance(JdbiTransactionRunner.class));
            assertThat(persons).isInstanceOf(JdbiPersonRepository.class)
                    .isSameAs(injector.getInstance(PersonRepository.class));
            assertThat(ledgers).isInstanceOf(JdbiLedgerRepository.class);
            assertThat(catalogues).isInstanceOf(JdbiCatalogueRepository.class);
            assertThat(systemData).isInstanceOf(JdbiSystemDataRepository.class);
            assertThat(injector.getInstance(JifenDatabase.class)).isSameAs(database);

            Person person = aPerson().build();
            LedgerEntry entry = anEntry().build();
            transactions.run(() -> {
                persons.add(person);
                ledgers.append(List.of(entry));
                catalogues.add(TestCatalogues.haishu());
            });

            assertThat(persons.find(person.id())).contains(person);
            assertThat(ledgers.load(person.id()).entries()).containsExactly(entry);
            assertThat(catalogues.findAll()).containsExactly(TestCatalogues.haishu());
        }
    }
}
