package org.jifen.application.service.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jifen.application.audit.AuditTrail;
import org.jifen.application.port.in.ledger.ClearPointsCommand;
import org.jifen.application.port.in.ledger.ClearPointsUseCase;
import org.jifen.application.port.in.ledger.ClearingResult;
import org.jifen.application.port.in.shared.NotFoundException;
import org.jifen.application.port.out.audit.AuditLog;
import org.jifen.application.port.out.audit.AuditQuery;
import org.jifen.application.port.out.credit.BadCreditRecord;
import org.jifen.application.port.out.credit.CreditSystemPort;
import org.jifen.application.port.out.entitlement.EntitlementRepository;
import org.jifen.application.port.out.ledger.LedgerRepository;
import org.jifen.application.port.out.person.PersonRepository;
import org.jifen.application.port.out.shared.Clock;
import org.jifen.application.port.out.shared.TransactionRunner;
import org.jifen.domain.access.AccessPolicy;
import org.jifen.domain.access.Role;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.entitlement.Entitlement;
import org.jifen.domain.entitlement.Revocation;
import org.jifen.domain.ledger.Actor;
import org.jifen.domain.ledger.EntrySource;
import org.jifen.domain.ledger.LedgerEntry;
import org.jifen.domain.ledger.SourceKind;
import org.jifen.domain.person.Person;

/** Clears a person's points after fraud, revokes what they bought and reports to the credit system. */
public final class ClearPointsService implements ClearPointsUseCase {

    private final PersonRepository persons;
    private final LedgerRepository ledgers;
    private final EntitlementRepository entitlements;
    private final CreditSystemPort creditSystem;
    private final AuditTrail audit;
    private final AuditLog auditLog;
    private final Clock clock;
    private final TransactionRunner transactions;

    public ClearPointsService(PersonRepository persons, LedgerRepository ledgers, EntitlementRepository entitlements,
            CreditSystemPort creditSystem, AuditTrail audit, AuditLog auditLog, Clock clock,
            TransactionRunner transactions) {
        this.persons = persons;
        this.ledgers = ledgers;
        this.entitlements = entitlements;
        this.creditSystem = creditSystem;
        this.audit = audit;
        this.auditLog = auditLog;
        this.clock = clock;
        this.transactions = transactions;
    }

    @Override
    public ClearingResult clear(ClearPointsCommand command) {
        AccessPolicy.requireRole(command.caller(), Role.ADMIN);
        return transactions.inTransaction(() -> {
            Person person = persons.find(command.person())
                    .orElseThrow(() -> new NotFoundException("PERSON_NOT_FOUND", "no person " + command.person()));
            AccessPolicy.requireJurisdiction(command.caller(), person.residenceDistrict());
            Instant now = clock.now();
            EntrySource source = new EntrySource(SourceKind.CLEARING_CASE, command.caseNumber());
            Actor actor = new Actor(command.caller().subject());
            List<LedgerEntry> entries = ledgers.loadForPosting(person.id()).clearing(source, actor, now);
            List<Entitlement> revoked = new ArrayList<>();
            for (Entitlement entitlement : entitlements.findByHolder(person.id())) {
                if (entitlement.active()) {
                    Entitlement done = entitlement.revoke(new Revocation("积分清零: "
                            + AuditTrail.maskPersonalNumbers(command.reason()),
                            command.caseNumber(), command.caller().subject(), now));
                    entitlements.update(done);
                    revoked.add(done);
                }
            }
            boolean alreadyCleared = entries.isEmpty() && revoked.isEmpty() && auditLog.query(new AuditQuery(
                    Optional.of(person.id().value()), Optional.empty(), Optional.empty(), Optional.empty())).stream()
                    .anyMatch(e -> e.action() == AuditAction.POINTS_CLEARED
                            && e.details().startsWith(caseDetail(command.caseNumber())));
            if (alreadyCleared) {
                return new ClearingResult(person.id(), command.caseNumber(), List.of(), List.of(), false);
            }
            if (!entries.isEmpty()) {
                ledgers.append(entries);
            }
            audit.record(command.caller(), AuditAction.POINTS_CLEARED, person.id().value(),
                    caseDetail(command.caseNumber()) + entries.size() + " clearing entries, " + revoked.size()
                    + " entitlements revoked, person " + person.idNumber().masked() + "; reason: " + command.reason());
            for (Entitlement entitlement : revoked) {
                audit.record(command.caller(), AuditAction.ENTITLEMENT_REVOKED, person.id().value(),
                        "entitlement " + entitlement.id() + " (" + entitlement.programme() + ", "
                                + entitlement.place() + ") revoked, case " + command.caseNumber());
            }
            creditSystem.recordBadCredit(new BadCreditRecord(person.idNumber(), person.name(), command.caseNumber(),
                    command.reason(), command.caller().subject(), now));
            return new ClearingResult(person.id(), command.caseNumber(), entries, revoked, true);
        });
    }

    /** How a clearing's audit details begin, so a repeated case is recognised: {@code case X, }. */
    private static String caseDetail(String caseNumber) {
        return "case " + caseNumber + ", ";
    }
}
