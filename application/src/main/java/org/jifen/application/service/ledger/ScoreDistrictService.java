package org.jifen.application.service.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jifen.application.port.in.ledger.ScoreDistrictCommand;
import org.jifen.application.port.in.ledger.ScoreDistrictProgress;
import org.jifen.application.port.in.ledger.ScoreDistrictResult;
import org.jifen.application.port.in.ledger.ScoreDistrictUseCase;
import org.jifen.application.port.in.shared.RuleRefusedException;
import org.jifen.application.port.out.catalogue.CatalogueRepository;
import org.jifen.application.port.out.ledger.LedgerRepository;
import org.jifen.application.port.out.person.PersonRepository;
import org.jifen.application.port.out.shared.Clock;
import org.jifen.application.port.out.shared.TransactionRunner;
import org.jifen.application.port.out.systemdata.SystemDataRecord;
import org.jifen.application.port.out.systemdata.SystemDataRepository;
import org.jifen.domain.access.AccessPolicy;
import org.jifen.domain.access.Role;
import org.jifen.domain.catalogue.Catalogue;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.jurisdiction.DivisionLevel;
import org.jifen.domain.jurisdiction.DivisionRegistry;
import org.jifen.domain.ledger.AutoScoring;
import org.jifen.domain.ledger.Ledger;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.person.Person;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.shared.InvalidValueException;

/**
 * Auto-scores a whole district in one transaction, set-based: the residents in one read, the posting
 * locks of all of them taken up front (in a stable order), then, a slice of persons at a time (to bound
 * memory), their latest system data and their ledgers in one read each, the scoring by the domain
 * ({@link AutoScoring}, as for one person) and the slice's entries appended in one batch.
 */
public final class ScoreDistrictService implements ScoreDistrictUseCase {

    /** Persons per slice: a slice's ledgers are in memory at once and its entries are one append. */
    static final int SLICE = 10_000;

    private final PersonRepository persons;
    private final CatalogueRepository catalogues;
    private final SystemDataRepository systemData;
    private final LedgerRepository ledgers;
    private final Clock clock;
    private final TransactionRunner transactions;
    private final DivisionRegistry divisions;
    private final int slice;

    public ScoreDistrictService(PersonRepository persons, CatalogueRepository catalogues,
            SystemDataRepository systemData, LedgerRepository ledgers, Clock clock, TransactionRunner transactions,
            DivisionRegistry divisions) {
        this(persons, catalogues, systemData, ledgers, clock, transactions, divisions, SLICE);
    }

    /** With another slice size (tests show that slicing changes nothing). */
    ScoreDistrictService(PersonRepository persons, CatalogueRepository catalogues, SystemDataRepository systemData,
            LedgerRepository ledgers, Clock clock, TransactionRunner transactions, DivisionRegistry divisions,
            int slice) {
        if (slice < 1) {
            throw new IllegalArgumentException("a slice of at least one person");
        }
        this.slice = slice;
        this.persons = persons;
        this.catalogues = catalogues;
        this.systemData = systemData;
        this.ledgers = ledgers;
        this.clock = clock;
        this.transactions = transactions;
        this.divisions = divisions;
    }

    @Override
    public ScoreDistrictResult score(ScoreDistrictCommand command, Consumer<ScoreDistrictProgress> progress) {
        Objects.requireNonNull(progress, "progress");
        AccessPolicy.requireRole(command.caller(), Role.SYSTEM, Role.ADMIN);
        AccessPolicy.requireJurisdiction(command.caller(), command.district());
        divisions.require(command.district());
        if (command.district().level() != DivisionLevel.DISTRICT) {
            throw new InvalidValueException("NOT_A_DISTRICT", "district",
                    "points are scored for a district, not for " + command.district());
        }
        Instant now = clock.now();
        if (command.on().isAfter(clock.today())) {
            throw new RuleRefusedException("DATE_IN_FUTURE", "on: " + command.on() + " is after today ("
                    + clock.today() + ")");
        }
        return transactions.inTransaction(() -> {
            List<Person> resident = persons.findByDistrict(command.district());
            ledgers.lockForPosting(resident.stream().map(Person::id).toList());
            List<Catalogue> applicable = catalogues.catalogueSet().applicableIn(command.district(), command.on());
            progress.accept(new ScoreDistrictProgress(0, resident.size()));
            int personsPosted = 0;
            int entriesPosted = 0;
            for (int from = 0; from < resident.size(); from += slice) {
                List<Person> group = resident.subList(from, Math.min(resident.size(), from + slice));
                List<PersonId> ids = group.stream().map(Person::id).toList();
                Map<PersonId, Map<IndicatorCode, BigDecimal>> quantities = new HashMap<>();
                for (SystemDataRecord record : systemData.latestFor(ids, command.on())) {
                    quantities.computeIfAbsent(record.person(), p -> new HashMap<>())
                            .put(record.indicator(), record.quantity());
                }
                Map<PersonId, Ledger> loaded = ledgers.loadAll(ids);
                List<LedgerEntry> posted = new ArrayList<>();
                for (Person person : group) {
                    List<LedgerEntry> entries = AutoScoring.score(person, applicable,
                            quantities.getOrDefault(person.id(), Map.of()), loaded.get(person.id()), command.on(), now)
                            .posted();
                    if (!entries.isEmpty()) {
                        personsPosted++;
                        posted.addAll(entries);
                    }
                }
                if (!posted.isEmpty()) {
                    ledgers.append(posted);
                    entriesPosted += posted.size();
                }
                progress.accept(new ScoreDistrictProgress(from + group.size(), resident.size()));
            }
            return new ScoreDistrictResult(command.district(), command.on(), resident.size(), personsPosted,
                    entriesPosted);
        });
    }
}
