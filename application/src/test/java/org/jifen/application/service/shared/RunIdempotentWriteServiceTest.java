package org.jifen.application.service.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.jifen.application.TestCallers;
import org.jifen.application.memory.InMemoryIdempotencyRecords;
import org.jifen.application.memory.InMemoryTransactionRunner;
import org.jifen.application.memory.SettableClock;
import org.jifen.application.port.in.shared.IdempotentResponse;
import org.jifen.application.port.in.shared.IdempotentWriteCommand;
import org.jifen.application.port.in.shared.RuleRefusedException;
import org.jifen.application.port.out.shared.IdempotencyRecord;
import org.jifen.application.port.out.shared.IdempotencyRecords;
import org.jifen.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

/**
 * The race a double click makes: two requests with the same key and body at once. Both find no record; the
 * first commits its write and record; the second's write then fails on what the first stored under the key (a
 * submission's {@code DUPLICATE_SUBMISSION}) before it reaches its own record. Found through HTTP by
 * {@code HttpConcurrencyCases} on H2 and PostgreSQL (16 identical submissions: 422s besides the 201s).
 */
class RunIdempotentWriteServiceTest {

    private static final Instant AT = Instant.parse("2025-09-16T01:00:00Z");
    private static final String SCOPE = "POST /api/v1/applications";
    private static final String BODY = "{\"applicationId\":\"APP-000001\",\"status\":\"UNDER_REVIEW\"}";

    private final InMemoryIdempotencyRecords stored = new InMemoryIdempotencyRecords();
    private final AtomicInteger finds = new AtomicInteger();
    /** The store as the second request saw it: its first look came before the first request committed. */
    private final IdempotencyRecords seenLate = new IdempotencyRecords() {
        @Override
        public Optional<IdempotencyRecord> find(String subject, String scope, String key) {
            return finds.getAndIncrement() == 0 ? Optional.empty() : stored.find(subject, scope, key);
        }

        @Override
        public void record(IdempotencyRecord record) {
            stored.record(record);
        }
    };
    private final RunIdempotentWriteService service = new RunIdempotentWriteService(seenLate,
            new SettableClock(AT, ZoneOffset.ofHours(8)), new InMemoryTransactionRunner());

    @Test
    void aWriteRefusedBecauseTheSameKeyCommittedMeanwhile_answersAsTheFirstRequestDid() {
        stored.record(new IdempotencyRecord("clerk-hs", SCOPE, "K-1", "f1", 201, "/api/v1/applications/APP-000001",
                BODY, AT));

        IdempotentResponse response = service.run(new IdempotentWriteCommand(TestCallers.HAISHU_CLERK, SCOPE, "K-1",
                "f1"), () -> {
                    throw new RuleRefusedException("DUPLICATE_SUBMISSION", "this idempotency key was used before");
                });

        assertThat(response).isEqualTo(new IdempotentResponse(201, "/api/v1/applications/APP-000001", BODY, true));
        assertThat(stored.size()).isEqualTo(1);
    }

    @Test
    void theSameRaceWithAnotherBody_isAnIdempotencyConflict() {
        stored.record(new IdempotencyRecord("clerk-hs", SCOPE, "K-1", "f1", 201, "/api/v1/applications/APP-000001",
                BODY, AT));

        assertThatThrownBy(() -> service.run(new IdempotentWriteCommand(TestCallers.HAISHU_CLERK, SCOPE, "K-1", "f2"),
                () -> {
                    throw new RuleRefusedException("DUPLICATE_SUBMISSION", "this idempotency key was used before");
                })).isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("IDEMPOTENCY_CONFLICT"));
        assertThat(stored.size()).isEqualTo(1);
    }

    @Test
    void aRefusalWithNoRecordUnderTheKey_isTheRefusal_andNothingIsKept() {
        assertThatThrownBy(() -> service.run(new IdempotentWriteCommand(TestCallers.HAISHU_CLERK, SCOPE, "K-2", "f1"),
                () -> {
                    throw new RuleRefusedException("PERMIT_EXPIRED", "the residence permit has expired");
                })).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("PERMIT_EXPIRED"));
        assertThat(stored.size()).isZero();
        assertThat(finds).hasValue(2);
    }
}
