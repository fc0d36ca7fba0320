package org.jifen.application.service.systemdata;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jifen.application.port.in.shared.NotFoundException;
import org.jifen.application.port.in.shared.RuleRefusedException;
import org.jifen.application.port.in.systemdata.RecordSystemDataCommand;
import org.jifen.application.port.in.systemdata.RecordSystemDataUseCase;
import org.jifen.application.port.out.catalogue.CatalogueRepository;
import org.jifen.application.port.out.person.PersonRepository;
import org.jifen.application.port.out.shared.TransactionRunner;
import org.jifen.application.port.out.systemdata.SystemDataRecord;
import org.jifen.application.port.out.systemdata.SystemDataRepository;
import org.jifen.domain.access.AccessPolicy;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.catalogue.Catalogue;
import org.jifen.domain.catalogue.Facts;
import org.jifen.domain.catalogue.Indicator;
import org.jifen.domain.catalogue.InvalidFactsException;
import org.jifen.domain.catalogue.RuleKind;
import org.jifen.domain.catalogue.ScoringMethod;
import org.jifen.domain.person.Person;
import org.jifen.domain.person.PersonId;

/**
 * Checks every record first (the persons named read in one set-based query), then stores them all; one bad
 * record stores nothing.
 */
public final class RecordSystemDataService implements RecordSystemDataUseCase {

    private final PersonRepository persons;
    private final CatalogueRepository catalogues;
    private final SystemDataRepository systemData;
    private final TransactionRunner transactions;

    public RecordSystemDataService(PersonRepository persons, CatalogueRepository catalogues,
            SystemDataRepository systemData, TransactionRunner transactions) {
        this.persons = persons;
        this.catalogues = catalogues;
        this.systemData = systemData;
        this.transactions = transactions;
    }

    @Override
    public int record(RecordSystemDataCommand command) {
        AccessPolicy.requireRole(command.caller(), Role.SYSTEM, Role.ADMIN);
        return transactions.inTransaction(() -> {
            List<Catalogue> loaded = catalogues.findAll();
            List<SystemDataRecord> records = command.records();
            // every person named, in one set-based read
            Map<PersonId, Person> named = new HashMap<>();
            persons.findAll(records.stream().map(SystemDataRecord::person).distinct().toList())
                    .forEach(person -> named.put(person.id(), person));
            for (int i = 0; i < records.size(); i++) {
                check(command.caller(), "records[" + i + "]", records.get(i), named, loaded);
            }
            systemData.record(records);
            return records.size();
        });
    }

    private static void check(Caller caller, String where, SystemDataRecord record, Map<PersonId, Person> named,
            List<Catalogue> loaded) {
        Person person = Optional.ofNullable(named.get(record.person()))
                .orElseThrow(() -> new NotFoundException("PERSON_NOT_FOUND", where + ": no person " + record.person()));
        // data that scores a person is written only by a system or administrator covering where they live
        AccessPolicy.requireJurisdiction(caller, person.residenceDistrict());
        List<Indicator> indicators = loaded.stream().flatMap(c -> c.indicator(record.indicator()).stream()).toList();
        if (indicators.isEmpty()) {
            throw new NotFoundException("UNKNOWN_INDICATOR", where + ": no loaded catalogue has indicator "
                    + record.indicator());
        }
        for (Indicator indicator : indicators) {
            if (indicator.method() != ScoringMethod.AUTO || indicator.rule().kind() == RuleKind.AGE) {
                throw new RuleRefusedException("NOT_AUTO_INDICATOR", where + ": indicator " + record.indicator()
                        + " is not scored from system data (" + indicator.method()
                        + (indicator.rule().kind() == RuleKind.AGE ? ", read from the ID number" : "") + ")");
            }
            try {
                // a quantity the rule cannot score (FIXED takes only 0 or 1) would block every later scoring
                indicator.rule().evaluate(new Facts.Quantity(record.quantity()), record.asOf());
            } catch (InvalidFactsException e) {
                throw new InvalidFactsException(where + ": " + e.getMessage());
            }
        }
    }
}
