package org.jifen.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.util.Objects;
import org.jifen.application.JifenPorts;
import org.jifen.application.JifenUseCases;
import org.jifen.application.port.out.appeal.AppealRepository;
import org.jifen.application.port.out.application.PointsApplicationRepository;
import org.jifen.application.port.out.audit.AuditLog;
import org.jifen.application.port.out.calendar.WorkingCalendarRepository;
import org.jifen.application.port.out.catalogue.CatalogueRepository;
import org.jifen.application.port.out.credit.CreditSystemPort;
import org.jifen.application.port.out.entitlement.EntitlementRepository;
import org.jifen.application.port.out.ledger.LedgerRepository;
import org.jifen.application.port.out.ledger.UsableScoreQuery;
import org.jifen.application.port.out.person.PersonRepository;
import org.jifen.application.port.out.programme.ProgrammeRepository;
import org.jifen.application.port.out.programme.RoundRepository;
import org.jifen.application.port.out.shared.Clock;
import org.jifen.application.port.out.shared.IdGenerator;
import org.jifen.application.port.out.shared.IdempotencyRecords;
import org.jifen.application.port.out.shared.TransactionRunner;
import org.jifen.application.port.out.systemdata.SystemDataRepository;

/**
 * The application for Guice: every use case ({@link JifenUseCases#wire}) on the driven ports another
 * module binds (the database adapter's {@code DatabaseModule}), with the given clock and id generator.
 * Services carry no DI annotations; they are built here, once.
 */
public final class JifenModule extends AbstractModule {

    private final Clock clock;
    private final IdGenerator ids;

    public JifenModule(Clock clock, IdGenerator ids) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /** The production application: the system clock in the configured zone, random ids. */
    public static JifenModule production(Clock clock) {
        return new JifenModule(clock, new RandomIdGenerator());
    }

    @Override
    protected void configure() {
        bind(Clock.class).toInstance(clock);
        bind(IdGenerator.class).toInstance(ids);
    }

    @Provides
    @Singleton
    JifenPorts ports(CatalogueRepository catalogues, PersonRepository persons, SystemDataRepository systemData,
            LedgerRepository ledgers, PointsApplicationRepository applications, AppealRepository appeals,
            AuditLog auditLog, WorkingCalendarRepository calendar, EntitlementRepository entitlements,
            ProgrammeRepository programmes, RoundRepository rounds, CreditSystemPort creditSystem,
            UsableScoreQuery usableScores, IdGenerator idGenerator, Clock time, TransactionRunner transactions,
            IdempotencyRecords idempotencyRecords) {
        return new JifenPorts(catalogues, persons, systemData, ledgers, applications, appeals, auditLog, calendar,
                entitlements, programmes, rounds, creditSystem, usableScores, idGenerator, time, transactions,
                idempotencyRecords);
    }

    @Provides
    @Singleton
    JifenUseCases useCases(JifenPorts ports) {
        return JifenUseCases.wire(ports);
    }
}
