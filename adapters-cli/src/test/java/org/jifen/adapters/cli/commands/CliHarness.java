package org.jifen.adapters.cli.commands;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Optional;
import org.jifen.adapters.cli.CliBackend;
import org.jifen.adapters.cli.JifenCli;
import org.jifen.application.JifenUseCases;
import org.jifen.application.memory.InMemoryAdapters;
import org.jifen.application.memory.SettableClock;
import org.jifen.application.port.out.shared.Clock;

/**
 * The CLI on in-memory adapters: one set of ports shared by every command of a test (as one database would
 * be), a settable clock standing on 2025-09-30 10:00 in China, and the output of each run captured.
 */
final class CliHarness implements CliBackend {

    /** What one run printed and returned. */
    record Run(int exit, String out, String err) {
        java.util.List<String> outLines() {
            return out.lines().toList();
        }

        java.util.List<String> errLines() {
            return err.lines().toList();
        }
    }

    final SettableClock clock = SettableClock.at(LocalDate.of(2025, 9, 30));
    final InMemoryAdapters adapters = new InMemoryAdapters(clock);
    final JifenUseCases jifen = JifenUseCases.wire(adapters.ports());
    Optional<String> lastDb = Optional.empty();
    int demoSessions;

    CliHarness() {
        clock.advance(java.time.Duration.ofHours(10));
    }

    Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = JifenCli.commandLine(this, new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Override
    public Session open(Optional<String> jdbcUrl) {
        lastDb = jdbcUrl;
        return session(jifen, clock);
    }

    @Override
    public Session openDemo(Clock demoClock) {
        demoSessions++;
        return session(JifenUseCases.wire(new InMemoryAdapters(demoClock).ports()), demoClock);
    }

    private static Session session(JifenUseCases useCases, Clock clock) {
        return Session.of(useCases, clock);
    }
}
