package org.jifen.adapters.db;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.util.Objects;
import org.jifen.adapters.db.catalogue.JdbiCatalogueRepository;
import org.jifen.adapters.db.ledger.JdbiLedgerRepository;
import org.jifen.adapters.db.person.JdbiPersonRepository;
import org.jifen.adapters.db.systemdata.JdbiSystemDataRepository;
import org.jifen.application.port.out.catalogue.CatalogueRepository;
import org.jifen.application.port.out.ledger.LedgerRepository;
import org.jifen.application.port.out.person.PersonRepository;
import org.jifen.application.port.out.shared.TransactionRunner;
import org.jifen.application.port.out.systemdata.SystemDataRepository;

/**
 * The database adapter for Guice: one {@link JifenDatabase} (opened and migrated on first use; the
 * composition root closes it) and every driven port implemented on it, all joining its one
 * {@link TransactionRunner}.
 */
public final class DatabaseModule extends AbstractModule {

    private final DatabaseConfig config;

    public DatabaseModule(DatabaseConfig config) {
        this.config = Objects.requireNonNull(config, "config");
    }

    @Provides
    @Singleton
    JifenDatabase database() {
        return JifenDatabase.open(config);
    }

    @Provides
    @Singleton
    JdbiTransactionRunner jdbiTransactions(JifenDatabase database) {
        return database.transactions();
    }

    @Provides
    @Singleton
    TransactionRunner transactions(JifenDatabase database) {
        return database.transactions();
    }

    @Provides
    @Singleton
    CatalogueRepository catalogues(JifenDatabase database) {
        return new JdbiCatalogueRepository(database);
    }

    @Provides
    @Singleton
    PersonRepository persons(JifenDatabase database) {
        return new JdbiPersonRepository(database);
    }

    @Provides
    @Singleton
    SystemDataRepository systemData(JifenDatabase database) {
        return new JdbiSystemDataRepository(database);
    }

    @Provides
    @Singleton
    LedgerRepository ledgers(JifenDatabase database) {
        return new JdbiLedgerRepository(database);
    }

    // ---- the ports of applications, appeals, audit, calendar, entitlements, programmes and rounds follow

    @Provides
    @Singleton
    org.jifen.application.port.out.application.PointsApplicationRepository applications(JifenDatabase database) {
        return new org.jifen.adapters.db.application.JdbiPointsApplicationRepository(database);
    }

    @Provides
    @Singleton
    org.jifen.application.port.out.appeal.AppealRepository appeals(JifenDatabase database) {
        return new org.jifen.adapters.db.appeal.JdbiAppealRepository(database);
    }

    @Provides
    @Singleton
    org.jifen.application.port.out.audit.AuditLog auditLog(JifenDatabase database) {
        return new org.jifen.adapters.db.audit.JdbiAuditLog(database);
    }

    @Provides
    @Singleton
    org.jifen.application.port.out.calendar.WorkingCalendarRepository workingCalendar(JifenDatabase database) {
        return new org.jifen.adapters.db.calendar.JdbiWorkingCalendarRepository(database);
    }

    @Provides
    @Singleton
    org.jifen.application.port.out.entitlement.EntitlementRepository entitlements(JifenDatabase database) {
        return new org.jifen.adapters.db.entitlement.JdbiEntitlementRepository(database);
    }

    @Provides
    @Singleton
    org.jifen.application.port.out.programme.ProgrammeRepository programmes(JifenDatabase database) {
        return new org.jifen.adapters.db.programme.JdbiProgrammeRepository(database);
    }

    @Provides
    @Singleton
    org.jifen.application.port.out.programme.RoundRepository rounds(JifenDatabase database) {
        return new org.jifen.adapters.db.programme.JdbiRoundRepository(database);
    }

    /** The outbox itself, for the integration job that forwards its records to the credit system. */
    @Provides
    @Singleton
    org.jifen.adapters.db.credit.JdbiCreditOutbox creditOutbox(JifenDatabase database) {
        return new org.jifen.adapters.db.credit.JdbiCreditOutbox(database);
    }

    @Provides
    @Singleton
    org.jifen.application.port.out.credit.CreditSystemPort creditSystem(
            org.jifen.adapters.db.credit.JdbiCreditOutbox outbox) {
        return outbox;
    }

    /** The district ranking of usable scores, computed in SQL. */
    @Provides
    @Singleton
    org.jifen.application.port.out.ledger.UsableScoreQuery usableScores(JifenDatabase database) {
        return new org.jifen.adapters.db.ledger.JdbiUsableScoreQuery(database);
    }

    /** The responses kept for Idempotency-Key headers, written in the transaction of their write. */
    @Provides
    @Singleton
    org.jifen.application.port.out.shared.IdempotencyRecords idempotencyRecords(JifenDatabase database) {
        return new org.jifen.adapters.db.shared.JdbiIdempotencyRecords(database);
    }
}
