package org.jifen.application;

import java.util.Objects;
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

/** Every driven port the use cases need, from one set of adapters (in memory, a database…). */
public record JifenPorts(
        CatalogueRepository catalogues,
        PersonRepository persons,
        SystemDataRepository systemData,
        LedgerRepository ledgers,
        PointsApplicationRepository applications,
        AppealRepository appeals,
        AuditLog auditLog,
        WorkingCalendarRepository calendar,
        EntitlementRepository entitlements,
        ProgrammeRepository programmes,
        RoundRepository rounds,
        CreditSystemPort creditSystem,
        UsableScoreQuery usableScores,
        IdGenerator ids,
        Clock clock,
        TransactionRunner transactions,
        IdempotencyRecords idempotencyRecords) {

    public JifenPorts {
        Objects.requireNonNull(catalogues, "catalogues");
        Objects.requireNonNull(persons, "persons");
        Objects.requireNonNull(systemData, "systemData");
        Objects.requireNonNull(ledgers, "ledgers");
        Objects.requireNonNull(applications, "applications");
        Objects.requireNonNull(appeals, "appeals");
        Objects.requireNonNull(auditLog, "auditLog");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(entitlements, "entitlements");
        Objects.requireNonNull(programmes, "programmes");
        Objects.requireNonNull(rounds, "rounds");
        Objects.requireNonNull(creditSystem, "creditSystem");
        Objects.requireNonNull(usableScores, "usableScores");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(idempotencyRecords, "idempotencyRecords");
    }
}
