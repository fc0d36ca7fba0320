package org.jifen.adapters.db.shared;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The {@code idempotency_record} table. */
@RegisterConstructorMapper(IdempotencyRecordRow.class)
interface IdempotencyRecordDao {

    @SqlQuery("""
            SELECT subject, scope, idempotency_key, fingerprint, status, location, body, recorded_at
            FROM idempotency_record
            WHERE subject = :subject AND scope = :scope AND idempotency_key = :key
            """)
    Optional<IdempotencyRecordRow> find(@Bind("subject") String subject, @Bind("scope") String scope,
            @Bind("key") String key);

    @SqlUpdate("""
            INSERT INTO idempotency_record
                (subject, scope, idempotency_key, fingerprint, status, location, body, recorded_at)
            VALUES (:subject, :scope, :idempotencyKey, :fingerprint, :status, :location, :body, :recordedAt)
            """)
    void insert(@BindMethods IdempotencyRecordRow row);
}
