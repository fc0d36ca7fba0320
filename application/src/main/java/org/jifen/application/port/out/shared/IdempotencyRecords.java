package org.jifen.application.port.out.shared;

import java.util.Optional;

/**
 * The responses kept for idempotency keys, written in the same transaction as the write they answer
 * (so a write is never kept without its key, nor a key without its write). A key is unique per
 * subject and scope; records are added, never changed.
 */
public interface IdempotencyRecords {

    Optional<IdempotencyRecord> find(String subject, String scope, String key);

    /**
     * Keeps a first response; a record of the same subject, scope and key already stored (say by a
     * concurrent request that committed first) is refused with {@code DUPLICATE_IDEMPOTENCY_KEY}, and
     * the transaction must then be rolled back.
     */
    void record(IdempotencyRecord record);
}
