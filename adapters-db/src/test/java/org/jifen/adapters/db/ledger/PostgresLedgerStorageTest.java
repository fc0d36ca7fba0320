package org.jifen.adapters.db.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jifen.application.LedgerEntryBuilder.anEntry;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.jifen.adapters.db.TestDatabase;
import org.jifen.domain.ledger.LedgerEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The ledger table on PostgreSQL, where triggers refuse any change to it whoever asks. */
class PostgresLedgerStorageTest extends LedgerStorageCases {

    @RegisterExtension
    final TestDatabase db = TestDatabase.postgres();

    @Override
    protected TestDatabase db() {
        return db;
    }

    @Test
    void aRawUpdateDeleteOrTruncateOfTheLedger_isRefusedByTheTriggerEvenForTheOwner() throws Exception {
        LedgerEntry entry = anEntry().withKey("k-kept").build();
        ledger().append(List.of(entry));

        try (Connection connection = rawConnection(); Statement statement = connection.createStatement()) {
            for (String change : List.of(
                    "UPDATE ledger_entry SET points = 99.00 WHERE idempotency_key = 'k-kept'",
                    "DELETE FROM ledger_entry WHERE idempotency_key = 'k-kept'",
                    "TRUNCATE ledger_entry")) {
                assertThatThrownBy(() -> statement.execute(change)).as(change)
                        .isInstanceOfSatisfying(SQLException.class, e -> {
                            assertThat(e.getSQLState()).isEqualTo("JF001");
                            assertThat(e.getMessage()).contains("append-only");
                        });
            }
        }

        assertThat(ledger().load(entry.person()).entries()).containsExactly(entry);
    }

    @Test
    void batchedInserts_areRewrittenIntoMultiRowStatements() throws Exception {
        try (Connection connection = db.database().dataSource().getConnection()) {
            org.postgresql.core.BaseConnection pg = connection.unwrap(org.postgresql.core.BaseConnection.class);
            assertThat(pg.getQueryExecutor().isReWriteBatchedInsertsEnabled()).isTrue();
        }
    }
}
