package org.jifen.application.service.person;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jifen.application.audit.AuditTrail;
import org.jifen.application.port.in.person.ImportPersonsCommand;
import org.jifen.application.port.in.person.ImportPersonsResult;
import org.jifen.application.port.in.person.ImportPersonsUseCase;
import org.jifen.application.port.in.person.PersonRegistration;
import org.jifen.application.port.in.shared.RuleRefusedException;
import org.jifen.application.port.out.person.PersonRepository;
import org.jifen.application.port.out.shared.IdGenerator;
import org.jifen.application.port.out.shared.TransactionRunner;
import org.jifen.domain.access.AccessPolicy;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.jurisdiction.DivisionLevel;
import org.jifen.domain.jurisdiction.DivisionRegistry;
import org.jifen.domain.person.IdNumber;
import org.jifen.domain.person.Person;
import org.jifen.domain.person.PersonExistsException;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.shared.InvalidValueException;

/** Registers many persons at once: every entry checked first, then all stored in one set-based write. */
public final class ImportPersonsService implements ImportPersonsUseCase {

    private final PersonRepository persons;
    private final IdGenerator ids;
    private final DivisionRegistry divisions;
    private final AuditTrail audit;
    private final TransactionRunner transactions;

    public ImportPersonsService(PersonRepository persons, IdGenerator ids, DivisionRegistry divisions,
            AuditTrail audit, TransactionRunner transactions) {
        this.persons = persons;
        this.ids = ids;
        this.divisions = divisions;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public ImportPersonsResult importPersons(ImportPersonsCommand command) {
        Caller caller = command.caller();
        List<PersonRegistration> entries = command.persons();
        AccessPolicy.requireRole(caller, Role.CLERK, Role.ADMIN);
        for (PersonRegistration entry : entries) {
            AccessPolicy.requireJurisdiction(caller, entry.residenceDistrict());
        }
        Map<IdNumber, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            PersonRegistration entry = entries.get(i);
            checkDistrict(where(i) + ".residenceDistrict", entry.residenceDistrict());
            Integer earlier = firstIndex.putIfAbsent(entry.idNumber(), i);
            if (earlier != null) {
                throw new InvalidValueException("DUPLICATE_ID_NUMBER", where(i) + ".idNumber", "ID number "
                        + entry.idNumber().masked() + " is also given in " + where(earlier));
            }
        }
        return transactions.inTransaction(() -> {
            Map<IdNumber, PersonId> registered = new HashMap<>();
            persons.findByIdNumbers(firstIndex.keySet()).forEach(p -> registered.put(p.idNumber(), p.id()));
            for (int i = 0; i < entries.size(); i++) {
                PersonId holder = registered.get(entries.get(i).idNumber());
                if (holder != null) {
                    throw new PersonExistsException(holder, where(i) + ": ID number "
                            + entries.get(i).idNumber().masked() + " is already registered as " + holder);
                }
            }
            List<Person> added = new ArrayList<>(entries.size());
            Map<DivisionCode, Integer> byDistrict = new TreeMap<>(java.util.Comparator.comparing(DivisionCode::value));
            for (PersonRegistration entry : entries) {
                added.add(new Person(PersonId.of(ids.next("PER")), entry.idNumber(), entry.name(), entry.phone(),
                        entry.permit(), entry.residenceDistrict(), List.of()));
                byDistrict.merge(entry.residenceDistrict(), 1, Integer::sum);
            }
            persons.addAll(added);
            List<PersonId> personIds = added.stream().map(Person::id).toList();
            audit.record(caller, AuditAction.PERSONS_IMPORTED, personIds.get(0) + ".." + personIds.get(personIds.size() - 1),
                    personIds.size() + " persons imported, residence " + byDistrict.entrySet().stream()
                            .map(e -> e.getKey() + " ×" + e.getValue()).reduce((a, b) -> a + ", " + b).orElse(""));
            return new ImportPersonsResult(personIds);
        });
    }

    private void checkDistrict(String field, DivisionCode district) {
        if (!divisions.isKnown(district)) {
            throw new InvalidValueException("UNKNOWN_DIVISION", field, district
                    + " is not a known administrative division");
        }
        if (district.level() != DivisionLevel.DISTRICT) {
            throw new RuleRefusedException("NOT_A_DISTRICT", field + ": " + district + " ("
                    + divisions.chineseName(district) + ") is a province or city; a residence is registered in a"
                    + " district");
        }
    }

    private static String where(int index) {
        return "persons[" + index + "]";
    }
}
