package org.jifen.application.service.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jifen.application.port.in.ledger.AutoScoreLine;
import org.jifen.application.port.in.ledger.AutoScoreResult;
import org.jifen.application.port.in.ledger.ScoreAutoIndicatorsCommand;
import org.jifen.application.port.in.ledger.ScoreAutoIndicatorsUseCase;
import org.jifen.application.port.in.shared.NotFoundException;
import org.jifen.application.port.in.shared.RuleRefusedException;
import org.jifen.application.port.out.catalogue.CatalogueRepository;
import org.jifen.application.port.out.ledger.LedgerRepository;
import org.jifen.application.port.out.person.PersonRepository;
import org.jifen.application.port.out.shared.Clock;
import org.jifen.application.port.out.shared.TransactionRunner;
import org.jifen.application.port.out.systemdata.SystemDataRepository;
import org.jifen.domain.access.AccessPolicy;
import org.jifen.domain.access.Role;
import org.jifen.domain.catalogue.Catalogue;
import org.jifen.domain.catalogue.Indicator;
import org.jifen.domain.catalogue.IndicatorCode;
import org.jifen.domain.catalogue.RuleKind;
import org.jifen.domain.catalogue.ScoringMethod;
import org.jifen.domain.jurisdiction.DivisionRegistry;
import org.jifen.domain.ledger.AutoScoring;
import org.jifen.domain.ledger.Ledger;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.person.Person;

/** Scores a person's {@code AUTO} indicators from system data ({@link AutoScoring}) and posts the differences. */
public final class ScoreAutoIndicatorsService implements ScoreAutoIndicatorsUseCase {

    private final PersonRepository persons;
    private final CatalogueRepository catalogues;
    private final SystemDataRepository systemData;
    private final LedgerRepository ledgers;
    private final Clock clock;
    private final TransactionRunner transactions;
    private final DivisionRegistry divisions;

    public ScoreAutoIndicatorsService(PersonRepository persons, CatalogueRepository catalogues,
            SystemDataRepository systemData, LedgerRepository ledgers, Clock clock, TransactionRunner transactions,
            DivisionRegistry divisions) {
        this.persons = persons;
        this.catalogues = catalogues;
        this.systemData = systemData;
        this.ledgers = ledgers;
        this.clock = clock;
        this.transactions = transactions;
        this.divisions = divisions;
    }

    @Override
    public AutoScoreResult score(ScoreAutoIndicatorsCommand command) {
        AccessPolicy.requireRole(command.caller(), Role.SYSTEM, Role.ADMIN);
        AccessPolicy.requireJurisdiction(command.caller(), command.district());
        divisions.require(command.district());
        if (command.district().level() != org.jifen.domain.jurisdiction.DivisionLevel.DISTRICT) {
            throw new org.jifen.domain.shared.InvalidValueException("NOT_A_DISTRICT", "district",
                    "points are scored for a district, not for " + command.district());
        }
        Instant now = clock.now();
        if (command.on().isAfter(clock.today())) {
            throw new RuleRefusedException("DATE_IN_FUTURE", "on: " + command.on() + " is after today ("
                    + clock.today() + ")");
        }
        return transactions.inTransaction(() -> {
            Person person = persons.find(command.person())
                    .orElseThrow(() -> new NotFoundException("PERSON_NOT_FOUND", "no person " + command.person()));
            Ledger ledger = ledgers.loadForPosting(person.id());
            List<Catalogue> applicable = catalogues.catalogueSet().applicableIn(command.district(), command.on());
            AutoScoring.Outcome outcome = AutoScoring.score(person, applicable,
                    quantities(person, applicable, command.on()), ledger, command.on(), now);
            List<LedgerEntry> posted = outcome.posted();
            if (!posted.isEmpty()) {
                ledgers.append(posted);
            }
            return new AutoScoreResult(person.id(), outcome.lines().stream()
                    .map(line -> new AutoScoreLine(line.indicator(), line.factsInWords(), line.target(),
                            line.posted().stream().findFirst()))
                    .toList());
        });
    }

    /** The latest system data of each AUTO indicator in force (the age needs none: it is in the ID number). */
    private Map<IndicatorCode, BigDecimal> quantities(Person person, List<Catalogue> applicable, LocalDate on) {
        Map<IndicatorCode, BigDecimal> quantities = new HashMap<>();
        for (Catalogue catalogue : applicable) {
            for (Indicator indicator : catalogue.indicators()) {
                if (indicator.method() == ScoringMethod.AUTO && indicator.rule().kind() != RuleKind.AGE) {
                    systemData.latest(person.id(), indicator.code(), on)
                            .ifPresent(record -> quantities.put(indicator.code(), record.quantity()));
                }
            }
        }
        return quantities;
    }
}
