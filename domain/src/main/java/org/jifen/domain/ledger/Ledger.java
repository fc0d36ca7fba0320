package org.jifen.domain.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jifen.domain.catalogue.Indicator;
import org.jifen.domain.catalogue.IndicatorKind;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.shared.Points;

/**
 * One person's score ledger (积分台账): an append-only list of entries. Posting turns a target
 * balance into the difference from the current balance, so the same facts never score twice and a
 * new application adds only what is new. Answers bitemporal questions: the balance effective on a
 * date as known at a time.
 *
 * <p>The entries are held in one immutable list, oldest recorded first (then by effective date; entries
 * alike in both keep the order they were appended in). Appending inserts the new entry in place instead
 * of sorting again, and the questions asked per indicator (balances, keys, later dates) are answered by
 * one plain pass over the entries: a district scoring asks them for every person and indicator.
 */
public final class Ledger {

    private static final Comparator<LedgerEntry> CHRONOLOGICAL = Ledger::chronologically;

    private final PersonId person;
    private final List<LedgerEntry> entries;

    /** {@code entries}: already immutable and in {@link #CHRONOLOGICAL} order. */
    private Ledger(PersonId person, List<LedgerEntry> entries) {
        this.person = person;
        this.entries = entries;
    }

    public static Ledger empty(PersonId person) {
        return new Ledger(person, List.of());
    }

    /** A person's ledger from stored entries, oldest recorded first; a key stored twice is refused. */
    public static Ledger of(PersonId person, Collection<LedgerEntry> entries) {
        List<LedgerEntry> sorted = new ArrayList<>();
        java.util.Set<IdempotencyKey> keys = new java.util.HashSet<>();
        for (LedgerEntry entry : entries) {
            requireSamePerson(person, entry);
            if (!keys.add(entry.key())) {
                throw new IllegalArgumentException("entry " + entry.key() + " is already in the ledger");
            }
            sorted.add(entry);
        }
        sorted.sort(CHRONOLOGICAL);
        return new Ledger(person, List.copyOf(sorted));
    }

    public PersonId person() {
        return person;
    }

    /** Every entry, oldest recorded first. */
    public List<LedgerEntry> entries() {
        return entries;
    }

    /** This ledger with one more entry. Entries are only ever appended. */
    public Ledger append(LedgerEntry entry) {
        return appendAll(List.of(entry));
    }

    /**
     * This ledger with several more entries, in order: as appending them one by one (the first entry of
     * another person or with a key already in the ledger, or earlier in {@code more}, is refused), each
     * placed after every entry recorded (then effective) no later than it.
     */
    public Ledger appendAll(List<LedgerEntry> more) {
        if (more.isEmpty()) {
            return this;
        }
        int size = entries.size();
        LedgerEntry[] all = entries.toArray(new LedgerEntry[size + more.size()]);
        for (LedgerEntry entry : more) {
            requireSamePerson(person, entry);
            if (indexOf(all, size, entry.key()) >= 0) {
                throw new IllegalArgumentException("entry " + entry.key() + " is already in the ledger");
            }
            int at = size;
            while (at > 0 && chronologically(all[at - 1], entry) > 0) {
                at--;
            }
            System.arraycopy(all, at, all, at + 1, size - at);
            all[at] = entry;
            size++;
        }
        return new Ledger(person, List.of(all));
    }

    public boolean contains(IdempotencyKey key) {
        for (int i = 0; i < entries.size(); i++) {
            LedgerEntry entry = entries.get(i);
            if (entry.key().equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** One indicator's entry count (all of them) and balance (effective on a date as known at a time). */
    record Tally(int count, Points balance) {
    }

    /** {@link #count} and {@link #balance(IndicatorRef, LocalDate, Instant)} in one pass. */
    Tally tally(IndicatorRef indicator, LocalDate on, Instant knownAt) {
        int count = 0;
        long sum = 0;
        for (int i = 0; i < entries.size(); i++) {
            LedgerEntry entry = entries.get(i);
            if (entry.indicator().equals(indicator)) {
                count++;
                if (entry.counts(on, knownAt)) {
                    sum = Math.addExact(sum, entry.points().hundredths());
                }
            }
        }
        return new Tally(count, new Points(sum));
    }

    /** How many entries of one indicator the ledger holds, whenever effective or recorded. */
    public int count(IndicatorRef indicator) {
        int count = 0;
        for (int i = 0; i < entries.size(); i++) {
            LedgerEntry entry = entries.get(i);
            if (entry.indicator().equals(indicator)) {
                count++;
            }
        }
        return count;
    }

    /** The entries of one indicator that count effective on {@code on} as known at {@code knownAt}. */
    public List<LedgerEntry> entries(IndicatorRef indicator, LocalDate on, Instant knownAt) {
        return entries.stream().filter(e -> e.indicator().equals(indicator) && e.counts(on, knownAt)).toList();
    }

    /** The balance of one indicator effective on {@code on} as known at {@code knownAt}. */
    public Points balance(IndicatorRef indicator, LocalDate on, Instant knownAt) {
        long sum = 0;
        for (int i = 0; i < entries.size(); i++) {
            LedgerEntry entry = entries.get(i);
            if (entry.indicator().equals(indicator) && entry.counts(on, knownAt)) {
                sum = Math.addExact(sum, entry.points().hundredths());
            }
        }
        return new Points(sum);
    }

    /** The balance of one indicator counting everything ever recorded. */
    public Points balance(IndicatorRef indicator) {
        long sum = 0;
        for (int i = 0; i < entries.size(); i++) {
            LedgerEntry entry = entries.get(i);
            if (entry.indicator().equals(indicator)) {
                sum = Math.addExact(sum, entry.points().hundredths());
            }
        }
        return new Points(sum);
    }

    /**
     * Posts what it takes to bring the indicator to {@code target} (clamped to its cap) effective on
     * the posting date: target − current balance. Nothing is posted when the balance already equals
     * it. A rise is an {@code AWARD}, a fall a {@code CORRECTION}; {@code correction} marks even a rise
     * as a correction (an upheld appeal).
     *
     * <p>A back-dated posting (an appeal corrected on the original date while a later application has
     * since been posted) changes the balance only until the next later posting: a second, restoring
     * entry on that later date keeps every later balance at the target that posting set, so no later
     * balance leaves [0, cap]. The returned list holds the posting first, then the restoring entry.
     */
    public List<LedgerEntry> postTarget(Indicator indicator, IndicatorRef ref, Points target, Posting posting,
            boolean correction) {
        requireMatches(indicator, ref);
        if (indicator.kind() != IndicatorKind.BONUS) {
            throw new IllegalArgumentException(ref + " is a deduction: record penalty events instead");
        }
        Points current = balance(ref, posting.effectiveOn(), posting.recordedAt());
        Points delta = indicator.clamp(target).minus(current);
        if (delta.isZero()) {
            return List.of();
        }
        return postDelta(ref, delta, posting, correction);
    }

    /** What {@link #postTarget} posts once it knows the non-zero delta: the posting, then any restoring entry. */
    List<LedgerEntry> postDelta(IndicatorRef ref, Points delta, Posting posting, boolean correction) {
        EntryReason reason = correction || delta.isNegative() ? EntryReason.CORRECTION : EntryReason.AWARD;
        LedgerEntry entry = entry(ref, delta, reason, posting, Optional.empty());
        LocalDate next = firstLaterEffectiveDate(ref, posting);
        if (next == null) {
            return List.of(entry);
        }
        return List.of(entry, entry(ref, delta.negate(), EntryReason.CORRECTION, follow(posting, "restore", next),
                Optional.empty()));
    }

    /**
     * What {@link #postTarget} would post for {@code target} given the indicator's balance {@code current}
     * at the posting: target (clamped) − current, after the same checks (a matching bonus indicator). Lets
     * the auto-scoring skip writing a posting that would post nothing.
     */
    Points deltaToTarget(Indicator indicator, IndicatorRef ref, Points target, Points current) {
        requireMatches(indicator, ref);
        if (indicator.kind() != IndicatorKind.BONUS) {
            throw new IllegalArgumentException(ref + " is a deduction: record penalty events instead");
        }
        return indicator.clamp(target).minus(current);
    }

    /**
     * Posts one penalty event (扣分): its points (negative), clamped so the balance stays within
     * [−cap, 0], and the freeze it imposes from the event date. The entry is posted even when the cap
     * leaves no points to deduct, because the freeze still applies.
     *
     * <p>A penalty recorded after its event date, when later entries exist, also lowers every later
     * balance; wherever that would pass −cap, a capping entry on that later date brings the balance
     * back to −cap. The returned list holds the penalty first, then any capping entries.
     */
    public List<LedgerEntry> postPenalty(Indicator indicator, IndicatorRef ref, Points eventPoints, Freeze freeze,
            Posting posting) {
        requireMatches(indicator, ref);
        if (indicator.kind() != IndicatorKind.DEDUCTION || eventPoints.isPositive()) {
            throw new IllegalArgumentException(ref + " takes no penalty of " + eventPoints);
        }
        Points current = balance(ref, posting.effectiveOn(), posting.recordedAt());
        Points delta = indicator.clamp(current.plus(eventPoints)).minus(current);
        List<LedgerEntry> posted = new ArrayList<>();
        posted.add(entry(ref, delta, EntryReason.DEDUCTION, posting, Optional.of(freeze)));
        Points added = delta;
        for (LocalDate later : laterEffectiveDates(ref, posting)) {
            Points balance = balance(ref, later, posting.recordedAt()).plus(added);
            Points capped = indicator.clamp(balance);
            if (!capped.equals(balance)) {
                posted.add(entry(ref, capped.minus(balance), EntryReason.CORRECTION, follow(posting, "cap", later),
                        Optional.empty()));
                added = added.plus(capped.minus(balance));
            }
        }
        return List.copyOf(posted);
    }

    /** The distinct effective dates after the posting's date of this indicator's entries known then. */
    private List<LocalDate> laterEffectiveDates(IndicatorRef ref, Posting posting) {
        return entries.stream()
                .filter(e -> e.indicator().equals(ref) && !e.recordedAt().isAfter(posting.recordedAt())
                        && e.effectiveOn().isAfter(posting.effectiveOn()))
                .map(LedgerEntry::effectiveOn).distinct().sorted().toList();
    }

    /** The first of {@link #laterEffectiveDates}, or null when there is none. */
    private LocalDate firstLaterEffectiveDate(IndicatorRef ref, Posting posting) {
        LocalDate first = null;
        for (int i = 0; i < entries.size(); i++) {
            LedgerEntry e = entries.get(i);
            if (e.indicator().equals(ref) && !e.recordedAt().isAfter(posting.recordedAt())
                    && e.effectiveOn().isAfter(posting.effectiveOn())
                    && (first == null || e.effectiveOn().isBefore(first))) {
                first = e.effectiveOn();
            }
        }
        return first;
    }

    private static Posting follow(Posting posting, String what, LocalDate on) {
        return new Posting(IdempotencyKey.of(posting.key().value() + ":" + what + "@" + on), posting.source(),
                posting.actor(), posting.recordedAt(), on);
    }

    /**
     * 积分清零: entries that bring every balance to zero on every date, recorded now but effective all
     * along — each (indicator, effective date) group of the entries known at {@code recordedAt} is
     * negated on its own date — so "as known before the clearing" still answers the old score.
     */
    public List<LedgerEntry> clearing(EntrySource source, Actor actor, Instant recordedAt) {
        java.util.Map<IndicatorRef, java.util.Map<LocalDate, Points>> sums = new java.util.LinkedHashMap<>();
        for (LedgerEntry entry : entries) {
            if (!entry.recordedAt().isAfter(recordedAt)) {
                sums.computeIfAbsent(entry.indicator(), k -> new java.util.TreeMap<>())
                        .merge(entry.effectiveOn(), entry.points(), Points::plus);
            }
        }
        List<LedgerEntry> clearing = new ArrayList<>();
        sums.forEach((ref, byDate) -> byDate.forEach((date, sum) -> {
            if (!sum.isZero()) {
                // the moment is part of the key: the same case cleared again later (say after an appeal
                // upheld since) clears what was posted since, even on an indicator and date cleared before
                IdempotencyKey key = IdempotencyKey.of("CLEAR:" + source.reference() + ":" + person + ":" + ref + ":"
                        + date + "@" + recordedAt);
                clearing.add(new LedgerEntry(key, person, ref, sum.negate(), EntryReason.CLEARING, source, actor,
                        recordedAt, date, Optional.empty()));
            }
        }));
        return clearing;
    }

    /** The freezes known at {@code knownAt}. */
    public List<Freeze> freezes(Instant knownAt) {
        return entries.stream().filter(e -> !e.recordedAt().isAfter(knownAt))
                .flatMap(e -> e.freeze().stream()).toList();
    }

    /** The freeze in force on {@code on} as known at {@code knownAt} that ends last, if any. */
    public Optional<Freeze> freezeOn(LocalDate on, Instant knownAt) {
        return freezes(knownAt).stream().filter(f -> f.inForceOn(on)).max(Comparator.comparing(Freeze::until));
    }

    private LedgerEntry entry(IndicatorRef ref, Points points, EntryReason reason, Posting posting,
            Optional<Freeze> freeze) {
        return new LedgerEntry(posting.key(), person, ref, points, reason, posting.source(), posting.actor(),
                posting.recordedAt(), posting.effectiveOn(), freeze);
    }

    /** Oldest recorded first, then earliest effective. */
    private static int chronologically(LedgerEntry a, LedgerEntry b) {
        int byRecording = a.recordedAt().compareTo(b.recordedAt());
        return byRecording != 0 ? byRecording : a.effectiveOn().compareTo(b.effectiveOn());
    }

    /** Where the key is among the first {@code size} entries, or −1. */
    private static int indexOf(LedgerEntry[] entries, int size, IdempotencyKey key) {
        for (int i = 0; i < size; i++) {
            if (entries[i].key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static void requireMatches(Indicator indicator, IndicatorRef ref) {
        if (!indicator.code().equals(ref.code()) || indicator.tier() != ref.tier()
                || !indicator.jurisdiction().equals(ref.jurisdiction())) {
            throw new IllegalArgumentException("indicator " + indicator.code() + " does not match " + ref);
        }
    }

    private static void requireSamePerson(PersonId person, LedgerEntry entry) {
        if (!entry.person().equals(person)) {
            throw new IllegalArgumentException("entry " + entry.key() + " belongs to another person");
        }
    }
}
