package org.jifen.domain.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jifen.domain.catalogue.Catalogue;
import org.jifen.domain.catalogue.Indicator;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.catalogue.TestCatalogues;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.shared.Points;

/**
 * Test data for the score ledger: postings with a given key, recording time and effective date,
 * indicator references into catalogue versions, and one-line postings onto a ledger.
 * Times are China Standard Time (UTC+8): {@link #at(LocalDate)} is 09:00 of that day.
 */
public final class TestPostings {

    public static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    public static final PersonId PERSON = PersonId.of("person-0001");
    public static final PersonId OTHER_PERSON = PersonId.of("person-0002");
    public static final Actor REVIEWER = new Actor("reviewer-330203-hrss-01");
    public static final EntrySource SYSTEM_DATA = new EntrySource(SourceKind.SYSTEM_DATA, "system-data");

    private TestPostings() {
    }

    // ---------------------------------------------------------------- times

    /** 09:00 China time on that day. */
    public static Instant at(LocalDate day) {
        return at(day, 9, 0);
    }

    /** That time of day, China time. */
    public static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).toInstant(CHINA);
    }

    /** The last instant of that day, China time: everything recorded on the day is known then. */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay().toInstant(CHINA).minusNanos(1);
    }

    // ---------------------------------------------------------------- postings

    /** A posting by {@code SYSTEM} from system data, recorded at {@code recordedAt}, effective on {@code effectiveOn}. */
    public static Posting posting(String key, Instant recordedAt, LocalDate effectiveOn) {
        return new Posting(IdempotencyKey.of(key), SYSTEM_DATA, Actor.SYSTEM, recordedAt, effectiveOn);
    }

    /** A posting recorded at 09:00 on {@code day} and effective on the same day. */
    public static Posting posting(String key, LocalDate day) {
        return posting(key, at(day), day);
    }

    /** A posting with its own source and actor. */
    public static Posting posting(String key, EntrySource source, Actor actor, Instant recordedAt,
            LocalDate effectiveOn) {
        return new Posting(IdempotencyKey.of(key), source, actor, recordedAt, effectiveOn);
    }

    /** A reviewer's posting for a penalty case. */
    public static Posting penaltyPosting(String key, String caseReference, Instant recordedAt, LocalDate effectiveOn) {
        return posting(key, new EntrySource(SourceKind.PENALTY, caseReference), REVIEWER, recordedAt, effectiveOn);
    }

    // ---------------------------------------------------------------- indicators

    /** The reference to an indicator of a catalogue version. */
    public static IndicatorRef ref(Catalogue catalogue, String code) {
        Indicator indicator = indicator(catalogue, code);
        return new IndicatorRef(catalogue.version(), indicator.jurisdiction(), indicator.tier(), indicator.code());
    }

    /** The reference to an indicator of the default catalogues (330000-2022, 330200-2022, 330203-2022). */
    public static IndicatorRef ref(String code) {
        return ref(defaultCatalogueOf(code), code);
    }

    public static Indicator indicator(Catalogue catalogue, String code) {
        return catalogue.indicator(IndicatorCode.of(code))
                .orElseThrow(() -> new IllegalArgumentException(catalogue.version() + " has no indicator " + code));
    }

    /** The default catalogue holding this code. */
    public static Catalogue defaultCatalogueOf(String code) {
        for (Catalogue catalogue : TestCatalogues.defaultSet().versions()) {
            if (catalogue.indicator(IndicatorCode.of(code)).isPresent()) {
                return catalogue;
            }
        }
        throw new IllegalArgumentException("no default indicator " + code);
    }

    // ---------------------------------------------------------------- posting onto a ledger

    /** Posts a target balance (as a decimal string) onto an indicator and appends what was posted. */
    public static Ledger target(Ledger ledger, Catalogue catalogue, String code, String target, Posting posting) {
        return target(ledger, catalogue, code, Points.parse(target), posting, false);
    }

    /** As {@link #target(Ledger, Catalogue, String, String, Posting)} on the default catalogues. */
    public static Ledger target(Ledger ledger, String code, String target, Posting posting) {
        return target(ledger, defaultCatalogueOf(code), code, target, posting);
    }

    public static Ledger target(Ledger ledger, Catalogue catalogue, String code, Points target, Posting posting,
            boolean correction) {
        return ledger.appendAll(ledger.postTarget(indicator(catalogue, code), ref(catalogue, code), target,
                posting, correction));
    }

    /** Posts a penalty event with the default 12-month freeze from {@code eventDate}, and appends it. */
    public static Ledger penalty(Ledger ledger, String code, String eventPoints, LocalDate eventDate,
            Posting posting) {
        Catalogue catalogue = defaultCatalogueOf(code);
        return ledger.appendAll(ledger.postPenalty(indicator(catalogue, code), ref(catalogue, code),
                Points.parse(eventPoints), Freeze.forMonths(eventDate, Freeze.DEFAULT_MONTHS), posting));
    }

    /** A raw entry, as a store would hand it back. */
    public static LedgerEntry entry(PersonId person, IndicatorRef ref, String points, EntryReason reason,
            Posting posting) {
        return new LedgerEntry(posting.key(), person, ref, Points.parse(points), reason, posting.source(),
                posting.actor(), posting.recordedAt(), posting.effectiveOn(), Optional.empty());
    }
}
