package org.jifen.application.service.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
import org.jifen.application.port.out.systemdata.SystemDataRecord;
import org.jifen.application.port.out.systemdata.SystemDataRepository;
import org.jifen.domain.access.AccessPolicy;
import org.jifen.domain.access.Role;
import org.jifen.domain.catalogue.Catalogue;
import org.jifen.domain.catalogue.Facts;
import org.jifen.domain.catalogue.Indicator;
import org.jifen.domain.catalogue.PerUnitRule;
import org.jifen.domain.catalogue.RuleKind;
import org.jifen.domain.catalogue.ScoringMethod;
import org.jifen.domain.jurisdiction.DivisionRegistry;
import org.jifen.domain.ledger.Actor;
import org.jifen.domain.ledger.EntrySource;
import org.jifen.domain.ledger.IdempotencyKey;
import org.jifen.domain.ledger.IndicatorRef;
import org.jifen.domain.ledger.Ledger;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.ledger.Posting;
import org.jifen.domain.ledger.SourceKind;
import org.jifen.domain.person.Person;
import org.jifen.domain.shared.Points;

/** Scores {@code AUTO} indicators from system data and posts the differences. */
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
            List<AutoScoreLine> lines = new ArrayList<>();
            List<LedgerEntry> posted = new ArrayList<>();
            for (Catalogue catalogue : catalogues.catalogueSet().applicableIn(command.district(), command.on())) {
                for (Indicator indicator : catalogue.indicators()) {
                    if (indicator.method() != ScoringMethod.AUTO) {
                        continue;
                    }
                    Optional<Facts> facts = facts(person, indicator, command);
                    if (facts.isEmpty()) {
                        continue;
                    }
                    IndicatorRef ref = new IndicatorRef(catalogue.version(), catalogue.jurisdiction(), catalogue.tier(),
                            indicator.code());
                    Points target = indicator.targetBalance(facts.get(), command.on());
                    Points before = ledger.balance(ref, command.on(), now);
                    // The count of the indicator's entries so far keeps the key unique when system data for one
                    // date is corrected back and forth (10 → 20 → 10 → 20 posts the same transition twice).
                    long postedBefore = ledger.entries().stream().filter(e -> e.indicator().equals(ref)).count();
                    Posting posting = new Posting(
                            IdempotencyKey.of("AUTO:" + person.id() + ":" + ref + ":" + command.on() + ":#"
                                    + postedBefore + ":" + before + ">" + target),
                            new EntrySource(SourceKind.SYSTEM_DATA, "AUTO-" + command.on()), Actor.SYSTEM, now,
                            command.on());
                    List<LedgerEntry> entries = ledger.postTarget(indicator, ref, target, posting, false);
                    for (LedgerEntry entry : entries) {
                        ledger = ledger.append(entry);
                        posted.add(entry);
                    }
                    lines.add(new AutoScoreLine(indicator.code(), describe(facts.get(), indicator), target,
                            entries.stream().findFirst()));
                }
            }
            if (!posted.isEmpty()) {
                ledgers.append(posted);
            }
            return new AutoScoreResult(person.id(), lines);
        });
    }

    private Optional<Facts> facts(Person person, Indicator indicator, ScoreAutoIndicatorsCommand command) {
        if (indicator.rule().kind() == RuleKind.AGE) {
            return Optional.of(new Facts.BirthDate(person.idNumber().birthDate()));
        }
        return systemData.latest(person.id(), indicator.code(), command.on())
                .map(SystemDataRecord::quantity)
                .map(Facts.Quantity::new);
    }

    private static String describe(Facts facts, Indicator indicator) {
        if (facts instanceof Facts.BirthDate) {
            return "birth date from the ID number";
        }
        if (facts instanceof Facts.Quantity quantity) {
            String amount = quantity.amount().toPlainString();
            return indicator.rule() instanceof PerUnitRule perUnit ? amount + " " + perUnit.unit() : amount;
        }
        return facts.toString();
    }
}
