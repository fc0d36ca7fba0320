package org.jifen.archfixture.good.domain.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jifen.archfixture.good.domain.person.PersonId;
import org.jifen.archfixture.good.domain.shared.Points;

/** Append-only; time comes in as parameters. */
public final class Ledger {
    private final List<LedgerEntry> entries;

    public Ledger(List<LedgerEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    public Ledger post(PersonId person, Points points, LocalDate effectiveOn, Instant knownAt) {
        List<LedgerEntry> next = new ArrayList<>(entries);
        next.add(new LedgerEntry(person, new Posting.Credit(points), EntryKind.POSTING, effectiveOn, knownAt));
        return new Ledger(next);
    }

    public Points balance(PersonId person) {
        long[] sum = {0};
        entries.stream()
                .filter(entry -> entry.person().equals(person))
                .forEach(entry -> sum[0] += entry.posting() instanceof Posting.Debit debit
                        ? -debit.points().hundredths()
                        : entry.posting().points().hundredths());
        return new Points(sum[0]);
    }

    public List<LedgerEntry> entries() {
        return entries;
    }
}
