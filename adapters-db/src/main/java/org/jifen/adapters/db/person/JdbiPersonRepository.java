package org.jifen.adapters.db.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.JdbiException;
import org.jifen.adapters.db.JdbiTransactionRunner;
import org.jifen.adapters.db.JifenDatabase;
import org.jifen.adapters.db.PersonalDataCipher;
import org.jifen.adapters.db.SqlFailures;
import org.jifen.application.port.in.shared.NotFoundException;
import org.jifen.application.port.out.person.PersonRepository;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.person.HouseholdMember;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.person.Person;
import org.jifen.domain.person.PersonExistsException;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.person.PhoneNumber;
import org.jifen.domain.person.Relation;
import org.jifen.domain.person.ResidencePermit;

/**
 * Persons and their households. ID numbers (the person's and the members') and phones are stored
 * only encrypted with the {@link PersonalDataCipher}, each bound to its table, column and row; a person
 * is found by ID number through the keyed hash of the number, which is also what makes it unique.
 */
public final class JdbiPersonRepository implements PersonRepository {

    private final JdbiTransactionRunner transactions;
    private final PersonalDataCipher cipher;

    public JdbiPersonRepository(JifenDatabase database) {
        Objects.requireNonNull(database, "database");
        this.transactions = database.transactions();
        this.cipher = database.personalData();
    }

    @Override
    public Optional<Person> find(PersonId id) {
        return transactions.withDao(PersonDao.class, dao -> dao.find(id.value()).map(row -> person(dao, row)));
    }

    @Override
    public Optional<Person> findByIdNumber(IdNumber idNumber) {
        return transactions.withDao(PersonDao.class,
                dao -> dao.findByIdNumberHash(cipher.lookupHash(idNumber.value())).map(row -> person(dao, row)));
    }

    @Override
    public void add(Person person) {
        PersonRow row = row(person);
        List<HouseholdMemberRow> members = memberRows(person);
        transactions.useDao(PersonDao.class, dao -> {
            if (dao.find(row.personId()).isPresent()) {
                throw new PersonExistsException(person.id());
            }
            Optional<PersonRow> sameNumber = dao.findByIdNumberHash(row.idNumberHash());
            if (sameNumber.isPresent()) {
                throw new PersonExistsException(PersonId.of(sameNumber.get().personId()));
            }
            try {
                dao.insert(row);
            } catch (JdbiException failure) {
                if (SqlFailures.isUniqueViolation(failure)) {
                    throw existing(row);
                }
                throw failure;
            }
            if (!members.isEmpty()) {
                dao.insertMembers(members);
            }
        });
    }

    @Override
    public void update(Person person) {
        PersonRow row = row(person);
        List<HouseholdMemberRow> members = memberRows(person);
        transactions.useDao(PersonDao.class, dao -> {
            int updated;
            try {
                updated = dao.update(row);
            } catch (JdbiException failure) {
                if (SqlFailures.isUniqueViolation(failure)) {
                    throw existing(row);
                }
                throw failure;
            }
            if (updated == 0) {
                throw new NotFoundException("PERSON_NOT_FOUND", "no person " + person.id());
            }
            dao.deleteMembers(row.personId());
            if (!members.isEmpty()) {
                dao.insertMembers(members);
            }
        });
    }

    /** After a unique violation (another writer got there first): the person now holding the id or number. */
    private PersonExistsException existing(PersonRow row) {
        Optional<String> holder = transactions.withSeparateHandle(handle -> {
            PersonDao dao = handle.attach(PersonDao.class);
            return dao.find(row.personId()).or(() -> dao.findByIdNumberHash(row.idNumberHash()))
                    .map(PersonRow::personId);
        });
        return new PersonExistsException(PersonId.of(holder.orElse(row.personId())));
    }

    // ---- domain ⇄ rows

    private PersonRow row(Person person) {
        String id = person.id().value();
        Optional<ResidencePermit> permit = person.permit();
        return new PersonRow(id, cipher.lookupHash(person.idNumber().value()),
                cipher.encrypt(person.idNumber().value(), idNumberContext(id)), person.name(),
                person.phone().map(phone -> cipher.encrypt(phone.value(), phoneContext(id))).orElse(null),
                person.residenceDistrict().value(), permit.map(ResidencePermit::number).orElse(null),
                permit.map(p -> p.issuer().value()).orElse(null), permit.map(ResidencePermit::validFrom).orElse(null),
                permit.map(ResidencePermit::validTo).orElse(null));
    }

    private List<HouseholdMemberRow> memberRows(Person person) {
        String id = person.id().value();
        List<HouseholdMemberRow> rows = new ArrayList<>();
        for (int position = 0; position < person.household().size(); position++) {
            HouseholdMember member = person.household().get(position);
            rows.add(new HouseholdMemberRow(id, position, member.relation().name(),
                    cipher.lookupHash(member.idNumber().value()),
                    cipher.encrypt(member.idNumber().value(), memberContext(id, position)), member.name(),
                    member.person().map(PersonId::value).orElse(null)));
        }
        return rows;
    }

    private Person person(PersonDao dao, PersonRow row) {
        String id = row.personId();
        Optional<ResidencePermit> permit = row.permitNumber() == null ? Optional.empty()
                : Optional.of(new ResidencePermit(row.permitNumber(), DivisionCode.of(row.permitIssuer()),
                        row.permitValidFrom(), row.permitValidTo()));
        List<HouseholdMember> household = dao.members(id).stream()
                .map(member -> new HouseholdMember(Relation.valueOf(member.relation()),
                        IdNumber.parse(cipher.decrypt(member.idNumberCipher(), memberContext(id, member.positionNo()))),
                        member.name(), Optional.ofNullable(member.memberPersonId()).map(PersonId::of)))
                .toList();
        return new Person(PersonId.of(id), IdNumber.parse(cipher.decrypt(row.idNumberCipher(), idNumberContext(id))),
                row.name(),
                Optional.ofNullable(row.phoneCipher()).map(c -> PhoneNumber.parse(cipher.decrypt(c, phoneContext(id)))),
                permit, DivisionCode.of(row.residenceDistrict()), household);
    }

    private static String idNumberContext(String personId) {
        return "person.id_number:" + personId;
    }

    private static String phoneContext(String personId) {
        return "person.phone:" + personId;
    }

    private static String memberContext(String personId, int position) {
        return "household_member.id_number:" + personId + ":" + position;
    }
}
