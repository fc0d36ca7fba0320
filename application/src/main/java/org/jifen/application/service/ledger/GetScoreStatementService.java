package org.jifen.application.service.ledger;

import java.time.Instant;
import org.jifen.application.port.in.ledger.GetScoreStatementUseCase;
import org.jifen.application.port.in.ledger.ScoreStatementQuery;
import org.jifen.application.port.in.shared.NotFoundException;
import org.jifen.application.port.out.catalogue.CatalogueRepository;
import org.jifen.application.port.out.ledger.LedgerRepository;
import org.jifen.application.port.out.person.PersonRepository;
import org.jifen.application.port.out.shared.Clock;
import org.jifen.domain.access.AccessPolicy;
import org.jifen.domain.jurisdiction.DivisionRegistry;
import org.jifen.domain.person.Person;
import org.jifen.domain.statement.ScoreStatement;
import org.jifen.domain.statement.ScoreStatements;

/** Builds a score statement from the ledger and the catalogues loaded. */
public final class GetScoreStatementService implements GetScoreStatementUseCase {

    private final PersonRepository persons;
    private final CatalogueRepository catalogues;
    private final LedgerRepository ledgers;
    private final Clock clock;
    private final DivisionRegistry divisions;

    public GetScoreStatementService(PersonRepository persons, CatalogueRepository catalogues, LedgerRepository ledgers,
            Clock clock, DivisionRegistry divisions) {
        this.persons = persons;
        this.catalogues = catalogues;
        this.ledgers = ledgers;
        this.clock = clock;
        this.divisions = divisions;
    }

    @Override
    public ScoreStatement statement(ScoreStatementQuery query) {
        Person person = persons.find(query.person())
                .orElseThrow(() -> new NotFoundException("PERSON_NOT_FOUND", "no person " + query.person()));
        AccessPolicy.requireOwnOrStaff(query.caller(), person.id(), person.residenceDistrict());
        Instant knownAt = query.knownAt().orElseGet(clock::now);
        return new ScoreStatements(catalogues.catalogueSet(), divisions)
                .build(ledgers.load(query.person()), query.district(), query.on(), knownAt);
    }
}
