package org.jifen.adapters.db.ledger;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.BatchChunkSize;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** The ledger table: insert and select only (it is append-only). */
interface LedgerDao {

    @SqlBatch("""
            INSERT INTO ledger_entry (idempotency_key, person_id, catalogue_version, jurisdiction, tier,
                indicator_code, points, reason, source_kind, source_reference, actor, recorded_at, effective_on,
                freeze_from, freeze_until)
            VALUES (:idempotencyKey, :personId, :catalogueVersion, :jurisdiction, :tier,
                :indicatorCode, :points, :reason, :sourceKind, :sourceReference, :actor, :recordedAt, :effectiveOn,
                :freezeFrom, :freezeUntil)
            """)
    @BatchChunkSize(1000)
    void insert(@BindMethods List<LedgerRow> rows);

    @SqlQuery("""
            SELECT idempotency_key, person_id, catalogue_version, jurisdiction, tier, indicator_code, points, reason,
                source_kind, source_reference, actor, recorded_at, effective_on, freeze_from, freeze_until
            FROM ledger_entry
            WHERE person_id = :person
            ORDER BY recorded_at, entry_seq
            """)
    @RegisterConstructorMapper(LedgerRow.class)
    List<LedgerRow> entriesOf(@Bind("person") String person);

    /** The entries of many persons, each person's in the order of {@link #entriesOf}. */
    @SqlQuery("""
            SELECT idempotency_key, person_id, catalogue_version, jurisdiction, tier, indicator_code, points, reason,
                source_kind, source_reference, actor, recorded_at, effective_on, freeze_from, freeze_until
            FROM ledger_entry
            WHERE person_id = ANY(:persons)
            ORDER BY person_id, recorded_at, entry_seq
            """)
    @RegisterConstructorMapper(LedgerRow.class)
    List<LedgerRow> entriesOfAll(@Bind("persons") String[] persons);

    @SqlQuery("SELECT idempotency_key FROM ledger_entry WHERE idempotency_key = ANY(:keys)")
    List<String> existingKeys(@Bind("keys") String[] keys);
}
