package org.jifen.adapters.rest.ledger;

import java.time.Instant;
import java.time.LocalDate;
import org.jifen.domain.ledger.LedgerEntry;

/**
 * One ledger entry (积分台账): its idempotency key, the indicator and catalogue version, signed points, the
 * reason (AWARD, DEDUCTION, CORRECTION, CLEARING), the source, the actor, when it was recorded and from when
 * it counts, and the freeze a deduction imposes.
 */
public record LedgerEntryResponse(String key, String indicator, String version, String jurisdiction, String tier,
        String points, String reason, SourceResponse source, String actor, Instant recordedAt, LocalDate effectiveOn,
        FreezeResponse freeze) {

    /** Where the entry comes from: kind (APPLICATION, PENALTY, APPEAL, CLEARING…) and reference. */
    public record SourceResponse(String kind, String reference) {
    }

    /** 扣分冻结: from the event date until (exclusive). */
    public record FreezeResponse(LocalDate from, LocalDate until) {
    }

    public static LedgerEntryResponse of(LedgerEntry entry) {
        return new LedgerEntryResponse(entry.key().value(), entry.indicator().code().value(),
                entry.indicator().version().value(), entry.indicator().jurisdiction().value(),
                entry.indicator().tier().name(), entry.points().toString(), entry.reason().name(),
                new SourceResponse(entry.source().kind().name(), entry.source().reference()), entry.actor().value(),
                entry.recordedAt(), entry.effectiveOn(),
                entry.freeze().map(f -> new FreezeResponse(f.from(), f.until())).orElse(null));
    }
}
