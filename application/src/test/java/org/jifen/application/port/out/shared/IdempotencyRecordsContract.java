package org.jifen.application.port.out.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.jifen.application.TestCallers;
import org.jifen.application.port.in.shared.IdempotentResponse;
import org.jifen.application.port.in.shared.IdempotentWriteCommand;
import org.jifen.application.port.in.shared.RuleRefusedException;
import org.jifen.application.service.shared.RunIdempotentWriteService;
import org.jifen.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

/**
 * What every {@link IdempotencyRecords} adapter must do. An adapter's test extends this class and returns
 * the records and the transaction runner of one store (the same objects for every call within a test, an
 * empty store for each test): a record is found by subject, scope and key exactly as written (a body in
 * Chinese included); a second record under the same key is refused with {@code DUPLICATE_IDEMPOTENCY_KEY};
 * a record written in a unit of work that fails is not kept.
 */
public abstract class IdempotencyRecordsContract {

    private static final Instant AT = Instant.parse("2024-05-02T01:30:00.123456Z");
    private static final String SCOPE = "POST /api/v1/appeals";
    private static final String BODY = "{\"appealId\":\"APL-000001\",\"status\":\"FILED\",\"reason\":\"证明材料已补交\"}";

    /** The records under test. */
    protected abstract IdempotencyRecords idempotencyRecords();

    /** The transaction runner of the same store. */
    protected abstract TransactionRunner transactions();

    private static IdempotencyRecord record(String subject, String key, String fingerprint) {
        return new IdempotencyRecord(subject, SCOPE, key, fingerprint, 201, "/api/v1/appeals/APL-000001", BODY, AT);
    }

    @Test
    void aRecordWritten_isFoundBySubjectScopeAndKey_exactlyAsWritten() {
        idempotencyRecords().record(record("clerk-hs", "K-1", "f1"));

        assertThat(idempotencyRecords().find("clerk-hs", SCOPE, "K-1")).contains(record("clerk-hs", "K-1", "f1"));
        assertThat(idempotencyRecords().find("clerk-hs", SCOPE, "K-2")).isEmpty();
        assertThat(idempotencyRecords().find("clerk-yz", SCOPE, "K-1")).as("another subject").isEmpty();
        assertThat(idempotencyRecords().find("clerk-hs", "POST /api/v1/persons", "K-1")).as("another route").isEmpty();
    }

    @Test
    void theSameKeyOfAnotherSubject_isAnotherRecord() {
        idempotencyRecords().record(record("clerk-hs", "K-1", "f1"));
        idempotencyRecords().record(record("clerk-yz", "K-1", "f2"));

        assertThat(idempotencyRecords().find("clerk-yz", SCOPE, "K-1").orElseThrow().fingerprint()).isEqualTo("f2");
        assertThat(idempotencyRecords().find("clerk-hs", SCOPE, "K-1").orElseThrow().fingerprint()).isEqualTo("f1");
    }

    @Test
    void aSecondRecordUnderTheSameKey_isRefused_andTheFirstStays() {
        idempotencyRecords().record(record("clerk-hs", "K-1", "f1"));

        assertThatThrownBy(() -> transactions().run(() -> idempotencyRecords().record(record("clerk-hs", "K-1", "f2"))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("DUPLICATE_IDEMPOTENCY_KEY"));
        assertThat(idempotencyRecords().find("clerk-hs", SCOPE, "K-1").orElseThrow().fingerprint()).isEqualTo("f1");
    }

    @Test
    void aRecordWrittenInAUnitOfWorkThatFails_isNotKept() {
        assertThatThrownBy(() -> transactions().run(() -> {
            idempotencyRecords().record(record("clerk-hs", "K-1", "f1"));
            throw new IllegalStateException("the write failed after its key was recorded");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(idempotencyRecords().find("clerk-hs", SCOPE, "K-1")).isEmpty();
    }

    @Test
    void theIdempotentWriteService_onTheseRecords_replaysConflictsAndKeepsNoKeyOfAFailedWrite() {
        RunIdempotentWriteService service = new RunIdempotentWriteService(idempotencyRecords(),
                new org.jifen.application.memory.SettableClock(AT, java.time.ZoneOffset.ofHours(8)),
                transactions());
        AtomicInteger writes = new AtomicInteger();
        IdempotentWriteCommand command = new IdempotentWriteCommand(TestCallers.HAISHU_CLERK, SCOPE, "K-9", "f1");

        assertThatThrownBy(() -> service.run(command, () -> {
            writes.incrementAndGet();
            throw new RuleRefusedException("APPEAL_WINDOW_CLOSED", "too late");
        })).isInstanceOf(RuleRefusedException.class);
        assertThat(idempotencyRecords().find(TestCallers.HAISHU_CLERK.subject(), SCOPE, "K-9")).isEmpty();

        IdempotentResponse first = service.run(command, () -> {
            writes.incrementAndGet();
            return IdempotentResponse.of(201, "/api/v1/appeals/APL-000001", BODY);
        });
        IdempotentResponse again = service.run(command, () -> {
            writes.incrementAndGet();
            return IdempotentResponse.of(201, "/elsewhere", "{}");
        });

        assertThat(first.replayed()).isFalse();
        assertThat(again).isEqualTo(new IdempotentResponse(201, "/api/v1/appeals/APL-000001", BODY, true));
        assertThat(writes).hasValue(2);
        assertThatThrownBy(() -> service.run(new IdempotentWriteCommand(TestCallers.HAISHU_CLERK, SCOPE, "K-9", "f2"),
                () -> IdempotentResponse.of(201, "", "{}")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("IDEMPOTENCY_CONFLICT"));
        assertThat(writes).hasValue(2);
    }
}
