package org.jifen.adapters.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jifen.application.LedgerEntryBuilder.anEntry;
import static org.jifen.application.PersonBuilder.aPerson;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.jifen.adapters.db.ledger.JdbiLedgerRepository;
import org.jifen.adapters.db.person.JdbiPersonRepository;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.person.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening the database: dialects, URLs, the personal-data key, the embedded file database. */
class JifenDatabaseTest {

    @Test
    void theEmbeddedDefault_isAnH2FileDatabaseUnderDataWithItsKeyBesideIt() {
        DatabaseConfig embedded = DatabaseConfig.embedded();

        assertThat(embedded.dialect()).isEqualTo(Dialect.H2);
        assertThat(embedded.jdbcUrl()).startsWith("jdbc:h2:file:./data/jifen;")
                .contains(";MODE=PostgreSQL").contains(";DATABASE_TO_LOWER=TRUE");
        assertThat(embedded.embeddedKeyFile()).contains(Path.of("./data/jifen.key"));
        assertThat(embedded.personalDataKey()).isEmpty();
        assertThat(embedded.cipher()).isEqualTo(CipherAlgorithm.AES_GCM);
    }

    @Test
    void anH2Url_isCompletedWithTheSettingsItLeavesOut() {
        assertThat(Dialect.H2.complete("jdbc:h2:mem:x;mode=PostgreSQL"))
                .isEqualTo("jdbc:h2:mem:x;mode=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000");
        assertThat(Dialect.POSTGRESQL.complete("jdbc:postgresql://db/jifen")).isEqualTo("jdbc:postgresql://db/jifen");
    }

    @Test
    void aUrlOfAnotherDatabase_isRefusedWithUnsupportedDatabaseWithoutItsPassword() {
        assertThatThrownBy(() -> DatabaseConfig.of("jdbc:mysql://db/jifen?user=a&password=s3cret"))
                .isInstanceOfSatisfying(DatabaseConfigurationException.class, e -> {
                    assertThat(e.code()).isEqualTo("UNSUPPORTED_DATABASE");
                    assertThat(e.getMessage()).contains("jdbc:mysql://db/jifen").doesNotContain("s3cret");
                });
    }

    @Test
    void postgresqlWithoutAKey_isRefusedWithPersonalDataKeyMissingBeforeAnyConnection() {
        DatabaseConfig noKey = DatabaseConfig.of("jdbc:postgresql://127.0.0.1:1/jifen?password=s3cret");

        assertThatThrownBy(() -> JifenDatabase.open(noKey))
                .isInstanceOfSatisfying(DatabaseConfigurationException.class, e -> {
                    assertThat(e.code()).isEqualTo("PERSONAL_DATA_KEY_MISSING");
                    assertThat(e.getMessage()).contains("personal-data key").contains("128- or 256-bit")
                            .doesNotContain("s3cret");
                });
    }

    @Test
    void aDatabaseThatCannotBeReached_isRefusedWithDatabaseUnavailable() {
        DatabaseConfig unreachable = DatabaseConfig.of("jdbc:postgresql://127.0.0.1:1/jifen?connectTimeout=2")
                .withCredentials("jifen", "s3cret").withPersonalDataKey(TestDatabase.KEY);

        assertThatThrownBy(() -> JifenDatabase.open(unreachable))
                .isInstanceOfSatisfying(DatabaseConfigurationException.class, e -> {
                    assertThat(e.code()).isEqualTo("DATABASE_UNAVAILABLE");
                    assertThat(e.getMessage()).doesNotContain("s3cret");
                });
    }

    @Test
    void anInMemoryH2DatabaseWithoutAKey_opensWithAKeyOfItsOwn() {
        try (JifenDatabase database = JifenDatabase.open(DatabaseConfig.of("jdbc:h2:mem:own-key"))) {
            Person person = aPerson().withPhone("13812345678").build();
            JdbiPersonRepository persons = new JdbiPersonRepository(database);

            persons.add(person);

            assertThat(persons.find(person.id())).contains(person);
        }
    }

    @Test
    void opening_migratesOnceAndReportsTheSchemaVersion(@TempDir Path dir) {
        String url = "jdbc:h2:file:" + dir.resolve("jifen");

        try (JifenDatabase first = JifenDatabase.open(DatabaseConfig.of(url))) {
            assertThat(first.migrationsApplied()).isEqualTo(4);
            assertThat(first.schemaVersion()).isEqualTo("4");
        }
        try (JifenDatabase second = JifenDatabase.open(DatabaseConfig.of(url))) {
            assertThat(second.migrationsApplied()).isZero();
            assertThat(second.schemaVersion()).isEqualTo("4");
        }
    }

    @Test
    void anH2FileDatabase_createsItsKeyFileOnFirstStartAndKeepsDataAndKeyAcrossRestarts(@TempDir Path dir)
            throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("jifen");
        Path keyFile = dir.resolve("jifen.key");
        Person person = aPerson().withPhone("13812345678").build();
        LedgerEntry entry = anEntry().build();

        try (JifenDatabase first = JifenDatabase.open(DatabaseConfig.of(url))) {
            new JdbiPersonRepository(first).add(person);
            new JdbiLedgerRepository(first).append(List.of(entry));
        }
        String key = Files.readString(keyFile, StandardCharsets.US_ASCII);

        assertThat(PersonalDataKey.fromBase64(key)).hasToString("PersonalDataKey[256 bits]");
        assertThat(Files.getPosixFilePermissions(keyFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        try (JifenDatabase second = JifenDatabase.open(DatabaseConfig.of(url))) {
            assertThat(new JdbiPersonRepository(second).findByIdNumber(person.idNumber())).contains(person);
            assertThat(new JdbiLedgerRepository(second).load(person.id()).entries()).containsExactly(entry);
        }
        assertThat(Files.readString(keyFile, StandardCharsets.US_ASCII)).isEqualTo(key);
    }

    @Test
    void anH2FileDatabaseOpenedWithAnotherKey_refusesToRevealItsPersonalData(@TempDir Path dir) {
        String url = "jdbc:h2:file:" + dir.resolve("jifen");
        Person person = aPerson().build();
        try (JifenDatabase first = JifenDatabase.open(DatabaseConfig.of(url).withPersonalDataKey(TestDatabase.KEY))) {
            new JdbiPersonRepository(first).add(person);
        }

        try (JifenDatabase other = JifenDatabase.open(DatabaseConfig.of(url).withPersonalDataKey(PersonalDataKey.generate()))) {
            JdbiPersonRepository persons = new JdbiPersonRepository(other);
            assertThat(persons.findByIdNumber(person.idNumber())).as("the lookup hash is keyed too").isEmpty();
            assertThatThrownBy(() -> persons.find(person.id()))
                    .isInstanceOfSatisfying(StorageException.class,
                            e -> assertThat(e.code()).isEqualTo("PERSONAL_DATA_UNREADABLE"));
        }
    }
}
