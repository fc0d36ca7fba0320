package org.jifen.adapters.db.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jifen.domain.catalogue.CatalogueVersionId;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.catalogue.Tier;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.ledger.Actor;
import org.jifen.domain.ledger.EntryReason;
import org.jifen.domain.ledger.EntrySource;
import org.jifen.domain.ledger.Freeze;
import org.jifen.domain.ledger.IdempotencyKey;
import org.jifen.domain.ledger.IndicatorRef;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.ledger.SourceKind;
import org.jifen.domain.shared.Points;

/** One row of {@code ledger_entry} (public only because JDBI binds the methods of public types alone). */
public record LedgerRow(
        String idempotencyKey,
        String personId,
        String catalogueVersion,
        String jurisdiction,
        String tier,
        String indicatorCode,
        BigDecimal points,
        String reason,
        String sourceKind,
        String sourceReference,
        String actor,
        OffsetDateTime recordedAt,
        LocalDate effectiveOn,
        LocalDate freezeFrom,
        LocalDate freezeUntil) {

    static LedgerRow of(LedgerEntry entry) {
        IndicatorRef ref = entry.indicator();
        return new LedgerRow(entry.key().value(), entry.person().value(), ref.version().value(),
                ref.jurisdiction().value(), ref.tier().name(), ref.code().value(), entry.points().toBigDecimal(),
                entry.reason().name(), entry.source().kind().name(), entry.source().reference(), entry.actor().value(),
                entry.recordedAt().atOffset(ZoneOffset.UTC), entry.effectiveOn(),
                entry.freeze().map(Freeze::from).orElse(null), entry.freeze().map(Freeze::until).orElse(null));
    }

    LedgerEntry toEntry() {
        IndicatorRef ref = new IndicatorRef(CatalogueVersionId.of(catalogueVersion), DivisionCode.of(jurisdiction),
                Tier.valueOf(tier), IndicatorCode.of(indicatorCode));
        Optional<Freeze> freeze = freezeFrom == null ? Optional.empty() : Optional.of(new Freeze(freezeFrom, freezeUntil));
        return new LedgerEntry(IdempotencyKey.of(idempotencyKey), PersonId.of(personId), ref, Points.of(points),
                EntryReason.valueOf(reason), new EntrySource(SourceKind.valueOf(sourceKind), sourceReference),
                new Actor(actor), recordedAt.toInstant(), effectiveOn, freeze);
    }
}
