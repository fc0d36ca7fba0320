package org.jifen.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.jifen.domain.ledger.Actor;
import org.jifen.domain.ledger.EntryReason;
import org.jifen.domain.ledger.EntrySource;
import org.jifen.domain.ledger.Freeze;
import org.jifen.domain.ledger.IdempotencyKey;
import org.jifen.domain.ledger.IndicatorRef;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.ledger.SourceKind;
import org.jifen.domain.ledger.TestPostings;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.shared.Points;

/**
 * Builds a raw {@link LedgerEntry}, as a store holds it: {@code anEntry().withKey("k1").onIndicator("P05")
 * .withPoints("3.25").build()}. Defaults: person-0001, P04 of the default provincial catalogue, 5.00,
 * {@code AWARD} by {@code SYSTEM} from system data, recorded 2024-05-01 09:00 China time, effective
 * 2024-05-01, no freeze. {@link #aPenalty()} starts from an M91 deduction with its 12-month freeze.
 */
public final class LedgerEntryBuilder {

    private IdempotencyKey key = IdempotencyKey.of("entry-0001");
    private PersonId person = PersonId.of("person-0001");
    private IndicatorRef indicator = TestPostings.ref("P04");
    private Points points = Points.parse("5.00");
    private EntryReason reason = EntryReason.AWARD;
    private EntrySource source = new EntrySource(SourceKind.SYSTEM_DATA, "AUTO-2024-05-01");
    private Actor actor = Actor.SYSTEM;
    private Instant recordedAt = TestData.chinaTime(LocalDate.of(2024, 5, 1), 9, 0);
    private LocalDate effectiveOn = LocalDate.of(2024, 5, 1);
    private Optional<Freeze> freeze = Optional.empty();

    private LedgerEntryBuilder() {
    }

    public static LedgerEntryBuilder anEntry() {
        return new LedgerEntryBuilder();
    }

    /** A penalty (扣分): M91 −10.00 for a detention, by a reviewer, freezing 12 months from 2024-03-31. */
    public static LedgerEntryBuilder aPenalty() {
        LocalDate event = LocalDate.of(2024, 3, 31);
        return anEntry().onIndicator("M91").withPoints("-10.00").withReason(EntryReason.DEDUCTION)
                .from(SourceKind.PENALTY, "case-330203-2024-0001").by(TestPostings.REVIEWER)
                .effectiveOn(event).freezing(Freeze.forMonths(event, Freeze.DEFAULT_MONTHS));
    }

    public LedgerEntryBuilder withKey(String key) {
        this.key = IdempotencyKey.of(key);
        return this;
    }

    public LedgerEntryBuilder forPerson(PersonId person) {
        this.person = person;
        return this;
    }

    public LedgerEntryBuilder forPerson(String person) {
        return forPerson(PersonId.of(person));
    }

    /** An indicator of the default catalogues (330000-2022, 330200-2022, 330203-2022) by code. */
    public LedgerEntryBuilder onIndicator(String code) {
        return onIndicator(TestPostings.ref(code));
    }

    public LedgerEntryBuilder onIndicator(IndicatorRef indicator) {
        this.indicator = indicator;
        return this;
    }

    public LedgerEntryBuilder withPoints(String points) {
        this.points = Points.parse(points);
        return this;
    }

    public LedgerEntryBuilder withReason(EntryReason reason) {
        this.reason = reason;
        return this;
    }

    public LedgerEntryBuilder from(SourceKind kind, String reference) {
        this.source = new EntrySource(kind, reference);
        return this;
    }

    public LedgerEntryBuilder by(Actor actor) {
        this.actor = actor;
        return this;
    }

    public LedgerEntryBuilder by(String actor) {
        return by(new Actor(actor));
    }

    public LedgerEntryBuilder recordedAt(Instant recordedAt) {
        this.recordedAt = recordedAt;
        return this;
    }

    public LedgerEntryBuilder effectiveOn(LocalDate effectiveOn) {
        this.effectiveOn = effectiveOn;
        return this;
    }

    public LedgerEntryBuilder freezing(Freeze freeze) {
        this.freeze = Optional.of(freeze);
        return this;
    }

    public LedgerEntry build() {
        return new LedgerEntry(key, person, indicator, points, reason, source, actor, recordedAt, effectiveOn, freeze);
    }
}
