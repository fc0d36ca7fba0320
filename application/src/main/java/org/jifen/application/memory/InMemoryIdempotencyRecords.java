package org.jifen.application.memory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jifen.application.port.in.shared.RuleRefusedException;
import org.jifen.application.port.out.shared.IdempotencyRecord;
import org.jifen.application.port.out.shared.IdempotencyRecords;

/** Idempotency records in memory, rolled back with the transaction that wrote them. */
public final class InMemoryIdempotencyRecords implements IdempotencyRecords, Snapshotting {

    private volatile Map<List<String>, IdempotencyRecord> records = Map.of();

    @Override
    public Optional<IdempotencyRecord> find(String subject, String scope, String key) {
        return Optional.ofNullable(records.get(List.of(subject, scope, key)));
    }

    @Override
    public synchronized void record(IdempotencyRecord record) {
        List<String> id = List.of(record.subject(), record.scope(), record.key());
        if (records.containsKey(id)) {
            throw new RuleRefusedException("DUPLICATE_IDEMPOTENCY_KEY", "idempotency key " + record.key()
                    + " of " + record.subject() + " on " + record.scope() + " is already recorded");
        }
        Map<List<String>, IdempotencyRecord> more = new HashMap<>(records);
        more.put(id, record);
        records = Map.copyOf(more);
    }

    /** How many records are kept. */
    public int size() {
        return records.size();
    }

    @Override
    public Object snapshot() {
        return records;
    }

    @Override
    @SuppressWarnings("unchecked")
    public synchronized void restore(Object snapshot) {
        records = (Map<List<String>, IdempotencyRecord>) snapshot;
    }
}
