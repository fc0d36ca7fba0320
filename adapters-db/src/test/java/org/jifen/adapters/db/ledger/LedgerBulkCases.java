package org.jifen.adapters.db.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jifen.application.LedgerEntryBuilder.aPenalty;
import static org.jifen.application.LedgerEntryBuilder.anEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jifen.adapters.db.TestDatabase;
import org.jifen.domain.ledger.DuplicateEntryException;
import org.jifen.domain.ledger.IdempotencyKey;
import org.jifen.domain.ledger.Ledger;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.ledger.SourceKind;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

/**
 * The ledger's bulk paths beyond the port contract: a batch of {@value JdbiLedgerRepository#COPY_FROM}
 * entries or more (a COPY on PostgreSQL, batched INSERTs on H2) keeps every field, refuses a key already
 * stored or a value too long whole, and the posting locks of a whole district fit the database's lock table.
 */
abstract class LedgerBulkCases {

    private static final int MANY = JdbiLedgerRepository.COPY_FROM + 500;

    protected abstract TestDatabase db();

    protected JdbiLedgerRepository ledger() {
        return db().get(JdbiLedgerRepository.class, JdbiLedgerRepository::new);
    }

    /** {@link #MANY} entries of 55 persons, every kind of field, text that CSV must quote. */
    private static List<LedgerEntry> many() {
        List<LedgerEntry> entries = new ArrayList<>();
        for (int i = 0; i < MANY; i++) {
            String person = String.format("person-%04d", i % 55);
            Instant recordedAt = Instant.parse("2024-05-01T01:00:00Z").plusNanos(1_000L * i);
            if (i % 100 == 0) {
                entries.add(aPenalty().withKey("penalty-" + i).forPerson(person).recordedAt(recordedAt).build());
            } else {
                entries.add(anEntry().withKey("bulk-" + i).forPerson(person).withPoints(i % 2 == 0 ? "0.25" : "-1.50")
                        .from(SourceKind.CLEARING_CASE, "海公(刑)字\"2024\",第" + i + "号\n\\N ")
                        .recordedAt(recordedAt).effectiveOn(LocalDate.of(2024, 5, 1).plusDays(i % 7)).build());
            }
        }
        return entries;
    }

    @Test
    void aLargeBatch_keepsEveryFieldOfEveryEntry() {
        List<LedgerEntry> entries = many();

        ledger().append(entries);

        Map<PersonId, Ledger> stored = ledger().loadAll(entries.stream().map(LedgerEntry::person).distinct().toList());
        assertThat(stored).hasSize(55);
        List<LedgerEntry> all = new ArrayList<>();
        stored.values().forEach(ledger -> all.addAll(ledger.entries()));
        assertThat(all).containsExactlyInAnyOrderElementsOf(entries);
        assertThat(stored.get(PersonId.of("person-0000")).entries().get(0).freeze()).isPresent();
    }

    @Test
    void aLargeBatchWithAKeyAlreadyStored_isRefusedWhole() {
        ledger().append(List.of(anEntry().withKey("bulk-4321").forPerson("person-9999").build()));
        List<LedgerEntry> entries = many();

        assertThatThrownBy(() -> ledger().append(entries)).isInstanceOfSatisfying(DuplicateEntryException.class,
                e -> assertThat(e.key()).isEqualTo(IdempotencyKey.of("bulk-4321")));

        assertThat(ledger().load(PersonId.of("person-0001")).entries()).isEmpty();
    }

    @Test
    void aLargeBatchWithAValueTooLong_isRefusedWithACodeAndAppendsNothing() {
        List<LedgerEntry> entries = new ArrayList<>(many());
        entries.set(MANY - 1, anEntry().withKey("too-long").from(SourceKind.CLEARING_CASE, "案".repeat(501)).build());

        assertThatThrownBy(() -> ledger().append(entries)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo("VALUE_TOO_LONG");
            assertThat(e.getMessage()).doesNotContain("ledger_entry").doesNotContain("案案");
        });

        assertThat(ledger().load(PersonId.of("person-0001")).entries()).isEmpty();
    }

    /** Striped locks: however many persons, at most {@value JdbiLedgerRepository#STRIPES} locks are held. */
    @Test
    void theLocksOfTwentyThousandPersons_areTakenInOneTransaction() {
        List<PersonId> persons = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            persons.add(PersonId.of("district-person-" + i));
        }

        int loaded = db().transactions().inTransaction(() -> {
            ledger().lockForPosting(persons);
            return ledger().loadAll(persons).size();
        });

        assertThat(loaded).isEqualTo(20_000);
    }
}
