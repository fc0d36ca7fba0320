package org.jifen.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jifen.application.memory.InMemoryAdapters;
import org.jifen.application.memory.SettableClock;
import org.jifen.application.port.in.catalogue.ImportCatalogueCommand;
import org.jifen.application.port.in.catalogue.ImportCatalogueUseCase;
import org.jifen.application.port.in.ledger.AutoScoreResult;
import org.jifen.application.port.in.ledger.GetScoreStatementUseCase;
import org.jifen.application.port.in.ledger.ScoreAutoIndicatorsCommand;
import org.jifen.application.port.in.ledger.ScoreAutoIndicatorsUseCase;
import org.jifen.application.port.in.systemdata.RecordSystemDataCommand;
import org.jifen.application.port.in.systemdata.RecordSystemDataUseCase;
import org.jifen.application.port.out.systemdata.SystemDataRecord;
import org.jifen.application.service.catalogue.ImportCatalogueService;
import org.jifen.application.service.ledger.GetScoreStatementService;
import org.jifen.application.service.ledger.ScoreAutoIndicatorsService;
import org.jifen.application.service.systemdata.RecordSystemDataService;
import org.jifen.domain.jurisdiction.DivisionCode;
import org.jifen.domain.jurisdiction.DivisionRegistry;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.person.Person;
import org.jifen.domain.person.PersonId;

/**
 * The application's four use cases wired on one set of in-memory adapters and a {@link SettableClock}
 * standing at {@link #NOW} (2024-05-02 09:30 China time, the day after {@link TestData#SCORING_DAY}),
 * with the standard division registry. One per test.
 */
public final class InMemoryJifen {

    /** Where the clock stands unless a test moves it. */
    public static final Instant NOW = TestData.chinaTime(LocalDate.of(2024, 5, 2), 9, 30);

    private final SettableClock clock = new SettableClock(NOW, SettableClock.CHINA);
    private final InMemoryAdapters adapters = new InMemoryAdapters(clock);
    private final DivisionRegistry divisions = DivisionRegistry.standard();

    private final ImportCatalogueUseCase importCatalogue =
            new ImportCatalogueService(adapters.catalogues(), DivisionRegistry.standard(),
                    new org.jifen.application.audit.AuditTrail(adapters.auditLog(), clock), adapters.transactions());
    private final RecordSystemDataUseCase recordSystemData = new RecordSystemDataService(adapters.persons(),
            adapters.catalogues(), adapters.systemData(), adapters.transactions());
    private final ScoreAutoIndicatorsUseCase scoreAutoIndicators = new ScoreAutoIndicatorsService(adapters.persons(),
            adapters.catalogues(), adapters.systemData(), adapters.ledgers(), clock, adapters.transactions(),
            divisions);
    private final GetScoreStatementUseCase scoreStatement = new GetScoreStatementService(adapters.persons(),
            adapters.catalogues(), adapters.ledgers(), clock, divisions);

    public SettableClock clock() {
        return clock;
    }

    public InMemoryAdapters adapters() {
        return adapters;
    }

    public ImportCatalogueUseCase importCatalogue() {
        return importCatalogue;
    }

    public RecordSystemDataUseCase recordSystemData() {
        return recordSystemData;
    }

    public ScoreAutoIndicatorsUseCase scoreAutoIndicators() {
        return scoreAutoIndicators;
    }

    public GetScoreStatementUseCase scoreStatement() {
        return scoreStatement;
    }

    // ---------------------------------------------------------------- givens, through the use cases

    /** Imports the three default catalogues. */
    public InMemoryJifen withDefaultCatalogues() {
        importCatalogue.importCatalogue(new ImportCatalogueCommand(TestCallers.ADMIN, TestData.defaultCatalogues()));
        return this;
    }

    /** Registers a person (straight into the store: registration is a later use case). */
    public Person given(PersonBuilder person) {
        Person built = person.build();
        adapters.persons().add(built);
        return built;
    }

    public void givenSystemData(SystemDataRecord... records) {
        recordSystemData.record(new RecordSystemDataCommand(TestCallers.SYSTEM, List.of(records)));
    }

    public AutoScoreResult score(PersonId person, DivisionCode district, LocalDate on) {
        return scoreAutoIndicators.score(new ScoreAutoIndicatorsCommand(TestCallers.SYSTEM, person, district, on));
    }

    /** Every entry of the person's ledger, oldest recorded first. */
    public List<LedgerEntry> ledgerOf(PersonId person) {
        return adapters.ledgers().load(person).entries();
    }
}
