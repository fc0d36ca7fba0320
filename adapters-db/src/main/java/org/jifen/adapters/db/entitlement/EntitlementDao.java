package org.jifen.adapters.db.entitlement;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.BatchChunkSize;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The entitlement table. */
@RegisterConstructorMapper(EntitlementRow.class)
interface EntitlementDao {

    String COLUMNS = """
            entitlement_id, holder_id, beneficiary_id_number_cipher, beneficiary_name, programme, place, granted_at,
            revocation_reason, revocation_case_number, revoked_by, revoked_at""";

    String INSERT = """
            INSERT INTO entitlement (entitlement_id, holder_id, beneficiary_id_number_cipher, beneficiary_name,
                programme, place, granted_at, revocation_reason, revocation_case_number, revoked_by, revoked_at)
            VALUES (:entitlementId, :holderId, :beneficiaryIdNumberCipher, :beneficiaryName, :programme, :place,
                :grantedAt, :revocationReason, :revocationCaseNumber, :revokedBy, :revokedAt)
            """;

    @SqlUpdate(INSERT)
    void insert(@BindMethods EntitlementRow row);

    @SqlBatch(INSERT)
    @BatchChunkSize(1000)
    void insertAll(@BindMethods List<EntitlementRow> rows);

    @SqlUpdate("""
            UPDATE entitlement SET holder_id = :holderId, beneficiary_id_number_cipher = :beneficiaryIdNumberCipher,
                beneficiary_name = :beneficiaryName, programme = :programme, place = :place, granted_at = :grantedAt,
                revocation_reason = :revocationReason, revocation_case_number = :revocationCaseNumber,
                revoked_by = :revokedBy, revoked_at = :revokedAt
            WHERE entitlement_id = :entitlementId
            """)
    int update(@BindMethods EntitlementRow row);

    @SqlQuery("SELECT " + COLUMNS + " FROM entitlement WHERE entitlement_id = :id")
    Optional<EntitlementRow> find(@Bind("id") String id);

    @SqlQuery("SELECT " + COLUMNS + " FROM entitlement WHERE holder_id = :holder ORDER BY granted_at, entitlement_id")
    List<EntitlementRow> findByHolder(@Bind("holder") String holder);

    @SqlQuery("SELECT entitlement_id FROM entitlement WHERE entitlement_id IN (<ids>)")
    List<String> existingIds(@BindList("ids") List<String> ids);
}
