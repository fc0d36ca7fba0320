package org.jifen.application.memory;

import org.jifen.application.port.out.shared.Clock;

/**
 * Every driven port in memory, wired to one transaction runner: the whole domain runs without a
 * database (for embedding, tests and demos).
 */
public final class InMemoryAdapters {

    private final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();
    private final InMemoryCatalogueRepository catalogues = new InMemoryCatalogueRepository();
    private final InMemoryLedgerRepository ledgers = new InMemoryLedgerRepository();
    private final InMemoryPersonRepository persons = new InMemoryPersonRepository();
    private final InMemorySystemDataRepository systemData = new InMemorySystemDataRepository();
    private final InMemoryPointsApplicationRepository applications = new InMemoryPointsApplicationRepository();
    private final InMemoryAppealRepository appeals = new InMemoryAppealRepository();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final InMemoryWorkingCalendarRepository calendar = new InMemoryWorkingCalendarRepository();
    private final InMemoryEntitlementRepository entitlements = new InMemoryEntitlementRepository();
    private final InMemoryProgrammeRepository programmes = new InMemoryProgrammeRepository();
    private final InMemoryRoundRepository rounds = new InMemoryRoundRepository();
    private final RecordingCreditSystem creditSystem = new RecordingCreditSystem();
    private final InMemoryIdempotencyRecords idempotencyRecords = new InMemoryIdempotencyRecords();
    private final SequentialIdGenerator ids = new SequentialIdGenerator();
    private final InMemoryUsableScoreQuery usableScores = new InMemoryUsableScoreQuery(persons, catalogues, ledgers,
            org.jifen.domain.jurisdiction.DivisionRegistry.standard());
    private final Clock clock;

    public InMemoryAdapters(Clock clock) {
        this.clock = clock;
        transactions.register(catalogues);
        transactions.register(ledgers);
        transactions.register(persons);
        transactions.register(systemData);
        transactions.register(applications);
        transactions.register(appeals);
        transactions.register(auditLog);
        transactions.register(calendar);
        transactions.register(entitlements);
        transactions.register(programmes);
        transactions.register(rounds);
        transactions.register(creditSystem);
        transactions.register(idempotencyRecords);
    }

    /** Every port, for {@link org.jifen.application.JifenUseCases#wire}. */
    public org.jifen.application.JifenPorts ports() {
        return new org.jifen.application.JifenPorts(catalogues, persons, systemData, ledgers, applications, appeals,
                auditLog, calendar, entitlements, programmes, rounds, creditSystem, usableScores, ids, clock,
                transactions, idempotencyRecords);
    }

    /** The ranking of usable scores, from the domain's score statements. */
    public InMemoryUsableScoreQuery usableScores() {
        return usableScores;
    }

    public InMemoryPointsApplicationRepository applications() {
        return applications;
    }

    public InMemoryAppealRepository appeals() {
        return appeals;
    }

    public InMemoryAuditLog auditLog() {
        return auditLog;
    }

    public InMemoryWorkingCalendarRepository calendar() {
        return calendar;
    }

    public InMemoryEntitlementRepository entitlements() {
        return entitlements;
    }

    public InMemoryProgrammeRepository programmes() {
        return programmes;
    }

    public InMemoryRoundRepository rounds() {
        return rounds;
    }

    /** The recording stand-in for the credit system (outside Jifen). */
    public RecordingCreditSystem creditSystem() {
        return creditSystem;
    }

    /** The responses kept for idempotency keys. */
    public InMemoryIdempotencyRecords idempotencyRecords() {
        return idempotencyRecords;
    }

    public SequentialIdGenerator ids() {
        return ids;
    }

    public InMemoryTransactionRunner transactions() {
        return transactions;
    }

    public InMemoryCatalogueRepository catalogues() {
        return catalogues;
    }

    public InMemoryLedgerRepository ledgers() {
        return ledgers;
    }

    public InMemoryPersonRepository persons() {
        return persons;
    }

    public InMemorySystemDataRepository systemData() {
        return systemData;
    }

    public Clock clock() {
        return clock;
    }
}
