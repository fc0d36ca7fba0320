package org.jifen.application.service.programme;

import org.jifen.application.audit.AuditTrail;
import org.jifen.application.port.in.programme.DefineProgrammeCommand;
import org.jifen.application.port.in.programme.DefineProgrammeUseCase;
import org.jifen.application.port.in.shared.RuleRefusedException;
import org.jifen.application.port.out.programme.ProgrammeRepository;
import org.jifen.application.port.out.shared.TransactionRunner;
import org.jifen.domain.access.AccessPolicy;
import org.jifen.domain.access.Role;
import org.jifen.domain.audit.AuditAction;
import org.jifen.domain.jurisdiction.DivisionRegistry;
import org.jifen.domain.programme.Programme;
import org.jifen.domain.programme.TieBreak;

/** Defines a points-based programme in a district the administrator covers, and audits it. */
public final class DefineProgrammeService implements DefineProgrammeUseCase {

    private final ProgrammeRepository programmes;
    private final DivisionRegistry divisions;
    private final AuditTrail audit;
    private final TransactionRunner transactions;

    public DefineProgrammeService(ProgrammeRepository programmes, DivisionRegistry divisions, AuditTrail audit,
            TransactionRunner transactions) {
        this.programmes = programmes;
        this.divisions = divisions;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public Programme define(DefineProgrammeCommand command) {
        Programme programme = command.programme();
        AccessPolicy.requireRole(command.caller(), Role.ADMIN);
        AccessPolicy.requireJurisdiction(command.caller(), programme.district());
        divisions.require(programme.district());
        return transactions.inTransaction(() -> {
            if (programmes.find(programme.code()).isPresent()) {
                throw new RuleRefusedException("PROGRAMME_EXISTS", "programme " + programme.code()
                        + " is already defined");
            }
            programmes.add(programme);
            audit.record(command.caller(), AuditAction.PROGRAMME_DEFINED, programme.code().value(),
                    programme.kind() + " in " + programme.district() + ", cut-off " + programme.cutoffDate()
                            + ", minimum " + programme.minScore() + ", trial run "
                            + (programme.excludeTrialRun() ? "excluded" : "counted") + ", tie-breaks "
                            + programme.tieBreaks().stream().map(DefineProgrammeService::describe).toList()
                            + ", places " + programme.places());
            return programme;
        });
    }

    private static String describe(TieBreak step) {
        return step instanceof TieBreak.IndicatorPoints points ? points.indicator().value() : "EARLIER_SUBMISSION";
    }
}
