package org.jifen.application.port.out.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jifen.application.PersonBuilder.aPerson;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jifen.application.TestData;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.person.HouseholdMember;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.person.Person;
import org.jifen.domain.person.PersonExistsException;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.person.PhoneNumber;
import org.jifen.domain.person.Relation;
import org.jifen.domain.person.ResidencePermit;
import org.jifen.domain.person.TestIdNumbers;
import org.jifen.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

/**
 * What every {@link PersonRepository} adapter must do. An adapter's test extends this class and
 * returns the same repository for every call within one test, empty at the start of each test.
 * Persons are compared with {@code equals}: every field (ID number, name, phone, residence permit,
 * residence district, household members in order) comes back as stored.
 */
public abstract class PersonRepositoryContract {

    /** The repository under test. */
    protected abstract PersonRepository personRepository();

    /** A person with every field filled: phone, permit, and a household of a registered spouse and a child. */
    private static Person withEverything() {
        return aPerson().withId("person-0001").named("欧阳娜娜").bornOn(LocalDate.of(1996, 2, 29))
                .livingIn(TestData.YINZHOU).withPhone("13812345678")
                .withPermit(new ResidencePermit("ZJ-330212-2023-0042", DivisionCode.of("330212"),
                        LocalDate.of(2023, 3, 1), LocalDate.of(2026, 2, 28)))
                .withHouseholdMember(new HouseholdMember(Relation.SPOUSE,
                        TestIdNumbers.idNumber("510102", LocalDate.of(1994, 8, 8), 456), "李雷",
                        Optional.of(PersonId.of("person-0002"))))
                .withHouseholdMember(new HouseholdMember(Relation.CHILD,
                        TestIdNumbers.idNumber("330212", LocalDate.of(2019, 9, 1), 31), "李小雨", Optional.empty()))
                .build();
    }

    @Test
    void anAddedPerson_isFoundByIdAndByIdNumberWithEveryField() {
        Person person = withEverything();

        personRepository().add(person);

        assertThat(personRepository().find(person.id())).contains(person);
        assertThat(personRepository().findByIdNumber(person.idNumber())).contains(person);
        Person found = personRepository().find(person.id()).orElseThrow();
        assertThat(found.idNumber().value()).isEqualTo(person.idNumber().value());
        assertThat(found.idNumber().birthDate()).isEqualTo(LocalDate.of(1996, 2, 29));
        assertThat(found.name()).isEqualTo("欧阳娜娜");
        assertThat(found.phone().map(PhoneNumber::value)).contains("13812345678");
        assertThat(found.permit()).isEqualTo(person.permit());
        assertThat(found.residenceDistrict()).isEqualTo(TestData.YINZHOU);
        assertThat(found.household()).containsExactlyElementsOf(person.household());
    }

    @Test
    void aPersonWithoutPhonePermitOrHousehold_comesBackWithoutThem() {
        Person person = aPerson().build();

        personRepository().add(person);

        Person found = personRepository().find(person.id()).orElseThrow();
        assertThat(found).isEqualTo(person);
        assertThat(found.phone()).isEmpty();
        assertThat(found.permit()).isEmpty();
        assertThat(found.household()).isEmpty();
    }

    @Test
    void anIdNumberEndingInX_isStoredAndFoundAsIs() {
        String endsInX = TestIdNumbers.withCheck("330203", LocalDate.of(1985, 11, 12), 0, 'X').orElseThrow();
        Person person = aPerson().withIdNumber(endsInX).build();

        personRepository().add(person);

        assertThat(personRepository().findByIdNumber(IdNumber.parse(endsInX.toLowerCase(Locale.ROOT))))
                .contains(person);
    }

    @Test
    void nothingIsFound_forAnUnknownIdOrIdNumber() {
        personRepository().add(aPerson().build());

        assertThat(personRepository().find(PersonId.of("person-9999"))).isEmpty();
        assertThat(personRepository().findByIdNumber(TestIdNumbers.idNumber("330203", TestData.BIRTH_DATE, 124)))
                .isEmpty();
    }

    @Test
    void severalPersons_areEachFoundByTheirOwnKeys() {
        Person first = aPerson().withId("person-0001").withSequence(101).build();
        Person second = aPerson().withId("person-0002").withSequence(102).named("李娜").build();
        Person third = aPerson().withId("person-0003").bornOn(LocalDate.of(1975, 1, 31)).livingIn("330106").build();
        personRepository().add(first);
        personRepository().add(second);
        personRepository().add(third);

        assertThat(personRepository().find(PersonId.of("person-0002"))).contains(second);
        assertThat(personRepository().findByIdNumber(first.idNumber())).contains(first);
        assertThat(personRepository().findByIdNumber(third.idNumber())).contains(third);
    }

    @Test
    void addingAnExistingId_isRefusedNamingTheExistingPersonAndStoresNothing() {
        Person first = aPerson().withId("person-0001").withSequence(101).build();
        personRepository().add(first);
        Person sameId = aPerson().withId("person-0001").withSequence(202).named("王芳").build();

        assertThatThrownBy(() -> personRepository().add(sameId))
                .isInstanceOfSatisfying(PersonExistsException.class, e -> {
                    assertThat(e.existing()).isEqualTo(PersonId.of("person-0001"));
                    assertThat(e.code()).isEqualTo("PERSON_EXISTS");
                });

        assertThat(personRepository().find(PersonId.of("person-0001"))).contains(first);
        assertThat(personRepository().findByIdNumber(sameId.idNumber())).isEmpty();
    }

    @Test
    void addingAnExistingIdNumber_isRefusedNamingThePersonWhoHasItAndStoresNothing() {
        Person first = aPerson().withId("person-0001").build();
        personRepository().add(first);
        Person sameNumber = aPerson().withId("person-0002").withIdNumber(first.idNumber()).named("王芳").build();

        assertThatThrownBy(() -> personRepository().add(sameNumber))
                .isInstanceOfSatisfying(PersonExistsException.class, e -> {
                    assertThat(e.existing()).isEqualTo(PersonId.of("person-0001"));
                    assertThat(e.code()).isEqualTo("PERSON_EXISTS");
                });

        assertThat(personRepository().find(PersonId.of("person-0002"))).isEmpty();
        assertThat(personRepository().findByIdNumber(first.idNumber())).contains(first);
    }

    @Test
    void update_storesTheNewStateOfAnExistingPerson() {
        Person person = aPerson().build();
        personRepository().add(person);
        Person withChild = person.withMember(new HouseholdMember(Relation.CHILD,
                TestIdNumbers.idNumber("330203", LocalDate.of(2018, 6, 1), 77), "张小明", Optional.empty()));

        personRepository().update(withChild);

        assertThat(personRepository().find(person.id())).contains(withChild);
        assertThat(personRepository().findByIdNumber(person.idNumber())).contains(withChild);
        assertThat(personRepository().find(person.id()).orElseThrow().household())
                .extracting(HouseholdMember::name).containsExactly("张小明");
    }

    @Test
    void updateOfAPersonNotStored_isRefusedWithPersonNotFoundAndStoresNothing() {
        Person stranger = aPerson().withId("person-0404").build();

        assertThatThrownBy(() -> personRepository().update(stranger))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("PERSON_NOT_FOUND"));

        assertThat(personRepository().find(stranger.id())).isEmpty();
        assertThat(personRepository().findByIdNumber(stranger.idNumber())).isEmpty();
    }
    // ---------------------------------------------------------------- bulk: addAll, findAll, findByIdNumbers, findByDistrict

    /** {@code count} persons person-1001… with distinct ID numbers, living in {@code district}. */
    private static List<Person> many(int count, int firstSequence, String district) {
        List<Person> persons = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            persons.add(aPerson().withId(String.format("person-%04d", firstSequence + i)).named("批量" + i)
                    .livingIn(district).bornOn(LocalDate.of(1980, 1, 1).plusDays(i)).withSequence(100 + i % 800)
                    .build());
        }
        return persons;
    }

    @Test
    void addAll_storesEveryPersonWithEveryField() {
        Person full = withEverything();
        Person plain = aPerson().withId("person-0003").withSequence(303).named("王芳").build();
        Person quoted = aPerson().withId("person-0004").withSequence(404).named("O'Brien, \"Jr\"\\ 李")
                .withPhone("13900001111").build();

        personRepository().addAll(List.of(full, plain, quoted));

        assertThat(personRepository().find(full.id())).contains(full);
        assertThat(personRepository().find(plain.id())).contains(plain);
        assertThat(personRepository().find(quoted.id())).contains(quoted);
        assertThat(personRepository().findByIdNumber(quoted.idNumber())).contains(quoted);
        assertThat(personRepository().find(quoted.id()).orElseThrow().name()).isEqualTo("O'Brien, \"Jr\"\\ 李");
    }

    @Test
    void addAll_ofManyPersons_storesThemAll() {
        List<Person> persons = many(1_500, 1001, "330203");

        personRepository().addAll(persons);

        assertThat(personRepository().findByDistrict(TestData.HAISHU)).containsExactlyElementsOf(persons);
        assertThat(personRepository().findByIdNumber(persons.get(1_234).idNumber())).contains(persons.get(1_234));
    }

    @Test
    void addAll_ofNothing_storesNothing() {
        personRepository().addAll(List.of());

        assertThat(personRepository().findByDistrict(TestData.HAISHU)).isEmpty();
    }

    @Test
    void addAll_withAnIdNumberAlreadyStored_isRefusedNamingItsHolderAndStoresNoneOfTheBatch() {
        Person first = aPerson().withId("person-0001").withSequence(101).build();
        personRepository().add(first);
        List<Person> batch = new ArrayList<>(many(3, 1001, "330203"));
        batch.add(aPerson().withId("person-0002").withIdNumber(first.idNumber()).named("王芳").build());

        assertThatThrownBy(() -> personRepository().addAll(batch))
                .isInstanceOfSatisfying(PersonExistsException.class, e -> {
                    assertThat(e.existing()).isEqualTo(PersonId.of("person-0001"));
                    assertThat(e.code()).isEqualTo("PERSON_EXISTS");
                });

        assertThat(personRepository().findByDistrict(TestData.HAISHU)).containsExactly(first);
        assertThat(personRepository().findAll(batch.stream().map(Person::id).toList())).isEmpty();
    }

    @Test
    void addAll_withAnIdAlreadyStored_isRefusedAndStoresNoneOfTheBatch() {
        Person first = aPerson().withId("person-1002").withSequence(901).build();
        personRepository().add(first);
        List<Person> batch = many(3, 1001, "330203");

        assertThatThrownBy(() -> personRepository().addAll(batch))
                .isInstanceOfSatisfying(PersonExistsException.class,
                        e -> assertThat(e.existing()).isEqualTo(PersonId.of("person-1002")));

        assertThat(personRepository().findByDistrict(TestData.HAISHU)).containsExactly(first);
    }

    @Test
    void addAll_repeatingAnIdNumberWithinTheBatch_isRefusedAndStoresNothing() {
        List<Person> batch = new ArrayList<>(many(2, 1001, "330203"));
        batch.add(aPerson().withId("person-1003").withIdNumber(batch.get(0).idNumber()).named("王芳").build());

        assertThatThrownBy(() -> personRepository().addAll(batch))
                .isInstanceOfSatisfying(PersonExistsException.class, e -> assertThat(e.code()).isEqualTo("PERSON_EXISTS"));

        assertThat(personRepository().findByDistrict(TestData.HAISHU)).isEmpty();
    }

    @Test
    void findAll_returnsTheStoredPersonsAmongTheIdsAndLeavesOutTheOthers() {
        List<Person> persons = many(5, 1001, "330203");
        personRepository().addAll(persons);

        List<Person> found = personRepository().findAll(List.of(PersonId.of("person-1004"), PersonId.of("person-9999"),
                PersonId.of("person-1002"), PersonId.of("person-1004")));

        assertThat(found).containsExactlyInAnyOrder(persons.get(3), persons.get(1));
        assertThat(personRepository().findAll(List.of())).isEmpty();
    }

    @Test
    void findAll_ofMoreIdsThanOneQueryTakes_findsEveryOne() {
        List<Person> persons = many(2_100, 1001, "330203");
        personRepository().addAll(persons);

        List<Person> found = personRepository().findAll(persons.stream().map(Person::id).toList());

        assertThat(found).hasSize(2_100).containsExactlyInAnyOrderElementsOf(persons);
    }

    @Test
    void findAll_bringsBackHouseholds() {
        Person full = withEverything();
        personRepository().add(full);

        assertThat(personRepository().findAll(List.of(full.id()))).containsExactly(full);
    }

    @Test
    void findByIdNumbers_returnsThePersonsHoldingThem() {
        List<Person> persons = many(4, 1001, "330203");
        personRepository().addAll(persons);
        IdNumber unknown = TestIdNumbers.idNumber("330203", TestData.BIRTH_DATE, 999);

        List<Person> found = personRepository().findByIdNumbers(List.of(persons.get(2).idNumber(), unknown,
                persons.get(0).idNumber()));

        assertThat(found).containsExactlyInAnyOrder(persons.get(2), persons.get(0));
        assertThat(personRepository().findByIdNumbers(List.of())).isEmpty();
    }

    @Test
    void findByDistrict_returnsTheResidentsOrderedById() {
        Person yinzhou = aPerson().withId("person-0500").livingIn(TestData.YINZHOU).withSequence(500).build();
        Person haishuLate = aPerson().withId("person-0900").withSequence(900).build();
        Person haishuEarly = aPerson().withId("person-0100").withSequence(100).build();
        personRepository().add(haishuLate);
        personRepository().add(yinzhou);
        personRepository().add(haishuEarly);

        assertThat(personRepository().findByDistrict(TestData.HAISHU)).containsExactly(haishuEarly, haishuLate);
        assertThat(personRepository().findByDistrict(TestData.YINZHOU)).containsExactly(yinzhou);
        assertThat(personRepository().findByDistrict(DivisionCode.of("330211"))).isEmpty();
    }
}
