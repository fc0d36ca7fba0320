package org.jifen.adapters.db.credit;

import java.time.OffsetDateTime;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * The credit outbox. Recording differs by dialect: PostgreSQL's {@code INSERT … ON CONFLICT DO NOTHING}
 * (a conflict does not abort the transaction), on H2 an insert of a row not yet there.
 */
@RegisterConstructorMapper(CreditOutboxRow.class)
interface CreditOutboxDao {

    String COLUMNS = """
            outbox_seq, case_number, id_number_hash, id_number_cipher, name, reason, reported_by, reported_at,
            forwarded_at""";

    @SqlUpdate("""
            INSERT INTO credit_outbox (case_number, id_number_hash, id_number_cipher, name, reason, reported_by,
                reported_at)
            VALUES (:caseNumber, :idNumberHash, :idNumberCipher, :name, :reason, :reportedBy, :reportedAt)
            ON CONFLICT (case_number, id_number_hash) DO NOTHING
            """)
    int insertOnPostgres(@BindMethods CreditOutboxRow row);

    @SqlUpdate("""
            INSERT INTO credit_outbox (case_number, id_number_hash, id_number_cipher, name, reason, reported_by,
                reported_at)
            SELECT :caseNumber, :idNumberHash, :idNumberCipher, :name, :reason, :reportedBy, :reportedAt
            WHERE NOT EXISTS (SELECT 1 FROM credit_outbox WHERE case_number = :caseNumber
                AND id_number_hash = :idNumberHash)
            """)
    int insertOnH2(@BindMethods CreditOutboxRow row);

    @SqlQuery("SELECT " + COLUMNS + " FROM credit_outbox ORDER BY outbox_seq")
    List<CreditOutboxRow> all();

    @SqlQuery("SELECT " + COLUMNS + " FROM credit_outbox WHERE forwarded_at IS NULL ORDER BY outbox_seq")
    List<CreditOutboxRow> pending();

    @SqlUpdate("""
            UPDATE credit_outbox SET forwarded_at = :at WHERE outbox_seq = :sequence AND forwarded_at IS NULL
            """)
    int markForwarded(@Bind("sequence") long sequence, @Bind("at") OffsetDateTime at);
}
