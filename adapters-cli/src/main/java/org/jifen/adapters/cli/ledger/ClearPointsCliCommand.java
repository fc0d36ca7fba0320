package org.jifen.adapters.cli.ledger;

import org.jifen.adapters.cli.shell.CliContext;
import org.jifen.adapters.cli.shell.OperatorCommand;
import org.jifen.adapters.cli.shell.PersonIds;
import org.jifen.application.JifenUseCases;
import org.jifen.application.port.in.ledger.ClearPointsCommand;
import org.jifen.application.port.in.ledger.ClearingResult;
import org.jifen.domain.access.Caller;
import org.jifen.domain.access.Role;
import org.jifen.domain.person.IdNumber;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code clear}: 积分清零 after fraud, through {@code ClearPointsUseCase}: clearing entries effective all
 * along, every entitlement revoked, a bad-credit record sent; the police case number and reason recorded.
 */
@Command(name = "clear", description = "Clear a person's points after fraud (积分清零): entries cleared, "
        + "entitlements revoked, a bad-credit record sent.")
public final class ClearPointsCliCommand extends OperatorCommand {

    @Option(names = "--id-number", required = true, paramLabel = "N", description = "the person's ID number")
    String idNumber;

    @Option(names = "--case", required = true, paramLabel = "CASE", description = "the police case number")
    String caseNumber;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "why (recorded, masked)")
    String reason;

    public ClearPointsCliCommand(CliContext context) {
        super(context);
    }

    @Override
    public Integer call() {
        IdNumber number = IdNumber.parse(idNumber);
        Caller caller = operator.caller(Role.ADMIN);
        ClearingResult result = onDatabase(session -> {
            JifenUseCases jifen = session.useCases();
            return jifen.clearPoints().clear(new ClearPointsCommand(caller, PersonIds.require(jifen, caller, number),
                    caseNumber, reason));
        });
        out().println("cleared " + number.masked() + " (" + result.person().value() + ") under case "
                + result.caseNumber() + ": " + result.entries().size() + " clearing entr"
                + (result.entries().size() == 1 ? "y" : "ies") + ", " + result.revoked().size() + " entitlement"
                + (result.revoked().size() == 1 ? "" : "s") + " revoked, credit record "
                + (result.creditRecordSent() ? "sent" : "not sent (already sent for this case)"));
        out().flush();
        return 0;
    }
}
