package org.jifen.archfixture.good.bootstrap;

import com.google.inject.Guice;
import java.time.Instant;
import org.jifen.archfixture.good.adapters.cli.ledger.PostPointsCliCommand;
import org.jifen.archfixture.good.application.memory.FixedClock;
import org.jifen.archfixture.good.application.port.in.ledger.PostPointsUseCase;

/** Bootstrap knows every ring; it is outside the onion and may read the real clock. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        PostPointsUseCase postPoints = Guice.createInjector(new LedgerModule(new FixedClock(Instant.now())))
                .getInstance(PostPointsUseCase.class);
        System.exit(new PostPointsCliCommand(postPoints).run(args));
    }
}
