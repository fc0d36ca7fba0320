package org.jifen.adapters.cli.audit;

import org.jifen.adapters.cli.shell.CliContext;
import org.jifen.adapters.cli.shell.OperatorCommand;
import org.jifen.adapters.cli.shell.RefusedException;
import org.jifen.application.port.in.audit.AuditVerification;
import org.jifen.domain.access.Role;
import picocli.CommandLine.Command;

/**
 * {@code audit verify}: checks the hash chain of the audit log (as an AUDITOR) through
 * {@code VerifyAuditChainUseCase}: exit 0 and the number of events when it holds; exit 1 with
 * {@code AUDIT_CHAIN_BROKEN} naming the first broken link otherwise.
 */
@Command(name = "verify", description = "Verify the hash chain of the audit log (acts as an AUDITOR).")
public final class VerifyAuditCliCommand extends OperatorCommand {

    public VerifyAuditCliCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        AuditVerification result = onDatabase(session -> session.useCases().verifyAuditChain()
                .verify(operator.caller(Role.AUDITOR)));
        if (!result.valid()) {
            throw new RefusedException("AUDIT_CHAIN_BROKEN", "the audit chain breaks at event "
                    + result.firstBrokenSequence().map(String::valueOf).orElse("?") + " of " + result.events()
                    + result.problem().map(p -> ": " + p).orElse(""));
        }
        out().println("audit chain valid: " + result.events() + " event" + (result.events() == 1 ? "" : "s"));
        out().flush();
        return 0;
    }
}
