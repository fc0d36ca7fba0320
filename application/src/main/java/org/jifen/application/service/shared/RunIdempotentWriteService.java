package org.jifen.application.service.shared;

import java.util.Optional;
import java.util.function.Supplier;
import org.jifen.application.port.in.shared.IdempotentResponse;
import org.jifen.application.port.in.shared.IdempotentWriteCommand;
import org.jifen.application.port.in.shared.RuleRefusedException;
import org.jifen.application.port.in.shared.RunIdempotentWriteUseCase;
import org.jifen.application.port.out.shared.Clock;
import org.jifen.application.port.out.shared.IdempotencyRecord;
import org.jifen.application.port.out.shared.IdempotencyRecords;
import org.jifen.application.port.out.shared.TransactionRunner;
import org.jifen.domain.shared.DomainException;

/**
 * Runs a write and records its response under the idempotency key in the same transaction; answers a
 * repeat from the record. When a concurrent request with the same key commits first, this one's
 * transaction is rolled back and it answers as that one did (or with a conflict), whichever refusal its own
 * write met on the way (the record's {@code DUPLICATE_IDEMPOTENCY_KEY}, or the write's own use of the key).
 */
public final class RunIdempotentWriteService implements RunIdempotentWriteUseCase {

    private final IdempotencyRecords records;
    private final Clock clock;
    private final TransactionRunner transactions;

    public RunIdempotentWriteService(IdempotencyRecords records, Clock clock, TransactionRunner transactions) {
        this.records = records;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Override
    public IdempotentResponse run(IdempotentWriteCommand command, Supplier<IdempotentResponse> write) {
        String subject = command.caller().subject();
        try {
            return transactions.inTransaction(() -> {
                Optional<IdempotencyRecord> first = records.find(subject, command.scope(), command.key());
                if (first.isPresent()) {
                    return replay(first.get(), command);
                }
                IdempotentResponse response = write.get();
                records.record(new IdempotencyRecord(subject, command.scope(), command.key(), command.fingerprint(),
                        response.status(), response.location(), response.body(), clock.now()));
                return response;
            });
        } catch (DomainException refused) {
            // A concurrent request with the same key may have committed first: the write itself then fails on
            // what that request stored under the key (an application's DUPLICATE_SUBMISSION, say) or, later,
            // the record does (DUPLICATE_IDEMPOTENCY_KEY). Either way its record now answers for this request.
            Optional<IdempotencyRecord> first;
            try {
                first = records.find(subject, command.scope(), command.key());
            } catch (RuntimeException unreadable) {
                refused.addSuppressed(unreadable);
                throw refused;
            }
            if (first.isPresent()) {
                return replay(first.get(), command);
            }
            throw refused;
        }
    }

    private static IdempotentResponse replay(IdempotencyRecord first, IdempotentWriteCommand command) {
        if (!first.fingerprint().equals(command.fingerprint())) {
            throw new RuleRefusedException("IDEMPOTENCY_CONFLICT", "idempotency key " + command.key()
                    + " was already used for another request on " + command.scope());
        }
        return new IdempotentResponse(first.status(), first.location(), first.body(), true);
    }
}
