package org.jifen.adapters.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jifen.application.LedgerEntryBuilder.anEntry;
import static org.jifen.application.PersonBuilder.aPerson;
import static org.jifen.application.TestData.systemData;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.jifen.adapters.db.catalogue.JdbiCatalogueRepository;
import org.jifen.adapters.db.ledger.JdbiLedgerRepository;
import org.jifen.adapters.db.person.JdbiPersonRepository;
import org.jifen.adapters.db.systemdata.JdbiSystemDataRepository;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.catalogue.TestCatalogues;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.person.HouseholdMember;
import org.jifen.domain.person.Person;
import org.jifen.domain.person.Relation;
import org.jifen.domain.person.TestIdNumbers;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The documented grants (db/grants/postgresql-application-role.sql) are enough for every repository,
 * and leave the application's role no way to change or remove a ledger entry.
 */
class PostgresApplicationRoleTest {

    private static final AtomicInteger ROLES = new AtomicInteger();

    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Test
    void theApplicationRole_runsEveryRepositoryButCannotUpdateDeleteOrTruncateTheLedger() throws Exception {
        String schema = db.url().substring(db.url().lastIndexOf("currentSchema=") + "currentSchema=".length());
        String role = schema + "_app" + ROLES.incrementAndGet();
        String grants;
        try (InputStream in = JifenDatabase.class.getResourceAsStream("/db/grants/postgresql-application-role.sql")) {
            grants = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${schema}", schema)
                    .replace("${role}", role);
        }
        try (Connection admin = DriverManager.getConnection(db.url()); Statement statement = admin.createStatement()) {
            try {
                statement.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'app-secret'");
            } catch (SQLException e) {
                Assumptions.abort("this PostgreSQL does not let the tests create roles: " + e.getSQLState());
            }
            statement.execute(grants);
        }
        String appUrl = db.url().replaceFirst("user=[^&]*", "user=" + role) + "&password=app-secret";

        Person person = aPerson().withPhone("13812345678").build();
        LedgerEntry entry = anEntry().build();
        try (JifenDatabase app = JifenDatabase.open(DatabaseConfig.of(appUrl).withPersonalDataKey(TestDatabase.KEY))) {
            JdbiPersonRepository persons = new JdbiPersonRepository(app);
            JdbiLedgerRepository ledger = new JdbiLedgerRepository(app);
            JdbiSystemDataRepository systemData = new JdbiSystemDataRepository(app);
            JdbiCatalogueRepository catalogues = new JdbiCatalogueRepository(app);
            Person withChild = person.withMember(new HouseholdMember(Relation.CHILD,
                    TestIdNumbers.idNumber("330203", LocalDate.of(2018, 6, 1), 77), "张小明", Optional.empty()));

            app.transactions().run(() -> {
                persons.add(person);
                persons.update(withChild);
                ledger.loadForPosting(person.id());
                ledger.append(List.of(entry));
                systemData.record(List.of(systemData(person.id(), "P04", "61", LocalDate.of(2024, 5, 1))));
                systemData.record(List.of(systemData(person.id(), "P04", "62", LocalDate.of(2024, 5, 1))));
                catalogues.add(TestCatalogues.haishu());
            });

            assertThat(persons.find(person.id())).contains(withChild);
            assertThat(ledger.load(person.id()).entries()).containsExactly(entry);
            assertThat(systemData.latest(person.id(), IndicatorCode.of("P04"), LocalDate.of(2024, 5, 1)))
                    .hasValueSatisfying(r -> assertThat(r.quantity()).isEqualByComparingTo("62"));
            assertThat(catalogues.findAll()).containsExactly(TestCatalogues.haishu());
        }

        try (Connection connection = DriverManager.getConnection(appUrl); Statement statement = connection.createStatement()) {
            for (String change : List.of("UPDATE ledger_entry SET points = 99.00", "DELETE FROM ledger_entry",
                    "TRUNCATE ledger_entry")) {
                assertThatThrownBy(() -> statement.execute(change)).as(change)
                        .isInstanceOfSatisfying(SQLException.class,
                                e -> assertThat(e.getSQLState()).as("insufficient privilege").isEqualTo("42501"));
            }
        }
        try (Connection admin = DriverManager.getConnection(db.url()); Statement statement = admin.createStatement()) {
            statement.execute("DROP OWNED BY " + role);
            statement.execute("DROP ROLE " + role);
        }
    }
}
