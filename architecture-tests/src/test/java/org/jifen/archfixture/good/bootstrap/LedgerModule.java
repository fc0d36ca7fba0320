package org.jifen.archfixture.good.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import org.jifen.archfixture.good.application.memory.InMemoryLedgerRepository;
import org.jifen.archfixture.good.application.port.in.ledger.PostPointsUseCase;
import org.jifen.archfixture.good.application.port.out.shared.ClockPort;
import org.jifen.archfixture.good.application.service.ledger.PostPointsService;

/** The composition root builds services in @Provides methods: Guice in bootstrap is allowed. */
public final class LedgerModule extends AbstractModule {
    private final ClockPort clock;

    public LedgerModule(ClockPort clock) {
        this.clock = clock;
    }

    @Provides
    PostPointsUseCase postPoints() {
        return new PostPointsService(new InMemoryLedgerRepository(), clock);
    }
}
