package org.jifen.application.port.out.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jifen.application.LedgerEntryBuilder.aPenalty;
import static org.jifen.application.LedgerEntryBuilder.anEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.jifen.application.port.out.shared.TransactionRunner;
import org.jifen.domain.catalogue.Indicator;
import org.jifen.domain.catalogue.TestCatalogues;
import org.jifen.domain.ledger.Actor;
import org.jifen.domain.ledger.DuplicateEntryException;
import org.jifen.domain.ledger.EntryReason;
import org.jifen.domain.ledger.EntrySource;
import org.jifen.domain.ledger.Freeze;
import org.jifen.domain.ledger.IdempotencyKey;
import org.jifen.domain.ledger.IndicatorRef;
import org.jifen.domain.ledger.Ledger;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.ledger.Posting;
import org.jifen.domain.ledger.SourceKind;
import org.jifen.domain.ledger.TestPostings;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.shared.Points;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What every {@link LedgerRepository} adapter must do. An adapter's test extends this class and
 * returns, for every call within one test, the same repository and a {@link TransactionRunner} over
 * the same store; each test starts from an empty ledger.
 *
 * <p>The ledger stores entries as given: it does not require the person or the catalogue version an
 * entry names to be stored elsewhere (checking those is the services' job). Instants are given to the
 * microsecond, which PostgreSQL and H2 timestamps hold exactly.
 */
public abstract class LedgerRepositoryContract {

    private static final PersonId ANNA = PersonId.of("person-0001");
    private static final PersonId BORIS = PersonId.of("person-0002");
    private static final LocalDate DAY = LocalDate.of(2024, 5, 1);
    private static final Instant T1 = Instant.parse("2024-05-01T01:00:00.123456Z");
    private static final Instant T2 = Instant.parse("2024-05-01T02:00:00Z");
    private static final Instant T3 = Instant.parse("2024-05-02T03:04:05.000001Z");

    /** The repository under test. */
    protected abstract LedgerRepository ledgerRepository();

    /** Transactions over the same store as {@link #ledgerRepository()}. */
    protected abstract TransactionRunner transactions();

    private List<LedgerEntry> entriesOf(PersonId person) {
        return ledgerRepository().load(person).entries();
    }

    @Test
    void appendedEntries_comeBackWithEveryField() {
        List<LedgerEntry> entries = List.of(
                anEntry().withKey("AUTO:person-0001:330000-2022/P04").onIndicator("P04").withPoints("30.00")
                        .recordedAt(Instant.parse("2024-05-01T01:02:03.123456Z")).effectiveOn(DAY).build(),
                anEntry().withKey("AUTO:person-0001:330000-2022/P05").onIndicator("P05").withPoints("3.25")
                        .recordedAt(Instant.parse("2024-05-01T01:02:04Z")).effectiveOn(DAY).build(),
                anEntry().withKey("appeal-2024-0007").onIndicator("P01").withPoints("-2.00")
                        .withReason(EntryReason.CORRECTION).from(SourceKind.APPEAL, "appeal-2024-0007")
                        .by("reviewer-330203-ps-02").recordedAt(Instant.parse("2024-05-03T08:00:00Z"))
                        .effectiveOn(LocalDate.of(2024, 2, 29)).build(),
                aPenalty().withKey("penalty-0001").recordedAt(Instant.parse("2024-05-04T00:00:00.000001Z")).build(),
                anEntry().withKey("clearing-0001").onIndicator("HS06").withPoints("-4.00")
                        .withReason(EntryReason.CLEARING).from(SourceKind.CLEARING_CASE, "海公(刑)字2024第001号")
                        .by("admin-330203-01").recordedAt(Instant.parse("2024-05-05T23:59:59.999999Z"))
                        .effectiveOn(LocalDate.of(2024, 5, 6)).build());

        ledgerRepository().append(entries);

        Ledger ledger = ledgerRepository().load(ANNA);
        assertThat(ledger.person()).isEqualTo(ANNA);
        assertThat(ledger.entries()).containsExactlyElementsOf(entries);
        LedgerEntry penalty = ledger.entries().get(3);
        assertThat(penalty.freeze()).contains(new Freeze(LocalDate.of(2024, 3, 31), LocalDate.of(2025, 3, 31)));
        assertThat(penalty.points()).isEqualTo(Points.parse("-10.00"));
        assertThat(ledger.entries().get(0).freeze()).isEmpty();
        assertThat(ledger.entries().get(4).source()).isEqualTo(new EntrySource(SourceKind.CLEARING_CASE,
                "海公(刑)字2024第001号"));
    }

    @Test
    void loadForPosting_insideATransaction_seesTheSameEntriesAsLoad() {
        LedgerEntry entry = anEntry().build();
        ledgerRepository().append(List.of(entry));

        Ledger forPosting = transactions().inTransaction(() -> ledgerRepository().loadForPosting(ANNA));

        assertThat(forPosting.person()).isEqualTo(ANNA);
        assertThat(forPosting.entries()).containsExactly(entry);
    }

    @Test
    void loadOfAPersonWithNoEntries_isAnEmptyLedgerOfThatPerson() {
        ledgerRepository().append(List.of(anEntry().forPerson(BORIS).build()));
        PersonId unknown = PersonId.of("nobody-0001");

        Ledger ledger = ledgerRepository().load(unknown);
        Ledger forPosting = transactions().inTransaction(() -> ledgerRepository().loadForPosting(unknown));

        assertThat(ledger.person()).isEqualTo(unknown);
        assertThat(ledger.entries()).isEmpty();
        assertThat(forPosting.person()).isEqualTo(unknown);
        assertThat(forPosting.entries()).isEmpty();
    }

    @Test
    void entriesArePerPerson() {
        LedgerEntry anna1 = anEntry().withKey("a1").forPerson(ANNA).recordedAt(T1).build();
        LedgerEntry boris1 = anEntry().withKey("b1").forPerson(BORIS).onIndicator("P05").withPoints("0.25")
                .recordedAt(T1).build();
        LedgerEntry anna2 = anEntry().withKey("a2").forPerson(ANNA).onIndicator("M02").withPoints("10.00")
                .recordedAt(T2).build();
        ledgerRepository().append(List.of(anna1, boris1, anna2));

        assertThat(entriesOf(ANNA)).containsExactly(anna1, anna2);
        assertThat(entriesOf(BORIS)).containsExactly(boris1);
    }

    @Test
    void entries_comeBackInRecordedOrder_whateverTheOrderOfAppending() {
        LedgerEntry third = anEntry().withKey("k3").recordedAt(T3).build();
        LedgerEntry first = anEntry().withKey("k1").recordedAt(T1).build();
        LedgerEntry second = anEntry().withKey("k2").recordedAt(T2).build();
        ledgerRepository().append(List.of(third));
        ledgerRepository().append(List.of(second, first));

        assertThat(entriesOf(ANNA)).containsExactly(first, second, third);
    }

    @Test
    void entriesRecordedAtTheSameInstant_comeBackInTheOrderTheyWereAppended() {
        // Keys deliberately out of alphabetical order: the order is the order of appending, not of keys.
        LedgerEntry z = anEntry().withKey("z-first").onIndicator("P01").withPoints("20.00").recordedAt(T2).build();
        LedgerEntry a = anEntry().withKey("a-second").onIndicator("P04").withPoints("30.00").recordedAt(T2).build();
        LedgerEntry m = anEntry().withKey("m-third").onIndicator("P05").withPoints("3.25").recordedAt(T2).build();
        LedgerEntry b = anEntry().withKey("b-fourth").onIndicator("HS07").withPoints("1.00").recordedAt(T2).build();
        ledgerRepository().append(List.of(z, a, m));
        ledgerRepository().append(List.of(b));

        assertThat(entriesOf(ANNA)).containsExactly(z, a, m, b);
    }

    @Test
    void appendingNothing_changesNothing() {
        ledgerRepository().append(List.of());

        assertThat(entriesOf(ANNA)).isEmpty();
    }

    @Test
    void appendingAKeyAlreadyInTheLedger_isRefusedAndAppendsNothingOfThatBatch() {
        LedgerEntry first = anEntry().withKey("k-posted").recordedAt(T1).build();
        ledgerRepository().append(List.of(first));
        LedgerEntry fresh = anEntry().withKey("k-fresh").onIndicator("P05").withPoints("1.00").recordedAt(T2).build();
        LedgerEntry again = anEntry().withKey("k-posted").withPoints("7.50").recordedAt(T2).build();

        assertThatThrownBy(() -> ledgerRepository().append(List.of(fresh, again)))
                .isInstanceOfSatisfying(DuplicateEntryException.class, e -> {
                    assertThat(e.key()).isEqualTo(IdempotencyKey.of("k-posted"));
                    assertThat(e.code()).isEqualTo("DUPLICATE_ENTRY");
                });

        assertThat(entriesOf(ANNA)).containsExactly(first);
        ledgerRepository().append(List.of(fresh));
        assertThat(entriesOf(ANNA)).containsExactly(first, fresh);
    }

    @Test
    void aBatchRepeatingAKey_isRefusedWhole() {
        LedgerEntry one = anEntry().withKey("k-twice").recordedAt(T1).build();
        LedgerEntry other = anEntry().withKey("k-other").onIndicator("P05").recordedAt(T1).build();
        LedgerEntry twice = anEntry().withKey("k-twice").withPoints("1.00").recordedAt(T2).build();

        assertThatThrownBy(() -> ledgerRepository().append(List.of(one, other, twice)))
                .isInstanceOfSatisfying(DuplicateEntryException.class,
                        e -> assertThat(e.key()).isEqualTo(IdempotencyKey.of("k-twice")));

        assertThat(entriesOf(ANNA)).isEmpty();
    }

    /**
     * 16 writers, each posting 20 times "current balance + 5" on P04 (cap 30) inside a transaction:
     * load for posting, ask the domain, append. Serialised, exactly 6 postings of 5.00 reach the cap
     * and every later one finds nothing to post. A lost update (two writers reading the same balance)
     * shows as a seventh entry, a balance above 30.00, or a posting reported but not stored.
     */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void concurrentPostings_neverPassTheCapAndLoseNothing() throws Exception {
        int writers = 16;
        int rounds = 20;
        PersonId person = PersonId.of("person-concurrent");
        Indicator p04 = TestCatalogues.indicator("P04");
        IndicatorRef ref = TestPostings.ref("P04");
        Points cap = Points.parse("30.00");
        Points step = Points.parse("5.00");
        Instant recordedAt = Instant.parse("2024-05-01T01:00:00Z");
        EntrySource source = new EntrySource(SourceKind.SYSTEM_DATA, "concurrency");

        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try {
            for (int w = 0; w < writers; w++) {
                int writer = w;
                results.add(pool.submit(() -> {
                    start.await();
                    int posted = 0;
                    for (int round = 0; round < rounds; round++) {
                        Posting posting = new Posting(IdempotencyKey.of("writer-" + writer + "-round-" + round), source,
                                new Actor("writer-" + writer), recordedAt, DAY);
                        posted += transactions().inTransaction(() -> {
                            Ledger ledger = ledgerRepository().loadForPosting(person);
                            Points target = ledger.balance(ref, DAY, recordedAt).plus(step);
                            List<LedgerEntry> entries = ledger.postTarget(p04, ref, target, posting, false);
                            LockSupport.parkNanos(200_000); // widen the window between the read and the write
                            if (!entries.isEmpty()) {
                                ledgerRepository().append(entries);
                            }
                            return entries.size();
                        });
                    }
                    return posted;
                }));
            }
            start.countDown();
            int reportedPostings = 0;
            for (Future<Integer> result : results) {
                reportedPostings += result.get(110, TimeUnit.SECONDS);
            }

            List<LedgerEntry> stored = entriesOf(person);
            assertThat(reportedPostings).as("postings the writers made").isEqualTo(6);
            assertThat(stored).as("entries stored").hasSize(6)
                    .allSatisfy(e -> {
                        assertThat(e.points()).isEqualTo(step);
                        assertThat(e.reason()).isEqualTo(EntryReason.AWARD);
                        assertThat(e.indicator()).isEqualTo(ref);
                    });
            Points running = Points.ZERO;
            for (LedgerEntry entry : stored) {
                running = running.plus(entry.points());
                assertThat(running).as("balance after " + entry.key()).isLessThanOrEqualTo(cap);
            }
            assertThat(running).isEqualTo(cap);
            assertThat(ledgerRepository().load(person).balance(ref, DAY, recordedAt)).isEqualTo(cap);
        } finally {
            pool.shutdownNow();
        }
    }
    // ---------------------------------------------------------------- many persons at once

    @Test
    void loadAll_givesEachPersonAskedForTheirLedger_emptyWhenThereIsNone() {
        LedgerEntry anna2 = anEntry().withKey("a2").forPerson(ANNA).onIndicator("M02").withPoints("10.00")
                .recordedAt(T2).build();
        LedgerEntry anna1 = anEntry().withKey("a1").forPerson(ANNA).recordedAt(T1).build();
        LedgerEntry boris1 = anEntry().withKey("b1").forPerson(BORIS).onIndicator("P05").withPoints("0.25")
                .recordedAt(T1).build();
        LedgerEntry other = anEntry().withKey("o1").forPerson("person-0003").recordedAt(T1).build();
        ledgerRepository().append(List.of(anna2, boris1, anna1, other));
        PersonId nobody = PersonId.of("nobody-0001");

        Map<PersonId, Ledger> ledgers = ledgerRepository().loadAll(List.of(BORIS, ANNA, nobody, ANNA));

        assertThat(ledgers).containsOnlyKeys(ANNA, BORIS, nobody);
        assertThat(ledgers.get(ANNA).person()).isEqualTo(ANNA);
        assertThat(ledgers.get(ANNA).entries()).containsExactly(anna1, anna2);
        assertThat(ledgers.get(BORIS).entries()).containsExactly(boris1);
        assertThat(ledgers.get(nobody).person()).isEqualTo(nobody);
        assertThat(ledgers.get(nobody).entries()).isEmpty();
        assertThat(ledgerRepository().loadAll(List.of())).isEmpty();
    }

    @Test
    void loadAll_ofMorePersonsThanOneQueryTakes_isTheSameAsLoadingEachOne() {
        List<LedgerEntry> entries = new ArrayList<>();
        List<PersonId> persons = new ArrayList<>();
        for (int i = 0; i < 2_100; i++) {
            PersonId person = PersonId.of(String.format("person-%05d", i));
            persons.add(person);
            entries.add(anEntry().withKey("p04-" + i).forPerson(person).recordedAt(T1).build());
            if (i % 3 == 0) {
                entries.add(anEntry().withKey("p05-" + i).forPerson(person).onIndicator("P05").withPoints("0.25")
                        .recordedAt(T2).build());
            }
        }
        ledgerRepository().append(entries);

        Map<PersonId, Ledger> ledgers = ledgerRepository().loadAll(persons);

        assertThat(ledgers).hasSize(2_100);
        assertThat(ledgers.get(PersonId.of("person-00003")).entries()).extracting(e -> e.key().value())
                .containsExactly("p04-3", "p05-3");
        assertThat(ledgers.get(PersonId.of("person-02099")).entries()).extracting(e -> e.key().value())
                .containsExactly("p04-2099");
        assertThat(ledgers.values().stream().mapToInt(l -> l.entries().size()).sum()).isEqualTo(2_800);
    }

    /**
     * Bulk writers (locking every person of a group, then loading them all) and single writers (loading one
     * person for posting) post "balance + 5" on P04 (cap 30) for the same persons concurrently: the locks of
     * both kinds exclude each other, so each person ends at exactly 30.00 in six entries of 5.00.
     */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void bulkAndSingleWriters_neverPassTheCapTogether() throws Exception {
        List<PersonId> persons = List.of(PersonId.of("person-bulk-c"), PersonId.of("person-bulk-a"),
                PersonId.of("person-bulk-b"));
        Indicator p04 = TestCatalogues.indicator("P04");
        IndicatorRef ref = TestPostings.ref("P04");
        Points step = Points.parse("5.00");
        Instant recordedAt = Instant.parse("2024-05-01T01:00:00Z");
        EntrySource source = new EntrySource(SourceKind.SYSTEM_DATA, "bulk");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> results = new ArrayList<>();
        try {
            for (int w = 0; w < 8; w++) {
                int writer = w;
                results.add(pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < 6; round++) {
                        int r = round;
                        transactions().inTransaction(() -> {
                            Map<PersonId, Ledger> ledgers;
                            if (writer % 2 == 0) {
                                // bulk: every person, locked in one call, in whatever order they are given
                                List<PersonId> order = writer % 4 == 0 ? persons
                                        : List.of(persons.get(2), persons.get(1), persons.get(0));
                                ledgerRepository().lockForPosting(order);
                                ledgers = ledgerRepository().loadAll(order);
                            } else {
                                PersonId one = persons.get((writer + r) % persons.size());
                                ledgers = Map.of(one, ledgerRepository().loadForPosting(one));
                            }
                            List<LedgerEntry> posted = new ArrayList<>();
                            ledgers.forEach((person, ledger) -> posted.addAll(ledger.postTarget(p04, ref,
                                    ledger.balance(ref, DAY, recordedAt).plus(step), new Posting(
                                            IdempotencyKey.of("w" + writer + "-r" + r + "-" + person), source,
                                            new Actor("writer-" + writer), recordedAt, DAY), false)));
                            LockSupport.parkNanos(200_000);
                            ledgerRepository().append(posted);
                            return posted.size();
                        });
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> result : results) {
                result.get(110, TimeUnit.SECONDS);
            }
            for (PersonId person : persons) {
                List<LedgerEntry> stored = entriesOf(person);
                assertThat(stored).as("entries of " + person).hasSize(6)
                        .allSatisfy(e -> assertThat(e.points()).isEqualTo(step));
                assertThat(ledgerRepository().load(person).balance(ref, DAY, recordedAt))
                        .isEqualTo(Points.parse("30.00"));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
