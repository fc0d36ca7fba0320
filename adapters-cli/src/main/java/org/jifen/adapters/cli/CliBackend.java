package org.jifen.adapters.cli;

import java.util.Optional;
import org.jifen.application.JifenUseCases;
import org.jifen.application.port.out.shared.Clock;

/**
 * What the commands need from the composition root: the use cases on a database. The commands
 * drive use cases only; which database, which adapters and how they are assembled is the
 * bootstrap module's business (tests give an in-memory backend).
 */
public interface CliBackend {

    /**
     * The use cases on the database at this JDBC URL (empty: the embedded default under
     * {@code ./data/}), created and migrated when needed, on the system clock.
     */
    Session open(Optional<String> jdbcUrl);

    /**
     * The use cases on a fresh, empty database of their own (nothing the operator's data can see),
     * on the given clock: the demo moves its time forward through publication and appeal windows.
     */
    Session openDemo(Clock clock);

    /** Open use cases; closing releases the database. */
    interface Session extends AutoCloseable {

        JifenUseCases useCases();

        /** The clock the use cases run on, for the commands' defaults ("today" of {@code --on}). */
        Clock clock();

        @Override
        void close();

        /** A session over use cases that stay open (in memory, or a demo's): closing it does nothing. */
        static Session of(JifenUseCases useCases, Clock clock) {
            return new Session() {
                @Override
                public JifenUseCases useCases() {
                    return useCases;
                }

                @Override
                public Clock clock() {
                    return clock;
                }

                @Override
                public void close() {
                    // nothing to release: whoever made the use cases keeps them
                }
            };
        }
    }
}
