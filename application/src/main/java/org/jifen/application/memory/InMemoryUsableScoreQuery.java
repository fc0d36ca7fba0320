package org.jifen.application.memory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jifen.application.port.out.catalogue.CatalogueRepository;
import org.jifen.application.port.out.ledger.LedgerRepository;
import org.jifen.application.port.out.ledger.UsableScore;
import org.jifen.application.port.out.ledger.UsableScoreQuery;
import org.jifen.application.port.out.person.PersonRepository;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.jurisdiction.DivisionRegistry;
import org.jifen.domain.ledger.Ledger;
import org.jifen.domain.person.Person;
import org.jifen.domain.person.PersonId;
import org.jifen.domain.statement.ScoreStatements;

/**
 * The ranking in memory: the score statement of every person resident in the district, built by the
 * domain ({@link ScoreStatements}), so it is the reference the database adapters' SQL is checked against.
 */
public final class InMemoryUsableScoreQuery implements UsableScoreQuery {

    /** Highest total first, then by person id. */
    static final Comparator<UsableScore> RANKING = Comparator.comparing(UsableScore::total).reversed()
            .thenComparing(UsableScore::person);

    private final PersonRepository persons;
    private final CatalogueRepository catalogues;
    private final LedgerRepository ledgers;
    private final DivisionRegistry divisions;

    public InMemoryUsableScoreQuery(PersonRepository persons, CatalogueRepository catalogues, LedgerRepository ledgers,
            DivisionRegistry divisions) {
        this.persons = Objects.requireNonNull(persons, "persons");
        this.catalogues = Objects.requireNonNull(catalogues, "catalogues");
        this.ledgers = Objects.requireNonNull(ledgers, "ledgers");
        this.divisions = Objects.requireNonNull(divisions, "divisions");
    }

    @Override
    public List<UsableScore> rank(DivisionCode district, LocalDate on, Instant knownAt) {
        ScoreStatements statements = new ScoreStatements(catalogues.catalogueSet(), divisions);
        List<PersonId> resident = persons.findByDistrict(district).stream().map(Person::id).toList();
        Map<PersonId, Ledger> loaded = ledgers.loadAll(resident);
        List<UsableScore> scores = new ArrayList<>();
        for (PersonId person : resident) {
            scores.add(new UsableScore(person, statements.build(loaded.get(person), district, on, knownAt).total()));
        }
        scores.sort(RANKING);
        return List.copyOf(scores);
    }
}
