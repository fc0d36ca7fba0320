package org.jifen.archfixture.good.application.service.ledger;

import java.util.function.Supplier;
import org.jifen.archfixture.good.application.port.in.ledger.LedgerView;
import org.jifen.archfixture.good.application.port.in.ledger.PostPointsCommand;
import org.jifen.archfixture.good.application.port.in.ledger.PostPointsUseCase;
import org.jifen.archfixture.good.application.port.out.ledger.LedgerRepository;
import org.jifen.archfixture.good.application.port.out.shared.ClockPort;
import org.jifen.archfixture.good.domain.ledger.Ledger;

public final class PostPointsService implements PostPointsUseCase {
    private final LedgerRepository ledgers;
    private final ClockPort clock;

    public PostPointsService(LedgerRepository ledgers, ClockPort clock) {
        this.ledgers = ledgers;
        this.clock = clock;
    }

    @Override
    public LedgerView post(PostPointsCommand command) {
        Supplier<Ledger> loader = ledgers::load;   // a method reference and a nested type: neither is a service
        Ledger next = loader.get().post(command.person(), command.points(), command.effectiveOn(), clock.now());
        ledgers.store(next);
        return new Step(next).view(command);
    }

    private record Step(Ledger ledger) {
        LedgerView view(PostPointsCommand command) {
            return new LedgerView(command.person(), ledger.balance(command.person()));
        }
    }
}
