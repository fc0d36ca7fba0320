package org.jifen.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link CrashHarness}: {@code jifen serve} on PostgreSQL killed with SIGKILL under load and restarted,
 * {@code jifen.crash.cycles} times (2 in the suite; the full run is 20:
 * {@code mvn -B -pl bootstrap -am verify -Dtest=CrashSafetyTest -Djifen.crash.cycles=20 -Dsurefire.failIfNoSpecifiedTests=false}).
 * Needs the embedded PostgreSQL (linux-amd64), like the other Postgres tests.
 */
class CrashSafetyTest {

    @Test
    void everyAcknowledgedWriteSurvivesSigkillExactlyOnce_nothingIsHalfThere_andTheAuditChainVerifies(@TempDir Path dir)
            throws Exception {
        int cycles = Integer.getInteger("jifen.crash.cycles", 2);
        long seed = Long.getLong("jifen.crash.seed", System.nanoTime());

        CrashHarness.Summary summary = CrashHarness.run(cycles, dir, seed);

        System.out.println(summary.line() + " (seed " + seed + ")");
        assertThat(summary.problems()).as(summary.line()).isEmpty();
        assertThat(summary.cycles()).isEqualTo(cycles);
        assertThat(summary.acknowledged()).isPositive();
        assertThat(summary.lost()).isZero();
        assertThat(summary.duplicates()).isZero();
        assertThat(summary.halfPresent()).isZero();
        assertThat(summary.unexpected()).isZero();
        assertThat(summary.auditValid()).isTrue();
    }
}
