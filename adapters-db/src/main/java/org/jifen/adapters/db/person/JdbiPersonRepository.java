package org.jifen.adapters.db.person;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jifen.adapters.db.Dialect;
import org.jifen.adapters.db.JdbiTransactionRunner;
import org.jifen.adapters.db.JifenDatabase;
import org.jifen.adapters.db.PersonalDataCipher;
import org.jifen.adapters.db.PostgresCopy;
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

    /** Ids or hashes bound as one array per query: bulk reads take one query per this many. */
    static final int IDS_PER_QUERY = 50_000;

    private static final List<String> PERSON_COLUMNS = List.of("person_id", "id_number_hash", "id_number_cipher",
            "name", "phone_cipher", "residence_district", "permit_number", "permit_issuer", "permit_valid_from",
            "permit_valid_to");
    private static final List<String> MEMBER_COLUMNS = List.of("person_id", "position_no", "relation",
            "id_number_hash", "id_number_cipher", "name", "member_person_id");
    private static final String SAVEPOINT = "person_add_all";

    private final JdbiTransactionRunner transactions;
    private final PersonalDataCipher cipher;
    private final Dialect dialect;

    public JdbiPersonRepository(JifenDatabase database) {
        Objects.requireNonNull(database, "database");
        this.transactions = database.transactions();
        this.cipher = database.personalData();
        this.dialect = database.dialect();
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
    public List<Person> findAll(Collection<PersonId> ids) {
        List<String> wanted = ids.stream().map(PersonId::value).distinct().toList();
        return transactions.withDao(PersonDao.class, dao -> persons(dao, inChunks(wanted, dao::findAll)));
    }

    @Override
    public List<Person> findByIdNumbers(Collection<IdNumber> idNumbers) {
        List<String> hashes = idNumbers.stream().map(n -> cipher.lookupHash(n.value())).distinct().toList();
        return transactions.withDao(PersonDao.class, dao -> persons(dao, inChunks(hashes, dao::findAllByIdNumberHash)));
    }

    @Override
    public List<Person> findByDistrict(DivisionCode district) {
        return transactions.withDao(PersonDao.class, dao -> {
            List<PersonRow> rows = dao.findByDistrict(district.value(), byteOrder());
            Map<String, List<HouseholdMemberRow>> members = byPerson(dao.membersInDistrict(district.value()));
            return rows.stream().map(row -> person(row, members.getOrDefault(row.personId(), List.of()))).toList();
        });
    }

    /**
     * Adds every person in one set-based write: JDBC batches on H2, {@code COPY} on PostgreSQL, with the
     * ciphertexts and lookup hashes computed here. Ids and ID numbers are checked first (within the list,
     * then against the table in one query per {@value #IDS_PER_QUERY}); a writer that got there in between
     * is caught by the unique constraints.
     */
    @Override
    public void addAll(List<Person> persons) {
        if (persons.isEmpty()) {
            return;
        }
        List<PersonRow> rows = new ArrayList<>(persons.size());
        List<HouseholdMemberRow> members = new ArrayList<>();
        Map<String, String> idOfHash = new HashMap<>();
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (Person person : persons) {
            PersonRow row = row(person);
            if (!ids.add(row.personId())) {
                throw new PersonExistsException(person.id());
            }
            String holder = idOfHash.putIfAbsent(row.idNumberHash(), row.personId());
            if (holder != null) {
                throw new PersonExistsException(PersonId.of(holder));
            }
            rows.add(row);
            members.addAll(memberRows(person));
        }
        transactions.useHandle(handle -> {
            PersonDao dao = handle.attach(PersonDao.class);
            Optional<PersonRow> taken = inChunks(List.copyOf(ids), dao::findAll).stream().findFirst()
                    .or(() -> inChunks(List.copyOf(idOfHash.keySet()), dao::findAllByIdNumberHash).stream().findFirst());
            if (taken.isPresent()) {
                throw new PersonExistsException(PersonId.of(taken.get().personId()));
            }
            if (dialect == Dialect.POSTGRESQL) {
                copyAll(handle, rows, members);
            } else {
                insertAllOnH2(handle, dao, rows, members);
            }
        });
    }

    private void copyAll(Handle handle, List<PersonRow> rows, List<HouseholdMemberRow> members) {
        try {
            PostgresCopy.copy(handle, "person", PERSON_COLUMNS, rows, r -> new Object[] {r.personId(),
                r.idNumberHash(), r.idNumberCipher(), r.name(), r.phoneCipher(), r.residenceDistrict(),
                r.permitNumber(), r.permitIssuer(), r.permitValidFrom(), r.permitValidTo()});
            if (!members.isEmpty()) {
                PostgresCopy.copy(handle, "household_member", MEMBER_COLUMNS, members, m -> new Object[] {
                    m.personId(), m.positionNo(), m.relation(), m.idNumberHash(), m.idNumberCipher(), m.name(),
                    m.memberPersonId()});
            }
        } catch (SQLException failure) {
            if (SqlFailures.isUniqueViolation(failure)) {
                throw existingAmong(rows);
            }
            throw SqlFailures.translate(failure);
        }
    }

    /** H2 keeps the rows of a batch before a failing one: a savepoint takes them back. */
    private void insertAllOnH2(Handle handle, PersonDao dao, List<PersonRow> rows, List<HouseholdMemberRow> members) {
        handle.savepoint(SAVEPOINT);
        try {
            dao.insertAll(rows);
            if (!members.isEmpty()) {
                dao.insertMembers(members);
            }
            handle.releaseSavepoint(SAVEPOINT);
        } catch (JdbiException failure) {
            handle.rollbackToSavepoint(SAVEPOINT);
            if (SqlFailures.isUniqueViolation(failure)) {
                throw existingAmong(rows);
            }
            throw failure;
        }
    }

    /** After a unique violation in a bulk write: the first stored person holding one of the ids or numbers. */
    private PersonExistsException existingAmong(List<PersonRow> rows) {
        Optional<String> holder = transactions.withSeparateHandle(handle -> {
            PersonDao dao = handle.attach(PersonDao.class);
            List<PersonRow> taken = new ArrayList<>(inChunks(rows.stream().map(PersonRow::personId).toList(),
                    dao::findAll));
            taken.addAll(inChunks(rows.stream().map(PersonRow::idNumberHash).toList(), dao::findAllByIdNumberHash));
            return taken.stream().map(PersonRow::personId).findFirst();
        });
        return new PersonExistsException(PersonId.of(holder.orElse(rows.get(0).personId())));
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

    /** Rows of one query per {@value #IDS_PER_QUERY} keys (each bound as one array). */
    private static List<PersonRow> inChunks(List<String> keys, Function<String[], List<PersonRow>> query) {
        List<PersonRow> rows = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += IDS_PER_QUERY) {
            rows.addAll(query.apply(keys.subList(from, Math.min(keys.size(), from + IDS_PER_QUERY))
                    .toArray(String[]::new)));
        }
        return rows;
    }

    /** The persons of these rows with their households, read in one query per {@value #IDS_PER_QUERY} persons. */
    private List<Person> persons(PersonDao dao, List<PersonRow> rows) {
        List<HouseholdMemberRow> members = new ArrayList<>();
        List<String> ids = rows.stream().map(PersonRow::personId).toList();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            members.addAll(dao.membersOf(ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY))
                    .toArray(String[]::new)));
        }
        Map<String, List<HouseholdMemberRow>> byPerson = byPerson(members);
        return rows.stream().map(row -> person(row, byPerson.getOrDefault(row.personId(), List.of()))).toList();
    }

    private static Map<String, List<HouseholdMemberRow>> byPerson(List<HouseholdMemberRow> members) {
        Map<String, List<HouseholdMemberRow>> byPerson = new HashMap<>();
        for (HouseholdMemberRow member : members) {
            byPerson.computeIfAbsent(member.personId(), p -> new ArrayList<>()).add(member);
        }
        return byPerson;
    }

    /** Person ids ordered as Java orders them: byte-wise, whatever the database's collation. */
    private String byteOrder() {
        return dialect == Dialect.POSTGRESQL ? "COLLATE \"C\"" : "";
    }

    private Person person(PersonDao dao, PersonRow row) {
        return person(row, dao.members(row.personId()));
    }

    private Person person(PersonRow row, List<HouseholdMemberRow> members) {
        String id = row.personId();
        Optional<ResidencePermit> permit = row.permitNumber() == null ? Optional.empty()
                : Optional.of(new ResidencePermit(row.permitNumber(), DivisionCode.of(row.permitIssuer()),
                        row.permitValidFrom(), row.permitValidTo()));
        List<HouseholdMember> household = members.stream()
                .sorted(java.util.Comparator.comparingInt(HouseholdMemberRow::positionNo))
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
