package org.jifen.application;

import org.jifen.application.audit.AuditTrail;
import org.jifen.application.port.in.appeal.DecideAppealUseCase;
import org.jifen.application.port.in.appeal.FileAppealUseCase;
import org.jifen.application.port.in.appeal.GetApplicationStandingUseCase;
import org.jifen.application.port.in.application.GetApplicationUseCase;
import org.jifen.application.port.in.application.PublishApplicationUseCase;
import org.jifen.application.port.in.application.SubmitApplicationUseCase;
import org.jifen.application.port.in.audit.ReadAuditLogUseCase;
import org.jifen.application.port.in.audit.VerifyAuditChainUseCase;
import org.jifen.application.port.in.calendar.LoadCalendarUseCase;
import org.jifen.application.port.in.catalogue.GetCatalogueUseCase;
import org.jifen.application.port.in.catalogue.ImportCatalogueUseCase;
import org.jifen.application.port.in.catalogue.ListCataloguesInForceUseCase;
import org.jifen.application.port.in.entitlement.GetEntitlementsUseCase;
import org.jifen.application.port.in.ledger.ClearPointsUseCase;
import org.jifen.application.port.in.ledger.GetLedgerUseCase;
import org.jifen.application.port.in.ledger.GetScoreStatementUseCase;
import org.jifen.application.port.in.ledger.RankDistrictUseCase;
import org.jifen.application.port.in.ledger.ScoreAutoIndicatorsUseCase;
import org.jifen.application.port.in.ledger.ScoreDistrictUseCase;
import org.jifen.application.port.in.person.AddHouseholdMemberUseCase;
import org.jifen.application.port.in.person.GetPersonUseCase;
import org.jifen.application.port.in.person.ImportPersonsUseCase;
import org.jifen.application.port.in.person.LookUpPersonsUseCase;
import org.jifen.application.port.in.person.RegisterPersonUseCase;
import org.jifen.application.port.in.programme.DefineProgrammeUseCase;
import org.jifen.application.port.in.programme.GetRoundUseCase;
import org.jifen.application.port.in.programme.RunRoundUseCase;
import org.jifen.application.port.in.review.DecideClaimUseCase;
import org.jifen.application.port.in.review.GiveSecondApprovalUseCase;
import org.jifen.application.port.in.review.RecordDeductionUseCase;
import org.jifen.application.port.in.shared.RunIdempotentWriteUseCase;
import org.jifen.application.port.in.systemdata.RecordSystemDataByIdNumberUseCase;
import org.jifen.application.port.in.systemdata.RecordSystemDataUseCase;
import org.jifen.application.service.appeal.DecideAppealService;
import org.jifen.application.service.appeal.FileAppealService;
import org.jifen.application.service.appeal.GetApplicationStandingService;
import org.jifen.application.service.application.GetApplicationService;
import org.jifen.application.service.application.PublishApplicationService;
import org.jifen.application.service.application.SubmitApplicationService;
import org.jifen.application.service.audit.ReadAuditLogService;
import org.jifen.application.service.audit.VerifyAuditChainService;
import org.jifen.application.service.calendar.LoadCalendarService;
import org.jifen.application.service.catalogue.GetCatalogueService;
import org.jifen.application.service.catalogue.ImportCatalogueService;
import org.jifen.application.service.catalogue.ListCataloguesInForceService;
import org.jifen.application.service.entitlement.GetEntitlementsService;
import org.jifen.application.service.ledger.ClearPointsService;
import org.jifen.application.service.ledger.GetLedgerService;
import org.jifen.application.service.ledger.GetScoreStatementService;
import org.jifen.application.service.ledger.RankDistrictService;
import org.jifen.application.service.ledger.ScoreAutoIndicatorsService;
import org.jifen.application.service.ledger.ScoreDistrictService;
import org.jifen.application.service.person.AddHouseholdMemberService;
import org.jifen.application.service.person.GetPersonService;
import org.jifen.application.service.person.ImportPersonsService;
import org.jifen.application.service.person.LookUpPersonsService;
import org.jifen.application.service.person.RegisterPersonService;
import org.jifen.application.service.programme.DefineProgrammeService;
import org.jifen.application.service.programme.GetRoundService;
import org.jifen.application.service.programme.RunRoundService;
import org.jifen.application.service.review.DecideClaimService;
import org.jifen.application.service.review.GiveSecondApprovalService;
import org.jifen.application.service.review.RecordDeductionService;
import org.jifen.application.service.shared.RunIdempotentWriteService;
import org.jifen.application.service.systemdata.RecordSystemDataByIdNumberService;
import org.jifen.application.service.systemdata.RecordSystemDataService;
import org.jifen.domain.application.FourEyesPolicy;
import org.jifen.domain.jurisdiction.DivisionRegistry;

/**
 * Every use case of Jifen, built on one set of driven ports: what a driving adapter (REST, CLI, an
 * embedding program) calls. Plain constructors, no framework; the bootstrap module's Guice modules
 * and an embedder in memory both assemble it with {@link #wire}.
 */
public record JifenUseCases(
        ImportCatalogueUseCase importCatalogue,
        LoadCalendarUseCase loadCalendar,
        RegisterPersonUseCase registerPerson,
        AddHouseholdMemberUseCase addHouseholdMember,
        GetPersonUseCase getPerson,
        RecordSystemDataUseCase recordSystemData,
        ScoreAutoIndicatorsUseCase scoreAutoIndicators,
        SubmitApplicationUseCase submitApplication,
        GetApplicationUseCase getApplication,
        DecideClaimUseCase decideClaim,
        GiveSecondApprovalUseCase giveSecondApproval,
        RecordDeductionUseCase recordDeduction,
        PublishApplicationUseCase publishApplication,
        FileAppealUseCase fileAppeal,
        DecideAppealUseCase decideAppeal,
        GetApplicationStandingUseCase applicationStanding,
        GetScoreStatementUseCase scoreStatement,
        GetLedgerUseCase ledger,
        ClearPointsUseCase clearPoints,
        GetEntitlementsUseCase entitlements,
        VerifyAuditChainUseCase verifyAuditChain,
        ReadAuditLogUseCase readAuditLog,
        DefineProgrammeUseCase defineProgramme,
        RunRoundUseCase runRound,
        GetRoundUseCase getRound,
        ImportPersonsUseCase importPersons,
        ScoreDistrictUseCase scoreDistrict,
        RankDistrictUseCase rankDistrict,
        LookUpPersonsUseCase lookUpPersons,
        ListCataloguesInForceUseCase listCataloguesInForce,
        GetCatalogueUseCase getCatalogue,
        RunIdempotentWriteUseCase idempotentWrite,
        RecordSystemDataByIdNumberUseCase recordSystemDataByIdNumber) {

    /** Every use case on these ports, with the standard divisions and the default four-eyes threshold. */
    public static JifenUseCases wire(JifenPorts ports) {
        return wire(ports, DivisionRegistry.standard(), FourEyesPolicy.DEFAULT);
    }

    public static JifenUseCases wire(JifenPorts p, DivisionRegistry divisions, FourEyesPolicy fourEyes) {
        AuditTrail audit = new AuditTrail(p.auditLog(), p.clock());
        RecordSystemDataService recordSystemData = new RecordSystemDataService(p.persons(), p.catalogues(),
                p.systemData(), p.transactions());
        return new JifenUseCases(
                new ImportCatalogueService(p.catalogues(), divisions, audit, p.transactions()),
                new LoadCalendarService(p.calendar(), audit, p.transactions()),
                new RegisterPersonService(p.persons(), p.ids(), divisions, audit, p.transactions()),
                new AddHouseholdMemberService(p.persons(), audit, p.transactions()),
                new GetPersonService(p.persons(), audit, p.transactions()),
                recordSystemData,
                new ScoreAutoIndicatorsService(p.persons(), p.catalogues(), p.systemData(), p.ledgers(), p.clock(),
                        p.transactions(), divisions),
                new SubmitApplicationService(p.persons(), p.catalogues(), p.systemData(), p.applications(), audit,
                        p.ids(), p.clock(), p.transactions()),
                new GetApplicationService(p.applications()),
                new DecideClaimService(p.applications(), p.persons(), p.catalogues(), audit, p.clock(),
                        p.transactions(), fourEyes),
                new GiveSecondApprovalService(p.applications(), p.persons(), p.catalogues(), p.ledgers(), audit,
                        p.clock(), p.transactions()),
                new RecordDeductionService(p.applications(), p.persons(), p.catalogues(), p.ledgers(), audit,
                        p.clock(), p.transactions(), fourEyes),
                new PublishApplicationService(p.applications(), p.catalogues(), p.ledgers(), p.calendar(), audit,
                        p.clock(), p.transactions()),
                new FileAppealService(p.applications(), p.appeals(), p.calendar(), audit, p.clock(), p.ids(),
                        p.transactions()),
                new DecideAppealService(p.appeals(), p.applications(), p.persons(), p.catalogues(), p.ledgers(),
                        audit, p.clock(), p.transactions()),
                new GetApplicationStandingService(p.applications(), p.appeals(), p.clock()),
                new GetScoreStatementService(p.persons(), p.catalogues(), p.ledgers(), p.clock(), divisions),
                new GetLedgerService(p.persons(), p.ledgers()),
                new ClearPointsService(p.persons(), p.ledgers(), p.entitlements(), p.creditSystem(), audit,
                        p.auditLog(), p.clock(),
                        p.transactions()),
                new GetEntitlementsService(p.persons(), p.entitlements()),
                new VerifyAuditChainService(p.auditLog()),
                new ReadAuditLogService(p.auditLog()),
                new DefineProgrammeService(p.programmes(), divisions, audit, p.transactions()),
                new RunRoundService(p.programmes(), p.rounds(), p.persons(), p.catalogues(), p.ledgers(),
                        p.applications(), p.entitlements(), audit, p.ids(), p.clock(), p.transactions(), divisions),
                new GetRoundService(p.rounds()),
                new ImportPersonsService(p.persons(), p.ids(), divisions, audit, p.transactions()),
                new ScoreDistrictService(p.persons(), p.catalogues(), p.systemData(), p.ledgers(), p.clock(),
                        p.transactions(), divisions),
                new RankDistrictService(p.usableScores(), p.clock(), divisions),
                new LookUpPersonsService(p.persons(), p.transactions()),
                new ListCataloguesInForceService(p.catalogues(), divisions),
                new GetCatalogueService(p.catalogues(), divisions),
                new RunIdempotentWriteService(p.idempotencyRecords(), p.clock(), p.transactions()),
                new RecordSystemDataByIdNumberService(p.persons(), recordSystemData, p.transactions()));
    }
}
