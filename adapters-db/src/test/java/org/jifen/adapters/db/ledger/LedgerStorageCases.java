package org.jifen.adapters.db.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jifen.application.LedgerEntryBuilder.anEntry;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jifen.adapters.db.TestDatabase;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.ledger.SourceKind;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

/**
 * The ledger table itself, beyond the port contract: the idempotency key is unique in the schema (not
 * only in the code), and a value the table cannot hold is refused with a code and without SQL.
 * Run on H2 and on PostgreSQL by the subclasses.
 */
abstract class LedgerStorageCases {

    protected abstract TestDatabase db();

    protected JdbiLedgerRepository ledger() {
        return db().get(JdbiLedgerRepository.class, JdbiLedgerRepository::new);
    }

    protected Connection rawConnection() throws SQLException {
        return DriverManager.getConnection(db().url());
    }

    /** A copy of the row of {@code key} under the same key, inserted with plain SQL. */
    protected static String duplicateInsert(String key) {
        return "INSERT INTO ledger_entry (idempotency_key, person_id, catalogue_version, jurisdiction, tier,"
                + " indicator_code, points, reason, source_kind, source_reference, actor, recorded_at, effective_on)"
                + " SELECT idempotency_key, person_id, catalogue_version, jurisdiction, tier, indicator_code, points,"
                + " reason, source_kind, source_reference, actor, recorded_at, effective_on"
                + " FROM ledger_entry WHERE idempotency_key = '" + key + "'";
    }

    @Test
    void theIdempotencyKey_isUniqueInTheSchemaItself() throws Exception {
        LedgerEntry entry = anEntry().withKey("k-unique").build();
        ledger().append(List.of(entry));

        try (Connection connection = rawConnection(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate(duplicateInsert("k-unique")))
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23505"));
        }

        assertThat(ledger().load(entry.person()).entries()).containsExactly(entry);
    }

    @Test
    void aValueLongerThanTheTableHolds_isRefusedWithACodeAndNoSqlInTheMessage() {
        LedgerEntry tooLong = anEntry().withKey("k-long").from(SourceKind.CLEARING_CASE, "案".repeat(501)).build();

        assertThatThrownBy(() -> ledger().append(List.of(tooLong)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("VALUE_TOO_LONG");
                    assertThat(e.getMessage()).doesNotContainIgnoringCase("insert").doesNotContain("ledger_entry")
                            .doesNotContain("案案").contains("reference");
                });
        assertThat(ledger().load(PersonId.of("person-0001")).entries()).isEmpty();
    }

    @Test
    void aBatchOfManyEntries_isAppendedWholeAndComesBackInOrder() {
        List<LedgerEntry> many = new java.util.ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            many.add(anEntry().withKey(String.format("bulk-%05d", 2_500 - i)).withPoints("0.25").build());
        }

        ledger().append(many);

        assertThat(ledger().load(PersonId.of("person-0001")).entries()).containsExactlyElementsOf(many);
    }
}
