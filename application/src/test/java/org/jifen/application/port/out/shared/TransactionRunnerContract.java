package org.jifen.application.port.out.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jifen.application.LedgerEntryBuilder.anEntry;
import static org.jifen.application.PersonBuilder.aPerson;
import static org.jifen.application.TestData.systemData;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jifen.application.port.out.catalogue.CatalogueRepository;
import org.jifen.application.port.out.ledger.LedgerRepository;
import org.jifen.application.port.out.person.PersonRepository;
import org.jifen.application.port.out.systemdata.SystemDataRepository;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.catalogue.TestCatalogues;
import org.jifen.domain.ledger.DuplicateEntryException;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.person.Person;
import org.jifen.domain.person.PersonId;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TransactionRunner} adapter must do. An adapter's test extends this class and
 * returns the runner and the repositories of one store (the same objects for every call within a
 * test, an empty store for each test): a unit of work is kept whole or not at all in every store it
 * touched, and nested calls join the outer unit.
 */
public abstract class TransactionRunnerContract {

    private static final LocalDate DAY = LocalDate.of(2024, 5, 1);
    private static final PersonId ANNA = PersonId.of("person-0001");

    /** The runner under test. */
    protected abstract TransactionRunner transactions();

    /** The ledger of the same store. */
    protected abstract LedgerRepository ledgerRepository();

    /** The persons of the same store. */
    protected abstract PersonRepository personRepository();

    /** The system data of the same store. */
    protected abstract SystemDataRepository systemDataRepository();

    /** The catalogues of the same store. */
    protected abstract CatalogueRepository catalogueRepository();

    /** Something thrown by a unit of work on purpose. */
    private static final class Abandoned extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Abandoned() {
            super("unit of work abandoned on purpose");
        }
    }

    private void writeToEveryStore(Person person, LedgerEntry entry) {
        personRepository().add(person);
        ledgerRepository().append(List.of(entry));
        systemDataRepository().record(List.of(systemData(person.id(), "P04", "61", DAY)));
        catalogueRepository().add(TestCatalogues.haishu());
    }

    private void assertNothingWritten(Person person) {
        assertThat(personRepository().find(person.id())).isEmpty();
        assertThat(personRepository().findByIdNumber(person.idNumber())).isEmpty();
        assertThat(ledgerRepository().load(person.id()).entries()).isEmpty();
        assertThat(systemDataRepository().latest(person.id(), IndicatorCode.of("P04"), DAY)).isEmpty();
        assertThat(catalogueRepository().findAll()).isEmpty();
    }

    @Test
    void theUnitsResult_isReturned() {
        assertThat(transactions().inTransaction(() -> "结果")).isEqualTo("结果");
        assertThat(transactions().<Integer>inTransaction(() -> null)).isNull();
    }

    @Test
    void aUnitThatCompletes_keepsEverythingItWrote() {
        Person person = aPerson().build();
        LedgerEntry entry = anEntry().build();

        transactions().run(() -> writeToEveryStore(person, entry));

        assertThat(personRepository().find(ANNA)).contains(person);
        assertThat(ledgerRepository().load(ANNA).entries()).containsExactly(entry);
        assertThat(systemDataRepository().latest(ANNA, IndicatorCode.of("P04"), DAY)).isPresent();
        assertThat(catalogueRepository().findAll()).containsExactly(TestCatalogues.haishu());
    }

    @Test
    void aUnitSeesItsOwnWritesBeforeItEnds() {
        Person person = aPerson().build();
        LedgerEntry entry = anEntry().build();

        int seen = transactions().inTransaction(() -> {
            writeToEveryStore(person, entry);
            assertThat(personRepository().find(ANNA)).contains(person);
            return ledgerRepository().loadForPosting(ANNA).entries().size();
        });

        assertThat(seen).isEqualTo(1);
    }

    @Test
    void aUnitThatThrows_leavesNothingWrittenInAnyStoreAndRethrows() {
        Person person = aPerson().build();
        Abandoned thrown = new Abandoned();

        assertThatThrownBy(() -> transactions().run(() -> {
            writeToEveryStore(person, anEntry().build());
            throw thrown;
        })).isSameAs(thrown);

        assertNothingWritten(person);
    }

    @Test
    void aPortRefusalInTheMiddle_undoesTheWritesBeforeIt() {
        Person person = aPerson().build();
        LedgerEntry entry = anEntry().withKey("k-once").build();

        assertThatThrownBy(() -> transactions().run(() -> {
            personRepository().add(person);
            ledgerRepository().append(List.of(entry));
            ledgerRepository().append(List.of(anEntry().withKey("k-once").withPoints("1.00").build()));
        })).isInstanceOf(DuplicateEntryException.class);

        assertThat(personRepository().find(ANNA)).isEmpty();
        assertThat(ledgerRepository().load(ANNA).entries()).isEmpty();
    }

    @Test
    void writesCommittedBefore_surviveALaterUnitThatThrows() {
        Person kept = aPerson().withId("person-0001").withSequence(101).build();
        LedgerEntry keptEntry = anEntry().withKey("k-kept").build();
        transactions().run(() -> {
            personRepository().add(kept);
            ledgerRepository().append(List.of(keptEntry));
        });
        Person dropped = aPerson().withId("person-0002").withSequence(102).build();

        assertThatThrownBy(() -> transactions().run(() -> {
            personRepository().add(dropped);
            ledgerRepository().append(List.of(anEntry().withKey("k-dropped").build()));
            throw new Abandoned();
        })).isInstanceOf(Abandoned.class);

        assertThat(personRepository().find(kept.id())).contains(kept);
        assertThat(personRepository().find(dropped.id())).isEmpty();
        assertThat(ledgerRepository().load(ANNA).entries()).containsExactly(keptEntry);
    }

    @Test
    void theRunnerWorksNormallyAfterARollback() {
        assertThatThrownBy(() -> transactions().run(() -> {
            personRepository().add(aPerson().build());
            throw new Abandoned();
        })).isInstanceOf(Abandoned.class);
        Person person = aPerson().build();

        transactions().run(() -> personRepository().add(person));

        assertThat(personRepository().find(ANNA)).contains(person);
    }

    @Test
    void nestedUnits_joinTheOuterOneAndCommitWithIt() {
        Person person = aPerson().build();
        LedgerEntry entry = anEntry().build();

        String result = transactions().inTransaction(() -> {
            personRepository().add(person);
            int inner = transactions().inTransaction(() -> {
                assertThat(personRepository().find(ANNA)).as("the outer unit's write, seen inside").contains(person);
                ledgerRepository().append(List.of(entry));
                return 7;
            });
            assertThat(ledgerRepository().loadForPosting(ANNA).entries()).containsExactly(entry);
            return "outer+" + inner;
        });

        assertThat(result).isEqualTo("outer+7");
        assertThat(personRepository().find(ANNA)).contains(person);
        assertThat(ledgerRepository().load(ANNA).entries()).containsExactly(entry);
    }

    @Test
    void whenTheOuterUnitThrowsAfterANestedOneCompleted_nothingOfEitherIsKept() {
        Person person = aPerson().build();
        AtomicInteger innerCompleted = new AtomicInteger();

        assertThatThrownBy(() -> transactions().run(() -> {
            transactions().run(() -> {
                writeToEveryStore(person, anEntry().build());
                innerCompleted.incrementAndGet();
            });
            throw new Abandoned();
        })).isInstanceOf(Abandoned.class);

        assertThat(innerCompleted).hasValue(1);
        assertNothingWritten(person);
    }

    @Test
    void whenANestedUnitThrowsThroughTheOuterOne_nothingOfEitherIsKept() {
        Person person = aPerson().build();

        assertThatThrownBy(() -> transactions().run(() -> {
            personRepository().add(person);
            transactions().run(() -> {
                ledgerRepository().append(List.of(anEntry().build()));
                throw new Abandoned();
            });
        })).isInstanceOf(Abandoned.class);

        assertThat(personRepository().find(ANNA)).isEmpty();
        assertThat(ledgerRepository().load(ANNA).entries()).isEmpty();
    }
}
